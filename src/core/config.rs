//! What a clinic configures: its contact, the crisis and emergency numbers, the quick-exit page
//! and the language. Defaults are a demo clinic with the US numbers (988 crisis, 911 emergency).

use super::exercise::Exercise;
use super::expect::{facts_address, Fact, ProgramFacts};

/// Every language the widget speaks: its BCP 47 tag and its name in itself, in the order the
/// language switch offers them. Adding a language is its folder `content/<tag>/` and one line
/// here.
pub const LANGUAGES: &[(&str, &str)] = &[("en", "English"), ("es", "Español")];

/// A language the widget's words are available in (one of [`LANGUAGES`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language(&'static str);

impl Default for Language {
    fn default() -> Self {
        Language::ENGLISH
    }
}

impl Language {
    /// The language every word exists in first, and the fallback when another cannot load.
    pub const ENGLISH: Language = Language("en");

    pub fn all() -> impl Iterator<Item = Language> {
        LANGUAGES.iter().map(|(tag, _)| Language(tag))
    }

    /// Reads a `lang` value; a region is ignored ("en-GB" is English, "es-MX" Spanish).
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Language::all().find(|l| l.tag() == primary)
    }

    /// BCP 47 tag, used for the `lang` attribute, configuration and the content folder.
    pub fn tag(self) -> &'static str {
        self.0
    }

    /// The language's name in itself ("Español"), for the language switch.
    pub fn name(self) -> &'static str {
        LANGUAGES
            .iter()
            .find(|(tag, _)| *tag == self.0)
            .map_or(self.0, |(_, name)| name)
    }
}

/// Where the widget is used: sets the crisis and emergency numbers and the standard drink
/// (CLINICAL.md section 6). Attributes override the numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Region {
    #[default]
    Us,
    Ca,
    Uk,
    Ie,
    Au,
    Nz,
    Es,
    Mx,
}

impl Region {
    pub const ALL: [Region; 8] = [
        Region::Us,
        Region::Ca,
        Region::Uk,
        Region::Ie,
        Region::Au,
        Region::Nz,
        Region::Es,
        Region::Mx,
    ];

    /// The `region` attribute's value.
    pub fn id(self) -> &'static str {
        match self {
            Region::Us => "us",
            Region::Ca => "ca",
            Region::Uk => "uk",
            Region::Ie => "ie",
            Region::Au => "au",
            Region::Nz => "nz",
            Region::Es => "es",
            Region::Mx => "mx",
        }
    }

    pub fn from_id(id: &str) -> Option<Region> {
        let id = id.trim().to_ascii_lowercase();
        let id = if id == "gb" { "uk" } else { id.as_str() };
        Region::ALL.into_iter().find(|r| r.id() == id)
    }

    /// Grams of alcohol in the "drink" the questions count (CLINICAL.md section 2).
    pub fn standard_drink_grams(self) -> u8 {
        match self {
            Region::Us => 14,
            Region::Uk => 8,
            _ => 10,
        }
    }
}

/// The clinic that offers the widget: who to contact to confirm a result. Nothing is shown that
/// the host did not give: no number is ever made up for a clinic (CLINICAL.md section 6).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Clinic {
    pub name: Option<String>,
    /// As people should read it, e.g. "(555) 010-0199".
    pub phone: Option<String>,
    /// The clinic's website or booking page.
    pub url: Option<String>,
    /// A domestic-violence line the clinic names, offered when someone's home is not safe
    /// (CLINICAL.md section 2, rule 7). None: not shown; no number is made up.
    pub violence_line: Option<String>,
}

/// A crisis line, reachable by a call and, where it offers one, by text message.
#[derive(Clone, Debug, PartialEq)]
pub struct CrisisLine {
    /// The host's own name for it; None: the region's preset name, in the widget's language.
    pub label: Option<String>,
    pub call: String,
    pub text: Option<String>,
    /// A word to send, where the text line asks for one (SHOUT to 85258).
    pub text_keyword: Option<String>,
    /// The text number is the region's own (so a language's keyword for it applies).
    pub text_is_preset: bool,
    /// The number to call is the region's own (so a language's note for it applies: 988's
    /// "para español, marque 2"), whether or not the host named it.
    pub call_is_preset: bool,
}

/// The crisis and emergency numbers of a region (CLINICAL.md section 6; confirm with the clinic).
pub struct RegionNumbers {
    pub crisis_call: &'static str,
    pub crisis_text: Option<&'static str>,
    pub text_keyword: Option<&'static str>,
    pub emergency: &'static str,
}

