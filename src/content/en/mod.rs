//! English content.

pub mod refusal;
pub mod scenarios;
pub mod screening;
pub mod trigger_ui;
pub mod triggers;
