//! A small multi-file workspace, written as a fixture (`//- src/lib.rs` starts a file), through
//! the whole pipeline and every output format.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let files = cargo_purpose_fuzz::fixture(data);
    cargo_purpose_fuzz::check_and_render(&files);
});