impl Region {
    pub fn numbers(self) -> RegionNumbers {
        let n = |crisis_call, crisis_text, text_keyword, emergency| RegionNumbers {
            crisis_call,
            crisis_text,
            text_keyword,
            emergency,
        };
        match self {
            Region::Us => n("988", Some("988"), None, "911"),
            Region::Ca => n("988", Some("988"), None, "911"),
            Region::Uk => n("116 123", Some("85258"), Some("SHOUT"), "999"),
            Region::Ie => n("116 123", Some("50808"), None, "112"),
            Region::Au => n("13 11 14", Some("0477 13 11 14"), None, "000"),
            Region::Nz => n("1737", Some("1737"), None, "111"),
            Region::Es => n("024", None, None, "112"),
            Region::Mx => n("800 911 2000", None, None, "911"),
        }
    }
}

/// Placeholders shown only in a counselor's demo (and the examples), never to a patient.
pub const DEMO_CLINIC_PHONE: &str = "(555) 010-0199";

/// Where quick exit goes unless the clinic sets `exit-url`: a neutral page anyone may be seen on.
pub const DEFAULT_EXIT_URL: &str = "https://www.google.com/";

#[derive(Clone, Debug, PartialEq)]
pub struct WidgetConfig {
    pub clinic: Clinic,
    pub crisis_line: CrisisLine,
    pub emergency_number: String,
    /// The neutral page that quick exit replaces this one with.
    pub exit_url: String,
    pub language: Language,
    /// Whether the host set `lang` (else the page's or the browser's language is used).
    pub language_given: bool,
    /// A `lang` the widget does not speak (yet): the page's or browser's language is used, and
    /// the web person is told, rather than the widget refusing to start for it.
    pub language_unknown: Option<String>,
    pub region: Region,
    /// The exercises offered, in home-screen order.
    pub exercises: Vec<Exercise>,
    /// The exercise that opens first instead of the home screen.
    pub start: Option<Exercise>,
    /// Counselor mode: a demo for a session or a projector; nothing is saved on the device.
    pub counselor: bool,
    /// The canonical URL of the screening's FHIR Questionnaire, which a downloaded
    /// QuestionnaireResponse names: the clinic's own, where it publishes the Questionnaire.
    pub questionnaire_url: String,
    /// What the clinic says about its own program through attributes (they win over the file's).
    pub facts: ProgramFacts,
    /// A same-origin JSON file with more of the program's facts (`program-facts`), as given.
    pub facts_file: Option<String>,
}

/// The screening Questionnaire's canonical URL when a clinic sets none (`questionnaire-url`).
/// `.example` never resolves: a name, not an address, until the clinic publishes its own.
pub const DEFAULT_QUESTIONNAIRE_URL: &str =
    "https://iop-widget.example/fhir/Questionnaire/iop-screening";

impl Default for WidgetConfig {
    fn default() -> Self {
        WidgetConfig::for_region(Region::Us)
    }
}

impl WidgetConfig {
    fn for_region(region: Region) -> WidgetConfig {
        let numbers = region.numbers();
        WidgetConfig {
            clinic: Clinic::default(),
            crisis_line: CrisisLine {
                label: None,
                call: numbers.crisis_call.into(),
                text: numbers.crisis_text.map(Into::into),
                text_keyword: numbers.text_keyword.map(Into::into),
                text_is_preset: numbers.crisis_text.is_some(),
                call_is_preset: true,
            },
            emergency_number: numbers.emergency.into(),
            exit_url: DEFAULT_EXIT_URL.into(),
            language: Language::ENGLISH,
            language_given: false,
            language_unknown: None,
            region,
            exercises: Exercise::ALL.to_vec(),
            start: None,
            counselor: false,
            questionnaire_url: DEFAULT_QUESTIONNAIRE_URL.into(),
            facts: ProgramFacts::default(),
            facts_file: None,
        }
    }

    /// What the clinic's web person should hear about on the console (not shown to people).
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        if self.clinic.phone.is_none() && !self.counselor {
            warnings.push("no clinic-phone attribute: no clinic phone number is shown. Add clinic-phone=\"...\" so people can call you.".to_string());
        }
        if self.clinic.name.is_none() && !self.counselor {
            warnings.push("no clinic-name attribute: the widget says \"the clinic\". Add clinic-name=\"...\".".to_string());
        }
        if let Some(lang) = &self.language_unknown {
            let known: Vec<&str> = Language::all().map(Language::tag).collect();
            warnings.push(format!(
                "lang=\"{lang}\" is not a language the widget speaks ({}): the page's or the browser's language is used instead.",
                known.join(", ")
            ));
        }
        warnings
    }
}

