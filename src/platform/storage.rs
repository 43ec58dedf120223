//! The only place that touches localStorage. Follows the contract in `core::store`: nothing that
//! was not read successfully is ever overwritten, unreadable or pre-upgrade values are kept under
//! backup keys first, and every failure becomes a notice for the person instead of a lost change.

use std::cell::RefCell;
use std::collections::BTreeSet;

use web_sys::Storage;

use crate::core::store::{self, BackupReason, Loaded, Problem, SaveError, Schema};

/// Every key the widget writes starts with this, so "delete everything" can find them all.
pub const PREFIX: &str = "iop-widget.";

/// What the person should be told about their saved data.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageNotice {
    /// The browser allows no storage here (private mode, or turned off): changes last until
    /// the page is closed.
    Unavailable,
    /// Saved data could not be read. `backup` is where it was kept (None: it could not be copied,
    /// so it is left untouched and nothing will be saved over it).
    Unreadable {
        problem: Problem,
        raw: String,
        backup: Option<String>,
    },
    /// The last change could not be saved (storage full, or too large); it is kept in memory.
    NotSaved(String),
}

/// Whether this widget instance saves at all (counselor demos and "don't save" do not).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Device {
    pub saving: bool,
}

thread_local! {
    // Keys holding a value that could not be read *and* could not be backed up: never written.
    static PROTECTED: RefCell<BTreeSet<&'static str>> = const { RefCell::new(BTreeSet::new()) };
}

fn local_storage() -> Option<Storage> {
    // Reading `localStorage` throws when storage is disabled; that is not an error to report.
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored data for `S`, upgraded if old, with what the person should be told.
pub fn open<S: Schema>(device: Device) -> (S::Data, Option<StorageNotice>)
where
    S::Data: Default,
{
    if !device.saving {
        return (S::Data::default(), None);
    }
    let Some(storage) = local_storage() else {
        return (S::Data::default(), Some(StorageNotice::Unavailable));
    };
    let raw = match storage.get_item(S::KEY) {
        Ok(raw) => raw,
        Err(_) => return (S::Data::default(), Some(StorageNotice::Unavailable)),
    };
    match store::load::<S>(raw.as_deref()) {
        Loaded::Empty => (S::Data::default(), None),
        Loaded::Current(data) => (data, None),
        Loaded::Migrated { from, data } => {
            // Keep the old form before replacing it; if that fails, use the upgrade in memory only.
            let raw = raw.unwrap_or_default();
            if keep_aside::<S>(&storage, BackupReason::BeforeMigration { from }, &raw).is_some() {
                let _ = save::<S>(device, &data);
            } else {
                protect::<S>();
            }
            (data, None)
        }
        Loaded::Unreadable { raw, problem } => {
            let backup = keep_aside::<S>(&storage, BackupReason::Unreadable, &raw);
            if backup.is_none() {
                protect::<S>();
            }
            (
                S::Data::default(),
                Some(StorageNotice::Unreadable {
                    problem,
                    raw,
                    backup,
                }),
            )
        }
    }
}

/// Saves `data` at once. On failure the caller keeps the change in memory and shows the notice.
pub fn save<S: Schema>(device: Device, data: &S::Data) -> Result<(), StorageNotice> {
    if !device.saving {
        return Ok(());
    }
    if PROTECTED.with(|p| p.borrow().contains(S::KEY)) {
        return Err(StorageNotice::NotSaved(
            "Your earlier saved data could not be read or copied, so it is left as it was. \
             New changes are kept until you close the page."
                .into(),
        ));
    }
    let storage = local_storage().ok_or(StorageNotice::Unavailable)?;
    let text =
        store::encode::<S>(data).map_err(|e: SaveError| StorageNotice::NotSaved(e.to_string()))?;
    storage.set_item(S::KEY, &text).map_err(|_| {
        StorageNotice::NotSaved(
            "This device's storage is full, so your last change was not saved. It is kept until you \
             close the page. Export your plan to keep a copy."
                .into(),
        )
    })
}

/// Removes everything this widget stored on the device, backups included.
pub fn delete_everything() -> Result<(), StorageNotice> {
    let storage = local_storage().ok_or(StorageNotice::Unavailable)?;
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
    PROTECTED.with(|p| p.borrow_mut().clear());
    Ok(())
}

fn protect<S: Schema>() {
    PROTECTED.with(|p| p.borrow_mut().insert(S::KEY));
}

/// Copies `raw` to a fresh backup key; None if it could not be written.
fn keep_aside<S: Schema>(storage: &Storage, reason: BackupReason, raw: &str) -> Option<String> {
    let taken = |key: &str| storage.get_item(key).ok().flatten().is_some();
    let key = store::free_backup_key::<S>(reason, js_sys::Date::now() as u64, &taken)?;
    storage.set_item(&key, raw).ok()?;
    Some(key)
}

/// Calls `changed` when another tab or window changes `S`'s stored value (the `storage` event
/// fires only in the *other* documents), so two tabs never silently overwrite each other.
/// Dropping the returned listener stops it.
pub fn watch<S: Schema>(changed: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "storage",
        move |event| {
            let key = event
                .dyn_ref::<web_sys::StorageEvent>()
                .and_then(|e| e.key());
            // A null key means the whole storage was cleared.
            if key.as_deref().is_none_or(|k| k == S::KEY) {
                changed();
            }
        },
    ))
}

/// Keeps the current stored value of `S` under a backup key before it is replaced wholesale
/// (by an import, say). False if there was something to keep and it could not be kept.
pub fn keep_before_replace<S: Schema>(device: Device) -> bool {
    if !device.saving {
        return true;
    }
    let Some(storage) = local_storage() else {
        return true;
    };
    match storage.get_item(S::KEY) {
        Ok(Some(raw)) => keep_aside::<S>(&storage, BackupReason::BeforeReplace, &raw).is_some(),
        _ => true,
    }
}
