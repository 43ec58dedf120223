//! A small JSON reader with strings borrowed from the text, for text the widget wrote or ships:
//! content files, and the stored values read on the way to a first question (settings, the
//! lock, the screening's saved answers, telling sealed values from clear ones).
//! Content files may not hold escapes (they use typographic quotes); stored values may, and
//! their strings are then kept as written, escapes and all ([`parse_stored`]): every string
//! those readers compare is an id or base64, which never needs one.
//!
//! Why not serde here: derived deserializers for a few hundred named sentences cost far more wasm
//! than the words themselves, and the first screen should not carry serde_json at all.

use std::borrow::Cow;

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

/// Parses a whole JSON text (a content file: strings without escapes).
pub fn parse(source: &str) -> Result<Json<'_>, String> {
    parse_with(source, false).map_err(|e| e.detail)
}

/// Why a stored value did not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotParsed {
    pub detail: String,
    /// The text stopped before the value did: most likely an interrupted write.
    pub ended_early: bool,
}

/// Parses a stored value: escapes are allowed and left in the strings as written.
pub fn parse_stored(source: &str) -> Result<Json<'_>, NotParsed> {
    parse_with(source, true)
}

fn parse_with(source: &str, escapes: bool) -> Result<Json<'_>, NotParsed> {
    let mut p = Parser {
        s: source,
        at: 0,
        escapes,
    };
    let fail = |p: &Parser, detail: String| NotParsed {
        detail,
        ended_early: p.at >= source.len(),
    };
    let value = p.value(0).map_err(|detail| fail(&p, detail))?;
    p.space();
    if p.at != source.len() {
        return Err(fail(&p, p.error("text after the end")));
    }
    Ok(value)
}

/// Appends `text` as a JSON string, escaped as serde_json escapes it (stored values written
/// without serde read back the same in either).
pub fn write_str(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Parser<'a> {
    s: &'a str,
    at: usize,
    /// Whether strings may hold escapes (stored values) or not (content files).
    escapes: bool,
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
        let start = self.at;
        loop {
            let rest = &self.s[self.at..];
            let Some(end) = rest.find(['"', '\\']) else {
                self.at = self.s.len();
                return Err(self.error("unfinished text"));
            };
            self.at += end;
            if rest.as_bytes()[end] == b'"' {
                self.at += 1;
                return Ok(&self.s[start..self.at - 1]);
            }
            if !self.escapes {
                return Err(self.error("an escape (content files use typographic quotes instead)"));
            }
            self.escape()?;
        }
    }

    /// Steps over one escape (`\\n`, `\\u00e9`, ...), checking its form.
    fn escape(&mut self) -> Result<(), String> {
        let bytes = &self.s.as_bytes()[self.at + 1..];
        let len = match bytes.first() {
            Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => 2,
            Some(b'u') if bytes.len() >= 5 && bytes[1..5].iter().all(u8::is_ascii_hexdigit) => 6,
            None => {
                self.at = self.s.len();
                return Err(self.error("unfinished text"));
            }
            Some(_) if bytes.len() < 5 && bytes[0] == b'u' => {
                self.at = self.s.len();
                return Err(self.error("unfinished escape"));
            }
            Some(_) => return Err(self.error("not an escape")),
        };
        if len == 6 {
            // A surrogate must come as a pair, high then low, as serde_json insists.
            let unit = |at: usize| u32::from_str_radix(self.s.get(at + 2..at + 6)?, 16).ok();
            match unit(self.at) {
                Some(0xD800..=0xDBFF) => {
                    let low = self.s[self.at + 6..].starts_with("\\u")
                        && matches!(unit(self.at + 6), Some(0xDC00..=0xDFFF));
                    if !low {
                        return Err(self.error("a lone surrogate"));
                    }
                    self.at += 6;
                }
                Some(0xDC00..=0xDFFF) => return Err(self.error("a lone surrogate")),
                _ => {}
            }
        }
        self.at += len;
        Ok(())
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
                    if len == rest.len() {
                        // "tr" or "1." at the very end: cut off, not wrong.
                        self.at = self.s.len();
                    }
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

    /// The text of a string value with its escapes decoded (stored values may hold them).
    pub fn decoded(&self) -> Option<Cow<'a, str>> {
        unescape(self.text()?)
    }
}

/// A string's text as written between its quotes, escapes decoded; None for a lone surrogate.
pub fn unescape(text: &str) -> Option<Cow<'_, str>> {
    if !text.contains('\\') {
        return Some(Cow::Borrowed(text));
    }
    fn hex4(chars: &mut std::str::Chars) -> Option<u32> {
        let digits: String = chars.take(4).collect();
        (digits.len() == 4).then(|| u32::from_str_radix(&digits, 16).ok())?
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match chars.next()? {
            'b' => '\u{8}',
            'f' => '\u{c}',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'u' => {
                let unit = hex4(&mut chars)?;
                let code = if (0xD800..0xDC00).contains(&unit) {
                    let (Some('\\'), Some('u')) = (chars.next(), chars.next()) else {
                        return None;
                    };
                    let low = hex4(&mut chars).filter(|l| (0xDC00..0xE000).contains(l))?;
                    0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    unit
                };
                char::from_u32(code)?
            }
            other => other,
        });
    }
    Some(Cow::Owned(out))
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
    fn stored_values_may_hold_escapes_and_read_as_serde_reads_them() {
        let text = r#"{"a\"b":["\\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00 \"x\""]}"#;
        assert!(parse(text).is_err(), "content files refuse escapes");
        let json = parse_stored(text).unwrap();
        let Kind::Obj(entries) = &json.kind else {
            panic!()
        };
        let Kind::Arr(items) = &entries[0].1.kind else {
            panic!()
        };
        let serde: serde_json::Value = serde_json::from_str(text).unwrap();
        let (key, value) = serde.as_object().unwrap().iter().next().unwrap();
        assert_eq!(unescape(entries[0].0).unwrap(), key.as_str());
        assert_eq!(items[0].decoded().unwrap(), value[0].as_str().unwrap());
        let mut written = String::new();
        write_str(&mut written, value[0].as_str().unwrap());
        assert_eq!(written, serde_json::to_string(&value[0]).unwrap());
        for bad in [
            r#""\x""#,
            r#""\u12G4""#,
            r#""\ud800""#,
            r#""\udc00\ud800""#,
            r#""\ud800\u0041""#,
        ] {
            assert!(parse_stored(bad).is_err(), "{bad}");
            assert!(serde_json::from_str::<String>(bad).is_err(), "{bad}");
        }
        for cut in [r#"{"a":"b"#, r#"["\"#, r#"["\u00"#, "[tr", "[1.", "[", ""] {
            assert!(parse_stored(cut).unwrap_err().ended_early, "{cut}");
        }
        assert!(!parse_stored("[x]").unwrap_err().ended_early);
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
