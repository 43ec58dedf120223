//! The pure core: the widget's rules and models. No `yew`, `web_sys` or `gloo` here, so every
//! rule can be tested natively and exhaustively with `cargo test` (a test enforces this).

pub mod config;
pub mod exercise;
pub mod expect;
pub mod fhir;
pub mod host_event;
pub mod json;
pub mod lock;
pub mod order;
pub mod quick_exit;
pub mod refusal;
pub mod screening;
pub mod settings;
pub mod store;
pub mod sync;
pub mod triggers;
