//! Identity: users and their verified contact points.
pub mod user;
