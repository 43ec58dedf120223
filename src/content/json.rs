//! Typed words read from the content files by key, on the core's JSON reader (the files hold
//! no escapes, which the content tests check).

pub use crate::core::json::{parse, Json, Kind};

impl<'a> Json<'a> {
    /// Reads the value under `key` as `T`; a missing key is an error unless `T` has a default
    /// for it (an `Option`). Never inlined: words structs call it once per field.
    #[inline(never)]
    pub fn field<T: Read<'a>>(&self, key: &str) -> Result<T, String> {
        match self.get(key) {
            Some(value) => T::read(value).map_err(|e| format!("{key}: {e}")),
            None => T::missing().ok_or_else(|| format!("{key} is missing")),
        }
    }
}

/// A type read from content JSON.
pub trait Read<'a>: Sized {
    fn read(json: &Json<'a>) -> Result<Self, String>;

    /// What an absent key reads as; None: it is required.
    fn missing() -> Option<Self> {
        None
    }
}

impl<'a> Read<'a> for &'a str {
    fn read(json: &Json<'a>) -> Result<Self, String> {
        match json.kind {
            Kind::Str(s) => Ok(s),
            _ => Err("expected text".into()),
        }
    }
}

impl<'a, T: Read<'a>> Read<'a> for Option<T> {
    fn read(json: &Json<'a>) -> Result<Self, String> {
        T::read(json).map(Some)
    }

    fn missing() -> Option<Self> {
        Some(None)
    }
}

impl<'a, T: Read<'a>> Read<'a> for Vec<T> {
    fn read(json: &Json<'a>) -> Result<Self, String> {
        match &json.kind {
            Kind::Arr(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| T::read(item).map_err(|e| format!("[{i}]: {e}")))
                .collect(),
            _ => Err("expected a list".into()),
        }
    }
}

impl<'a, A: Read<'a>, B: Read<'a>> Read<'a> for (A, B) {
    fn read(json: &Json<'a>) -> Result<Self, String> {
        match &json.kind {
            Kind::Arr(items) if items.len() == 2 => Ok((A::read(&items[0])?, B::read(&items[1])?)),
            _ => Err("expected a pair".into()),
        }
    }
}

/// Words by id (an object in the file): looked up with a core id, so a translation is tied to
/// the structure, never to its own order.
#[derive(Debug, Clone)]
pub struct Keyed<'a, T>(pub Vec<(&'a str, T)>);

impl<'a, T> Default for Keyed<'a, T> {
    fn default() -> Self {
        Keyed(Vec::new())
    }
}

impl<'a, T> Keyed<'a, T> {
    pub fn get(&self, id: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| *k == id).map(|(_, v)| v)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = &(&'a str, T)> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> Keyed<'a, &'a str> {
    /// The text under `id`, or "" (content tests make sure every id has its words).
    pub fn text(&self, id: &str) -> &'a str {
        self.get(id).copied().unwrap_or_default()
    }
}

impl<'a, T: Read<'a>> Read<'a> for Keyed<'a, T> {
    fn read(json: &Json<'a>) -> Result<Self, String> {
        match &json.kind {
            Kind::Obj(entries) => entries
                .iter()
                .map(|(k, v)| Ok((*k, T::read(v).map_err(|e| format!("{k}: {e}"))?)))
                .collect::<Result<_, String>>()
                .map(Keyed),
            _ => Err("expected an object".into()),
        }
    }

    fn missing() -> Option<Self> {
        Some(Keyed(Vec::new()))
    }
}

/// A value's JSON text as it is in the file, for a reader elsewhere (a plan, read like an import).
#[derive(Debug, Clone, Copy)]
pub struct Raw<'a>(pub &'a str);

impl<'a> Read<'a> for Raw<'a> {
    fn read(json: &Json<'a>) -> Result<Self, String> {
        Ok(Raw(json.raw))
    }
}

/// Declares a struct of words and how it is read: one field per key, `&str` unless a type is
/// given. `lenient` structs read an absent key as empty (or `None`).
macro_rules! words {
    (
        $(#[$meta:meta])*
        pub struct $name:ident (lenient) { $($body:tt)* }
    ) => {
        words!(@def [$(#[$meta])*] $name lenient { $($body)* });
    };
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($body:tt)* }
    ) => {
        words!(@def [$(#[$meta])*] $name strict { $($body)* });
    };
    (@def [$($meta:tt)*] $name:ident $mode:ident {
        $( $(#[$field_meta:meta])* $field:ident $(: $ty:ty)? ),* $(,)?
    }) => {
        $($meta)*
        #[derive(Debug, Clone)]
        pub struct $name<'a> {
            $( $(#[$field_meta])* pub $field: words!(@ty 'a $($ty)?), )*
        }

        impl<'a> $crate::content::json::Read<'a> for $name<'a> {
            fn read(json: &$crate::content::json::Json<'a>) -> Result<Self, String> {
                Ok($name {
                    $( $field: words!(@read $mode json $field), )*
                })
            }
        }
    };
    (@ty $a:lifetime) => { &$a str };
    (@ty $a:lifetime $ty:ty) => { $ty };
    (@read strict $json:ident $field:ident) => { $json.field(stringify!($field))? };
    (@read lenient $json:ident $field:ident) => {
        $json.field::<Option<_>>(stringify!($field))?.unwrap_or_default()
    };
}
pub(crate) use words;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_content_files_hold_and_refuses_escapes() {
        let j =
            parse(r#" { "a": "x y", "b": [1, -2.5e3, true, null, {"c": []}], "d": {} } "#).unwrap();
        assert_eq!(j.field::<&str>("a").unwrap(), "x y");
        assert_eq!(
            j.get("b").unwrap().raw,
            r#"[1, -2.5e3, true, null, {"c": []}]"#
        );
        assert!(j.field::<&str>("missing").is_err());
        assert_eq!(j.field::<Option<&str>>("missing").unwrap(), None);
        assert!(parse(r#"{"a": "say \"no\""}"#)
            .unwrap_err()
            .contains("escape"));
        assert!(parse(r#"{"a": "x",}"#).is_err());
        assert!(parse(r#"{"a": "x"} extra"#).is_err());
        assert!(parse(r#"{"a": tru}"#).is_err());
        assert!(
            parse(&"[".repeat(100)).is_err(),
            "deep nesting is refused, not a stack overflow"
        );
    }
}
