//! "What to expect": the explainer's parts, the levels of care it compares, the questions to ask
//! a program, and the facts a clinic may give about its own program (attributes on the element
//! and/or a small same-origin JSON file). Every fact is optional: an unset one reads "Ask us".

use std::collections::BTreeSet;

/// The explainer's parts, in the order they are walked through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    WhatItIs,
    WhatHappens,
    Stages,
    Testing,
    Fit,
    Compare,
    Questions,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::WhatItIs,
        Section::WhatHappens,
        Section::Stages,
        Section::Testing,
        Section::Fit,
        Section::Compare,
        Section::Questions,
    ];

    /// Stable id: the words' key and `data-section`.
    pub fn id(self) -> &'static str {
        match self {
            Section::WhatItIs => "what-it-is",
            Section::WhatHappens => "what-happens",
            Section::Stages => "stages",
            Section::Testing => "testing",
            Section::Fit => "fit",
            Section::Compare => "compare",
            Section::Questions => "questions",
        }
    }

    /// The clinic's own facts shown next to this part's general ones.
    pub fn facts(self) -> &'static [Fact] {
        match self {
            Section::WhatItIs => &[Fact::Hours, Fact::Days, Fact::Evenings],
            Section::WhatHappens => &[Fact::Medication],
            Section::Stages => &[Fact::Weeks],
            Section::Testing => &[Fact::Testing],
            Section::Questions => &[Fact::Insurance],
            Section::Fit | Section::Compare => &[],
        }
    }

    /// The part `step` away from this one, if there is one.
    pub fn step(self, step: isize) -> Option<Section> {
        let at = Section::ALL.iter().position(|s| *s == self)? as isize + step;
        usize::try_from(at)
            .ok()
            .and_then(|at| Section::ALL.get(at).copied())
    }

    /// 1-based place, for "Part 2 of 7".
    pub fn number(self) -> usize {
        Section::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }
}

/// Levels of care, side by side. Hours are per week, as many programs describe them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Outpatient,
    Intensive,
    PartialHospital,
    Residential,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::Outpatient,
        Level::Intensive,
        Level::PartialHospital,
        Level::Residential,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Level::Outpatient => "outpatient",
            Level::Intensive => "intensive",
            Level::PartialHospital => "partial-hospital",
            Level::Residential => "residential",
        }
    }
}

/// The questions to ask a program, as a checklist the person can tick and print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    Licensed,
    EvidenceBased,
    Medication,
    Schedule,
    Cost,
    Family,
    Relapse,
}

impl Question {
    pub const ALL: [Question; 7] = [
        Question::Licensed,
        Question::EvidenceBased,
        Question::Medication,
        Question::Schedule,
        Question::Cost,
        Question::Family,
        Question::Relapse,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Question::Licensed => "licensed",
            Question::EvidenceBased => "evidence-based",
            Question::Medication => "medication",
            Question::Schedule => "schedule",
            Question::Cost => "cost",
            Question::Family => "family",
            Question::Relapse => "relapse",
        }
    }
}

/// The questions ticked: in memory only, never stored or sent.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ticks(BTreeSet<Question>);

impl Ticks {
    pub fn toggled(&self, question: Question) -> Ticks {
        let mut ticks = self.0.clone();
        if !ticks.remove(&question) {
            ticks.insert(question);
        }
        Ticks(ticks)
    }

    pub fn has(&self, question: Question) -> bool {
        self.0.contains(&question)
    }
}

/// A fact a clinic can give about its own program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fact {
    Hours,
    Days,
    Evenings,
    Weeks,
    Medication,
    Testing,
    Insurance,
}

impl Fact {
    pub const ALL: [Fact; 7] = [
        Fact::Hours,
        Fact::Days,
        Fact::Evenings,
        Fact::Weeks,
        Fact::Medication,
        Fact::Testing,
        Fact::Insurance,
    ];

    /// The key in the facts file, the words' key and `data-fact`.
    pub fn id(self) -> &'static str {
        match self {
            Fact::Hours => "hours",
            Fact::Days => "days",
            Fact::Evenings => "evenings",
            Fact::Weeks => "weeks",
            Fact::Medication => "medication",
            Fact::Testing => "testing",
            Fact::Insurance => "insurance",
        }
    }

    /// The element's attribute for this fact.
    pub fn attribute(self) -> &'static str {
        match self {
            Fact::Hours => "program-hours",
            Fact::Days => "program-days",
            Fact::Evenings => "program-evenings",
            Fact::Weeks => "program-weeks",
            Fact::Medication => "program-medication",
            Fact::Testing => "program-testing",
            Fact::Insurance => "program-insurance",
        }
    }
}

