//! Items inside `cfg_if!` (and `cfg_select!`) are compiled on some targets only: every branch is
//! read, so a flow written in either is found.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload(id: String) {
    let _ = id;
}

cfg_if::cfg_if! {
    if #[cfg(unix)] {
        pub fn export(user: &User) {
            upload(user.phone.clone()); //~ ERROR purpose_violation
        }
    } else {
        pub fn export(user: &User) {
            let _ = user;
        }
    }
}

cfg_select! {
    target_os = "linux" => {
        pub fn export_linux(user: &User) {
            let _ = user;
        }
    }
    _ => {
        pub fn export_elsewhere(user: &User) {
            upload(user.phone.clone()); //~ ERROR purpose_violation
        }
    }
}
