//! `#[path]` cannot make the linter read a file outside the checked directory.
#[path = "../../../../../../../../../../../../etc/passwd"]
mod passwd; //~ WARN missing_module

#[path = "/etc/hostname"]
mod hostname; //~ WARN missing_module
