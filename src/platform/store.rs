//! One store per page: the only code that touches localStorage. Every widget on the page shares
//! it, so a change in one shows in the others at once; other tabs are heard through the
//! `storage` event, and what they saved is merged (`core::sync`), never replaced.
//!
//! The rules it keeps (see `core::store`):
//! - what is typed lives here, above the screens, until the page closes, saved or not;
//! - nothing that was not read is written over: a value that could not be read is kept under a
//!   backup key first (one per distinct value, at most `MAX_BACKUPS`), or left untouched;
//! - a save reads what is stored first and merges it, so two tabs never lose each other's items;
//! - a change that could not be saved stays in memory, the person is told, and saving is retried;
//! - with a passphrase lock, nothing is written in clear (`core::lock`).

use std::any::Any;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::Storage;

use crate::core::lock::{self, LockMeta, Sealed, Stored, StoredLock};
use crate::core::screening::StoredScreening;
use crate::core::settings::{Saving, Settings, StoredSettings};
use crate::core::store::{self as stored, BackupReason, Loaded, Problem, Storable, MAX_BACKUPS};
use crate::core::sync::Synced;

/// Every key the widget writes starts with this, so "delete everything" finds them all.
pub const PREFIX: &str = "iop-widget.";

#[wasm_bindgen(module = "/src/platform/crypto.js")]
extern "C" {
    #[wasm_bindgen(js_name = cryptoAvailable)]
    fn crypto_available() -> bool;
    #[wasm_bindgen(js_name = randomSalt)]
    fn random_salt() -> String;
    #[wasm_bindgen(js_name = randomU32)]
    fn random_u32() -> u32;
    #[wasm_bindgen(js_name = deriveKey)]
    fn derive_key(passphrase: &str, salt: &str, iterations: u32) -> js_sys::Promise;
    #[wasm_bindgen(js_name = seal)]
    fn seal_js(key: &JsValue, text: &str, aad: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = unseal)]
    fn unseal_js(key: &JsValue, iv: &str, ct: &str, aad: &str) -> js_sys::Promise;
}

/// Why a change is only in memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotSaved {
    /// The device's storage is full.
    Full,
    /// More than the widget ever writes for one thing.
    TooLarge,
    /// What was saved before could not be read or kept aside, so nothing is written over it.
    Protected,
    /// Reading what was saved failed; nothing is written until it can be read.
    ReadFailed,
    /// Saved data is locked with a passphrase: unlock to save.
    Locked,
}

/// What the person should be told about their saved data. Worded by the UI.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The browser allows no storage here (private mode, or turned off).
    Unavailable,
    /// Saved data could not be read. `backup`: where a copy was kept (None: left as it was,
    /// because it could not be copied or `MAX_BACKUPS` copies exist already).
    Unreadable {
        problem: Problem,
        raw: String,
        backup: Option<String>,
    },
    NotSaved(NotSaved),
    /// Another tab or widget changed this; its changes were merged in.
    Merged {
        conflicts: usize,
        kept_over_delete: usize,
    },
}

impl Notice {
    /// Which notice this is, for a list's key: a notice keeps its own place (and live region)
    /// when another one before it goes.
    pub fn key(&self) -> String {
        match self {
            Notice::Unavailable => "unavailable".into(),
            Notice::Unreadable { raw, .. } => {
                format!("unreadable-{:x}", crate::core::store::fnv1a(raw.as_bytes()))
            }
            Notice::NotSaved(_) => "not-saved".into(),
            Notice::Merged { .. } => "merged".into(),
        }
    }
}

/// The passphrase lock as this page knows it.
#[derive(Clone, Debug, PartialEq)]
pub enum LockState {
    /// No passphrase set.
    None,
    /// A passphrase is set and this page does not have the key.
    Locked,
    /// Unlocked in this page.
    Open,
    /// The lock's own record could not be read: nothing is written in clear or sealed.
    Broken,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockError {
    WrongPassphrase,
    /// The browser offers no WebCrypto here (an http:// page, or a very old browser).
    NoCrypto,
    /// Storage refused the writes (full, or unavailable); nothing changed.
    NotWritten,
    /// Not possible in the lock's current state (e.g. already locked by another tab).
    NotNow,
}

enum Key {
    None,
    Locked(LockMeta),
    Open(LockMeta, JsValue),
    Broken,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SlotState {
    Ready,
    /// Sealed data is being opened.
    Pending,
    ReadFailed,
    Protected,
    Locked,
}

/// One stored key's data in memory.
struct Slot<S: Storable> {
    data: S::Data,
    state: SlotState,
    /// The raw value last read or written: a different one means another tab saved.
    seen: Option<String>,
    unsaved: bool,
    saving: bool,
    again: bool,
    /// For the screening: the person chose "save to finish later" (per visit).
    keep: bool,
    notices: Vec<Notice>,
}

/// What the store needs from every slot, whatever its data.
trait AnySlot {
    fn as_any_mut(&mut self) -> &mut dyn Any;
    fn unsaved(&self) -> bool;
    fn forget(&mut self);
    fn key(&self) -> &'static str;
}

impl<S: Storable + 'static> AnySlot for Slot<S>
where
    S::Data: Synced + 'static,
{
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
    fn unsaved(&self) -> bool {
        self.unsaved
    }
    fn forget(&mut self) {
        self.data = S::Data::default();
        self.unsaved = false;
        self.notices.clear();
    }
    fn key(&self) -> &'static str {
        S::KEY
    }
}

/// What the store can do to a slot without knowing its type: save it, read it again, or
/// hold it in memory only (what was stored is no longer its copy).
#[derive(Clone, Copy)]
struct Actions {
    save: fn(&Store),
    reread: fn(&Store),
    forget_stored: fn(&Store),
}

struct Inner {
    /// False for a counselor's demo: it never touches the device.
    shared: bool,
    slots: BTreeMap<&'static str, Box<dyn AnySlot>>,
    actions: BTreeMap<&'static str, Actions>,
    listeners: Vec<(u32, Rc<dyn Fn()>)>,
    next_listener: u32,
    settings: Settings,
    key: Key,
    replica: u32,
    /// Counts the changes widgets were told of (and slots read in), so a screen can work its
    /// view out again only when something changed.
    revision: u64,
    /// Counts the notifications sent: a screen that subscribes after it rendered can tell it
    /// missed one (a sealed plan opened in between) and render again.
    notified: u64,
    /// Storage was cleared whole, by a page of the host's site (a log-out's
    /// `localStorage.clear()`), not by the widget, which removes only its own keys: what this
    /// page holds is kept in memory, not followed into oblivion.
    cleared_by_site: bool,
    _watch: Option<gloo::events::EventListener>,
    _retry: Option<gloo::timers::callback::Interval>,
}

/// The page's store (or a demo's private one). Cheap to clone; equal if the same store.
#[derive(Clone)]
pub struct Store(Rc<RefCell<Inner>>);

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

thread_local! {
    static PAGE: RefCell<Option<Store>> = const { RefCell::new(None) };
}

fn local_storage() -> Option<Storage> {
    // Reading `localStorage` throws when storage is disabled; that is not an error to report.
    web_sys::window()?.local_storage().ok().flatten()
}

fn session_storage() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The person's language choice, in this tab's session storage (gone when the tab closes).
const LANGUAGE_KEY: &str = "iop-widget.language";

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The storage key a sealed value is bound to: a backup's is its origin key's.
fn aad_for(key: &str) -> &str {
    key.split_once(".backup.").map_or(key, |(origin, _)| origin)
}

impl Store {
    /// The store every widget on this page shares, made on first use.
    pub fn page() -> Store {
        PAGE.with(|page| {
            page.borrow_mut()
                .get_or_insert_with(|| Store::new(true))
                .clone()
        })
    }

