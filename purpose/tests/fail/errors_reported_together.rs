use purpose::Purpose;

// Every malformed annotation in an item is reported in one build, not only the first.
#[derive(Purpose)]
#[collected_for(security)]
pub struct User {
    #[collected_for("security", a::b)]
    pub phone: String,
    #[collected_for]
    pub email: String,
}

#[purpose::used_for("analytics")]
pub struct Visit;

fn main() {}
