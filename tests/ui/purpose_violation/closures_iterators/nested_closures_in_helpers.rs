//! Closures nested three deep, each passed to a helper that calls it, as a scheduler runs a task
//! inside a context inside a budget. The innermost closure reaches the sink with the phone that
//! the outermost helper hands down; its sibling gets the handle and stays clean.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub handle: String,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload_audience(contact: &str) {
    let _ = contact;
}

fn enter<R>(user: &User, run: impl FnOnce(&str, &str) -> R) -> R {
    run(&user.phone, &user.handle)
}

fn with_budget<R>(run: impl FnOnce() -> R) -> R {
    run()
}

fn in_context<R>(contact: &str, run: impl FnOnce(&str) -> R) -> R {
    run(contact)
}

pub fn run_scheduled(user: &User) {
    enter(user, |phone, handle| {
        for _ in 0..3 {
            with_budget(|| {
                in_context(phone, |contact| upload_audience(contact)); //~ ERROR purpose_violation
                in_context(handle, |contact| upload_audience(contact));
            });
        }
    });
}