    /// The page's store if a widget has made it (a page of demos only has none).
    pub fn page_if_made() -> Option<Store> {
        PAGE.with(|page| page.borrow().clone())
    }

    /// A store that keeps everything in memory and never touches the device (demos).
    pub fn private() -> Store {
        Store::new(false)
    }

    fn new(shared: bool) -> Store {
        let replica = if shared && crypto_available() {
            random_u32()
        } else {
            (js_sys::Math::random() * f64::from(u32::MAX)) as u32
        };
        let store = Store(Rc::new(RefCell::new(Inner {
            shared,
            slots: BTreeMap::new(),
            actions: BTreeMap::new(),
            listeners: Vec::new(),
            next_listener: 0,
            settings: Settings::default(),
            key: Key::None,
            replica,
            revision: 0,
            notified: 0,
            cleared_by_site: false,
            _watch: None,
            _retry: None,
        })));
        if shared {
            store.read_settings_and_lock();
            store.watch();
        }
        store
    }

    pub fn is_shared(&self) -> bool {
        self.0.borrow().shared
    }

    /// Removes screening answers saved to finish later that expired (or were kept on a finished
    /// screening) from the device. Read raw, not through the screening's slot: its reader needs
    /// the questionnaire, which the first screen does not carry.
    pub fn forget_stale_answers(&self, now_ms: u64) {
        if !self.is_shared() {
            return;
        }
        let Some(storage) = local_storage() else {
            return;
        };
        if let Ok(Some(raw)) = storage.get_item(StoredScreening::KEY) {
            if crate::core::screening::session::saved_copy_is_stale(&raw, now_ms) {
                let _ = storage.remove_item(StoredScreening::KEY);
            }
        }
    }

    /// A random number for this page, to start new item ids (two tabs never collide).
    pub fn id_base(&self) -> u64 {
        let replica = u64::from(self.0.borrow().replica);
        (replica << 20) | 1
    }

    pub fn replica(&self) -> u32 {
        self.0.borrow().replica
    }

    /// Changes with every change to the store's data: equal revisions, equal data.
    pub fn revision(&self) -> u64 {
        self.0.borrow().revision
    }

    /// How many times listeners were told of a change (see [`Store::subscribe`]).
    pub fn notified(&self) -> u64 {
        self.0.borrow().notified
    }

    // ---- reading and changing data ----

    /// The data for `S`, read from the device the first time it is asked for.
    pub fn get<S: Storable + 'static>(&self) -> S::Data
    where
        S::Data: Synced + 'static,
    {
        self.ensure::<S>();
        self.with_slot::<S, _>(|slot| slot.data.clone())
    }

    /// Something worked out from `S`'s data, read where it is rather than copied first (a
    /// screen that derives its view on every render). `f` must not call the store.
    pub fn read_with<S: Storable + 'static, R>(&self, f: impl FnOnce(&S::Data) -> R) -> R
    where
        S::Data: Synced + 'static,
    {
        self.with_slot::<S, _>(|slot| f(&slot.data))
    }

    /// What the person should be told about `S`'s saved data.
    pub fn notices<S: Storable + 'static>(&self) -> Vec<Notice>
    where
        S::Data: Synced + 'static,
    {
        self.ensure::<S>();
        self.with_slot::<S, _>(|slot| slot.notices.clone())
    }

    /// Whether `S` was saved locked with a passphrase this page has not unlocked: what shows is
    /// not what is saved, and the person must be told so.
    pub fn locked<S: Storable + 'static>(&self) -> bool
    where
        S::Data: Synced + 'static,
    {
        self.ensure::<S>();
        self.with_slot::<S, _>(|slot| slot.state == SlotState::Locked)
    }

    /// Drops a transient notice (the person closed it).
    pub fn dismiss<S: Storable + 'static>(&self, notice: &Notice)
    where
        S::Data: Synced + 'static,
    {
        self.with_slot::<S, _>(|slot| slot.notices.retain(|n| n != notice));
        self.notify();
    }

    /// Whether `S` holds changes not written to the device.
    pub fn unsaved<S: Storable + 'static>(&self) -> bool
    where
        S::Data: Synced + 'static,
    {
        self.ensure::<S>();
        self.with_slot::<S, _>(|slot| slot.unsaved)
    }

    /// Changes `S`'s data in memory, tells every widget, and saves if saving is allowed.
    pub fn update<S: Storable + 'static>(&self, change: impl FnOnce(&mut S::Data))
    where
        S::Data: Synced + 'static,
    {
        self.ensure::<S>();
        let changed = self.with_slot::<S, _>(|slot| {
            let before = slot.data.clone();
            change(&mut slot.data);
            let changed = slot.data != before;
            slot.unsaved |= changed;
            changed
        });
        if changed {
            self.notify();
            self.schedule_save::<S>();
        }
    }

    /// For the screening: whether to keep its answers on the device (the person's choice for
    /// this visit). Turning it off removes what was saved.
    pub fn set_keep<S: Storable + 'static>(&self, keep: bool)
    where
        S::Data: Synced + 'static,
    {
        self.ensure::<S>();
        self.with_slot::<S, _>(|slot| {
            slot.keep = keep;
            slot.unsaved = true;
        });
        if keep {
            self.schedule_save::<S>();
        } else {
            self.remove::<S>();
        }
        self.notify();
    }

    pub fn keeps<S: Storable + 'static>(&self) -> bool
    where
        S::Data: Synced + 'static,
    {
        self.ensure::<S>();
        self.with_slot::<S, _>(|slot| slot.keep)
    }

    /// Removes `S`'s saved value from the device (its memory stays as it is).
    pub fn remove<S: Storable + 'static>(&self)
    where
        S::Data: Synced + 'static,
    {
        if !self.is_shared() {
            return;
        }
        if let Some(storage) = local_storage() {
            if storage.remove_item(S::KEY).is_ok() {
                self.with_slot::<S, _>(|slot| {
                    slot.seen = None;
                    slot.notices.retain(|n| !matches!(n, Notice::NotSaved(_)));
                });
            }
        }
    }

