//! Stored data that is never lost: a versioned envelope `{"format", "version", "data"}` around
//! each exercise's data, migrations from every older version, and a typed account of anything
//! that cannot be read. Pure: the platform layer does the actual reads and writes.
//!
//! The contract for the platform layer:
//! - `Loaded::Unreadable`: write `raw` under a fresh [`backup_key`] first; only once that write
//!   succeeded may `KEY` be written again. Tell the person and offer the backup as a download.
//! - `Loaded::Migrated`: keep the raw value under a backup key too, then save [`encode`]d data.
//! - [`encode`] refuses data that [`load`] would refuse (too large); keep it in memory then.

use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;
use std::fmt;

use super::json::{self, Json, Kind};

/// The largest stored value read or written, in bytes of UTF-8. Far above a full plan, and well
/// inside the 5 MB a browser gives an origin, which the host page shares with the widget.
pub const MAX_STORED_BYTES: usize = 1 << 20;

/// One kind of stored data and its history of versions.
pub trait Schema {
    /// The localStorage key, e.g. "iop-widget.trigger-plan".
    const KEY: &'static str;
    /// The envelope's `format`, e.g. "iop-widget/trigger-plan".
    const FORMAT: &'static str;
    /// The version this widget writes. Versions start at 1.
    const VERSION: u32;
    type Data: Serialize + DeserializeOwned;

    /// Upgrades the `data` of `from_version` to `from_version + 1`; called repeatedly up to
    /// `VERSION`. An `Err` explains, technically, what could not be converted. A schema still at
    /// its first version has nothing to upgrade, which the default says.
    fn migrate(from_version: u32, _data: Value) -> Result<Value, String> {
        Err(format!(
            "{} has no version {from_version} to upgrade from",
            Self::FORMAT
        ))
    }

    /// Turns current-version data into the typed form; a schema may check more than the shape.
    fn decode(data: Value) -> Result<Self::Data, String> {
        serde_json::from_value(data).map_err(|e| e.to_string())
    }

    /// Brings data that reads but breaks a small rule back within it (too many lines, say);
    /// true if it changed anything. The raw value is then kept aside like a pre-upgrade one.
    fn repair(_data: &mut Self::Data) -> bool {
        false
    }

    /// Whether the raw form is kept aside before an upgrade or repair. False only where the old
    /// form holds what must never be written (the screening's safety answers).
    const KEEP_OLD_FORM: bool = true;
}

/// What the platform's store needs of a kind of stored data: its key, and how to read and write
/// it. Every [`Schema`] has it through serde; the screening's saved answers are read and written
/// by hand (`screening::session`), so the way to a first question downloads no serde at all.
pub trait Storable {
    const KEY: &'static str;
    /// See [`Schema::KEEP_OLD_FORM`].
    const KEEP_OLD_FORM: bool;
    type Data;
    /// See [`load`].
    fn load(raw: Option<&str>) -> Loaded<Self::Data>;
    /// See [`encode`].
    fn encode(data: &Self::Data) -> Result<String, SaveError>;
}

impl<S: Schema> Storable for S {
    const KEY: &'static str = S::KEY;
    const KEEP_OLD_FORM: bool = S::KEEP_OLD_FORM;
    type Data = S::Data;
    fn load(raw: Option<&str>) -> Loaded<S::Data> {
        load::<S>(raw)
    }
    fn encode(data: &S::Data) -> Result<String, SaveError> {
        encode::<S>(data)
    }
}

/// The result of reading a stored value.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded<T> {
    /// Nothing stored: start fresh.
    Empty,
    Current(T),
    /// Read from an older version. Back the raw value up, then save the upgraded form.
    Migrated {
        from: u32,
        data: T,
    },
    /// Read, but repaired ([`Schema::repair`]). Back the raw value up, then save the repair.
    Repaired(T),
    /// Could not be read. `raw` is exactly what was stored: keep it, never replace it unread.
    Unreadable {
        raw: String,
        problem: Problem,
    },
}

