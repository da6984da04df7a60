//! A draft that does not parse yet.
pub fn draft( {} //~ ERROR unparsable_file