/// Every attribute the widget reads, so the element can watch them for changes.
pub const ATTRIBUTES: [&str; 23] = [
    "clinic-name",
    "clinic-phone",
    "clinic-url",
    "violence-line",
    "crisis-label",
    "crisis-call",
    "crisis-text",
    "emergency-number",
    "exit-url",
    "exercises",
    "start",
    "lang",
    "mode",
    "region",
    "questionnaire-url",
    "program-facts",
    "program-hours",
    "program-days",
    "program-evenings",
    "program-weeks",
    "program-medication",
    "program-testing",
    "program-insurance",
];

/// One problem with a configured attribute, said so a clinic's web person can fix it.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigError {
    pub attribute: &'static str,
    pub value: String,
    pub problem: &'static str,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}=\"{}\": {}", self.attribute, self.value, self.problem)
    }
}

const MAX_TEXT: usize = 120;

impl WidgetConfig {
    /// Builds a configuration from attribute values (`get` returns an attribute's value if set).
    /// Unset and invalid attributes keep their defaults; every invalid one is reported, not just
    /// the first, so the widget can show the whole list (with the contacts it did understand).
    pub fn from_attributes(
        get: impl Fn(&str) -> Option<String>,
    ) -> (WidgetConfig, Vec<ConfigError>) {
        let mut r = AttributeReader {
            get,
            errors: Vec::new(),
        };
        // The region comes first: its numbers are the defaults the other attributes override.
        let region = r
            .read("region", |v| {
                Region::from_id(v).ok_or("must be one of: us, ca, uk, ie, au, nz, es, mx.")
            })
            .unwrap_or_default();
        let mut config = WidgetConfig::for_region(region);
        config.clinic.name = r.read("clinic-name", plain_text);
        config.clinic.phone = r.read("clinic-phone", phone);
        config.clinic.url = r.read("clinic-url", web_address);
        config.clinic.violence_line = r.read("violence-line", phone);
        config.crisis_line.label = r.read("crisis-label", plain_text);
        // A host that writes out the region's own numbers (as the README's snippet does) keeps
        // what the region's line offers in the widget's language.
        let numbers = region.numbers();
        if let Some(call) = r.read("crisis-call", phone) {
            config.crisis_line.call_is_preset =
                dialable(&call) == numbers.crisis_call.replace(' ', "");
            config.crisis_line.call = call;
        }
        if let Some(text) = r.read("crisis-text", |v| {
            if v.eq_ignore_ascii_case("none") {
                Ok(None)
            } else {
                phone(v).map(Some)
            }
        }) {
            // A host's own text number carries no preset keyword; the region's own keeps it.
            let preset =
                text.as_deref().map(dialable) == numbers.crisis_text.map(|t| t.replace(' ', ""));
            if !(preset && text.is_some()) {
                config.crisis_line.text_keyword = None;
                config.crisis_line.text_is_preset = false;
            }
            config.crisis_line.text = text;
        }
        if let Some(number) = r.read("emergency-number", phone) {
            config.emergency_number = number;
        }
        if let Some(url) = r.read("exit-url", web_address) {
            config.exit_url = url;
        }
        if let Some(url) = r.read("questionnaire-url", canonical_url) {
            config.questionnaire_url = url;
        }
        if let Some(list) = r.read("exercises", exercise_list) {
            config.exercises = list;
        }
        if (r.get)("lang").as_deref() == Some(NOT_TEXT) {
            r.read("lang", |_| Err::<(), _>("must be text, e.g. \"es\"."));
        } else if let Some(lang) = (r.get)("lang").filter(|v| !v.trim().is_empty()) {
            match Language::from_tag(&lang) {
                Some(language) => {
                    config.language = language;
                    config.language_given = true;
                }
                None => config.language_unknown = Some(lang),
            }
        }
        if let Some(counselor) = r.read("mode", |v| match v {
            "counselor" => Ok(true),
            "" | "person" => Ok(false),
            _ => Err("must be \"counselor\" for a demo that saves nothing, or left out."),
        }) {
            config.counselor = counselor;
        }
        if config.counselor {
            // A demo shows a placeholder clinic, clearly a demo, where the host set none (its
            // name is worded in each language: `Shell::brand`).
            config
                .clinic
                .phone
                .get_or_insert_with(|| DEMO_CLINIC_PHONE.into());
        }
        let offered = &config.exercises;
        config.start = r.read("start", |v| {
            let exercise = Exercise::from_id(v)
                .ok_or("must be one of: screening, refusal-skills, trigger-map, what-to-expect.")?;
            if offered.contains(&exercise) {
                Ok(exercise)
            } else {
                Err("must be one of the exercises offered in the exercises attribute.")
            }
        });
        // The program's facts, for "What to expect": each bad one reported by its attribute.
        config.facts_file = r.read("program-facts", facts_address);
        let get = &r.get;
        let mut fact_errors = Vec::new();
        config.facts = ProgramFacts::read(
            &|fact| get(fact.attribute()),
            &mut |fact: Fact, value, problem| {
                fact_errors.push(ConfigError {
                    attribute: fact.attribute(),
                    value,
                    problem,
                })
            },
        );
        r.errors.extend(fact_errors);
        (config, r.errors)
    }
}

