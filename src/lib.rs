//! IOP Widget: a private self-check and skills-practice widget for people considering an
//! intensive outpatient program. See ARCHITECTURE.md for where each kind of change goes.

// Tests may sort with the standard library: they are not in the wasm (clippy.toml, core::order).
#![cfg_attr(test, allow(clippy::disallowed_methods))]

pub mod content;
pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    platform::start();
}