/// Why stored data could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Empty, or JSON that stops early: most likely a write that was interrupted.
    Truncated {
        detail: String,
    },
    NotJson {
        detail: String,
    },
    /// JSON, but without a format, version and data.
    NotAnEnvelope {
        detail: String,
    },
    OtherFormat {
        found: String,
    },
    /// Saved by a newer version of the widget than this one.
    NewerVersion {
        found: u64,
        known: u32,
    },
    MigrationFailed {
        from: u32,
        detail: String,
    },
    /// The envelope is right but its data does not fit the schema.
    DoesNotMatch {
        detail: String,
    },
}

impl Problem {
    /// Stable id, e.g. for a `data-problem` attribute and tests.
    pub fn id(&self) -> &'static str {
        match self {
            Problem::TooLarge { .. } => "too-large",
            Problem::Truncated { .. } => "truncated",
            Problem::NotJson { .. } => "not-json",
            Problem::NotAnEnvelope { .. } => "not-an-envelope",
            Problem::OtherFormat { .. } => "other-format",
            Problem::NewerVersion { .. } => "newer-version",
            Problem::MigrationFailed { .. } => "migration-failed",
            Problem::DoesNotMatch { .. } => "does-not-match",
        }
    }

    /// The technical detail, for the backup file and a "details" disclosure.
    pub fn detail(&self) -> String {
        match self {
            Problem::TooLarge { bytes, limit } => format!("{bytes} bytes, limit {limit}"),
            Problem::Truncated { detail }
            | Problem::NotJson { detail }
            | Problem::NotAnEnvelope { detail }
            | Problem::DoesNotMatch { detail } => detail.clone(),
            Problem::OtherFormat { found } => format!("format {found:?}"),
            Problem::NewerVersion { found, known } => {
                format!("version {found}, this widget knows up to {known}")
            }
            Problem::MigrationFailed { from, detail } => {
                format!("upgrading version {from}: {detail}")
            }
        }
    }
}

impl fmt::Display for Problem {
    /// A sentence for the person; the UI adds that a copy was kept and can be downloaded.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let why = match self {
            Problem::TooLarge { .. } => "it is larger than this widget can open",
            Problem::Truncated { .. } => {
                "it looks cut off, perhaps the browser closed while saving"
            }
            Problem::NotJson { .. } | Problem::NotAnEnvelope { .. } => {
                "it is not in the form this widget saves"
            }
            Problem::OtherFormat { .. } => "it belongs to something else",
            Problem::NewerVersion { .. } => {
                "it was saved by a newer version of this widget; open it where it was saved, \
                 or wait until this page is updated"
            }
            Problem::MigrationFailed { .. } => "it is in an older form that could not be updated",
            Problem::DoesNotMatch { .. } => "parts of it are not what this widget expects",
        };
        write!(f, "What was saved on this device could not be read: {why}.")
    }
}

/// Reads a stored value. Never panics; anything it cannot read comes back whole.
pub fn load<S: Schema>(raw: Option<&str>) -> Loaded<S::Data> {
    let Some(raw) = raw else {
        return Loaded::Empty;
    };
    let read = open_envelope(raw, S::FORMAT, S::VERSION)
        .and_then(|(version, data)| upgrade::<S>(version, data).map(|data| (version, data)));
    match read {
        Ok((from, mut data)) => {
            let repaired = S::repair(&mut data);
            if from != S::VERSION {
                Loaded::Migrated { from, data }
            } else if repaired {
                Loaded::Repaired(data)
            } else {
                Loaded::Current(data)
            }
        }
        Err(problem) => Loaded::Unreadable {
            raw: raw.to_owned(),
            problem,
        },
    }
}

/// Brings `data` of `version` up to date and decodes it.
pub fn upgrade<S: Schema>(version: u32, data: Value) -> Result<S::Data, Problem> {
    let data = migrate::<S>(version, data)?;
    S::decode(data).map_err(|detail| Problem::DoesNotMatch { detail })
}

