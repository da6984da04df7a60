use purpose::suppress;

#[suppress(purpose_violation, reason = "a use")]
use std::collections::HashMap;

#[suppress(purpose_violation, reason = "a type alias")]
pub type Phones = Vec<String>;

#[suppress(purpose_violation, reason = "an extern block")]
unsafe extern "C" {
    pub safe fn abs(value: i32) -> i32;
}

#[suppress(purpose_violation, reason = "a macro definition")]
macro_rules! upload {
    () => {};
}

#[suppress(purpose_violation, reason = "a union")]
pub union Bits {
    pub int: u32,
    pub float: f32,
}

pub trait Network {
    #[suppress(purpose_violation, reason = "an associated type")]
    type Contact;

    #[suppress(purpose_violation, reason = "an associated constant without a value")]
    const LIMIT: u32;
}

fn main() {
    let _: HashMap<u8, Phones> = HashMap::new();
    upload!();
}
