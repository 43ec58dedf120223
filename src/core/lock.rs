//! The passphrase lock's stored formats (CLINICAL.md section 6: saved data can be protected with
//! a passphrase). The browser does the cryptography (WebCrypto: PBKDF2-SHA-256 to derive an
//! AES-GCM key, AES-GCM with a random 96-bit IV per value and the storage key as associated
//! data); this module only says what is written, so it can be versioned and tested natively.
//!
//! - `iop-widget.lock` holds [`LockMeta`] in clear: how to derive the key (never the key or the
//!   passphrase), and a sealed check value that tells a wrong passphrase from a right one.
//! - While a lock is set, every other value the widget writes is a [`Sealed`] envelope:
//!   `{"format":"iop-widget/sealed","version":1,"data":{"iv":..,"ct":..}}`. Its plaintext is the
//!   value the widget would have written in clear (a versioned envelope itself).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::store::Schema;

/// PBKDF2 iterations for new locks: OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
pub const ITERATIONS: u32 = 600_000;
/// The fewest iterations a stored lock may ask for: a lock weakened by hand is not trusted.
pub const MIN_ITERATIONS: u32 = 600_000;
/// What the check value seals: opening it proves the passphrase.
pub const CHECK_TEXT: &str = "iop-widget passphrase check";
pub const SEALED_FORMAT: &str = "iop-widget/sealed";
pub const SEALED_VERSION: u32 = 1;

/// A value sealed with AES-GCM: base64 IV (12 bytes) and ciphertext with its 16-byte tag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    pub iv: String,
    pub ct: String,
}

/// How the key is derived, and the check value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockMeta {
    /// Always "PBKDF2-SHA-256" in version 1.
    pub kdf: String,
    pub iterations: u32,
    /// Base64, 16 random bytes.
    pub salt: String,
    /// [`CHECK_TEXT`] sealed with the key.
    pub check: Sealed,
}

pub const KDF: &str = "PBKDF2-SHA-256";

/// The stored lock.
pub struct StoredLock;

impl Schema for StoredLock {
    const KEY: &'static str = "iop-widget.lock";
    const FORMAT: &'static str = "iop-widget/lock";
    const VERSION: u32 = 1;
    type Data = Option<LockMeta>;

    fn decode(data: Value) -> Result<Option<LockMeta>, String> {
        let meta: LockMeta = serde_json::from_value(data).map_err(|e| e.to_string())?;
        meta.check_strength()?;
        Ok(Some(meta))
    }
}

impl LockMeta {
    /// What a lock must be to be used: the known derivation, never weaker than the minimum.
    fn check_strength(&self) -> Result<(), &'static str> {
        if self.kdf != KDF {
            return Err("unknown key derivation");
        }
        if self.iterations < MIN_ITERATIONS {
            return Err("too few iterations");
        }
        if self.salt.len() < 16 || self.check.iv.is_empty() || self.check.ct.is_empty() {
            return Err("salt or check value missing");
        }
        Ok(())
    }
}

/// The stored lock as `core::store::load` reads it when current, without serde (the first
/// screen needs to know whether data is locked). None for anything else: a broken lock.
pub fn read_current(raw: &str) -> Option<LockMeta> {
    use super::json::{current_data, parse, whole_number, Json, Kind};
    fn text(json: &Json, key: &str) -> Option<String> {
        json.get(key)?.text().map(str::to_owned)
    }
    if raw.len() > super::store::MAX_STORED_BYTES {
        return None;
    }
    let json = parse(raw).ok()?;
    let data = current_data(&json, StoredLock::FORMAT, StoredLock::VERSION)?;
    let check = data.get("check")?;
    let (Kind::Obj(_), Kind::Obj(_)) = (&data.kind, &check.kind) else {
        return None;
    };
    let meta = LockMeta {
        kdf: text(data, "kdf")?,
        iterations: whole_number(data.get("iterations")?)?,
        salt: text(data, "salt")?,
        check: Sealed {
            iv: text(check, "iv")?,
            ct: text(check, "ct")?,
        },
    };
    meta.check_strength().ok()?;
    Some(meta)
}

/// The envelope for a sealed value, as serde_json wrote it (keys in order).
pub fn seal_envelope(sealed: &Sealed) -> String {
    use super::json::write_str;
    let mut text = String::from("{\"data\":{\"ct\":");
    write_str(&mut text, &sealed.ct);
    text.push_str(",\"iv\":");
    write_str(&mut text, &sealed.iv);
    text.push_str(&format!(
        "}},\"format\":\"{SEALED_FORMAT}\",\"version\":{SEALED_VERSION}}}"
    ));
    text
}

/// What a stored value is, before anything is decrypted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Written in clear (any other format, or not JSON at all: the usual loading decides).
    Clear,
    Sealed(Sealed),
    /// Says it is sealed but cannot be read as such (cut off, or a newer version).
    BadSeal(String),
}