    /// Keeps what is stored for `S` under a backup key before it is replaced wholesale (an
    /// import). True when there was nothing to keep or it was kept.
    pub fn keep_copy<S: Storable + 'static>(&self) -> bool
    where
        S::Data: Synced + 'static,
    {
        if !self.is_shared() {
            return true;
        }
        let Some(storage) = local_storage() else {
            return true;
        };
        match storage.get_item(S::KEY) {
            Ok(Some(raw)) => self
                .keep_aside(&storage, S::KEY, BackupReason::BeforeReplace, &raw)
                .is_ok(),
            Ok(None) => true,
            Err(_) => false,
        }
    }

    /// Sets `S`'s data to what was stored before this visit's changes (used by "start over").
    pub fn replace<S: Storable + 'static>(&self, data: S::Data)
    where
        S::Data: Synced + 'static,
    {
        self.ensure::<S>();
        self.with_slot::<S, _>(|slot| {
            slot.data = data;
            slot.unsaved = true;
        });
        self.notify();
        self.schedule_save::<S>();
    }

    /// Calls `changed` whenever any data in the store changes. Dropping the returned value stops it.
    pub fn subscribe(&self, changed: impl Fn() + 'static) -> Subscription {
        let mut inner = self.0.borrow_mut();
        let id = inner.next_listener;
        inner.next_listener += 1;
        inner.listeners.push((id, Rc::new(changed)));
        Subscription {
            store: Rc::downgrade(&self.0),
            id,
        }
    }

    fn notify(&self) {
        let listeners: Vec<Rc<dyn Fn()>> = {
            let mut inner = self.0.borrow_mut();
            inner.revision += 1;
            inner.notified += 1;
            inner.listeners.iter().map(|(_, l)| l.clone()).collect()
        };
        for listener in listeners {
            listener();
        }
    }

    fn with_slot<S: Storable + 'static, R>(&self, f: impl FnOnce(&mut Slot<S>) -> R) -> R
    where
        S::Data: Synced + 'static,
    {
        // A slot dropped meanwhile (delete everything, quick exit) is read afresh.
        self.ensure::<S>();
        let mut inner = self.0.borrow_mut();
        let slot = inner
            .slots
            .get_mut(S::KEY)
            .and_then(|s| s.as_any_mut().downcast_mut::<Slot<S>>())
            .expect("ensure() made the slot");
        f(slot)
    }

    /// Makes `S`'s slot, reading the device.
    fn ensure<S: Storable + 'static>(&self)
    where
        S::Data: Synced + 'static,
    {
        if self.0.borrow().slots.contains_key(S::KEY) {
            return;
        }
        let slot = self.read::<S>();
        let pending = slot.state == SlotState::Pending;
        let unsaved = slot.unsaved;
        {
            let mut inner = self.0.borrow_mut();
            inner.revision += 1;
            inner.slots.insert(S::KEY, Box::new(slot));
            inner.actions.insert(
                S::KEY,
                Actions {
                    save: |store| store.schedule_save::<S>(),
                    reread: |store| store.reread::<S>(),
                    forget_stored: |store| {
                        store.with_slot::<S, _>(|slot| {
                            slot.seen = None;
                            slot.unsaved = slot.data != S::Data::default();
                        })
                    },
                },
            );
        }
        if pending {
            self.open_sealed::<S>();
        } else if unsaved {
            self.schedule_save::<S>();
        }
    }

    fn empty_slot<S: Storable>(state: SlotState, notices: Vec<Notice>) -> Slot<S>
    where
        S::Data: Synced,
    {
        Slot {
            data: S::Data::default(),
            state,
            seen: None,
            unsaved: false,
            saving: false,
            again: false,
            keep: false,
            notices,
        }
    }

    fn read<S: Storable + 'static>(&self) -> Slot<S>
    where
        S::Data: Synced + 'static,
    {
        if !self.is_shared() {
            return Self::empty_slot(SlotState::Ready, vec![]);
        }
        let Some(storage) = local_storage() else {
            return Self::empty_slot(SlotState::Ready, vec![Notice::Unavailable]);
        };
        let raw = match storage.get_item(S::KEY) {
            Ok(raw) => raw,
            Err(_) => {
                return Self::empty_slot(
                    SlotState::ReadFailed,
                    vec![Notice::NotSaved(NotSaved::ReadFailed)],
                )
            }
        };
        let Some(raw) = raw else {
            return Self::empty_slot(SlotState::Ready, vec![]);
        };
        match lock::classify(&raw) {
            Stored::Sealed(_) => {
                let open = matches!(self.0.borrow().key, Key::Open(..));
                let mut slot = Self::empty_slot(
                    if open {
                        SlotState::Pending
                    } else {
                        SlotState::Locked
                    },
                    vec![],
                );
                slot.seen = Some(raw);
                slot
            }
            Stored::BadSeal(detail) => {
                self.unreadable(&storage, raw, Problem::DoesNotMatch { detail })
            }
            Stored::Clear => self.load_clear::<S>(&storage, raw, None),
        }
    }

    /// Reads a value written in clear (or just unsealed: then `sealed` is what is stored).
    fn load_clear<S: Storable + 'static>(
        &self,
        storage: &Storage,
        text: String,
        sealed: Option<String>,
    ) -> Slot<S>
    where
        S::Data: Synced + 'static,
    {
        let seen = sealed.clone().unwrap_or_else(|| text.clone());
        let ready = |data: S::Data, unsaved: bool| Slot::<S> {
            data,
            state: SlotState::Ready,
            seen: Some(seen.clone()),
            unsaved,
            saving: false,
            again: false,
            keep: false,
            notices: vec![],
        };
        match S::load(Some(&text)) {
            Loaded::Empty => ready(S::Data::default(), false),
            Loaded::Current(data) => ready(data, false),
            Loaded::Migrated { from, data } => {
                self.upgraded::<S>(storage, &seen, data, BackupReason::BeforeMigration { from })
            }
            Loaded::Repaired(data) => {
                self.upgraded::<S>(storage, &seen, data, BackupReason::BeforeRepair)
            }
            Loaded::Unreadable { raw, problem } => {
                // What is stored is kept aside as stored (sealed stays sealed).
                self.unreadable(storage, sealed.unwrap_or(raw), problem)
            }
        }
    }

