//! A small JSON reader with strings borrowed from the text, for text the widget wrote or ships:
//! content files and the few stored values the first screen reads (settings, the lock).
//! Strings with escapes are refused (neither kind holds any), which keeps it short.
//!
//! Why not serde here: derived deserializers for a few hundred named sentences cost far more wasm
//! than the words themselves, and the first screen should not carry serde_json at all.

/// A JSON value, borrowing from the source. Numbers, `true`, `false` and `null` are kept as
/// their text; `raw` is the value's whole text (for a part read later by another reader).
#[derive(Debug, Clone)]
pub struct Json<'a> {
    pub raw: &'a str,
    pub kind: Kind<'a>,
}

#[derive(Debug, Clone)]
pub enum Kind<'a> {
    Str(&'a str),
    Arr(Vec<Json<'a>>),
    Obj(Vec<(&'a str, Json<'a>)>),
    Other,
}

/// Parses a whole JSON text.
pub fn parse(source: &str) -> Result<Json<'_>, String> {
    let mut p = Parser { s: source, at: 0 };
    let value = p.value(0)?;
    p.space();
    if p.at != source.len() {
        return Err(p.error("text after the end"));
    }
    Ok(value)
}

struct Parser<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Parser<'a> {
    fn error(&self, what: &str) -> String {
        format!("{what} at byte {}", self.at)
    }

    fn space(&mut self) {
        let rest = &self.s[self.at..];
        self.at += rest.len() - rest.trim_start().len();
    }

    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.at).copied()
    }

    fn expect(&mut self, byte: u8) -> Result<(), String> {
        self.space();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(&format!("expected '{}'", byte as char)))
        }
    }

    fn string(&mut self) -> Result<&'a str, String> {
        self.expect(b'"')?;
        let rest = &self.s[self.at..];
        let end = rest
            .find(['"', '\\'])
            .ok_or_else(|| self.error("unfinished text"))?;
        if rest.as_bytes()[end] == b'\\' {
            self.at += end;
            return Err(self.error("an escape (content files use typographic quotes instead)"));
        }
        self.at += end + 1;
        Ok(&rest[..end])
    }

    fn value(&mut self, depth: usize) -> Result<Json<'a>, String> {
        if depth > 32 {
            return Err(self.error("nesting too deep"));
        }
        self.space();
        let start = self.at;
        let kind = match self.peek() {
            Some(b'"') => Kind::Str(self.string()?),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.peek() == Some(b']') {
                    self.at += 1;
                } else {
                    loop {
                        items.push(self.value(depth + 1)?);
                        self.space();
                        match self.peek() {
                            Some(b',') => self.at += 1,
                            Some(b']') => {
                                self.at += 1;
                                break;
                            }
                            _ => return Err(self.error("expected ',' or ']'")),
                        }
                    }
                }
                Kind::Arr(items)
            }
            Some(b'{') => {
                self.at += 1;
                let mut entries = Vec::new();
                self.space();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                } else {
                    loop {
                        let key = self.string()?;
                        self.expect(b':')?;
                        entries.push((key, self.value(depth + 1)?));
                        self.space();
                        match self.peek() {
                            Some(b',') => self.at += 1,
                            Some(b'}') => {
                                self.at += 1;
                                break;
                            }
                            _ => return Err(self.error("expected ',' or '}'")),
                        }
                    }
                }
                Kind::Obj(entries)
            }
            Some(b'-' | b'0'..=b'9' | b't' | b'f' | b'n') => {
                let rest = &self.s[self.at..];
                let len = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || "+-.".contains(c)))
                    .unwrap_or(rest.len());
                let word = &rest[..len];
                let number = is_number(word);
                if !(number || matches!(word, "true" | "false" | "null")) {
                    return Err(self.error("not a JSON value"));
                }
                self.at += len;
                Kind::Other
            }
            _ => return Err(self.error("expected a value")),
        };
        Ok(Json {
            raw: &self.s[start..self.at],
            kind,
        })
    }
}