/// Reads attributes one by one, keeping every problem it meets.
struct AttributeReader<G> {
    get: G,
    errors: Vec<ConfigError>,
}

impl<G: Fn(&str) -> Option<String>> AttributeReader<G> {
    /// The parsed value of `attribute`, or None if it is unset or invalid (then it is reported).
    fn read<T>(
        &mut self,
        attribute: &'static str,
        parse: impl FnOnce(&str) -> Result<T, &'static str>,
    ) -> Option<T> {
        let value = (self.get)(attribute)?;
        parse(value.trim())
            .map_err(|problem| {
                self.errors.push(ConfigError {
                    attribute,
                    value,
                    problem,
                })
            })
            .ok()
    }
}

/// Stands for a configured value that is not text (true, an object...): fails every check.
pub const NOT_TEXT: &str = "\u{1}(not text)";

fn plain_text(value: &str) -> Result<String, &'static str> {
    if value.is_empty() {
        return Err("must not be empty.");
    }
    if value.chars().any(char::is_control) {
        return Err("must be text, not a number, true/false or an object.");
    }
    if value.chars().count() > MAX_TEXT {
        return Err("is too long (120 characters at most).");
    }
    Ok(value.to_string())
}

/// A number a phone can dial: digits with optional spaces, dashes, dots, brackets and a leading +.
fn phone(value: &str) -> Result<String, &'static str> {
    let allowed = |c: char| c.is_ascii_digit() || " -.()".contains(c);
    let body = value.strip_prefix('+').unwrap_or(value);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if !body.chars().all(allowed) || !(2..=15).contains(&digits) {
        return Err(
            "must be a phone number: 2 to 15 digits, with spaces, dashes or brackets if you like.",
        );
    }
    Ok(value.to_string())
}

/// Only http(s) addresses: a `javascript:` or `data:` link must never be configurable. And only
/// addresses a browser can open: quick exit leaves for `exit-url`, and an address the browser
/// refuses (a template's `https://<your-site>/`, a port past 65535) left the person on the page
/// with no way out. What the browser's URL parser refuses in the host, the port and the rest is
/// refused here, with the message the web person sees.
fn web_address(value: &str) -> Result<String, &'static str> {
    const MESSAGE: &str =
        "must be a full web address starting with https://, e.g. https://www.example.org/";
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or(MESSAGE)?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, after) = rest.split_at(end);
    // An IPv6 host is in brackets, its colons inside them.
    let split_at = match authority.find(']') {
        Some(close) if authority.starts_with('[') => {
            authority[close..].find(':').map(|c| close + c)
        }
        _ => authority.rfind(':'),
    };
    let (host, port) = match split_at {
        Some(colon) => (&authority[..colon], Some(&authority[colon + 1..])),
        None => (authority, None),
    };
    let host_ok = if let Some(ip6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        !ip6.is_empty()
            && ip6
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
    } else {
        !host.is_empty()
            && host
                .split('.')
                .all(|label| !label.is_empty() || host.ends_with('.'))
            && host
                .chars()
                // Beyond ASCII, a browser maps the name itself (IDNA); ASCII checks keep the
                // Unicode tables out of the first screen's download.
                .all(|c| c.is_ascii_alphanumeric() || !c.is_ascii() || "-._".contains(c))
    };
    let port_ok = port.is_none_or(|p| p.is_empty() || p.parse::<u16>().is_ok());
    // Outside the host: no spaces, nothing a browser would refuse, and % only as %XX.
    let bytes = after.as_bytes();
    let escapes_ok = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'%')
        .all(|(i, _)| {
            bytes
                .get(i + 1..i + 3)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
        });
    let rest_ok = !after
        .chars()
        .any(|c| c.is_ascii_whitespace() || c.is_ascii_control() || "<>\"`{}\\^".contains(c));
    if host_ok && port_ok && escapes_ok && rest_ok {
        Ok(value.to_string())
    } else {
        Err(MESSAGE)
    }
}

/// A FHIR canonical: a web address with no version (`|`) or fragment (`#`) part, since the
/// response appends `|version` itself.
fn canonical_url(value: &str) -> Result<String, &'static str> {
    let url = web_address(value)?;
    if url.contains(['|', '#', '?']) {
        return Err("must be a web address without |, # or ?, e.g. https://clinic.example/fhir/Questionnaire/iop-screening");
    }
    Ok(url.trim_end_matches('/').to_string())
}