    /// An upgraded or repaired value: keep the old form aside first (unless the schema says
    /// it must not be kept), then save the new one.
    fn upgraded<S: Storable + 'static>(
        &self,
        storage: &Storage,
        raw: &str,
        data: S::Data,
        reason: BackupReason,
    ) -> Slot<S>
    where
        S::Data: Synced + 'static,
    {
        let mut slot = Self::empty_slot::<S>(SlotState::Ready, vec![]);
        slot.data = data;
        slot.seen = Some(raw.to_string());
        slot.unsaved = true;
        slot.keep = true;
        if S::KEEP_OLD_FORM && self.keep_aside(storage, S::KEY, reason, raw).is_err() {
            // The old form could not be kept: use the upgrade in memory, write nothing over it.
            slot.state = SlotState::Protected;
            slot.notices.push(Notice::NotSaved(NotSaved::Protected));
        }
        slot
    }

    fn unreadable<S: Storable>(&self, storage: &Storage, raw: String, problem: Problem) -> Slot<S>
    where
        S::Data: Synced,
    {
        // Under a lock, a value in clear is never copied in clear: it is left where it is. Nor
        // is one whose old forms must not be kept (the screening's first form held safety
        // answers): it is left where it is, and reported, not copied to a key that never expires.
        let locked = !matches!(self.0.borrow().key, Key::None)
            && matches!(lock::classify(&raw), Stored::Clear);
        let backup = if locked || !S::KEEP_OLD_FORM {
            Err(())
        } else {
            self.keep_aside(storage, S::KEY, BackupReason::Unreadable, &raw)
        };
        let (state, seen) = match &backup {
            Ok(_) => (SlotState::Ready, Some(raw.clone())),
            Err(()) => (SlotState::Protected, Some(raw.clone())),
        };
        let mut slot = Self::empty_slot::<S>(
            state,
            vec![Notice::Unreadable {
                problem,
                raw,
                backup: backup.ok(),
            }],
        );
        slot.seen = seen;
        slot
    }

    /// Keeps `raw` under a backup key named by its content: the same value is kept once. Past
    /// `MAX_BACKUPS` for a key, or if a check or write fails, nothing is written (Err).
    fn keep_aside(
        &self,
        storage: &Storage,
        key: &str,
        reason: BackupReason,
        raw: &str,
    ) -> Result<String, ()> {
        let backup = stored::content_backup_key(key, reason, raw);
        match storage.get_item(&backup) {
            Ok(Some(existing)) if existing == raw => return Ok(backup),
            Ok(_) => {}
            // A failed check is not "free".
            Err(_) => return Err(()),
        }
        let existing = widget_keys(storage)
            .map_err(|_| ())?
            .into_iter()
            .filter(|k| stored::is_backup_of(key, k))
            .count();
        if existing >= MAX_BACKUPS {
            return Err(());
        }
        storage.set_item(&backup, raw).map_err(|_| ())?;
        Ok(backup)
    }

    // ---- saving ----

    fn may_write<S: Storable + 'static>(&self) -> bool
    where
        S::Data: Synced + 'static,
    {
        let inner = self.0.borrow();
        if !inner.shared {
            return false;
        }
        if S::KEY == StoredScreening::KEY {
            drop(inner);
            return self.with_slot::<S, _>(|slot| slot.keep);
        }
        inner.settings.saving == Saving::Device
    }

    fn schedule_save<S: Storable + 'static>(&self)
    where
        S::Data: Synced + 'static,
    {
        if !self.may_write::<S>() {
            return;
        }
        let busy = self.with_slot::<S, _>(|slot| {
            if slot.saving {
                slot.again = true;
                true
            } else {
                slot.saving = true;
                false
            }
        });
        if busy {
            return;
        }
        let store = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            // After the click that changed the data has been drawn: encoding and writing a
            // large plan must not delay the frame that shows the change.
            super::after_paint().await;
            let before = store.save_view::<S>();
            loop {
                store.save_once::<S>().await;
                let again = store.with_slot::<S, _>(|slot| {
                    let again = std::mem::take(&mut slot.again);
                    slot.saving = again;
                    again
                });
                if !again {
                    break;
                }
            }
            // Screens hear of a save only when it changed what they show (a notice, "not
            // saved yet"); merged data notifies on its own.
            if store.save_view::<S>() != before {
                store.notify();
            }
            store.retry_while_unsaved();
        });
    }

    /// What a save can change that a screen shows.
    fn save_view<S: Storable + 'static>(&self) -> (Vec<Notice>, bool, bool)
    where
        S::Data: Synced + 'static,
    {
        (self.notices::<S>(), self.unsaved::<S>(), self.locked::<S>())
    }

    /// One read-merge-write round for `S`.
    async fn save_once<S: Storable + 'static>(&self)
    where
        S::Data: Synced + 'static,
    {
        let state = self.with_slot::<S, _>(|slot| slot.state);
        match state {
            SlotState::Ready => {}
            SlotState::Protected => return self.set_not_saved::<S>(NotSaved::Protected),
            SlotState::Locked | SlotState::Pending => {
                return self.set_not_saved::<S>(NotSaved::Locked)
            }
            SlotState::ReadFailed => {
                // Try reading again; until it works, nothing is written.
                self.reread::<S>();
                return;
            }
        }
        if matches!(self.0.borrow().key, Key::Locked(_) | Key::Broken) {
            return self.set_not_saved::<S>(NotSaved::Locked);
        }
        if !self.with_slot::<S, _>(|slot| slot.unsaved) {
            return;
        }
        let Some(storage) = local_storage() else {
            return self.set_not_saved::<S>(NotSaved::Full);
        };
        for _ in 0..5 {
            // What is there now; merge it if another tab wrote since.
            let Ok(now) = storage.get_item(S::KEY) else {
                return self.set_not_saved::<S>(NotSaved::ReadFailed);
            };
            let seen = self.with_slot::<S, _>(|slot| slot.seen.clone());
            if now != seen {
                if let Some(raw) = &now {
                    match self.decode::<S>(raw).await {
                        Ok(theirs) => self.merge_in::<S>(&theirs),
                        Err(problem) => {
                            // Another writer left something unreadable: keep it aside first.
                            let kept = self
                                .keep_aside(&storage, S::KEY, BackupReason::Unreadable, raw)
                                .is_ok();
                            self.with_slot::<S, _>(|slot| {
                                slot.notices.push(Notice::Unreadable {
                                    problem,
                                    raw: raw.clone(),
                                    backup: kept.then(|| {
                                        stored::content_backup_key(
                                            S::KEY,
                                            BackupReason::Unreadable,
                                            raw,
                                        )
                                    }),
                                });
                                if !kept {
                                    slot.state = SlotState::Protected;
                                }
                            });
                            if !kept {
                                return self.set_not_saved::<S>(NotSaved::Protected);
                            }
                        }
                    }
                }
                self.with_slot::<S, _>(|slot| slot.seen = now.clone());
            }
            let data = self.with_slot::<S, _>(|slot| {
                slot.data.prune(now_ms());
                slot.data.clone()
            });
            let text = match S::encode(&data) {
                Ok(text) => text,
                Err(_) => return self.set_not_saved::<S>(NotSaved::TooLarge),
            };
            let out = match self.seal_for(S::KEY, &text).await {
                Ok(out) => out,
                Err(()) => return self.set_not_saved::<S>(NotSaved::Locked),
            };
            // Nothing to write if the stored value already says the same.
            let same = now.as_deref() == Some(out.as_str());
            // "Don't keep on this device" may have been chosen (here or in another tab) while
            // this round was sealing: then nothing is written.
            if !self.may_write::<S>() {
                return;
            }
            // Write only if nobody wrote while this round was sealing.
            if storage.get_item(S::KEY).ok().flatten() != now {
                continue;
            }
            if !same && storage.set_item(S::KEY, &out).is_err() {
                return self.set_not_saved::<S>(NotSaved::Full);
            }
            self.with_slot::<S, _>(|slot| {
                if !same {
                    slot.seen = Some(out);
                }
                if slot.data == data {
                    slot.unsaved = false;
                }
                slot.notices.retain(|n| !matches!(n, Notice::NotSaved(_)));
            });
            return;
        }
    }

    fn set_not_saved<S: Storable + 'static>(&self, why: NotSaved)
    where
        S::Data: Synced + 'static,
    {
        self.with_slot::<S, _>(|slot| {
            if !slot.notices.contains(&Notice::NotSaved(why)) {
                slot.notices.retain(|n| !matches!(n, Notice::NotSaved(_)));
                slot.notices.push(Notice::NotSaved(why));
            }
        });
    }

    fn merge_in<S: Storable + 'static>(&self, theirs: &S::Data)
    where
        S::Data: Synced + 'static,
    {
        let report = self.with_slot::<S, _>(|slot| slot.data.merge_from(theirs));
        if report.changed {
            self.with_slot::<S, _>(|slot| {
                slot.notices.retain(|n| !matches!(n, Notice::Merged { .. }));
                slot.notices.push(Notice::Merged {
                    conflicts: report.conflicts.len(),
                    kept_over_delete: report.kept_over_delete.len(),
                });
            });
            self.notify();
        }
    }

    /// Reads a stored value of `S`, opening it if sealed.
    async fn decode<S: Storable>(&self, raw: &str) -> Result<S::Data, Problem>
    where
        S::Data: Synced,
    {
        let text = match lock::classify(raw) {
            Stored::Clear => raw.to_string(),
            Stored::BadSeal(detail) => return Err(Problem::DoesNotMatch { detail }),
            Stored::Sealed(sealed) => {
                self.unseal_with_key(S::KEY, &sealed)
                    .await
                    .ok_or(Problem::DoesNotMatch {
                        detail: "sealed with another passphrase".into(),
                    })?
            }
        };
        match S::load(Some(&text)) {
            Loaded::Current(d) | Loaded::Migrated { data: d, .. } | Loaded::Repaired(d) => Ok(d),
            Loaded::Empty => Ok(S::Data::default()),
            Loaded::Unreadable { problem, .. } => Err(problem),
        }
    }

    /// Opens a sealed value with this page's key.
    async fn unseal_with_key(&self, key: &str, sealed: &Sealed) -> Option<String> {
        let crypto_key = match &self.0.borrow().key {
            Key::Open(_, k) => k.clone(),
            _ => return None,
        };
        let plain = JsFuture::from(unseal_js(&crypto_key, &sealed.iv, &sealed.ct, aad_for(key)))
            .await
            .ok()?;
        plain.as_string()
    }

    /// `text` as it should be written under `key`: sealed when a lock is open, in clear when
    /// there is no lock; Err when a lock is set but not open here.
    async fn seal_for(&self, key: &str, text: &str) -> Result<String, ()> {
        let crypto_key = match &self.0.borrow().key {
            Key::None => return Ok(text.to_string()),
            Key::Open(_, k) => k.clone(),
            Key::Locked(_) | Key::Broken => return Err(()),
        };
        seal_with(&crypto_key, text, aad_for(key)).await
    }

    /// Retries unsaved changes every few seconds (storage may have room again).
    fn retry_while_unsaved(&self) {
        let unsaved = {
            let inner = self.0.borrow();
            inner.shared && inner.slots.values().any(|s| s.unsaved())
        };
        let running = self.0.borrow()._retry.is_some();
        if unsaved && !running {
            let store = Rc::downgrade(&self.0);
            let interval = gloo::timers::callback::Interval::new(4_000, move || {
                if let Some(inner) = store.upgrade() {
                    Store(inner).save_all();
                }
            });
            self.0.borrow_mut()._retry = Some(interval);
        } else if !unsaved && running {
            self.0.borrow_mut()._retry = None;
        }
    }

    /// Tries to save every slot with unsaved changes.
    pub fn save_all(&self) {
        let keys: Vec<&'static str> = self
            .0
            .borrow()
            .slots
            .values()
            .filter(|s| s.unsaved())
            .map(|s| s.key())
            .collect();
        for key in keys {
            self.act(key, |a| a.save);
        }
        self.retry_while_unsaved();
    }

    fn act(&self, key: &str, which: impl FnOnce(Actions) -> fn(&Store)) {
        let action = self.0.borrow().actions.get(key).copied();
        if let Some(actions) = action {
            which(actions)(self);
        }
    }

    // ---- other tabs ----

    fn watch(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let store = Rc::downgrade(&self.0);
        let listener = gloo::events::EventListener::new(&window, "storage", move |event| {
            let Some(inner) = store.upgrade() else {
                return;
            };
            let store = Store(inner);
            let key = event
                .dyn_ref::<web_sys::StorageEvent>()
                .and_then(|e| e.key());
            store.heard(key.as_deref());
        });
        self.0.borrow_mut()._watch = Some(listener);
    }

    /// Another tab changed `key` (None: storage was cleared).
    fn heard(&self, key: Option<&str>) {
        match key {
            Some(k) if k == StoredSettings::KEY => {
                let before = self.saving();
                self.read_settings_and_lock();
                let now = self.saving();
                if now != before {
                    self.follow_saving(now);
                }
                self.notify();
            }
            Some(k) if k == StoredLock::KEY => {
                let was_open = matches!(self.0.borrow().key, Key::Open(..));
                self.read_settings_and_lock();
                // A passphrase set, changed or removed elsewhere: read everything again.
                if !was_open || !matches!(self.0.borrow().key, Key::Open(..)) {
                    self.reread_all();
                }
                self.notify();
            }
            Some(k) => self.act(k, |a| a.reread),
            None => {
                self.read_settings_and_lock();
                self.0.borrow_mut().cleared_by_site = true;
                self.reread_all();
                self.0.borrow_mut().cleared_by_site = false;
                self.notify();
            }
        }
    }

    /// The keep-on-device choice, made here or in another tab, applied to what this page holds:
    /// "keep" saves it (from another tab it would otherwise stay unsaved, looking saved, until
    /// the tab closed); "don't keep" holds it in memory as the only copy, so the removal that
    /// follows is not taken for "delete everything" and a later "keep" writes it all again.
    fn follow_saving(&self, saving: Saving) {
        let keys = self.held_under_choice();
        match saving {
            Saving::Device => {
                for key in keys {
                    self.act(key, |a| a.save);
                }
            }
            Saving::MemoryOnly => {
                for key in keys {
                    self.act(key, |a| a.forget_stored);
                }
            }
            Saving::Ask => {}
        }
    }

    /// What this page holds that the keep-on-device choice governs (the screening's saved
    /// answers have their own choice, per visit).
    fn held_under_choice(&self) -> Vec<&'static str> {
        let inner = self.0.borrow();
        let keys = inner.actions.keys().copied();
        keys.filter(|k| *k != StoredScreening::KEY).collect()
    }

    fn reread_all(&self) {
        let keys: Vec<&'static str> = self.0.borrow().actions.keys().copied().collect();
        for key in keys {
            self.act(key, |a| a.reread);
        }
    }

    /// Reads `S` again (another tab wrote it, or a lock opened) and merges it into memory;
    /// writes back if this page holds more than what is stored.
    fn reread<S: Storable + 'static>(&self)
    where
        S::Data: Synced + 'static,
    {
        let Some(storage) = local_storage() else {
            return;
        };
        let state = self.with_slot::<S, _>(|slot| slot.state);
        let raw = match storage.get_item(S::KEY) {
            Ok(raw) => raw,
            Err(_) => {
                self.with_slot::<S, _>(|slot| slot.state = SlotState::ReadFailed);
                return;
            }
        };
        let open = matches!(self.0.borrow().key, Key::Open(..));
        let sealed = raw.as_deref().map(lock::classify);
        match (state, sealed) {
            (_, Some(Stored::Sealed(_))) if !open => {
                self.with_slot::<S, _>(|slot| {
                    slot.state = SlotState::Locked;
                    slot.seen = raw.clone();
                });
                self.notify();
            }
            (SlotState::Protected, _) if self.with_slot::<S, _>(|slot| slot.seen == raw) => {}
            (
                SlotState::ReadFailed
                | SlotState::Locked
                | SlotState::Protected
                | SlotState::Pending,
                _,
            ) => {
                // Read afresh; what this page typed meanwhile is merged into what was read.
                let fresh = self.read::<S>();
                let pending = fresh.state == SlotState::Pending;
                self.with_slot::<S, _>(|slot| {
                    let mine = std::mem::take(&mut slot.data);
                    slot.state = fresh.state;
                    slot.seen = fresh.seen.clone();
                    slot.notices = fresh.notices.clone();
                    slot.data = fresh.data.clone();
                    slot.data.merge_from(&mine);
                    slot.unsaved |= slot.data != fresh.data;
                });
                if pending {
                    self.open_sealed::<S>();
                } else {
                    self.notify();
                    self.schedule_save::<S>();
                }
            }
            (SlotState::Ready, _) => {
                let store = self.clone();
                let cleared_by_site = self.0.borrow().cleared_by_site;
                wasm_bindgen_futures::spawn_local(async move {
                    let Some(raw) = raw else {
                        store.with_slot::<S, _>(|slot| {
                            if cleared_by_site {
                                // Kept here, and written again once the person chooses to
                                // keep it (that choice went with the rest; the screening's
                                // "save to finish later" too).
                                slot.seen = None;
                                slot.unsaved = slot.data != S::Data::default();
                                slot.keep = false;
                            } else if slot.seen.is_some() {
                                // Deleted elsewhere ("delete everything" in another tab):
                                // follow it.
                                slot.data = S::Data::default();
                                slot.seen = None;
                                slot.unsaved = false;
                            }
                        });
                        store.notify();
                        return;
                    };
                    match store.decode::<S>(&raw).await {
                        Ok(theirs) => {
                            store.merge_in::<S>(&theirs);
                            let more = store.with_slot::<S, _>(|slot| {
                                slot.seen = Some(raw.clone());
                                slot.data != theirs
                            });
                            if more {
                                store.with_slot::<S, _>(|slot| slot.unsaved = true);
                                store.schedule_save::<S>();
                            }
                        }
                        Err(_) => store.schedule_save::<S>(),
                    }
                    store.notify();
                });
            }
        }
    }

    /// Opens `S`'s sealed value with the page's key, merging what was typed meanwhile.
    fn open_sealed<S: Storable + 'static>(&self)
    where
        S::Data: Synced + 'static,
    {
        let store = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let Some(storage) = local_storage() else {
                return;
            };
            let Ok(Some(raw)) = storage.get_item(S::KEY) else {
                store.with_slot::<S, _>(|slot| slot.state = SlotState::Ready);
                store.notify();
                return;
            };
            let Stored::Sealed(sealed) = lock::classify(&raw) else {
                store.reread::<S>();
                return;
            };
            let Some(text) = store.unseal_with_key(S::KEY, &sealed).await else {
                // Sealed with another key: leave it, write nothing.
                store.with_slot::<S, _>(|slot| {
                    slot.state = SlotState::Protected;
                    slot.seen = Some(raw.clone());
                });
                store.set_not_saved::<S>(NotSaved::Protected);
                store.notify();
                return;
            };
            let fresh = store.load_clear::<S>(&storage, text, Some(raw));
            store.with_slot::<S, _>(|slot| {
                let mine = std::mem::take(&mut slot.data);
                slot.state = fresh.state;
                slot.seen = fresh.seen.clone();
                slot.notices = fresh.notices.clone();
                slot.data = fresh.data.clone();
                slot.data.merge_from(&mine);
                slot.unsaved = fresh.unsaved || slot.data != fresh.data;
            });
            store.notify();
            store.schedule_save::<S>();
        });
    }

    // ---- choices, lock and deletion ----

    fn read_settings_and_lock(&self) {
        let Some(storage) = local_storage() else {
            return;
        };
        // Read without serde (see `settings::read_current`): this runs on the first screen.
        let settings = match storage.get_item(StoredSettings::KEY) {
            Ok(Some(raw)) => crate::core::settings::read_current(&raw).unwrap_or_default(),
            _ => Settings::default(),
        };
        let key = match storage.get_item(StoredLock::KEY) {
            Ok(None) => Key::None,
            Ok(Some(raw)) => match crate::core::lock::read_current(&raw) {
                Some(meta) => {
                    // Keep an open key if the lock is the same one.
                    match std::mem::replace(&mut self.0.borrow_mut().key, Key::None) {
                        Key::Open(open_meta, k) if open_meta == meta => Key::Open(open_meta, k),
                        _ => Key::Locked(meta),
                    }
                }
                _ => Key::Broken,
            },
            Err(_) => Key::Broken,
        };
        let mut inner = self.0.borrow_mut();
        inner.settings = settings;
        inner.key = key;
    }

    pub fn saving(&self) -> Saving {
        let inner = self.0.borrow();
        if inner.shared {
            inner.settings.saving
        } else {
            Saving::MemoryOnly
        }
    }

    /// The person's choice for the trigger plan and refusal practice. "Don't save" removes what
    /// is saved from the device (memory keeps it until the page closes).
    pub fn set_saving(&self, saving: Saving) {
        if !self.is_shared() {
            return;
        }
        self.0.borrow_mut().settings.saving = saving;
        if let Some(storage) = local_storage() {
            // A stored choice this build cannot read (damaged, or a newer widget's) is kept
            // aside before it is replaced; if it cannot be, it stays and the choice is memory's.
            let unreadable = match storage.get_item(StoredSettings::KEY) {
                Ok(Some(raw)) if !raw.is_empty() => crate::core::settings::read_current(&raw)
                    .is_none()
                    .then_some(raw),
                _ => None,
            };
            let kept = unreadable.map_or(Ok(()), |raw| {
                self.keep_aside(
                    &storage,
                    StoredSettings::KEY,
                    BackupReason::Unreadable,
                    &raw,
                )
                .map(drop)
            });
            if kept.is_ok() {
                let text = crate::core::settings::write(&Settings { saving });
                let _ = storage.set_item(StoredSettings::KEY, &text);
            }
        }
        // "Don't keep": what is stored goes, with the copies kept of it (an older version's,
        // an unreadable one's): the person chose that nothing of theirs stays. What this page
        // holds stays, in memory.
        if saving == Saving::MemoryOnly {
            if let Some(storage) = local_storage() {
                let mut governed = self.held_under_choice();
                for key in [
                    "iop-widget.trigger-plan",
                    "iop-widget.refusal-progress",
                    "iop-widget.refusal-lines",
                ] {
                    if !governed.contains(&key) {
                        governed.push(key);
                    }
                }
                let copies = widget_keys(&storage)
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|k| k.contains(".backup.") && governed.contains(&aad_for(k)));
                let copies: Vec<String> = copies.collect();
                for key in governed
                    .iter()
                    .copied()
                    .chain(copies.iter().map(String::as_str))
                {
                    let _ = storage.remove_item(key);
                }
            }
        }
        self.follow_saving(saving);
        self.notify();
    }

    /// The language the person chose on this page (kept for the tab, never in the URL).
    pub fn language_choice(&self) -> Option<String> {
        if !self.is_shared() {
            return None;
        }
        session_storage()?.get_item(LANGUAGE_KEY).ok().flatten()
    }

    pub fn set_language_choice(&self, tag: &str) {
        if self.is_shared() {
            if let Some(storage) = session_storage() {
                let _ = storage.set_item(LANGUAGE_KEY, tag);
            }
        }
    }

    pub fn lock_state(&self) -> LockState {
        match self.0.borrow().key {
            Key::None => LockState::None,
            Key::Locked(_) => LockState::Locked,
            Key::Open(..) => LockState::Open,
            Key::Broken => LockState::Broken,
        }
    }

    pub fn crypto_available() -> bool {
        crypto_available()
    }

    /// Unlocks with `passphrase`: opens every sealed value and merges what was typed meanwhile.
    pub async fn unlock(&self, passphrase: &str) -> Result<(), LockError> {
        let meta = match &self.0.borrow().key {
            Key::Locked(meta) => meta.clone(),
            Key::Open(..) => return Ok(()),
            _ => return Err(LockError::NotNow),
        };
        if !crypto_available() {
            return Err(LockError::NoCrypto);
        }
        let key = derive(passphrase, &meta).await?;
        let check = JsFuture::from(unseal_js(
            &key,
            &meta.check.iv,
            &meta.check.ct,
            StoredLock::KEY,
        ))
        .await
        .ok()
        .and_then(|v| v.as_string());
        if check.as_deref() != Some(lock::CHECK_TEXT) {
            return Err(LockError::WrongPassphrase);
        }
        self.0.borrow_mut().key = Key::Open(meta, key);
        self.reread_all();
        self.notify();
        Ok(())
    }

    /// Whether a change this page holds is not saved on the device yet (storage full, or a
    /// save under way): locking now would forget it.
    pub fn holds_unsaved(&self) -> bool {
        let inner = self.0.borrow();
        inner.shared && inner.slots.values().any(|s| s.unsaved())
    }

    /// Forgets the key and everything unlocked from memory ("lock now" on a shared device).
    pub fn lock_now(&self) {
        let meta = match std::mem::replace(&mut self.0.borrow_mut().key, Key::None) {
            Key::Open(meta, _) | Key::Locked(meta) => Key::Locked(meta),
            other => other,
        };
        self.0.borrow_mut().key = meta;
        self.forget_all();
        self.reread_all();
    }

    /// Sets a passphrase (or changes it, when unlocked): every value the widget stored is sealed
    /// with the new key, then written in one go with the new lock record.
    pub async fn set_passphrase(&self, passphrase: &str) -> Result<(), LockError> {
        if !crypto_available() {
            return Err(LockError::NoCrypto);
        }
        let old = match &self.0.borrow().key {
            Key::None => None,
            Key::Open(_, k) => Some(k.clone()),
            _ => return Err(LockError::NotNow),
        };
        let storage = local_storage().ok_or(LockError::NotWritten)?;
        let salt = random_salt();
        let meta_wo_check = LockMeta {
            kdf: lock::KDF.into(),
            iterations: lock::ITERATIONS,
            salt,
            check: Sealed {
                iv: String::new(),
                ct: String::new(),
            },
        };
        let key = derive(passphrase, &meta_wo_check).await?;
        let check = seal_pair(&key, lock::CHECK_TEXT, StoredLock::KEY).await?;
        let meta = LockMeta {
            check,
            ..meta_wo_check
        };
        // Every stored widget value, opened if sealed, then sealed with the new key.
        let mut writes: Vec<(String, String)> = Vec::new();
        for k in widget_keys(&storage).map_err(|_| LockError::NotWritten)? {
            if k == StoredLock::KEY || k == StoredSettings::KEY {
                continue;
            }
            let Ok(Some(raw)) = storage.get_item(&k) else {
                continue;
            };
            let plain = match (lock::classify(&raw), &old) {
                (Stored::Sealed(s), Some(old)) => {
                    match JsFuture::from(unseal_js(old, &s.iv, &s.ct, aad_for(&k))).await {
                        Ok(v) => v.as_string().unwrap_or(raw.clone()),
                        // Not sealed with the current key: keep it as it is.
                        Err(_) => continue,
                    }
                }
                (Stored::Sealed(_), None) => continue,
                _ => raw.clone(),
            };
            writes.push((
                k.clone(),
                seal_with(&key, &plain, aad_for(&k))
                    .await
                    .map_err(|_| LockError::NotWritten)?,
            ));
        }
        let lock_text =
            stored::encode::<StoredLock>(&Some(meta.clone())).map_err(|_| LockError::NotWritten)?;
        writes.push((StoredLock::KEY.to_string(), lock_text));
        commit(&storage, &writes)?;
        self.0.borrow_mut().key = Key::Open(meta, key);
        // Memory keeps what it holds; each slot learns its sealed value (and merges, a no-op).
        self.reread_all();
        self.notify();
        Ok(())
    }

    /// Removes the passphrase: every value is opened and written in clear again.
    pub async fn remove_passphrase(&self) -> Result<(), LockError> {
        let key = match &self.0.borrow().key {
            Key::Open(_, k) => k.clone(),
            _ => return Err(LockError::NotNow),
        };
        let storage = local_storage().ok_or(LockError::NotWritten)?;
        let mut writes: Vec<(String, String)> = Vec::new();
        for k in widget_keys(&storage).map_err(|_| LockError::NotWritten)? {
            let Ok(Some(raw)) = storage.get_item(&k) else {
                continue;
            };
            if let Stored::Sealed(s) = lock::classify(&raw) {
                if let Ok(v) = JsFuture::from(unseal_js(&key, &s.iv, &s.ct, aad_for(&k))).await {
                    if let Some(plain) = v.as_string() {
                        writes.push((k, plain));
                    }
                }
            }
        }
        commit(&storage, &writes)?;
        storage
            .remove_item(StoredLock::KEY)
            .map_err(|_| LockError::NotWritten)?;
        self.0.borrow_mut().key = Key::None;
        self.reread_all();
        self.notify();
        Ok(())
    }

    /// What the widget has stored on this device, for the "delete everything" confirmation.
    pub fn inventory(&self) -> Inventory {
        let mut inventory = Inventory::default();
        let Some(storage) = local_storage() else {
            return inventory;
        };
        let Ok(keys) = widget_keys(&storage) else {
            return inventory;
        };
        for k in keys {
            if k.contains(".backup.") {
                inventory.backups += 1;
            } else if k == StoredScreening::KEY {
                inventory.screening = true;
            } else if k == "iop-widget.trigger-plan" {
                inventory.trigger_plan = true;
            } else if k == "iop-widget.refusal-lines" {
                inventory.refusal_lines = true;
            } else if k == "iop-widget.refusal-progress" {
                inventory.refusal_progress = true;
            } else if k == StoredLock::KEY {
                inventory.lock = true;
            } else if k == StoredSettings::KEY {
                inventory.settings = true;
            } else {
                inventory.other += 1;
            }
        }
        inventory
    }

    /// Removes every key this widget stored (never one of the host page's), and empties every
    /// widget on the page.
    pub fn delete_everything(&self) -> Result<(), NotDeleted> {
        if self.is_shared() {
            let storage = local_storage().ok_or(NotDeleted)?;
            for k in widget_keys(&storage).map_err(|_| NotDeleted)? {
                storage.remove_item(&k).map_err(|_| NotDeleted)?;
            }
            if let Some(session) = session_storage() {
                let _ = session.remove_item(LANGUAGE_KEY);
            }
            let mut inner = self.0.borrow_mut();
            inner.settings = Settings::default();
            inner.key = Key::None;
        }
        let mut inner = self.0.borrow_mut();
        for slot in inner.slots.values_mut() {
            slot.forget();
        }
        // Keys left protected or locked are gone now: start afresh.
        inner.slots.clear();
        drop(inner);
        self.notify();
        Ok(())
    }

    /// Drops everything held in memory (quick exit): nothing typed stays in this page.
    pub fn forget_all(&self) {
        let mut inner = self.0.borrow_mut();
        inner.slots.clear();
        drop(inner);
        self.notify();
    }
}

