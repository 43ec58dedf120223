//! Small presentational pieces shared by screens.

mod contact_footer;
mod privacy_promise;
mod quick_exit;

pub use contact_footer::ContactFooter;
pub use privacy_promise::PrivacyPromise;
pub use quick_exit::QuickExit;