/// Tells a sealed value from a clear one without decrypting. Without serde: every value the
/// screening reads passes here.
pub fn classify(raw: &str) -> Stored {
    use super::json::{parse_stored, Json, Kind};
    if !raw.contains(SEALED_FORMAT) {
        return Stored::Clear;
    }
    let Ok(Json {
        kind: Kind::Obj(entries),
        ..
    }) = parse_stored(raw)
    else {
        return Stored::BadSeal("a sealed value that is not whole JSON".into());
    };
    // As serde_json's map: a key given twice counts the last time.
    let field = |key: &str| {
        entries
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v)
    };
    if field("format").and_then(Json::decoded).as_deref() != Some(SEALED_FORMAT) {
        return Stored::Clear;
    }
    match field("version").filter(|v| matches!(v.kind, Kind::Other)) {
        Some(v) if v.raw == SEALED_VERSION.to_string() => {}
        other => {
            return Stored::BadSeal(format!(
                "sealed version {:?}",
                other.map(|v| v.raw).unwrap_or("none")
            ))
        }
    }
    let part = |data: &Json, key: &str| {
        data.get(key)
            .and_then(Json::decoded)
            .filter(|t| !t.is_empty())
            .map(String::from)
    };
    match field("data").map(|data| (part(data, "iv"), part(data, "ct"))) {
        Some((Some(iv), Some(ct))) => Stored::Sealed(Sealed { iv, ct }),
        _ => Stored::BadSeal("a sealed value without its iv and ciphertext".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::store::{encode, load, Loaded};

    fn meta(iterations: u32) -> LockMeta {
        LockMeta {
            kdf: KDF.into(),
            iterations,
            salt: "AAAAAAAAAAAAAAAAAAAAAA==".into(),
            check: Sealed {
                iv: "AAAAAAAAAAAAAAAA".into(),
                ct: "Zm9v".into(),
            },
        }
    }

    #[test]
    fn the_first_screens_reader_agrees_with_the_store() {
        let current = |raw: &str| match load::<StoredLock>(Some(raw)) {
            Loaded::Current(meta) => meta,
            _ => None,
        };
        let good = encode::<StoredLock>(&Some(meta(ITERATIONS))).unwrap();
        assert_eq!(read_current(&good), Some(meta(ITERATIONS)));
        let cases = [
            good.clone(),
            encode::<StoredLock>(&Some(meta(1000))).unwrap(),
            encode::<StoredLock>(&None).unwrap(),
            good.replace("PBKDF2-SHA-256", "scrypt"),
            good.replace("600000", "600000.5"),
            good.replace("600000", "\"600000\""),
            good.replace("600000", "4294967296"),
            good.replace(r#""iv":"AAAAAAAAAAAAAAAA""#, r#""iv":"""#),
            good.replace(r#""version":1"#, r#""version":2"#),
            good.replace("iop-widget/lock", "iop-widget/settings"),
            good[..good.len() - 2].to_string(),
            "null".into(),
        ];
        for raw in &cases {
            assert_eq!(read_current(raw), current(raw), "{raw}");
        }
    }

    #[test]
    fn the_lock_is_versioned_and_never_weaker_than_600000_iterations() {
        const { assert!(ITERATIONS >= 600_000 && MIN_ITERATIONS >= 600_000) };
        let text = encode::<StoredLock>(&Some(meta(ITERATIONS))).unwrap();
        assert!(text.starts_with(r#"{"format":"iop-widget/lock","version":1,"data":{"kdf":"PBKDF2-SHA-256","iterations":600000,"salt":"#));
        assert_eq!(
            load::<StoredLock>(Some(&text)),
            Loaded::Current(Some(meta(ITERATIONS)))
        );
        let weak = encode::<StoredLock>(&Some(meta(1000))).unwrap();
        assert!(matches!(
            load::<StoredLock>(Some(&weak)),
            Loaded::Unreadable { .. }
        ));
        let newer = r#"{"format":"iop-widget/lock","version":2,"data":{}}"#;
        assert!(matches!(
            load::<StoredLock>(Some(newer)),
            Loaded::Unreadable { .. }
        ));
    }

    #[test]
    fn sealed_values_are_told_from_clear_ones() {
        let sealed = Sealed {
            iv: "aXYxMjM0NTY3ODkw".into(),
            ct: "Y2lwaGVy".into(),
        };
        let raw = seal_envelope(&sealed);
        assert_eq!(
            raw,
            r#"{"data":{"ct":"Y2lwaGVy","iv":"aXYxMjM0NTY3ODkw"},"format":"iop-widget/sealed","version":1}"#
        );
        assert_eq!(classify(&raw), Stored::Sealed(sealed));
        assert_eq!(
            classify(r#"{"format":"iop-widget/trigger-plan","version":3,"data":{}}"#),
            Stored::Clear
        );
        assert_eq!(classify("not json"), Stored::Clear);
        assert!(matches!(
            classify(&raw[..raw.len() - 5]),
            Stored::BadSeal(_)
        ));
        assert!(matches!(
            classify(r#"{"format":"iop-widget/sealed","version":2,"data":{"iv":"a","ct":"b"}}"#),
            Stored::BadSeal(_)
        ));
        // Key order and escapes do not matter.
        assert_eq!(
            classify(
                r#"{"version":1,"format":"iop-widget/sealed","data":{"iv":"a\u0062","ct":"c"}}"#
            ),
            Stored::Sealed(Sealed {
                iv: "ab".into(),
                ct: "c".into()
            })
        );
        // A clear value that merely mentions the format in typed text stays clear, escapes and all.
        assert_eq!(
            classify(
                r#"{"format":"iop-widget/trigger-plan","data":{"note":"\"iop-widget/sealed\"\n"}}"#
            ),
            Stored::Clear
        );
        assert_eq!(
            classify(r#"{"format":"iop-widget/trigger-plan","data":{"note":"iop-widget/sealed"}}"#),
            Stored::Clear
        );
    }
}