/// Brings `data` of `version` up to the current version (file import shares the steps).
pub fn migrate<S: Schema>(version: u32, data: Value) -> Result<Value, Problem> {
    migrate_from(version, S::VERSION, data, S::migrate)
}

/// Brings `data` of `version` up to `target` (an exported file's version, say).
pub fn migrate_to<S: Schema>(version: u32, target: u32, data: Value) -> Result<Value, Problem> {
    migrate_from(version, target, data, S::migrate)
}

/// Not generic, so each schema adds only a few bytes to the wasm.
fn migrate_from(
    mut version: u32,
    target: u32,
    mut data: Value,
    migrate: fn(u32, Value) -> Result<Value, String>,
) -> Result<Value, Problem> {
    while version < target {
        data = migrate(version, data).map_err(|detail| Problem::MigrationFailed {
            from: version,
            detail,
        })?;
        version += 1;
    }
    Ok(data)
}

/// The envelope `{"format": "...", "version": n, "data": ...}` around the current version.
/// Refuses what `load` would refuse, so a save never replaces readable data with unreadable.
pub fn encode<S: Schema>(data: &S::Data) -> Result<String, SaveError> {
    #[derive(Serialize)]
    struct Envelope<'a, T> {
        format: &'a str,
        version: u32,
        data: &'a T,
    }
    let text = serde_json::to_string(&Envelope {
        format: S::FORMAT,
        version: S::VERSION,
        data,
    })
    .map_err(|e| SaveError::Unencodable(e.to_string()))?;
    if text.len() > MAX_STORED_BYTES {
        return Err(SaveError::TooLarge {
            bytes: text.len(),
            limit: MAX_STORED_BYTES,
        });
    }
    Ok(text)
}

/// Why data was not turned into a stored value; the change stays in memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    TooLarge { bytes: usize, limit: usize },
    Unencodable(String),
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::TooLarge { .. } => write!(
                f,
                "This is too much to save on this device. Your last change is kept until you \
                 close the page: please shorten something, or export the plan."
            ),
            SaveError::Unencodable(_) => write!(
                f,
                "This change could not be saved. It is kept until you close the page."
            ),
        }
    }
}

/// Why a stored value is kept aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupReason {
    Unreadable,
    /// Kept before an upgrade from this version, so a failed upgrade can be undone.
    BeforeMigration {
        from: u32,
    },
    /// Kept before it was replaced by an import or by another tab's newer copy.
    BeforeReplace,
    /// Kept before a repair ([`Schema::repair`]) changed what was read.
    BeforeRepair,
}

/// The most backups kept per key: a value that cannot be read on every visit is kept once
/// (backups are named by content), and past this many the key is left as it is.
pub const MAX_BACKUPS: usize = 3;

/// Where `raw` is kept aside: `<KEY>.backup.<reason>.<content hash>`. The same value gets the
/// same key, so an unreadable value met on every visit is kept once, not once per visit.
pub fn content_backup_key(key: &str, reason: BackupReason, raw: &str) -> String {
    backup_key_for(key, reason, fnv1a(raw.as_bytes()))
}

/// FNV-1a, 64 bits: enough to tell stored values apart, with no dependency.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether `stored_key` is a backup of `key`.
pub fn is_backup_of(key: &str, stored_key: &str) -> bool {
    stored_key
        .strip_prefix(key)
        .is_some_and(|rest| rest.starts_with(BACKUP_INFIX))
}

/// Where a stored value is kept aside: `<KEY>.backup.<reason>.<stamp>`. The caller passes a
/// stamp that differs on every call (the time in milliseconds) and, should that key exist
/// anyway, uses [`free_backup_key`]; so a backup never overwrites an earlier one.
pub fn backup_key<S: Schema>(reason: BackupReason, stamp: u64) -> String {
    backup_key_for(S::KEY, reason, stamp)
}

