//! A module whose file does not exist is reported, and the rest of the crate is still checked.
mod reports; //~ WARN missing_module

pub fn run() {}