/// JSON's number grammar: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`. Checked by hand:
/// parsing as f64 would bring float parsing into the first download.
fn is_number(word: &str) -> bool {
    fn digits(s: &[u8]) -> usize {
        s.iter().take_while(|b| b.is_ascii_digit()).count()
    }
    let mut s = word.as_bytes();
    if let [b'-', rest @ ..] = s {
        s = rest;
    }
    let whole = digits(s);
    if whole == 0 || (whole > 1 && s[0] == b'0') {
        return false;
    }
    s = &s[whole..];
    if let [b'.', rest @ ..] = s {
        let n = digits(rest);
        if n == 0 {
            return false;
        }
        s = &rest[n..];
    }
    if let [b'e' | b'E', rest @ ..] = s {
        let rest = match rest {
            [b'+' | b'-', r @ ..] => r,
            r => r,
        };
        let n = digits(rest);
        if n == 0 {
            return false;
        }
        s = &rest[n..];
    }
    s.is_empty()
}

/// The `data` of a stored envelope `{"format": format, "version": version, "data": ...}` at
/// exactly that version, or None (a value `core::store::load` would not read as current).
pub fn current_data<'a, 'j>(
    json: &'j Json<'a>,
    format: &str,
    version: u32,
) -> Option<&'j Json<'a>> {
    let Kind::Obj(_) = json.kind else { return None };
    if json.get("format")?.text()? != format {
        return None;
    }
    let found = json.get("version")?;
    if !matches!(found.kind, Kind::Other)
        || found.raw.parse::<u32>().ok()? != version
        || !is_number(found.raw)
    {
        return None;
    }
    json.get("data")
}

/// A whole number stored as JSON, e.g. an iteration count.
pub fn whole_number(json: &Json) -> Option<u32> {
    if !matches!(json.kind, Kind::Other) || !is_number(json.raw) {
        return None;
    }
    json.raw.parse().ok()
}

impl<'a> Json<'a> {
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match &self.kind {
            Kind::Obj(entries) => entries.iter().find(|(k, _)| *k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a string value.
    pub fn text(&self) -> Option<&'a str> {
        match self.kind {
            Kind::Str(text) => Some(text),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_json_grammar() {
        for good in ["0", "-0", "7", "600000", "-2.5e3", "1E+9", "0.25", "3e-2"] {
            assert!(is_number(good), "{good}");
            assert!(parse(good).is_ok(), "{good}");
        }
        for bad in [
            "", "-", "01", "+1", "1.", ".5", "1e", "1e+", "0x10", "1.2.3", "NaN", "--1",
        ] {
            assert!(!is_number(bad), "{bad}");
        }
        assert!(parse("[01]").is_err() && parse("{\"a\": 1.}").is_err());
    }

    #[test]
    fn an_envelope_is_current_only_at_its_format_and_version() {
        let read = |raw: &str| {
            parse(raw)
                .ok()
                .and_then(|j| current_data(&j, "f/x", 1).map(|d| d.raw.to_string()))
        };
        assert_eq!(
            read(r#"{"format":"f/x","version":1,"data":{"a":"b"}}"#).as_deref(),
            Some(r#"{"a":"b"}"#)
        );
        for other in [
            r#"{"format":"f/y","version":1,"data":{}}"#,
            r#"{"format":"f/x","version":2,"data":{}}"#,
            r#"{"format":"f/x","version":1.0,"data":{}}"#,
            r#"{"format":"f/x","version":"1","data":{}}"#,
            r#"{"format":"f/x","version":1}"#,
            r#"{"version":1,"data":{}}"#,
            r#"["f/x",1,{}]"#,
        ] {
            assert_eq!(read(other), None, "{other}");
        }
        assert_eq!(whole_number(&parse("600000").unwrap()), Some(600_000));
        assert_eq!(whole_number(&parse("6e5").unwrap()), None);
        assert_eq!(whole_number(&parse("\"600000\"").unwrap()), None);
    }
}