/// A number, or a range such as 9-12 ("9 to 12 hours a week").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub low: u8,
    pub high: u8,
}

/// Medicines a program may offer, for the two uses with well-proven ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Medication {
    Opioids,
    Alcohol,
}

impl Medication {
    pub const ALL: [Medication; 2] = [Medication::Opioids, Medication::Alcohol];

    pub fn id(self) -> &'static str {
        match self {
            Medication::Opioids => "opioids",
            Medication::Alcohol => "alcohol",
        }
    }
}

/// What the clinic says about its program; `None`: not said, so the explainer reads "Ask us".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProgramFacts {
    /// Hours a week.
    pub hours: Option<Span>,
    /// Which days, in the clinic's own words ("Monday, Wednesday and Thursday").
    pub days: Option<String>,
    /// Whether there are evening groups.
    pub evenings: Option<bool>,
    /// How many weeks the intensive part lasts.
    pub weeks: Option<Span>,
    /// Medicines offered; empty: none.
    pub medication: Option<Vec<Medication>>,
    /// The testing policy, in the clinic's own words.
    pub testing: Option<String>,
    /// A note on cost and insurance, in the clinic's own words.
    pub insurance: Option<String>,
}

impl ProgramFacts {
    /// Whether a fact is set.
    pub fn has(&self, fact: Fact) -> bool {
        match fact {
            Fact::Hours => self.hours.is_some(),
            Fact::Days => self.days.is_some(),
            Fact::Evenings => self.evenings.is_some(),
            Fact::Weeks => self.weeks.is_some(),
            Fact::Medication => self.medication.is_some(),
            Fact::Testing => self.testing.is_some(),
            Fact::Insurance => self.insurance.is_some(),
        }
    }

    /// These facts, with any left unset taken from `other` (attributes win over the file).
    pub fn or(self, other: ProgramFacts) -> ProgramFacts {
        ProgramFacts {
            hours: self.hours.or(other.hours),
            days: self.days.or(other.days),
            evenings: self.evenings.or(other.evenings),
            weeks: self.weeks.or(other.weeks),
            medication: self.medication.or(other.medication),
            testing: self.testing.or(other.testing),
            insurance: self.insurance.or(other.insurance),
        }
    }

    /// Reads each fact with `get` (an attribute's or a file key's value), reporting each bad one
    /// through `report` and leaving it unset. Not generic and never inlined: the attribute
    /// readers are generic, and each copy would carry its own on the first screen.
    #[inline(never)]
    pub fn read(
        get: &dyn Fn(Fact) -> Option<String>,
        report: &mut dyn FnMut(Fact, String, &'static str),
    ) -> ProgramFacts {
        let mut facts = ProgramFacts::default();
        for fact in Fact::ALL {
            let Some(value) = get(fact) else { continue };
            let text = value.trim();
            let problem = match fact {
                Fact::Hours => span(text, 60, HOURS).map(|v| facts.hours = Some(v)),
                Fact::Weeks => span(text, 104, WEEKS).map(|v| facts.weeks = Some(v)),
                Fact::Evenings => yes_no(text).map(|v| facts.evenings = Some(v)),
                Fact::Medication => medication(text).map(|v| facts.medication = Some(v)),
                Fact::Days => note(text, 80).map(|v| facts.days = Some(v)),
                Fact::Testing => note(text, 200).map(|v| facts.testing = Some(v)),
                Fact::Insurance => note(text, 200).map(|v| facts.insurance = Some(v)),
            };
            if let Err(problem) = problem {
                report(fact, value, problem);
            }
        }
        facts
    }
}

/// One problem with the facts file, said so a clinic's web person can fix it.
#[derive(Clone, Debug, PartialEq)]
pub struct FactsFileProblem {
    /// The key in the file, or "" for the file as a whole.
    pub key: &'static str,
    pub value: String,
    pub problem: &'static str,
}

impl std::fmt::Display for FactsFileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.key.is_empty() && self.value.is_empty() {
            write!(f, "program-facts file: {}", self.problem)
        } else if self.key.is_empty() {
            write!(
                f,
                "program-facts file, \"{}\": {}",
                self.value, self.problem
            )
        } else {
            write!(
                f,
                "program-facts file, \"{}\": {}: {}",
                self.key, self.value, self.problem
            )
        }
    }
}

