use purpose::Purpose;

#[derive(Purpose)]
pub struct Holder<#[collected_for(security)] T> {
    pub value: T,
}

fn main() {}
