//! What a clinic configures: its contact, the crisis and emergency numbers, the quick-exit page
//! and the language. Defaults are a demo clinic with the US numbers (988 crisis, 911 emergency).

/// A language the widget's text is available in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    English,
}

impl Language {
    pub const ALL: [Language; 1] = [Language::English];

    /// BCP 47 tag, used for the `lang` attribute and configuration.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
        }
    }
}

/// The clinic that offers the widget: who to contact to confirm a result.
#[derive(Clone, Debug, PartialEq)]
pub struct Clinic {
    pub name: String,
    /// As people should read it, e.g. "(555) 010-0199".
    pub phone: String,
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
}

impl Default for WidgetConfig {
    fn default() -> Self {
        WidgetConfig {
            clinic: Clinic {
                name: "Demo Recovery Clinic".into(),
                phone: "(555) 010-0199".into(),
            },
            crisis_line: CrisisLine {
                label: "988 Suicide & Crisis Lifeline".into(),
                call: "988".into(),
                text: Some("988".into()),
            },
            emergency_number: "911".into(),
            exit_url: "https://www.google.com/".into(),
            language: Language::English,
        }
    }
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

    #[test]
    fn phone_links_keep_only_what_a_phone_dials() {
        assert_eq!(call_href("(555) 010-0199"), "tel:5550100199");
        assert_eq!(call_href(" +44 20 7946 0958 "), "tel:+442079460958");
        assert_eq!(text_href("988"), "sms:988");
        // A plus sign in the middle is not an international prefix.
        assert_eq!(call_href("555+0199"), "tel:5550199");
    }
}