fn exercise_list(value: &str) -> Result<Vec<Exercise>, &'static str> {
    let mut list = Vec::new();
    for id in value
        .split([',', ' '])
        .map(str::trim)
        .filter(|id| !id.is_empty())
    {
        let exercise = Exercise::from_id(id).ok_or(
            "lists exercises by id: screening, refusal-skills, trigger-map, what-to-expect.",
        )?;
        if !list.contains(&exercise) {
            list.push(exercise);
        }
    }
    if list.is_empty() {
        return Err("must name at least one exercise: screening, refusal-skills, trigger-map, what-to-expect.");
    }
    Ok(list)
}

/// A `tel:` link for a phone number as people write it: keeps digits and a leading `+`.
pub fn call_href(number: &str) -> String {
    format!("tel:{}", dialable(number))
}

/// A `tel:` link for a number a person typed into their plan ("555 010 0142 ext. 3", "1-800-
/// GOT-HELP", "ask for Maria"): None when there is nothing to dial, rather than a link that
/// calls no one. The words stay beside the link as typed.
pub fn contact_call_href(phone: &str) -> Option<String> {
    let number = dialable(phone);
    (number.trim_start_matches('+').len() >= 3).then(|| format!("tel:{number}"))
}

/// An `sms:` link for a number that accepts text messages.
pub fn text_href(number: &str) -> String {
    format!("sms:{}", dialable(number))
}

/// An `sms:` link that starts a message with `body` (a line's keyword, "SHOUT").
pub fn text_href_with(number: &str, body: Option<&str>) -> String {
    match body {
        // `?&body=` opens the message on both Android and iOS.
        Some(body) => format!("sms:{}?&body={}", dialable(number), body),
        None => text_href(number),
    }
}

fn dialable(number: &str) -> String {
    let trimmed = number.trim();
    let plus = if trimmed.starts_with('+') { "+" } else { "" };
    // "+44 (0)20 ...": the (0) is what to dial from inside the country, never after its code.
    let international = if plus.is_empty() {
        trimmed.to_string()
    } else {
        trimmed.replacen("(0)", "", 1)
    };
    // The first number only: it ends where words or another number begin ("ext. 3", "or 555
    // ...", "/ 555 ...", "HOME"), so an extension, a label or a second number is never run into
    // it. Capitals joined to the number by a hyphen are a word number's keypad letters
    // ("1-800-GOT-HELP"). ASCII tests only: Unicode's letter tables would weigh on the first
    // load, and any other character counts as part of a word.
    let is_word = |c: char| c.is_ascii_alphabetic() || !c.is_ascii();
    let mut digits = String::new();
    let mut rest = international.as_str();
    let mut before = ' ';
    while let Some(c) = rest.chars().next() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if is_word(c) {
            let len: usize = rest
                .chars()
                .take_while(|&c| is_word(c))
                .map(char::len_utf8)
                .sum();
            let word = &rest[..len];
            let keypad = word.chars().map(keypad_digit).collect::<Option<String>>();
            match keypad {
                Some(keys) if !digits.is_empty() && before == '-' && !is_number_word(word) => {
                    digits.push_str(&keys)
                }
                _ if digits.is_empty() => {}
                _ => break,
            }
            rest = &rest[len..];
            before = 'a';
            continue;
        } else if matches!(c, '/' | ',' | ';' | '|') && !digits.is_empty() {
            break;
        }
        before = c;
        rest = &rest[c.len_utf8()..];
    }
    format!("{plus}{digits}")
}

/// A capital letter's key on a phone's keypad ("GOT" is 468).
fn keypad_digit(c: char) -> Option<char> {
    const KEYS: [&str; 8] = ["ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"];
    let key = KEYS.iter().position(|letters| letters.contains(c))?;
    char::from_digit(key as u32 + 2, 10)
}