/// The first backup key at or after `stamp` that `taken` says is free; `None` if a thousand
/// in a row are taken (then keep the value in memory and say so rather than overwrite one).
pub fn free_backup_key<S: Schema>(
    reason: BackupReason,
    stamp: u64,
    taken: &dyn Fn(&str) -> bool,
) -> Option<String> {
    (0..1000u64)
        .filter_map(|step| stamp.checked_add(step))
        .map(|stamp| backup_key_for(S::KEY, reason, stamp))
        .find(|key| !taken(key))
}

/// Whether `key` is one of this schema's backups (to list them for download or delete them all).
pub fn is_backup_key<S: Schema>(key: &str) -> bool {
    key.strip_prefix(S::KEY)
        .is_some_and(|rest| rest.starts_with(BACKUP_INFIX))
}

const BACKUP_INFIX: &str = ".backup.";

fn backup_key_for(key: &str, reason: BackupReason, stamp: u64) -> String {
    let reason = match reason {
        BackupReason::Unreadable => "unreadable".to_owned(),
        BackupReason::BeforeMigration { from } => format!("from-v{from}"),
        BackupReason::BeforeReplace => "replaced".to_owned(),
        BackupReason::BeforeRepair => "repaired".to_owned(),
    };
    format!("{key}{BACKUP_INFIX}{reason}.{stamp}")
}

/// Parses JSON of at most `limit` bytes, telling a value cut off from one that never was JSON.
/// Shared with file import, which has its own envelope but the same faults.
pub(crate) fn parse_json(raw: &str, limit: usize) -> Result<Value, Problem> {
    if raw.len() > limit {
        return Err(Problem::TooLarge {
            bytes: raw.len(),
            limit,
        });
    }
    serde_json::from_str(raw).map_err(|e| {
        let detail = e.to_string();
        if e.classify() == serde_json::error::Category::Eof {
            Problem::Truncated { detail }
        } else {
            Problem::NotJson { detail }
        }
    })
}

/// A stored version this widget can read: at most `known`.
fn known_version(version: u64, known: u32) -> Result<u32, Problem> {
    match u32::try_from(version) {
        Ok(v) if v <= known => Ok(v),
        _ => Err(Problem::NewerVersion {
            found: version,
            known,
        }),
    }
}

/// Reads the `version` field: a whole number from 1.
pub(crate) fn read_version(value: Option<&Value>) -> Result<u64, Problem> {
    match value.and_then(Value::as_u64) {
        Some(v) if v >= 1 => Ok(v),
        _ => Err(Problem::NotAnEnvelope {
            detail: "no version from 1 up".into(),
        }),
    }
}

/// A short, safe excerpt of a foreign format name for messages.
pub(crate) fn excerpt(text: &str) -> String {
    text.chars().take(80).collect()
}

/// Opens an envelope without serde, with the same checks and problems as [`load`]; its data is
/// left to the caller. For [`Storable`]s read by hand.
pub fn open_envelope_json<'a>(
    raw: &'a str,
    format: &str,
    known: u32,
) -> Result<(u32, Json<'a>), Problem> {
    if raw.len() > MAX_STORED_BYTES {
        return Err(Problem::TooLarge {
            bytes: raw.len(),
            limit: MAX_STORED_BYTES,
        });
    }
    let json = json::parse_stored(raw).map_err(|e| {
        if e.ended_early {
            Problem::Truncated { detail: e.detail }
        } else {
            Problem::NotJson { detail: e.detail }
        }
    })?;
    let Kind::Obj(mut entries) = json.kind else {
        return Err(Problem::NotAnEnvelope {
            detail: "not a JSON object".into(),
        });
    };
    // As serde_json's map: a key given twice counts the last time.
    let mut take = |key: &str| {
        let at = entries.iter().rposition(|(k, _)| *k == key)?;
        Some(entries.swap_remove(at).1)
    };
    match take("format").as_ref().and_then(Json::decoded) {
        Some(found) if found == format => {}
        Some(found) => {
            return Err(Problem::OtherFormat {
                found: excerpt(&found),
            })
        }
        None => {
            return Err(Problem::NotAnEnvelope {
                detail: "no format".into(),
            })
        }
    }
    let version = take("version")
        .filter(|v| matches!(v.kind, Kind::Other))
        .and_then(|v| v.raw.parse::<u64>().ok())
        .filter(|v| *v >= 1)
        .ok_or(Problem::NotAnEnvelope {
            detail: "no version from 1 up".into(),
        })?;
    let version = known_version(version, known)?;
    let data = take("data").ok_or(Problem::NotAnEnvelope {
        detail: "no data".into(),
    })?;
    Ok((version, data))
}

