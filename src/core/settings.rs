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

impl Saving {
    fn id(self) -> &'static str {
        match self {
            Saving::Ask => "ask",
            Saving::Device => "device",
            Saving::MemoryOnly => "memory-only",
        }
    }
}

/// The stored settings as `core::store::load` reads them when current, without serde: the first
/// screen reads them, and serde_json would be a fifth of its download. None for anything else
/// (the store then treats it as no choice made, as it does any settings it cannot read).
pub fn read_current(raw: &str) -> Option<Settings> {
    use super::json::{current_data, parse, Kind};
    if raw.len() > super::store::MAX_STORED_BYTES {
        return None;
    }
    let json = parse(raw).ok()?;
    let data = current_data(&json, StoredSettings::FORMAT, StoredSettings::VERSION)?;
    let Kind::Obj(_) = data.kind else { return None };
    let saving = match data.get("saving") {
        None => Saving::Ask,
        Some(value) => {
            let id = value.text()?;
            [Saving::Ask, Saving::Device, Saving::MemoryOnly]
                .into_iter()
                .find(|s| s.id() == id)?
        }
    };
    Some(Settings { saving })
}

/// The stored form of `settings`, exactly as `core::store::encode` writes it.
pub fn write(settings: &Settings) -> String {
    format!(
        r#"{{"format":"{}","version":{},"data":{{"saving":"{}"}}}}"#,
        StoredSettings::FORMAT,
        StoredSettings::VERSION,
        settings.saving.id()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::store::{encode, load, Loaded};

    #[test]
    fn the_first_screens_reader_agrees_with_the_store() {
        for saving in [Saving::Ask, Saving::Device, Saving::MemoryOnly] {
            let settings = Settings { saving };
            assert_eq!(
                write(&settings),
                encode::<StoredSettings>(&settings).unwrap()
            );
            assert_eq!(read_current(&write(&settings)), Some(settings));
        }
        let cases = [
            r#"{"format":"iop-widget/settings","version":1,"data":{}}"#,
            r#"{"format":"iop-widget/settings","version":1,"data":{"saving":"device","later":[1,2]}}"#,
            r#"{"format":"iop-widget/settings","version":1,"data":{"saving":"cloud"}}"#,
            r#"{"format":"iop-widget/settings","version":1,"data":{"saving":3}}"#,
            r#"{"format":"iop-widget/settings","version":1,"data":[]}"#,
            r#"{"format":"iop-widget/settings","version":1,"data":null}"#,
            r#"{"format":"iop-widget/settings","version":2,"data":{}}"#,
            r#"{"format":"iop-widget/other","version":1,"data":{}}"#,
            r#"{"format":"iop-widget/settings","version":1}"#,
            r#"{"format":"iop-widget/settings","version":1,"data":{"saving":"device"}"#,
            "not json",
            "",
        ];
        // What the first screen ends up with: the stored choice, or none made.
        for raw in cases {
            let by_store = match load::<StoredSettings>(Some(raw)) {
                Loaded::Current(s) => s,
                _ => Settings::default(),
            };
            assert_eq!(read_current(raw).unwrap_or_default(), by_store, "{raw}");
        }
        assert_eq!(
            read_current(cases[1]),
            Some(Settings {
                saving: Saving::Device
            })
        );
    }

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
