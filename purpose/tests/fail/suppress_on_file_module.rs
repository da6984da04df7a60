// Stable Rust rejects an attribute macro on a module in a file of its own, before the macro
// runs; this records the compiler's message, so that the day it changes the docs can too.
#[purpose::suppress(purpose_violation, reason = "legacy code")]
#[path = "support/legacy.rs"]
mod legacy;

fn main() {
    legacy::old_upload();
}