/// The envelope around `data`, already JSON, exactly as [`encode`] writes it; refused when
/// [`load`] would refuse it.
pub fn envelope_json(format: &str, version: u32, data: &str) -> Result<String, SaveError> {
    let mut text = String::with_capacity(data.len() + format.len() + 40);
    text.push_str("{\"format\":");
    json::write_str(&mut text, format);
    text.push_str(&format!(",\"version\":{version},\"data\":"));
    text.push_str(data);
    text.push('}');
    if text.len() > MAX_STORED_BYTES {
        return Err(SaveError::TooLarge {
            bytes: text.len(),
            limit: MAX_STORED_BYTES,
        });
    }
    Ok(text)
}

fn open_envelope(raw: &str, format: &str, known: u32) -> Result<(u32, Value), Problem> {
    let value = parse_json(raw, MAX_STORED_BYTES)?;
    let Value::Object(mut envelope) = value else {
        return Err(Problem::NotAnEnvelope {
            detail: "not a JSON object".into(),
        });
    };
    match envelope.get("format") {
        Some(Value::String(found)) if found == format => {}
        Some(Value::String(found)) => {
            return Err(Problem::OtherFormat {
                found: excerpt(found),
            })
        }
        _ => {
            return Err(Problem::NotAnEnvelope {
                detail: "no format".into(),
            })
        }
    }
    let version = read_version(envelope.get("version"))?;
    let version = known_version(version, known)?;
    let data = envelope.remove("data").ok_or(Problem::NotAnEnvelope {
        detail: "no data".into(),
    })?;
    Ok((version, data))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    /// A small schema: version 1 stored a bare number, version 2 an object.
    struct Counter;

    #[derive(Debug, PartialEq, Default, Serialize, Deserialize)]
    struct Count {
        count: u32,
    }

    impl Schema for Counter {
        const KEY: &'static str = "test.counter";
        const FORMAT: &'static str = "test/counter";
        const VERSION: u32 = 2;
        type Data = Count;
        fn migrate(from: u32, data: Value) -> Result<Value, String> {
            match (from, data) {
                (1, Value::Number(n)) => Ok(serde_json::json!({ "count": n })),
                (1, _) => Err("version 1 holds a number".into()),
                _ => Err(format!("no migration from {from}")),
            }
        }
    }

    fn unreadable(raw: &str) -> Problem {
        match load::<Counter>(Some(raw)) {
            Loaded::Unreadable { raw: kept, problem } => {
                assert_eq!(kept, raw, "the raw value comes back whole");
                problem
            }
            other => panic!("{raw:?} should be unreadable, got {other:?}"),
        }
    }

    #[test]
    fn nothing_stored_is_empty() {
        assert_eq!(load::<Counter>(None), Loaded::Empty);
    }

    #[test]
    fn current_and_older_versions_load() {
        let text = encode::<Counter>(&Count { count: 3 }).unwrap();
        assert_eq!(
            text,
            r#"{"format":"test/counter","version":2,"data":{"count":3}}"#
        );
        assert_eq!(
            load::<Counter>(Some(&text)),
            Loaded::Current(Count { count: 3 })
        );
        assert_eq!(
            load::<Counter>(Some(r#"{"format":"test/counter","version":1,"data":7}"#)),
            Loaded::Migrated {
                from: 1,
                data: Count { count: 7 }
            }
        );
    }

    #[test]
    fn every_fault_is_named_and_keeps_the_raw_value() {
        let cases: [(&str, &str); 14] = [
            ("", "truncated"),
            ("   ", "truncated"),
            (r#"{"format":"test/counter","version":2,"da"#, "truncated"),
            ("hello", "not-json"),
            ("{\"a\":1}}", "not-json"),
            ("[1,2]", "not-an-envelope"),
            (r#"{"count":3}"#, "not-an-envelope"),
            (r#"{"format":"test/counter","data":{}}"#, "not-an-envelope"),
            (
                r#"{"format":"test/counter","version":0,"data":{}}"#,
                "not-an-envelope",
            ),
            (
                r#"{"format":"test/counter","version":2}"#,
                "not-an-envelope",
            ),
            (
                r#"{"format":"other","version":2,"data":{}}"#,
                "other-format",
            ),
            (
                r#"{"format":"test/counter","version":3,"data":{}}"#,
                "newer-version",
            ),
            (
                r#"{"format":"test/counter","version":1,"data":"x"}"#,
                "migration-failed",
            ),
            (
                r#"{"format":"test/counter","version":2,"data":{"count":-1}}"#,
                "does-not-match",
            ),
        ];
        for (raw, id) in cases {
            let problem = unreadable(raw);
            assert_eq!(problem.id(), id, "{raw:?}: {problem:?}");
            assert!(problem.to_string().starts_with("What was saved"));
            assert!(!problem.detail().is_empty());
        }
    }

    #[test]
    fn huge_versions_are_newer_not_a_crash() {
        let raw = r#"{"format":"test/counter","version":18446744073709551615,"data":{}}"#;
        assert_eq!(
            unreadable(raw),
            Problem::NewerVersion {
                found: u64::MAX,
                known: 2
            }
        );
    }

    #[test]
    fn oversized_values_are_refused_on_load_and_on_save() {
        let raw = format!(
            r#"{{"format":"test/counter","version":2,"data":{{"count":1,"pad":"{}"}}}}"#,
            "x".repeat(MAX_STORED_BYTES)
        );
        assert!(matches!(unreadable(&raw), Problem::TooLarge { .. }));
        struct Big;
        impl Schema for Big {
            const KEY: &'static str = "test.big";
            const FORMAT: &'static str = "test/big";
            const VERSION: u32 = 1;
            type Data = String;
            fn migrate(_: u32, _: Value) -> Result<Value, String> {
                Err("none".into())
            }
        }
        let err = encode::<Big>(&"x".repeat(MAX_STORED_BYTES)).unwrap_err();
        assert!(matches!(err, SaveError::TooLarge { .. }));
    }

    #[test]
    fn deep_nesting_is_refused_without_a_crash() {
        let raw = "[".repeat(100_000) + &"]".repeat(100_000);
        assert_eq!(unreadable(&raw).id(), "not-json");
    }

    #[test]
    fn backup_keys_are_distinct_and_recognisable() {
        let a = backup_key::<Counter>(BackupReason::Unreadable, 1700000000000);
        assert_eq!(a, "test.counter.backup.unreadable.1700000000000");
        let b = backup_key::<Counter>(BackupReason::BeforeMigration { from: 1 }, 1700000000000);
        assert_eq!(b, "test.counter.backup.from-v1.1700000000000");
        assert!(is_backup_key::<Counter>(&a) && is_backup_key::<Counter>(&b));
        assert!(!is_backup_key::<Counter>(<Counter as Schema>::KEY));
        assert!(!is_backup_key::<Counter>("test.counterfeit.backup.x"));
        let taken = [
            a.clone(),
            backup_key::<Counter>(BackupReason::Unreadable, 1700000000001),
        ];
        let free = free_backup_key::<Counter>(BackupReason::Unreadable, 1700000000000, &|k| {
            taken.iter().any(|t| t == k)
        });
        assert_eq!(
            free.as_deref(),
            Some("test.counter.backup.unreadable.1700000000002")
        );
        assert_eq!(
            free_backup_key::<Counter>(BackupReason::Unreadable, u64::MAX, &|_| true),
            None
        );
    }
}
