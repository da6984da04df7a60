//! A module in a file of its own, for `suppress_on_file_module.rs`.

pub fn old_upload() {}
