//! One source file, as arbitrary bytes, through the whole pipeline and every output format.

#![no_main]

use cargo_purpose::sources::MemoryFiles;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut files = MemoryFiles::new();
    files.insert("lib.rs", data);
    cargo_purpose_fuzz::check_and_render(&files);
});
