//! The person's choices about this device, kept apart from what they typed.

use serde::{Deserialize, Serialize};

use super::store::Schema;

/// Whether the trigger plan and refusal practice are kept on this device (CLINICAL.md 6:
/// "don't save on this device" is a choice). The screening has its own, per visit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Saving {
    /// Not chosen yet: asked the first time something would be saved; kept in memory till then.
    #[default]
    Ask,
    Device,
    /// Everything stays in memory and is gone when the page closes.
    MemoryOnly,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    #[serde(default)]
    pub saving: Saving,
}

pub struct StoredSettings;

impl Schema for StoredSettings {
    const KEY: &'static str = "iop-widget.settings";
    const FORMAT: &'static str = "iop-widget/settings";
    const VERSION: u32 = 1;
    type Data = Settings;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::store::{encode, load, Loaded};

    #[test]
    fn settings_round_trip_and_default_to_asking() {
        assert_eq!(Settings::default().saving, Saving::Ask);
        for saving in [Saving::Ask, Saving::Device, Saving::MemoryOnly] {
            let text = encode::<StoredSettings>(&Settings { saving }).unwrap();
            assert_eq!(
                load::<StoredSettings>(Some(&text)),
                Loaded::Current(Settings { saving })
            );
        }
        let text = encode::<StoredSettings>(&Settings {
            saving: Saving::MemoryOnly,
        })
        .unwrap();
        assert_eq!(
            text,
            r#"{"format":"iop-widget/settings","version":1,"data":{"saving":"memory-only"}}"#
        );
    }
}
