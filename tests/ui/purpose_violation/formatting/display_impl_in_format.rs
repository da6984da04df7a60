//! A hand-written `Display` prints only the handle; `Debug` is derived and prints every field.
//! `format!("{user}")` and `write!(.., "{}", user)` print what `Display` prints; a `{:?}`
//! placeholder prints the phone.
use purpose::{Purpose, ad_targeting};
use std::fmt::{self, Write};

#[derive(Purpose, Debug)]
pub struct User {
    pub handle: String,
    #[collected_for(security)]
    pub phone: String,
}

impl fmt::Display for User {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "@{}", self.handle)
    }
}

#[ad_targeting]
pub fn upload_audience(label: &str) {
    let _ = label;
}

pub fn labels(user: &User) {
    let inline = format!("{user}");
    upload_audience(&inline);
    let mut buffer = String::new();
    write!(buffer, "{:>12}", user).ok();
    upload_audience(&buffer);
    let debugged = format!("{user} ({user:?})");
    upload_audience(&debugged); //~ ERROR purpose_violation
}
