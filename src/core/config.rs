//! What a clinic configures: its contact, the crisis and emergency numbers, the quick-exit page
//! and the language. Defaults are a demo clinic with the US numbers (988 crisis, 911 emergency).

use super::exercise::Exercise;

/// A language the widget's text is available in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    English,
}

impl Language {
    pub const ALL: [Language; 1] = [Language::English];

    /// Reads a `lang` value; a region is ignored ("en-GB" is English).
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// BCP 47 tag, used for the `lang` attribute and configuration.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
        }
    }
}

/// Where the widget is used: sets the crisis and emergency numbers and the standard drink
/// (CLINICAL.md section 6). Attributes override the numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
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

/// The clinic that offers the widget: who to contact to confirm a result.
#[derive(Clone, Debug, PartialEq)]
pub struct Clinic {
    pub name: String,
    /// As people should read it, e.g. "(555) 010-0199".
    pub phone: String,
    /// The clinic's website or booking page.
    pub url: Option<String>,
}

/// A crisis line, reachable by a call and, where it offers one, by text message.
#[derive(Clone, Debug, PartialEq)]
pub struct CrisisLine {
    pub label: String,
    pub call: String,
    pub text: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WidgetConfig {
    pub clinic: Clinic,
    pub crisis_line: CrisisLine,
    pub emergency_number: String,
    /// The neutral page that quick exit replaces this one with.
    pub exit_url: String,
    pub language: Language,
    pub region: Region,
    /// The exercises offered, in home-screen order.
    pub exercises: Vec<Exercise>,
    /// The exercise that opens first instead of the home screen.
    pub start: Option<Exercise>,
    /// Counselor mode: a demo for a session or a projector; nothing is saved on the device.
    pub counselor: bool,
}

impl Default for WidgetConfig {
    fn default() -> Self {
        WidgetConfig {
            clinic: Clinic {
                name: "Demo Recovery Clinic".into(),
                phone: "(555) 010-0199".into(),
                url: None,
            },
            crisis_line: CrisisLine {
                label: "988 Suicide & Crisis Lifeline".into(),
                call: "988".into(),
                text: Some("988".into()),
            },
            emergency_number: "911".into(),
            exit_url: "https://www.google.com/".into(),
            language: Language::English,
            region: Region::Us,
            exercises: Exercise::ALL.to_vec(),
            start: None,
            counselor: false,
        }
    }
}

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
        let mut config = WidgetConfig::default();
        let mut r = AttributeReader {
            get,
            errors: Vec::new(),
        };
        if let Some(name) = r.read("clinic-name", plain_text) {
            config.clinic.name = name;
        }
        if let Some(phone_number) = r.read("clinic-phone", phone) {
            config.clinic.phone = phone_number;
        }
        if let Some(url) = r.read("clinic-url", web_address) {
            config.clinic.url = Some(url);
        }
        if let Some(label) = r.read("crisis-label", plain_text) {
            config.crisis_line.label = label;
        }
        if let Some(call) = r.read("crisis-call", phone) {
            config.crisis_line.call = call;
        }
        if let Some(text) = r.read("crisis-text", |v| {
            if v.eq_ignore_ascii_case("none") {
                Ok(None)
            } else {
                phone(v).map(Some)
            }
        }) {
            config.crisis_line.text = text;
        }
        if let Some(number) = r.read("emergency-number", phone) {
            config.emergency_number = number;
        }
        if let Some(url) = r.read("exit-url", web_address) {
            config.exit_url = url;
        }
        if let Some(list) = r.read("exercises", exercise_list) {
            config.exercises = list;
        }
        if let Some(language) = r.read("lang", |v| {
            Language::from_tag(v).ok_or("the language must be one of: en.")
        }) {
            config.language = language;
        }
        if let Some(counselor) = r.read("mode", |v| match v {
            "counselor" => Ok(true),
            "" | "person" => Ok(false),
            _ => Err("must be \"counselor\" for a demo that saves nothing, or left out."),
        }) {
            config.counselor = counselor;
        }
        let offered = &config.exercises;
        config.start = r.read("start", |v| {
            let exercise = Exercise::from_id(v)
                .ok_or("must be one of: screening, refusal-skills, trigger-map.")?;
            if offered.contains(&exercise) {
                Ok(exercise)
            } else {
                Err("must be one of the exercises offered in the exercises attribute.")
            }
        });
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

/// Only http(s) addresses: a `javascript:` or `data:` link must never be configurable.
fn web_address(value: &str) -> Result<String, &'static str> {
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !value.chars().any(char::is_whitespace) => {
            Ok(value.to_string())
        }
        _ => Err("must be a full web address starting with https://"),
    }
}

fn exercise_list(value: &str) -> Result<Vec<Exercise>, &'static str> {
    let mut list = Vec::new();
    for id in value
        .split([',', ' '])
        .map(str::trim)
        .filter(|id| !id.is_empty())
    {
        let exercise = Exercise::from_id(id)
            .ok_or("lists exercises by id: screening, refusal-skills, trigger-map.")?;
        if !list.contains(&exercise) {
            list.push(exercise);
        }
    }
    if list.is_empty() {
        return Err("must name at least one exercise: screening, refusal-skills, trigger-map.");
    }
    Ok(list)
}

/// A `tel:` link for a phone number as people write it: keeps digits and a leading `+`.
pub fn call_href(number: &str) -> String {
    format!("tel:{}", dialable(number))
}

/// An `sms:` link for a number that accepts text messages.
pub fn text_href(number: &str) -> String {
    format!("sms:{}", dialable(number))
}

fn dialable(number: &str) -> String {
    let trimmed = number.trim();
    let plus = if trimmed.starts_with('+') { "+" } else { "" };
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    format!("{plus}{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_us_numbers_and_a_demo_clinic() {
        let config = WidgetConfig::default();
        assert_eq!(config.crisis_line.call, "988");
        assert_eq!(config.crisis_line.text.as_deref(), Some("988"));
        assert_eq!(config.emergency_number, "911");
        assert!(config.clinic.name.contains("Demo"));
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
        assert_eq!(config.clinic.name, "Harbour Recovery");
        assert_eq!(
            config.clinic.url.as_deref(),
            Some("https://harbour.example/book")
        );
        assert_eq!(
            config.crisis_line,
            CrisisLine {
                label: "Samaritans".into(),
                call: "116 123".into(),
                text: None
            }
        );
        assert_eq!(config.emergency_number, "999");
        assert_eq!(
            config.exercises,
            [Exercise::TriggerMap, Exercise::Screening]
        );
        assert_eq!(config.start, Some(Exercise::Screening));
        assert_eq!(config.language, Language::English);
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
                "lang",
                "mode"
            ]
        );
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
        for attribute in [
            "clinic-name",
            "clinic-phone",
            "clinic-url",
            "crisis-label",
            "crisis-call",
            "crisis-text",
            "emergency-number",
            "exit-url",
            "exercises",
            "start",
            "lang",
            "mode",
        ] {
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
    fn phone_links_keep_only_what_a_phone_dials() {
        assert_eq!(call_href("(555) 010-0199"), "tel:5550100199");
        assert_eq!(call_href(" +44 20 7946 0958 "), "tel:+442079460958");
        assert_eq!(text_href("988"), "sms:988");
        // A plus sign in the middle is not an international prefix.
        assert_eq!(call_href("555+0199"), "tel:5550199");
    }
}
