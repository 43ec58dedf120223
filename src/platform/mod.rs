//! Every browser side effect lives here: mounting into a shadow root, quick exit, and the calm
//! message shown if the app itself fails. Screens call these; the core never does.

mod fatal;
mod host;
mod mount;

pub use fatal::show_fatal_message;
pub use host::Host;
pub use mount::{mount, mount_into, start, unmount};

use crate::core::host_event::HostEvent;

/// Replaces the whole page with a neutral site. `replace` keeps the widget's page out of the
/// back button; it cannot erase browser history, and the text says so.
pub fn quick_exit(host: &Host, url: &str) {
    host.send(&HostEvent::QuickExit);
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(url);
    }
}
