//! Every browser side effect lives here: mounting into a shadow root, quick exit, and the calm
//! message shown if the app itself fails. Screens call these; the core never does.

mod fatal;
mod mount;

pub use fatal::show_fatal_message;
pub use mount::{mount_into, start};

/// Replaces the whole page with a neutral site. `replace` keeps the widget's page out of the
/// back button; it cannot erase browser history, and the text says so.
pub fn quick_exit(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(url);
    }
}