/// Words that end a number however they are written: an extension, another number.
fn is_number_word(word: &str) -> bool {
    let words = ["EXT", "X", "OR", "O", "Y", "AND", "TEL", "CEL"];
    words.iter().any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_us_numbers_and_no_made_up_clinic() {
        let config = WidgetConfig::default();
        assert_eq!(config.crisis_line.call, "988");
        assert_eq!(config.crisis_line.text.as_deref(), Some("988"));
        assert_eq!(config.emergency_number, "911");
        assert_eq!(
            config.clinic,
            Clinic::default(),
            "no clinic number the host did not give"
        );
        assert_eq!(config.warnings().len(), 2, "the web person is told");
    }

    #[test]
    fn region_presets_set_the_crisis_and_emergency_numbers_and_attributes_override() {
        let uk = WidgetConfig::from_attributes(attributes(&[("region", "uk")])).0;
        assert_eq!(uk.crisis_line.call, "116 123");
        assert_eq!(uk.crisis_line.text.as_deref(), Some("85258"));
        assert_eq!(uk.crisis_line.text_keyword.as_deref(), Some("SHOUT"));
        assert_eq!(uk.emergency_number, "999");
        assert_eq!(uk.region, Region::Uk);
        for (id, call, emergency) in [
            ("us", "988", "911"),
            ("ca", "988", "911"),
            ("ie", "116 123", "112"),
            ("au", "13 11 14", "000"),
            ("nz", "1737", "111"),
            ("es", "024", "112"),
            ("mx", "800 911 2000", "911"),
            ("GB", "116 123", "999"),
        ] {
            let c = WidgetConfig::from_attributes(attributes(&[("region", id)])).0;
            assert_eq!(
                (c.crisis_line.call.as_str(), c.emergency_number.as_str()),
                (call, emergency),
                "{id}"
            );
        }
        let mixed = WidgetConfig::from_attributes(attributes(&[
            ("region", "uk"),
            ("crisis-text", "741741"),
            ("emergency-number", "112"),
        ]))
        .0;
        assert_eq!(mixed.crisis_line.call, "116 123");
        assert_eq!(mixed.crisis_line.text.as_deref(), Some("741741"));
        assert_eq!(mixed.crisis_line.text_keyword, None);
        assert_eq!(mixed.emergency_number, "112");
        let (_, errors) = WidgetConfig::from_attributes(attributes(&[("region", "fr")]));
        assert_eq!(errors[0].attribute, "region");
    }

    #[test]
    fn a_domestic_violence_line_is_read_like_a_phone_number_and_never_made_up() {
        let none = WidgetConfig::from_attributes(attributes(&[])).0;
        assert_eq!(none.clinic.violence_line, None);
        let (set, errors) =
            WidgetConfig::from_attributes(attributes(&[("violence-line", "1-800-799-7233")]));
        assert_eq!(set.clinic.violence_line.as_deref(), Some("1-800-799-7233"));
        assert!(errors.is_empty());
        let (bad, errors) =
            WidgetConfig::from_attributes(attributes(&[("violence-line", "call the hotline")]));
        assert_eq!(bad.clinic.violence_line, None);
        assert_eq!(errors[0].attribute, "violence-line");
    }

    #[test]
    fn demo_values_appear_only_in_counselor_mode() {
        let demo = WidgetConfig::from_attributes(attributes(&[("mode", "counselor")])).0;
        assert_eq!(demo.clinic.phone.as_deref(), Some(DEMO_CLINIC_PHONE));
        let person = WidgetConfig::from_attributes(attributes(&[("clinic-name", "Harbour")])).0;
        assert_eq!(person.clinic.phone, None);
        assert_eq!(person.clinic.name.as_deref(), Some("Harbour"));
        let bad = WidgetConfig::from_attributes(attributes(&[("clinic-phone", "call us")])).0;
        assert_eq!(
            bad.clinic.phone, None,
            "a mistyped number shows no number, not a demo one"
        );
    }

    fn attributes<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn no_attributes_give_the_defaults() {
        assert_eq!(
            WidgetConfig::from_attributes(|_| None),
            (WidgetConfig::default(), vec![])
        );
    }

    #[test]
    fn a_clinic_names_its_own_questionnaire_canonical_and_a_bad_one_is_reported() {
        let (config, errors) = WidgetConfig::from_attributes(attributes(&[(
            "questionnaire-url",
            "https://harbour.example/fhir/Questionnaire/iop-screening/",
        )]));
        assert_eq!(errors, []);
        assert_eq!(
            config.questionnaire_url,
            "https://harbour.example/fhir/Questionnaire/iop-screening"
        );
        for bad in [
            "harbour.example/q",
            "https://harbour.example/q|1.0",
            "https://harbour.example/q#x",
            "https://harbour.example/my q",
        ] {
            let (config, errors) =
                WidgetConfig::from_attributes(attributes(&[("questionnaire-url", bad)]));
            assert_eq!(errors.len(), 1, "{bad}");
            assert_eq!(errors[0].attribute, "questionnaire-url");
            assert_eq!(config.questionnaire_url, DEFAULT_QUESTIONNAIRE_URL);
        }
    }

    #[test]
    fn a_clinic_sets_its_own_contacts_and_exercises() {
        let (config, errors) = WidgetConfig::from_attributes(attributes(&[
            ("clinic-name", " Harbour Recovery "),
            ("clinic-phone", "+44 20 7946 0958"),
            ("clinic-url", "https://harbour.example/book"),
            ("crisis-label", "Samaritans"),
            ("crisis-call", "116 123"),
            ("crisis-text", "none"),
            ("emergency-number", "999"),
            ("exit-url", "https://www.bbc.co.uk/weather"),
            ("exercises", "trigger-map, screening"),
            ("start", "screening"),
            ("lang", "en-GB"),
            ("mode", "counselor"),
        ]));
        assert_eq!(errors, []);
        assert!(config.counselor);
        assert_eq!(config.clinic.name.as_deref(), Some("Harbour Recovery"));
        assert_eq!(
            config.clinic.url.as_deref(),
            Some("https://harbour.example/book")
        );
        assert_eq!(
            config.crisis_line,
            CrisisLine {
                label: Some("Samaritans".into()),
                call: "116 123".into(),
                text: None,
                text_keyword: None,
                text_is_preset: false,
                call_is_preset: false,
            }
        );
        assert_eq!(config.emergency_number, "999");
        assert_eq!(
            config.exercises,
            [Exercise::TriggerMap, Exercise::Screening]
        );
        assert_eq!(config.start, Some(Exercise::Screening));
        assert_eq!(config.language, Language::ENGLISH);
    }

    #[test]
    fn every_bad_attribute_is_reported_by_name() {
        let (config, errors) = WidgetConfig::from_attributes(attributes(&[
            ("clinic-name", "   "),
            ("clinic-phone", "call us"),
            ("clinic-url", "javascript:alert(1)"),
            ("crisis-call", "9"),
            ("exit-url", "data:text/html,hi"),
            ("exercises", "screening, yoga"),
            ("lang", "tlh"),
            ("emergency-number", "000"),
            ("mode", "projector"),
        ]));
        let named: Vec<_> = errors.iter().map(|e| e.attribute).collect();
        assert_eq!(
            named,
            [
                "clinic-name",
                "clinic-phone",
                "clinic-url",
                "crisis-call",
                "exit-url",
                "exercises",
                "mode"
            ]
        );
        // A language the widget does not speak is not a reason to refuse to start.
        assert_eq!(config.language_unknown.as_deref(), Some("tlh"));
        assert!(!config.language_given);
        assert!(config
            .warnings()
            .iter()
            .any(|w| w.contains("lang=\"tlh\"") && w.contains("en, es")));
        assert_eq!(
            errors[1].to_string(),
            "clinic-phone=\"call us\": must be a phone number: 2 to 15 digits, with spaces, dashes or brackets if you like."
        );
        // What was understood is kept; what was not keeps its default.
        assert_eq!(config.emergency_number, "000");
        assert_eq!(config.crisis_line.call, "988");
        assert_eq!(config.exit_url, WidgetConfig::default().exit_url);
    }

    #[test]
    fn a_value_that_is_not_text_is_reported_for_every_attribute() {
        for attribute in ATTRIBUTES {
            let (_, errors) = WidgetConfig::from_attributes(attributes(&[(attribute, NOT_TEXT)]));
            assert_eq!(errors.len(), 1, "{attribute}");
        }
    }

    #[test]
    fn the_first_exercise_must_be_one_that_is_offered() {
        let (config, errors) = WidgetConfig::from_attributes(attributes(&[
            ("exercises", "screening"),
            ("start", "trigger-map"),
        ]));
        assert_eq!(config.start, None);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].attribute, "start");
        assert_eq!(
            WidgetConfig::from_attributes(attributes(&[("exercises", " , ")]))
                .1
                .len(),
            1
        );
    }

    #[test]
    fn a_clinic_states_its_program_facts_in_attributes() {
        use crate::core::expect::{Medication, Span};
        let (config, errors) = WidgetConfig::from_attributes(attributes(&[
            ("program-hours", "9-12"),
            ("program-days", "Monday, Wednesday and Thursday"),
            ("program-evenings", "yes"),
            ("program-weeks", " 8 "),
            ("program-medication", "alcohol, opioids"),
            ("program-testing", "Random tests, to support you."),
            ("program-insurance", "<b>Most plans</b>"),
            ("program-facts", "/iop/facts.json"),
        ]));
        assert_eq!(errors, []);
        let facts = &config.facts;
        assert_eq!(facts.hours, Some(Span { low: 9, high: 12 }));
        assert_eq!(facts.weeks, Some(Span { low: 8, high: 8 }));
        assert_eq!(facts.evenings, Some(true));
        assert_eq!(
            facts.medication,
            Some(vec![Medication::Opioids, Medication::Alcohol])
        );
        assert_eq!(
            facts.insurance.as_deref(),
            Some("<b>Most plans</b>"),
            "kept as text: rendered as text, never as markup"
        );
        assert_eq!(config.facts_file.as_deref(), Some("/iop/facts.json"));
    }

    #[test]
    fn unset_program_facts_are_none_and_bad_ones_are_each_reported() {
        let config = WidgetConfig::from_attributes(attributes(&[])).0;
        assert_eq!(config.facts, crate::core::expect::ProgramFacts::default());
        assert_eq!(config.facts_file, None);
        let (config, errors) = WidgetConfig::from_attributes(attributes(&[
            ("program-hours", "a lot"),
            ("program-evenings", "maybe"),
            ("program-weeks", "0"),
            ("program-medication", "vitamins"),
            ("program-days", ""),
            ("program-testing", NOT_TEXT),
            ("program-insurance", "x".repeat(201).as_str()),
            ("program-facts", "https://elsewhere.example\u{0}"),
        ]));
        let named: Vec<_> = errors.iter().map(|e| e.attribute).collect();
        assert_eq!(
            named,
            [
                "program-facts",
                "program-hours",
                "program-days",
                "program-evenings",
                "program-weeks",
                "program-medication",
                "program-testing",
                "program-insurance",
            ]
        );
        assert_eq!(config.facts, crate::core::expect::ProgramFacts::default());
        assert_eq!(
            errors[1].to_string(),
            "program-hours=\"a lot\": must be hours a week: a number or a range, e.g. 9 or 9-12."
        );
        let (_, errors) =
            WidgetConfig::from_attributes(attributes(&[("program-facts", "javascript:alert(1)")]));
        assert_eq!(errors[0].attribute, "program-facts");
    }

    #[test]
    fn a_number_typed_into_a_plan_dials_that_number_or_no_link_at_all() {
        let href = |s: &str| contact_call_href(s);
        assert_eq!(
            href("555 010 0142 ext. 3").as_deref(),
            Some("tel:5550100142")
        );
        assert_eq!(
            href("555 010 0142 EXT 3").as_deref(),
            Some("tel:5550100142")
        );
        assert_eq!(href("555 010 0142 x3").as_deref(), Some("tel:5550100142"));
        assert_eq!(
            href("555 010 0100 or 555 010 0111").as_deref(),
            Some("tel:5550100100")
        );
        assert_eq!(
            href("555 010 0100 / 555 010 0111").as_deref(),
            Some("tel:5550100100")
        );
        assert_eq!(href("1-800-GOT-HELP").as_deref(), Some("tel:18004684357"));
        assert_eq!(href("555 010 0199 HOME").as_deref(), Some("tel:5550100199"));
        assert_eq!(
            href("555 010 0199 (CELL)").as_deref(),
            Some("tel:5550100199")
        );
        assert_eq!(href("Mom: 555 010 0199").as_deref(), Some("tel:5550100199"));
        assert_eq!(
            href("+34 612 345 678 (móvil)").as_deref(),
            Some("tel:+34612345678")
        );
        assert_eq!(href("ask for Maria"), None);
        assert_eq!(href("   "), None);
    }

    #[test]
    fn phone_links_keep_only_what_a_phone_dials() {
        assert_eq!(call_href("(555) 010-0199"), "tel:5550100199");
        assert_eq!(call_href(" +44 20 7946 0958 "), "tel:+442079460958");
        assert_eq!(text_href("988"), "sms:988");
        // A plus sign in the middle is not an international prefix.
        assert_eq!(call_href("555+0199"), "tel:5550199");
        // A trunk prefix written after the country code is not dialled.
        assert_eq!(call_href("+44 (0)20 7946 0958"), "tel:+442079460958");
        assert_eq!(call_href("(0)20 7946 0958"), "tel:02079460958");
    }

    #[test]
    fn a_web_address_is_one_a_browser_can_open() {
        for good in [
            "https://www.weather.gov/",
            "https://www.bbc.co.uk/weather",
            "http://example.org",
            "https://clinic.example:8443/book?x=1&y=%20#top",
            "https://bücher.example/",
            "https://[2001:db8::1]/",
            "https://localhost:8080",
        ] {
            assert!(web_address(good).is_ok(), "{good}");
        }
        for bad in [
            "https://<your-neutral-site>/",
            "https://%EXIT_URL%",
            "https://www.weather.gov:4433443/",
            "https://[weather.gov]/",
            "https:///weather",
            "https://",
            "https://a b.example/",
            "https://weather.gov/a b",
            "https://weather.gov/%zz",
            "https://weather..gov/",
            "javascript:alert(1)",
            "//weather.gov",
        ] {
            assert!(web_address(bad).is_err(), "{bad}");
        }
    }
}