/// Reads a clinic's facts file: a JSON object keyed by the facts' ids. What is valid is kept;
/// every problem is reported; unknown keys too (a typo would otherwise silently say "Ask us").
pub fn read_facts_file(text: &str) -> (ProgramFacts, Vec<FactsFileProblem>) {
    let mut problems = Vec::new();
    let object = match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Object(object)) => object,
        Ok(_) => {
            let problem = "must be a JSON object, e.g. {\"hours\": \"9-12\"}.";
            problems.push(file_problem(problem));
            return (ProgramFacts::default(), problems);
        }
        Err(_) => {
            problems.push(file_problem("is not valid JSON."));
            return (ProgramFacts::default(), problems);
        }
    };
    for key in object.keys() {
        if !Fact::ALL.iter().any(|f| f.id() == key) {
            problems.push(FactsFileProblem {
                key: "",
                value: key.clone(),
                problem: "has a key the widget does not know (keys: hours, days, evenings, weeks, medication, testing, insurance).",
            });
        }
    }
    let facts = ProgramFacts::read(
        &|fact| object.get(fact.id()).map(as_text),
        &mut |fact, value, problem| {
            problems.push(FactsFileProblem {
                key: fact.id(),
                value,
                problem,
            })
        },
    );
    (facts, problems)
}

fn file_problem(problem: &'static str) -> FactsFileProblem {
    FactsFileProblem {
        key: "",
        value: String::new(),
        problem,
    }
}

/// A file value as the text an attribute would hold: numbers, true/false and lists of words are
/// fine; anything else fails every check.
fn as_text(value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Value::Array(items) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(" "),
        _ => super::config::NOT_TEXT.to_string(),
    }
}

const HOURS: &str = "must be hours a week: a number or a range, e.g. 9 or 9-12.";
const WEEKS: &str = "must be weeks: a number or a range, e.g. 8 or 6-12.";

fn span(value: &str, most: u8, problem: &'static str) -> Result<Span, &'static str> {
    let number = |s: &str| {
        s.trim()
            .parse::<u8>()
            .ok()
            .filter(|n| (1..=most).contains(n))
    };
    let (low, high) = match value.split_once(['-', '–']) {
        Some((low, high)) => (number(low), number(high)),
        None => (number(value), number(value)),
    };
    match (low, high) {
        (Some(low), Some(high)) if low <= high => Ok(Span { low, high }),
        _ => Err(problem),
    }
}

fn yes_no(value: &str) -> Result<bool, &'static str> {
    match value.to_ascii_lowercase().as_str() {
        "yes" | "true" => Ok(true),
        "no" | "false" => Ok(false),
        _ => Err("must be yes or no."),
    }
}

fn medication(value: &str) -> Result<Vec<Medication>, &'static str> {
    const PROBLEM: &str = "must list opioids and/or alcohol, or say none.";
    let ids: Vec<&str> = value
        .split([',', ' '])
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .collect();
    if ids == ["none"] {
        return Ok(Vec::new());
    }
    let known = |id: &&str| {
        Medication::ALL
            .iter()
            .any(|m| id.eq_ignore_ascii_case(m.id()))
    };
    if ids.is_empty() || !ids.iter().all(known) {
        return Err(PROBLEM);
    }
    // In the core's order, each once (no sort: it would put a sort on the first screen).
    Ok(Medication::ALL
        .into_iter()
        .filter(|m| ids.iter().any(|id| id.eq_ignore_ascii_case(m.id())))
        .collect())
}

/// The clinic's own words: shown as text only, never as markup.
fn note(value: &str, most: usize) -> Result<String, &'static str> {
    if value.is_empty() {
        return Err("must not be empty.");
    }
    if value.chars().any(char::is_control) {
        return Err("must be text, not an object.");
    }
    if value.chars().count() > most {
        return Err(if most == 80 {
            "is too long (80 characters at most)."
        } else {
            "is too long (200 characters at most)."
        });
    }
    Ok(value.to_string())
}

