//! The sink is never called by name: it is handed as a function item to a helper that calls what
//! it is given. `share` holds no annotated data of its own, only its parameter, and calls nothing
//! that reaches the sink by name; only the helper's summary says that what `share` is given ends in
//! `upload`. The signup passes the 2FA phone to it, the profile page the display name; the finding
//! is where the sink is handed the data, in `share`.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub name: String,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload(value: String) {
    let _ = value;
}

fn apply(action: fn(String), value: String) {
    action(value)
}

fn share(value: String) {
    apply(upload, value); //~ ERROR purpose_violation
}

pub fn signup(user: &User) {
    share(user.phone.clone());
}

pub fn profile(user: &User) {
    share(user.name.clone());
}
