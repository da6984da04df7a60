use purpose::Purpose;

#[derive(Purpose)]
pub union Bits {
    pub number: u32,
    pub bytes: [u8; 4],
}

fn main() {}
