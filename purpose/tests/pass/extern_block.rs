//! Functions declared in an `extern` block are functions too, so the attributes accept them.

use purpose::{ad_targeting, used_for};

unsafe extern "C" {
    #[ad_targeting]
    pub safe fn abs(value: i32) -> i32;

    #[used_for(analytics)]
    fn labs(value: std::ffi::c_long) -> std::ffi::c_long;
}

fn main() {
    assert_eq!(abs(-3), 3);
    // SAFETY: `labs` from the C library has no precondition.
    assert_eq!(unsafe { labs(-4) }, 4);
}
