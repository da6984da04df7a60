use purpose::ad_targeting;

#[ad_targeting]
pub struct Audience;

#[ad_targeting]
pub enum Network {
    Partner,
}

#[ad_targeting]
const LIMIT: u32 = 10;

#[ad_targeting]
static NAME: &str = "ads";

#[ad_targeting]
mod ads {}

#[ad_targeting]
pub use std::fmt;

#[purpose::ad_targeting]
impl Audience {
    pub fn upload(&self) {}
}

#[ad_targeting]
pub trait Uploader {}

#[ad_targeting]
type Contacts = Vec<String>;

fn main() {}
