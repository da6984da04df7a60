//! Source struct, sink and flow each in their own `mod foo;` file: the flow is in `src/growth.rs`.
pub mod accounts;
pub mod ads;
pub mod growth;