/// Something could not be deleted (storage refused).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotDeleted;

/// Returned by [`Store::subscribe`]; dropping it stops the notifications.
pub struct Subscription {
    store: std::rc::Weak<RefCell<Inner>>,
    id: u32,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        if let Some(inner) = self.store.upgrade() {
            if let Ok(mut inner) = inner.try_borrow_mut() {
                inner.listeners.retain(|(id, _)| *id != self.id);
            }
        }
    }
}

/// What "delete everything on this device" would remove.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inventory {
    pub screening: bool,
    pub trigger_plan: bool,
    pub refusal_lines: bool,
    pub refusal_progress: bool,
    pub backups: usize,
    pub lock: bool,
    pub settings: bool,
    pub other: usize,
}

impl Inventory {
    pub fn is_empty(&self) -> bool {
        *self == Inventory::default()
    }
}

/// Every key of this widget in storage (prefix `iop-widget.`); never a host page's.
fn widget_keys(storage: &Storage) -> Result<Vec<String>, ()> {
    let count = storage.length().map_err(|_| ())?;
    let mut keys = Vec::new();
    for i in 0..count {
        if let Ok(Some(k)) = storage.key(i) {
            if k.starts_with(PREFIX) {
                keys.push(k);
            }
        }
    }
    Ok(keys)
}

