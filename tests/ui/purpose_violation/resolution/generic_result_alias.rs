//! The workspace's own `type Result<T> = std::result::Result<T, Error>`: what `?` gives from a
//! `Result<User>` is a `User`, whose annotated field is then read.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    #[collected_for(security)]
    pub email: String,
    pub name: String,
}

#[derive(Debug)]
pub struct Error;

pub type Result<T> = std::result::Result<T, Error>;

pub trait Backend {
    fn find_user(&self, id: u64) -> Result<User>;
}

#[ad_targeting]
fn upload_audience(identifiers: Vec<String>) {
    let _ = identifiers;
}

pub fn export<B: Backend>(backend: &B) -> Result<()> {
    let user = backend.find_user(1)?;
    upload_audience(vec![user.email.clone()]); //~ ERROR purpose_violation
    Ok(())
}
