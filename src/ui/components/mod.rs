//! Small presentational pieces shared by screens.

mod contact_footer;
mod crisis_actions;
mod device_data;
mod live;
mod privacy_promise;
mod quick_exit;
mod storage_message;

pub use contact_footer::ContactFooter;
pub use crisis_actions::CrisisActions;
pub use device_data::{DeleteEverything, DeviceData, DeviceTools, LockedNotice, SavingPrompt};
pub use live::Live;
pub use privacy_promise::PrivacyPromise;
pub use quick_exit::QuickExit;
pub use storage_message::StorageMessage;