/// Writes all `writes` in one go; if one fails, the ones already written are put back.
fn commit(storage: &Storage, writes: &[(String, String)]) -> Result<(), LockError> {
    let before: Vec<(String, Option<String>)> = writes
        .iter()
        .map(|(k, _)| (k.clone(), storage.get_item(k).ok().flatten()))
        .collect();
    for (i, (k, v)) in writes.iter().enumerate() {
        if storage.set_item(k, v).is_err() {
            for (k, old) in &before[..i] {
                let _ = match old {
                    Some(old) => storage.set_item(k, old),
                    None => storage.remove_item(k),
                };
            }
            return Err(LockError::NotWritten);
        }
    }
    Ok(())
}

async fn derive(passphrase: &str, meta: &LockMeta) -> Result<JsValue, LockError> {
    JsFuture::from(derive_key(passphrase, &meta.salt, meta.iterations))
        .await
        .map_err(|_| LockError::NoCrypto)
}

async fn seal_pair(key: &JsValue, text: &str, aad: &str) -> Result<Sealed, LockError> {
    let pair = JsFuture::from(seal_js(key, text, aad))
        .await
        .map_err(|_| LockError::NoCrypto)?;
    let pair = js_sys::Array::from(&pair);
    Ok(Sealed {
        iv: pair.get(0).as_string().unwrap_or_default(),
        ct: pair.get(1).as_string().unwrap_or_default(),
    })
}

async fn seal_with(key: &JsValue, text: &str, aad: &str) -> Result<String, ()> {
    let sealed = seal_pair(key, text, aad).await.map_err(|_| ())?;
    Ok(lock::seal_envelope(&sealed))
}

use wasm_bindgen::JsCast;
