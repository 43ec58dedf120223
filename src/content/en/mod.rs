//! English content.

pub mod scenarios;
pub mod screening;
pub mod triggers;