/// Where the facts file is: a file on the page's own site. Only the origin check in the
/// browser can say for sure; this refuses what is plainly elsewhere or not a web address.
pub fn facts_address(value: &str) -> Result<String, &'static str> {
    const PROBLEM: &str =
        "must be a JSON file on your own site, e.g. facts.json or /iop/program-facts.json.";
    let lower = value.to_ascii_lowercase();
    let scheme = lower
        .find(':')
        .filter(|at| !lower[..*at].contains(['/', '?', '#']));
    let fine_scheme = match scheme {
        Some(_) => lower.starts_with("https://") || lower.starts_with("http://"),
        None => true,
    };
    if value.is_empty()
        || value.chars().any(|c| c.is_whitespace() || c.is_control())
        || value.starts_with("//")
        || !fine_scheme
    {
        return Err(PROBLEM);
    }
    Ok(value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_step_in_order_and_stop_at_the_ends() {
        assert_eq!(Section::WhatItIs.step(-1), None);
        assert_eq!(Section::WhatItIs.step(1), Some(Section::WhatHappens));
        assert_eq!(Section::Questions.step(1), None);
        assert_eq!(Section::Questions.number(), 7);
        let facts: Vec<Fact> = Section::ALL
            .iter()
            .flat_map(|s| s.facts().iter().copied())
            .collect();
        let mut sorted = facts.clone();
        sorted.sort();
        assert_eq!(sorted, Fact::ALL, "every fact is shown once, in some part");
    }

    #[test]
    fn ticks_toggle_in_memory() {
        let ticks = Ticks::default().toggled(Question::Cost);
        assert!(ticks.has(Question::Cost));
        assert!(!ticks.toggled(Question::Cost).has(Question::Cost));
    }

    #[test]
    fn a_full_facts_file_is_read() {
        let (facts, problems) = read_facts_file(
            r#"{"hours": "9-12", "days": "Mon, Wed, Thu", "evenings": true, "weeks": 8,
                "medication": ["opioids", "alcohol"], "testing": "Random \"urine\" tests",
                "insurance": "Most plans"}"#,
        );
        assert_eq!(problems, []);
        assert_eq!(facts.hours, Some(Span { low: 9, high: 12 }));
        assert_eq!(facts.weeks, Some(Span { low: 8, high: 8 }));
        assert_eq!(facts.evenings, Some(true));
        assert_eq!(
            facts.medication,
            Some(vec![Medication::Opioids, Medication::Alcohol])
        );
        assert_eq!(facts.testing.as_deref(), Some("Random \"urine\" tests"));
        assert!(Fact::ALL.iter().all(|f| facts.has(*f)));
    }

    #[test]
    fn every_bad_value_in_the_file_is_reported_and_left_unset() {
        let (facts, problems) = read_facts_file(
            r#"{"hours": "lots", "evenings": "sometimes", "weeks": "12-6", "medication": ["aspirin"],
                "days": {"monday": true}, "testing": "", "insurance": "Sliding scale", "colour": "red"}"#,
        );
        let keys: Vec<&str> = problems.iter().map(|p| p.key).collect();
        assert_eq!(
            keys,
            [
                "",
                "hours",
                "days",
                "evenings",
                "weeks",
                "medication",
                "testing"
            ]
        );
        assert_eq!(
            facts,
            ProgramFacts {
                insurance: Some("Sliding scale".into()),
                ..ProgramFacts::default()
            },
            "what was valid is kept, the rest is unset"
        );
        assert!(problems[1].to_string().contains("\"hours\": lots"));
    }

    #[test]
    fn a_file_that_is_not_an_object_is_one_clear_problem() {
        for text in ["<html>Not found</html>", "[1, 2]", ""] {
            let (facts, problems) = read_facts_file(text);
            assert_eq!(facts, ProgramFacts::default(), "{text}");
            assert_eq!(problems.len(), 1, "{text}");
        }
    }

    #[test]
    fn medication_none_is_a_fact_not_a_gap() {
        let (facts, problems) = read_facts_file(r#"{"medication": "none"}"#);
        assert_eq!(problems, []);
        assert_eq!(facts.medication, Some(vec![]));
        assert!(read_facts_file(r#"{"medication": []}"#).1.len() == 1);
    }

    #[test]
    fn attributes_win_over_the_file() {
        let attributes = ProgramFacts {
            hours: Some(Span { low: 10, high: 10 }),
            ..ProgramFacts::default()
        };
        let file = ProgramFacts {
            hours: Some(Span { low: 9, high: 12 }),
            evenings: Some(false),
            ..ProgramFacts::default()
        };
        let merged = attributes.or(file);
        assert_eq!(merged.hours, Some(Span { low: 10, high: 10 }));
        assert_eq!(merged.evenings, Some(false));
    }

    #[test]
    fn the_facts_file_must_be_on_the_page_s_own_site() {
        for fine in [
            "facts.json",
            "/iop/facts.json",
            "../facts.json?v=2",
            "https://clinic.example/facts.json",
        ] {
            assert!(facts_address(fine).is_ok(), "{fine}");
        }
        for bad in [
            "javascript:alert(1)",
            "data:application/json,{}",
            "//elsewhere.example/facts.json",
            "facts file.json",
            "",
        ] {
            assert!(facts_address(bad).is_err(), "{bad}");
        }
    }
}
