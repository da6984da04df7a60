//! The ads platform; its API is re-exported at the crate root from private modules.
mod audiences;
mod pixels;

pub use audiences::upload_contacts;
pub use pixels::fire;
