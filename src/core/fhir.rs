//! The screening as FHIR R4: a `Questionnaire` built from the questionnaire's structure and its
//! words, an anonymous `QuestionnaireResponse` built from a person's answers, and the way back
//! from such a response to `Answers`. Pure and native: serde_json values only.
//!
//! Coding. Each question's options form their own small code system,
//! `{canonical}/answers/{question id}`, with the option ids as codes, so an option id such as
//! `never` can carry a different display in different questions. Items that belong to a standard
//! instrument carry LOINC codes (only codes checked against loinc.org's own pages),
//! and AUDIT-C, PHQ-2 and GAD-2 are grouped, with the LOINC panel code where one fits exactly and
//! a read-only total score item that the response fills from `instruments::score`.
//!
//! Branching. `enableWhen` expresses the questionnaire's conditions exactly wherever FHIR can:
//! "chose one of" is a list of `=` tests with behaviour `any`; "all of" is behaviour `all`, and a
//! "one of several" inside it on a single-choice question becomes "answered, and `!=` each other
//! option". "At least N of" has no FHIR form: such an item gets a wider `enableWhen` (it is enabled
//! whenever the exact rule could hold, never less) and the extension [`ASKED_IF_EXTENSION`] with
//! the exact rule in words. The widget itself always applies the exact rule.

use serde_json::{json, Map, Value};

use crate::content::ScreeningText;
use crate::core::screening::answers::Answers;
use crate::core::screening::instruments::score;
use crate::core::screening::questionnaire::{
    question, Condition, Instrument, OptionKind, Question, Selection, QUESTIONS,
};

pub const LOINC: &str = "http://loinc.org";
const ORDINAL_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const OPTION_EXCLUSIVE: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";
const ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const ITEM_CONTROL_SYSTEM: &str = "http://hl7.org/fhir/questionnaire-item-control";
/// Path, under the canonical, of the extension that states an item's exact branching rule where
/// `enableWhen` could only approximate it.
pub const ASKED_IF_EXTENSION: &str = "StructureDefinition/asked-if";
/// Path, under the canonical, of the extension on an answer coding that gives the LOINC answer
/// (LA) code of the same answer.
pub const LOINC_ANSWER_EXTENSION: &str = "StructureDefinition/loinc-answer";

const NAME: &str = "IopScreening";
const TITLE: &str = "Could an intensive outpatient program (IOP) fit me? A self-screening";
const PUBLISHER: &str = "IOP Widget";
const LOINC_NOTICE: &str = "This material contains content from LOINC (http://loinc.org). LOINC is copyright Regenstrief Institute, Inc. and the Logical Observation Identifiers Names and Codes (LOINC) Committee and is available at no cost under the license at http://loinc.org/license. LOINC is a registered United States trademark of Regenstrief Institute, Inc.";

/// LOINC codes of the items of standard instruments, by question id: (question, code, display).
/// Each was checked against loinc.org: the AUDIT panel 72110-0 (items 1-3 are AUDIT-C), the PHQ-2
/// panel 55757-9, the PHQ-SADS panel 69729-2 (GAD-7 items 1-2) and answer list LL358-3 (PHQ-9
/// item 9). The display is the name shown there.
pub const ITEM_CODES: [(&str, &str, &str); 8] = [
    (
        "audit-1",
        "68518-0",
        "How often do you have a drink containing alcohol",
    ),
    (
        "audit-2",
        "68519-8",
        "How many standard drinks containing alcohol do you have on a typical day",
    ),
    (
        "audit-3",
        "68520-6",
        "How often do you have 6 or more drinks on 1 occasion",
    ),
    (
        "phq-1",
        "44250-9",
        "Little interest or pleasure in doing things in last 2 weeks",
    ),
    (
        "phq-2",
        "44255-8",
        "Feeling down, depressed, or hopeless in last 2 weeks",
    ),
    ("gad-1", "69725-0", "Feeling nervous, anxious or on edge"),
    (
        "gad-2",
        "68509-9",
        "Over the past 2 weeks have you not been able to stop or control worrying",
    ),
    (
        "phq-9-item-9",
        "44260-8",
        "Thoughts that you would be better off dead, or of hurting yourself in some way in last 2 weeks [Reported.PHQ]",
    ),
];

/// LOINC answer list LL358-3 (PHQ-9 / GAD-7 "how often"), by option id: (option, code, display).
pub const HOW_OFTEN_ANSWERS: [(&str, &str, &str); 4] = [
    ("not-at-all", "LA6568-5", "Not at all"),
    ("several-days", "LA6569-3", "Several days"),
    ("more-than-half", "LA6570-1", "More than half the days"),
    ("nearly-every-day", "LA6571-9", "Nearly every day"),
];

/// A standard instrument shown as a group: its items, a LOINC panel code where one fits the
/// items exactly, and a read-only total score item.
pub struct Panel {
    pub instrument: Instrument,
    pub link_id: &'static str,
    pub code: Option<(&'static str, &'static str)>,
    pub total_link_id: &'static str,
    pub total_code: Option<(&'static str, &'static str)>,
}

/// GAD-2 has no panel or total code of its own that could be verified: the GAD-7 panel
/// (69737-5) and total (70274-6) describe seven items, not two, so they are not used.
pub const PANELS: [Panel; 3] = [
    Panel {
        instrument: Instrument::AuditC,
        link_id: "audit-c-panel",
        code: Some((
            "72109-2",
            "Alcohol Use Disorder Identification Test - Consumption [AUDIT-C]",
        )),
        total_link_id: "audit-c-total",
        total_code: Some(("75626-2", "Total score [AUDIT-C]")),
    },
    Panel {
        instrument: Instrument::Phq2,
        link_id: "phq-2-panel",
        code: Some((
            "55757-9",
            "Patient Health Questionnaire 2 item (PHQ-2) [Reported]",
        )),
        total_link_id: "phq-2-total",
        total_code: Some((
            "55758-7",
            "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]",
        )),
    },
    Panel {
        instrument: Instrument::Gad2,
        link_id: "gad-2-panel",
        code: None,
        total_link_id: "gad-2-total",
        total_code: None,
    },
];

fn panel(instrument: Instrument) -> Option<&'static Panel> {
    PANELS.iter().find(|p| p.instrument == instrument)
}

fn item_code(question_id: &str) -> Option<(&'static str, &'static str)> {
    ITEM_CODES
        .iter()
        .find(|(q, _, _)| *q == question_id)
        .map(|(_, code, display)| (*code, *display))
}

fn loinc_answer(q: &Question, option_id: &str) -> Option<(&'static str, &'static str)> {
    let how_often = matches!(
        q.instrument,
        Some(Instrument::Phq2 | Instrument::Gad2 | Instrument::Phq9Item9)
    );
    if !how_often {
        return None;
    }
    HOW_OFTEN_ANSWERS
        .iter()
        .find(|(o, _, _)| *o == option_id)
        .map(|(_, code, display)| (*code, *display))
}

fn base(canonical: &str) -> &str {
    canonical.trim_end_matches('/')
}

/// The code system of one question's options.
pub fn option_system(canonical: &str, question_id: &str) -> String {
    format!("{}/answers/{question_id}", base(canonical))
}

/// The questionnaire's version: the crate's version and a fingerprint of the structure (question
/// and option ids, selection and branching), so any change to what can be answered changes it.
pub fn version() -> String {
    let mut hash: u32 = 0x811c_9dc5;
    let mut feed = |s: &str| {
        for b in s.bytes().chain([0u8]) {
            hash ^= u32::from(b);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    };
    for q in QUESTIONS {
        feed(q.id);
        feed(if q.selection == Selection::Many {
            "many"
        } else {
            "one"
        });
        feed(&describe(&q.asked_if));
        for o in q.options {
            feed(o.id);
        }
    }
    format!("{}.{hash:08x}", env!("CARGO_PKG_VERSION"))
}

/// A branching condition in words (the exact rule, for the `asked-if` extension).
fn describe(c: &Condition) -> String {
    let list = |cs: &[Condition]| cs.iter().map(describe).collect::<Vec<_>>().join("; ");
    match c {
        Condition::Always => "always".into(),
        Condition::Chose(q, opts) => format!("{q} answered with any of [{}]", opts.join(", ")),
        Condition::AllOf(cs) => format!("all of ({})", list(cs)),
        Condition::AnyOf(cs) => format!("any of ({})", list(cs)),
        Condition::AtLeast(n, cs) => format!("at least {n} of ({})", list(cs)),
    }
}

// ---- Branching as enableWhen ----------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq)]
enum Test {
    Equals(&'static str, &'static str),
    NotEquals(&'static str, &'static str),
    Answered(&'static str),
}

impl Test {
    fn question(&self) -> &'static str {
        match self {
            Test::Equals(q, _) | Test::NotEquals(q, _) | Test::Answered(q) => q,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Flat {
    Always,
    /// Every test holds (a single test is `All` too).
    All(Vec<Test>),
    Any(Vec<Test>),
}

fn push_unique(tests: &mut Vec<Test>, t: Test) {
    if !tests.contains(&t) {
        tests.push(t);
    }
}

/// The exact FHIR form of a condition, or None when enableWhen cannot express it.
fn exact(c: &Condition) -> Option<Flat> {
    match c {
        Condition::Always => Some(Flat::Always),
        Condition::Chose(q, [only]) => Some(Flat::All(vec![Test::Equals(q, only)])),
        Condition::Chose(q, opts) => {
            Some(Flat::Any(opts.iter().map(|o| Test::Equals(q, o)).collect()))
        }
        Condition::AnyOf(cs) => {
            let mut tests = Vec::new();
            for child in cs.iter() {
                match exact(child)? {
                    Flat::Always => return Some(Flat::Always),
                    Flat::All(v) if v.len() == 1 => push_unique(&mut tests, v[0].clone()),
                    Flat::Any(v) => v.into_iter().for_each(|t| push_unique(&mut tests, t)),
                    Flat::All(_) => return None,
                }
            }
            Some(Flat::Any(absorb(tests)))
        }
        Condition::AllOf(cs) => {
            let mut tests = Vec::new();
            for child in cs.iter() {
                as_conjunction(child)?
                    .into_iter()
                    .for_each(|t| push_unique(&mut tests, t));
            }
            Some(if tests.is_empty() {
                Flat::Always
            } else {
                Flat::All(tests)
            })
        }
        Condition::AtLeast(..) => None,
    }
}

/// A condition as a list of tests that must all hold, if it has that form. "One of several
/// options" of a single-choice question does: answered, and not any of the other options.
fn as_conjunction(c: &Condition) -> Option<Vec<Test>> {
    match exact(c)? {
        Flat::Always => Some(Vec::new()),
        Flat::All(v) => Some(v),
        Flat::Any(v) => {
            let qid = v.first()?.question();
            let q = question(qid)?;
            let all_equals_on_q = v
                .iter()
                .all(|t| matches!(t, Test::Equals(other, _) if *other == qid));
            if q.selection != Selection::One || !all_equals_on_q {
                return None;
            }
            let mut tests = vec![Test::Answered(q.id)];
            for o in q.options {
                if !v.contains(&Test::Equals(q.id, o.id)) {
                    tests.push(Test::NotEquals(q.id, o.id));
                }
            }
            Some(tests)
        }
    }
}

/// In a disjunction, a test on a question that can only be answered when another test of the
/// list holds adds nothing (X implies t, so X or t is t): drop it.
fn absorb(tests: Vec<Test>) -> Vec<Test> {
    let implied_by_asking = |qid: &str| -> Vec<Test> {
        match question(qid).and_then(|q| exact(&q.asked_if)) {
            Some(Flat::All(v)) => v,
            Some(Flat::Any(v)) if v.len() == 1 => v,
            _ => Vec::new(),
        }
    };
    tests
        .iter()
        .filter(|t| {
            !implied_by_asking(t.question())
                .iter()
                .any(|needed| needed != *t && tests.contains(needed))
        })
        .cloned()
        .collect()
}

/// A condition FHIR can express that holds whenever `c` holds (and maybe more often).
fn widen(c: &Condition) -> Flat {
    if let Some(flat) = exact(c) {
        return flat;
    }
    let union = |cs: &[Condition]| {
        let mut tests = Vec::new();
        for child in cs {
            match widen(child) {
                Flat::Always => return Flat::Always,
                Flat::Any(v) => v.into_iter().for_each(|t| push_unique(&mut tests, t)),
                // A conjunction implies each of its tests: keep the first.
                Flat::All(v) => {
                    if let Some(t) = v.into_iter().next() {
                        push_unique(&mut tests, t);
                    }
                }
            }
        }
        Flat::Any(absorb(tests))
    };
    match c {
        Condition::AtLeast(0, _) => Flat::Always,
        Condition::AtLeast(_, cs) | Condition::AnyOf(cs) => union(cs),
        Condition::AllOf(cs) => {
            // Dropping a conjunct widens the condition.
            let mut tests = Vec::new();
            for child in cs.iter() {
                if let Some(v) = as_conjunction(child) {
                    v.into_iter().for_each(|t| push_unique(&mut tests, t));
                }
            }
            if tests.is_empty() {
                Flat::Always
            } else {
                Flat::All(tests)
            }
        }
        Condition::Always | Condition::Chose(..) => Flat::Always,
    }
}

fn plain_coding(canonical: &str, text: &ScreeningText, qid: &str, oid: &str) -> Value {
    json!({
        "system": option_system(canonical, qid),
        "code": oid,
        "display": text.option(qid, oid).unwrap_or(oid),
    })
}

fn enable_when(
    canonical: &str,
    text: &ScreeningText,
    flat: &Flat,
) -> Option<(Value, &'static str)> {
    let (tests, behavior) = match flat {
        Flat::Always => return None,
        Flat::All(v) => (v, "all"),
        Flat::Any(v) => (v, "any"),
    };
    let list: Vec<Value> = tests
        .iter()
        .map(|t| match t {
            Test::Equals(q, o) => json!({
                "question": q,
                "operator": "=",
                "answerCoding": plain_coding(canonical, text, q, o),
            }),
            Test::NotEquals(q, o) => json!({
                "question": q,
                "operator": "!=",
                "answerCoding": plain_coding(canonical, text, q, o),
            }),
            Test::Answered(q) => json!({
                "question": q,
                "operator": "exists",
                "answerBoolean": true,
            }),
        })
        .collect();
    Some((Value::Array(list), behavior))
}

fn add_branching(
    item: &mut Map<String, Value>,
    canonical: &str,
    text: &ScreeningText,
    condition: &Condition,
) {
    let is_exact = exact(condition).is_some();
    if let Some((list, behavior)) = enable_when(canonical, text, &widen(condition)) {
        item.insert("enableWhen".into(), list);
        item.insert("enableBehavior".into(), behavior.into());
    }
    if !is_exact {
        item.insert(
            "extension".into(),
            json!([{
                "url": format!("{}/{ASKED_IF_EXTENSION}", base(canonical)),
                "valueString": format!(
                    "enableWhen here is wider than the screening's rule, which FHIR enableWhen cannot express. Asked only if: {}",
                    describe(condition)
                ),
            }]),
        );
    }
}

// ---- The Questionnaire ----------------------------------------------------------------------

/// How the questions are laid out: alone, or in an instrument's group.
enum Node {
    Question(&'static Question),
    Group(&'static Panel, Vec<&'static Question>),
}

fn layout() -> Vec<Node> {
    let mut nodes: Vec<Node> = Vec::new();
    for q in QUESTIONS {
        match q.instrument.and_then(panel) {
            Some(p) => match nodes.last_mut() {
                Some(Node::Group(last, items)) if last.link_id == p.link_id => items.push(q),
                _ => nodes.push(Node::Group(p, vec![q])),
            },
            None => nodes.push(Node::Question(q)),
        }
    }
    nodes
}

fn option_coding(canonical: &str, text: &ScreeningText, q: &Question, oid: &str) -> Value {
    let mut coding = plain_coding(canonical, text, q.id, oid);
    let mut extensions = Vec::new();
    if let Some(option) = q.option(oid) {
        if q.instrument.is_some() && option.kind == OptionKind::Answer {
            extensions.push(json!({"url": ORDINAL_VALUE, "valueDecimal": option.points}));
        }
    }
    if let Some((code, display)) = loinc_answer(q, oid) {
        extensions.push(json!({
            "url": format!("{}/{LOINC_ANSWER_EXTENSION}", base(canonical)),
            "valueCoding": {"system": LOINC, "code": code, "display": display},
        }));
    }
    if !extensions.is_empty() {
        coding["extension"] = Value::Array(extensions);
    }
    coding
}

fn question_item(canonical: &str, text: &ScreeningText, q: &'static Question) -> Value {
    let words = text.question(q.id);
    let mut item = Map::new();
    item.insert("linkId".into(), q.id.into());
    if let Some((code, display)) = item_code(q.id) {
        item.insert(
            "code".into(),
            json!([{"system": LOINC, "code": code, "display": display}]),
        );
    }
    item.insert("text".into(), words.map_or(q.id, |w| w.prompt).into());
    item.insert("type".into(), "choice".into());
    if q.selection == Selection::Many {
        item.insert("repeats".into(), true.into());
    }
    add_branching(&mut item, canonical, text, &q.asked_if);
    let options: Vec<Value> = q
        .options
        .iter()
        .map(|o| {
            let mut option = json!({"valueCoding": option_coding(canonical, text, q, o.id)});
            if q.selection == Selection::Many && o.kind != OptionKind::Answer {
                option["extension"] = json!([{"url": OPTION_EXCLUSIVE, "valueBoolean": true}]);
            }
            option
        })
        .collect();
    item.insert("answerOption".into(), Value::Array(options));
    if let Some(help) = words.and_then(|w| w.help) {
        item.insert(
            "item".into(),
            json!([{
                "linkId": format!("{}-help", q.id),
                "text": help,
                "type": "display",
                "extension": [{
                    "url": ITEM_CONTROL,
                    "valueCodeableConcept": {"coding": [{
                        "system": ITEM_CONTROL_SYSTEM,
                        "code": "help",
                        "display": "Help-Button",
                    }]},
                }],
            }]),
        );
    }
    Value::Object(item)
}

fn instrument_name<'a>(text: &ScreeningText<'a>, instrument: Instrument) -> &'a str {
    text.instrument(instrument)
        .map_or(instrument.id(), |i| i.name)
}

fn total_text(text: &ScreeningText, p: &Panel) -> String {
    format!("{} total score", instrument_name(text, p.instrument))
}

fn group_item(
    canonical: &str,
    text: &ScreeningText,
    p: &'static Panel,
    questions: &[&'static Question],
) -> Value {
    let mut item = Map::new();
    item.insert("linkId".into(), p.link_id.into());
    if let Some((code, display)) = p.code {
        item.insert(
            "code".into(),
            json!([{"system": LOINC, "code": code, "display": display}]),
        );
    }
    item.insert("text".into(), instrument_name(text, p.instrument).into());
    item.insert("type".into(), "group".into());
    // The group is shown when its first item is; the others are asked only after it (a test
    // holds the questionnaire to that).
    if let Some(first) = questions.first() {
        add_branching(&mut item, canonical, text, &first.asked_if);
    }
    let mut children: Vec<Value> = questions
        .iter()
        .map(|q| question_item(canonical, text, q))
        .collect();
    let mut total = json!({
        "linkId": p.total_link_id,
        "text": total_text(text, p),
        "type": "integer",
        "readOnly": true,
    });
    if let Some((code, display)) = p.total_code {
        total["code"] = json!([{"system": LOINC, "code": code, "display": display}]);
    }
    children.push(total);
    item.insert("item".into(), Value::Array(children));
    Value::Object(item)
}

fn description(canonical: &str) -> String {
    let base = base(canonical);
    format!(
        "A short, anonymous self-screening that says whether an intensive outpatient program (IOP) for alcohol or drug use may fit, and why. It is not a diagnosis; every result asks the person to confirm it with an assessment by the clinic's team (or, for a crisis or an emergency, to reach help now).\n\n\
         Answers: each question's options are coded in their own code system, `{base}/answers/<linkId>`, with the option ids as codes. Every question can be declined with `prefer-not` (\"Prefer not to say\"), which never lowers the outcome; in many-choice questions `none` and `prefer-not` exclude the other options.\n\n\
         Branching: enableWhen follows the screening's rules exactly, except where a rule needs \"at least N of\", which enableWhen cannot express. Such an item (the question on mixing depressants) has an enableWhen that is wider than the rule, so it is never hidden when the rule holds, and carries the extension `{base}/{ASKED_IF_EXTENSION}` with the exact rule; the widget asks it only when the exact rule holds.\n\n\
         Standard instruments: AUDIT-C, PHQ-2 and GAD-2 are groups, with LOINC panel and item codes where they apply; PHQ-9 item 9 is asked in the safety block. Total scores are calculated by the widget (read-only items) and included in a response only when every item was answered. Answers carry their instrument points in the `ordinalValue` extension, and PHQ/GAD answers their LOINC answer code in `{base}/{LOINC_ANSWER_EXTENSION}`."
    )
}

fn copyright(text: &ScreeningText) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for (_, i) in text.instruments.iter() {
        if !parts.contains(&i.attribution) {
            parts.push(i.attribution);
        }
    }
    parts.push(LOINC_NOTICE);
    parts.join("\n\n")
}

/// The whole screening as a FHIR R4 `Questionnaire`, with `url` = `canonical`.
pub fn questionnaire(text: &ScreeningText, canonical: &str) -> Value {
    let items: Vec<Value> = layout()
        .iter()
        .map(|node| match node {
            Node::Question(q) => question_item(canonical, text, q),
            Node::Group(p, qs) => group_item(canonical, text, p, qs),
        })
        .collect();
    json!({
        "resourceType": "Questionnaire",
        "url": canonical,
        "version": version(),
        "name": NAME,
        "title": TITLE,
        "status": "active",
        "subjectType": ["Patient"],
        "publisher": PUBLISHER,
        "description": description(canonical),
        "copyright": copyright(text),
        "item": items,
    })
}

// ---- The QuestionnaireResponse --------------------------------------------------------------

fn answered_item(
    answers: &Answers,
    text: &ScreeningText,
    canonical: &str,
    q: &'static Question,
) -> Option<Value> {
    let chosen = answers.chosen(q.id);
    if !answers.asks(q) || chosen.is_empty() {
        return None;
    }
    let answer: Vec<Value> = chosen
        .iter()
        .map(|o| json!({"valueCoding": option_coding(canonical, text, q, o)}))
        .collect();
    Some(json!({
        "linkId": q.id,
        "text": text.question(q.id).map_or(q.id, |w| w.prompt),
        "answer": answer,
    }))
}

/// The answers on the person's path as a FHIR R4 `QuestionnaireResponse`: only questions that
/// were asked and answered, no subject, no identifier (the file is anonymous).
pub fn questionnaire_response(
    answers: &Answers,
    text: &ScreeningText,
    canonical: &str,
    authored: &str,
) -> Value {
    let mut items = Vec::new();
    for node in layout() {
        match node {
            Node::Question(q) => items.extend(answered_item(answers, text, canonical, q)),
            Node::Group(p, qs) => {
                let mut children: Vec<Value> = qs
                    .iter()
                    .filter_map(|q| answered_item(answers, text, canonical, q))
                    .collect();
                if let Some(s) = score(p.instrument, answers) {
                    children.push(json!({
                        "linkId": p.total_link_id,
                        "text": total_text(text, p),
                        "answer": [{"valueInteger": s.total}],
                    }));
                }
                if !children.is_empty() {
                    items.push(json!({
                        "linkId": p.link_id,
                        "text": instrument_name(text, p.instrument),
                        "item": children,
                    }));
                }
            }
        }
    }
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": format!("{canonical}|{}", version()),
        "status": "completed",
        "authored": authored,
        "item": items,
    })
}

// ---- And back -------------------------------------------------------------------------------

fn read_items(
    items: Option<&Value>,
    canonical: &str,
    answers: &mut Answers,
    seen: &mut Vec<String>,
) -> Result<(), String> {
    let Some(items) = items else {
        return Ok(());
    };
    let items = items.as_array().ok_or("item is not a list")?;
    for item in items {
        let link_id = item
            .get("linkId")
            .and_then(Value::as_str)
            .ok_or("an item has no linkId")?;
        if let Some(q) = question(link_id) {
            if seen.iter().any(|s| s == link_id) {
                return Err(format!("{link_id}: answered twice"));
            }
            seen.push(link_id.into());
            let list = item.get("answer").and_then(Value::as_array);
            let mut codes: Vec<&str> = Vec::new();
            for answer in list.into_iter().flatten() {
                let coding = answer
                    .get("valueCoding")
                    .ok_or_else(|| format!("{link_id}: an answer is not a coding"))?;
                let system = coding.get("system").and_then(Value::as_str);
                if system != Some(option_system(canonical, q.id).as_str()) {
                    return Err(format!("{link_id}: answer from another code system"));
                }
                let code = coding
                    .get("code")
                    .and_then(Value::as_str)
                    .ok_or_else(|| format!("{link_id}: an answer has no code"))?;
                codes.push(code);
                read_items(answer.get("item"), canonical, answers, seen)?;
            }
            if !codes.is_empty() {
                answers
                    .answer(q.id, &codes)
                    .map_err(|e| format!("{link_id}: {e:?}"))?;
            }
        } else if PANELS.iter().any(|p| p.link_id == link_id) {
            read_items(item.get("item"), canonical, answers, seen)?;
        } else if !PANELS.iter().any(|p| p.total_link_id == link_id) {
            // Totals are recalculated from the answers, never read.
            return Err(format!("unknown item {link_id}"));
        }
    }
    Ok(())
}

/// Reads a `QuestionnaireResponse` made by [`questionnaire_response`] back into answers, checking
/// every answer against the questionnaire (through [`Answers::answer`]).
pub fn answers_from_response(value: &Value) -> Result<Answers, String> {
    if value.get("resourceType").and_then(Value::as_str) != Some("QuestionnaireResponse") {
        return Err("not a QuestionnaireResponse".into());
    }
    let status = value.get("status").and_then(Value::as_str);
    if !matches!(status, Some("completed" | "in-progress" | "amended")) {
        return Err(format!("unusable status {status:?}"));
    }
    let canonical = value
        .get("questionnaire")
        .and_then(Value::as_str)
        .ok_or("no questionnaire")?;
    let canonical = canonical.split('|').next().unwrap_or(canonical);
    let mut answers = Answers::default();
    let mut seen = Vec::new();
    read_items(value.get("item"), canonical, &mut answers, &mut seen)?;
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::LazyLock;

    static TEXT: LazyLock<crate::content::ScreeningText<'static>> = LazyLock::new(|| {
        crate::content::parse(include_str!("../../content/en/screening.json"))
            .expect("English screening words")
    });
    use crate::core::screening::recommend;
    use crate::core::screening::Outcome;

    const CANONICAL: &str = "https://clinic.example/fhir/Questionnaire/iop-screening";
    const AUTHORED: &str = "2026-11-30T21:15:00Z";

    /// Every item of a questionnaire or response, depth first, in document order.
    fn all_items(items: &Value, out: &mut Vec<Value>) {
        for item in items.as_array().into_iter().flatten() {
            out.push(item.clone());
            all_items(&item["item"], out);
            for answer in item["answer"].as_array().into_iter().flatten() {
                all_items(&answer["item"], out);
            }
        }
    }

    fn items_of(resource: &Value) -> Vec<Value> {
        let mut out = Vec::new();
        all_items(&resource["item"], &mut out);
        out
    }

    fn choice_items(resource: &Value) -> Vec<Value> {
        items_of(resource)
            .into_iter()
            .filter(|i| i["type"] == "choice")
            .collect()
    }

    /// The least worrying answer to every question, as in the counselor examples.
    fn baseline() -> Answers {
        let mut a = Answers::default();
        for q in QUESTIONS {
            let least = q
                .options
                .iter()
                .filter(|o| o.kind != OptionKind::PreferNotToSay)
                .min_by_key(|o| o.severity)
                .unwrap();
            a.answer(q.id, &[least.id]).unwrap();
        }
        a
    }

    fn with(mut a: Answers, changes: &[(&str, &[&str])]) -> Answers {
        for (q, chosen) in changes {
            a.answer(q, chosen).unwrap();
        }
        a
    }

    /// Realistic answer sets: many-choice answers, prefer-not, crisis, the branches.
    fn realistic() -> Vec<Answers> {
        let drinker: &[(&str, &[&str])] = &[
            ("substances", &["alcohol"]),
            ("use-days", &["3-5"]),
            ("audit-sex", &["women"]),
            ("audit-1", &["2-3-a-week"]),
            ("audit-2", &["3-4"]),
            ("audit-3", &["monthly"]),
            ("withdrawal-signs", &["none"]),
            ("control", &["sometimes"]),
            ("cravings", &["strong"]),
        ];
        let opioids_and_sedatives: &[(&str, &[&str])] = &[
            ("substances", &["opioids", "sedatives", "cannabis"]),
            ("opioid-use", &["moud", "not-as-prescribed"]),
            ("benzodiazepine-days", &["most-days"]),
            ("gabapentinoid-days", &["prefer-not"]),
            ("sedatives-prescribed", &["not-as-prescribed"]),
            ("mixing", &["yes"]),
            ("use-days", &["daily"]),
            ("barriers", &["work", "childcare"]),
            ("mania", &["no-sleep", "racing"]),
        ];
        let declines: &[(&str, &[&str])] = &[
            ("phq-9-item-9", &["prefer-not"]),
            ("emergency-now", &["prefer-not"]),
            ("substances", &["prefer-not"]),
            ("use-days", &["prefer-not"]),
            ("withdrawal-history", &["prefer-not"]),
            ("phq-1", &["prefer-not"]),
            ("gad-2", &["nearly-every-day"]),
            ("home-safe", &["prefer-not"]),
        ];
        let crisis: &[(&str, &[&str])] = &[
            ("phq-9-item-9", &["several-days"]),
            ("substances", &["alcohol", "stimulants"]),
            ("audit-1", &["never"]),
            ("phq-1", &["more-than-half"]),
            ("phq-2", &["nearly-every-day"]),
        ];
        let nothing: &[(&str, &[&str])] = &[("substances", &["none"])];
        let mut sets = vec![
            baseline(),
            with(baseline(), drinker),
            with(baseline(), opioids_and_sedatives),
            with(baseline(), declines),
            with(baseline(), crisis),
            with(baseline(), nothing),
        ];
        // Partly answered: only the first few questions.
        let mut partial = Answers::default();
        partial.answer("safety-now", &["no"]).unwrap();
        partial.answer("phq-9-item-9", &["not-at-all"]).unwrap();
        partial
            .answer("emergency-now", &["seizure", "chest-pain"])
            .unwrap();
        sets.push(partial);
        sets.extend(
            crate::core::screening::examples::EXAMPLES
                .iter()
                .map(|e| e.answers()),
        );
        sets
    }

    /// Only the answers to questions asked on the path: what a response can carry.
    fn on_path(a: &Answers) -> Answers {
        let mut kept = Answers::default();
        for q in a.path() {
            let chosen: Vec<&str> = a.chosen(q.id).iter().map(String::as_str).collect();
            if !chosen.is_empty() {
                kept.answer(q.id, &chosen).unwrap();
            }
        }
        kept
    }

    #[test]
    fn every_question_appears_once_with_all_its_options() {
        let q = questionnaire(&TEXT, CANONICAL);
        assert_eq!(q["resourceType"], "Questionnaire");
        assert_eq!(q["url"], CANONICAL);
        assert_eq!(q["status"], "active");
        assert_eq!(q["subjectType"], json!(["Patient"]));
        let items = choice_items(&q);
        let ids: Vec<&str> = items
            .iter()
            .map(|i| i["linkId"].as_str().unwrap())
            .collect();
        let expected: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
        assert_eq!(ids, expected, "one item per question, in order");
        for (item, question) in items.iter().zip(QUESTIONS) {
            let words = TEXT.question(question.id).unwrap();
            assert_eq!(item["text"], words.prompt);
            assert_eq!(
                item["repeats"].as_bool().unwrap_or(false),
                question.selection == Selection::Many,
                "{}",
                question.id
            );
            let options = item["answerOption"].as_array().unwrap();
            assert_eq!(options.len(), question.options.len(), "{}", question.id);
            for (option, o) in options.iter().zip(question.options) {
                let coding = &option["valueCoding"];
                assert_eq!(coding["code"], o.id);
                assert_eq!(
                    coding["system"],
                    format!("{CANONICAL}/answers/{}", question.id)
                );
                assert_eq!(coding["display"], TEXT.option(question.id, o.id).unwrap());
            }
        }
        let mut all: Vec<String> = items_of(&q)
            .iter()
            .map(|i| i["linkId"].as_str().unwrap().to_string())
            .collect();
        let count = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), count, "linkIds are unique");
    }

    #[test]
    fn enable_when_refers_to_earlier_items_and_their_options() {
        let q = questionnaire(&TEXT, CANONICAL);
        let items = items_of(&q);
        for (n, item) in items.iter().enumerate() {
            let Some(list) = item["enableWhen"].as_array() else {
                assert!(item.get("enableBehavior").is_none());
                continue;
            };
            assert!(!list.is_empty());
            assert!(matches!(
                item["enableBehavior"].as_str(),
                Some("all" | "any")
            ));
            for test in list {
                let target = test["question"].as_str().unwrap();
                let earlier = items[..n]
                    .iter()
                    .find(|i| i["linkId"] == target)
                    .unwrap_or_else(|| {
                        panic!("{} refers to a later item {target}", item["linkId"])
                    });
                match test["operator"].as_str().unwrap() {
                    "exists" => assert_eq!(test["answerBoolean"], json!(true)),
                    "=" | "!=" => {
                        let coding = &test["answerCoding"];
                        let found = earlier["answerOption"].as_array().unwrap().iter().any(|o| {
                            o["valueCoding"]["system"] == coding["system"]
                                && o["valueCoding"]["code"] == coding["code"]
                        });
                        assert!(found, "{test} is not an option of {target}");
                    }
                    other => panic!("unexpected operator {other}"),
                }
            }
        }
    }

    /// FHIR's own reading of enableWhen, in document order: a disabled item has no answers.
    fn fhir_enabled(q: &Value, a: &Answers) -> Vec<(String, bool)> {
        let mut enabled: Vec<(String, bool)> = Vec::new();
        fn visit(items: &Value, a: &Answers, parent: bool, enabled: &mut Vec<(String, bool)>) {
            for item in items.as_array().into_iter().flatten() {
                let link_id = item["linkId"].as_str().unwrap();
                let answers_of = |target: &str, enabled: &[(String, bool)]| -> Vec<String> {
                    let on = enabled.iter().any(|(id, on)| id == target && *on);
                    if on {
                        a.chosen(target).to_vec()
                    } else {
                        Vec::new()
                    }
                };
                let holds = |test: &Value| {
                    let target = test["question"].as_str().unwrap();
                    let given = answers_of(target, enabled);
                    let code = test["answerCoding"]["code"].as_str().unwrap_or_default();
                    match test["operator"].as_str().unwrap() {
                        "exists" => !given.is_empty(),
                        "=" => given.iter().any(|g| g == code),
                        "!=" => !given.is_empty() && given.iter().all(|g| g != code),
                        other => panic!("unexpected operator {other}"),
                    }
                };
                let own = match item["enableWhen"].as_array() {
                    None => true,
                    Some(list) if item["enableBehavior"] == "any" => list.iter().any(holds),
                    Some(list) => list.iter().all(holds),
                };
                let on = parent && own;
                enabled.push((link_id.to_string(), on));
                visit(&item["item"], a, on, enabled);
            }
        }
        visit(&q["item"], a, true, &mut enabled);
        enabled
    }

    /// Every answer set reachable by changing one answer of a low-risk baseline, plus the
    /// realistic sets: enough to reach every branch.
    fn many_answer_sets() -> Vec<Answers> {
        let mut sets = realistic();
        let starts = [
            baseline(),
            with(
                baseline(),
                &[("substances", &["alcohol", "opioids", "sedatives"])],
            ),
            with(baseline(), &[("substances", &["sedatives"])]),
        ];
        for start in starts {
            for q in QUESTIONS {
                for o in q.options {
                    let mut a = start.clone();
                    a.answer(q.id, &[o.id]).unwrap();
                    sets.push(a);
                }
            }
        }
        sets
    }

    #[test]
    fn enable_when_matches_the_screening_branching() {
        let q = questionnaire(&TEXT, CANONICAL);
        let approximated: Vec<&str> = QUESTIONS
            .iter()
            .filter(|q| exact(&q.asked_if).is_none())
            .map(|q| q.id)
            .collect();
        assert_eq!(approximated, ["mixing"], "only 'at least N of' is widened");
        let mut widened_differs = false;
        for a in many_answer_sets() {
            let enabled = fhir_enabled(&q, &a);
            for question in QUESTIONS {
                let on = enabled.iter().find(|(id, _)| id == question.id).unwrap().1;
                let asked = a.asks(question);
                if approximated.contains(&question.id) {
                    assert!(on || !asked, "{} hidden though asked", question.id);
                    widened_differs |= on && !asked;
                } else {
                    assert_eq!(on, asked, "{} for {a:?}", question.id);
                }
            }
        }
        assert!(
            widened_differs,
            "the sets reach a case where widening shows"
        );
        let items = items_of(&q);
        let mixing = items.iter().find(|i| i["linkId"] == "mixing").unwrap();
        let note = mixing["extension"][0]["valueString"].as_str().unwrap();
        assert!(note.contains("at least 2 of"), "{note}");
        assert!(
            mixing["enableWhen"].as_array().unwrap().len() <= 5,
            "widened enableWhen stays short"
        );
    }

    #[test]
    fn an_instrument_group_is_shown_whenever_one_of_its_items_is() {
        for node in layout() {
            if let Node::Group(_, qs) = node {
                let first = qs[0].asked_if;
                for q in &qs[1..] {
                    let implied = q.asked_if == first
                        || matches!(q.asked_if, Condition::AllOf(cs) if cs.contains(&first));
                    assert!(implied, "{} can be asked without {}", q.id, qs[0].id);
                }
            }
        }
    }

    #[test]
    fn instrument_items_carry_the_verified_loinc_codes() {
        let q = questionnaire(&TEXT, CANONICAL);
        let items = items_of(&q);
        let code_of = |id: &str| -> Option<String> {
            let item = items.iter().find(|i| i["linkId"] == id).unwrap();
            assert!(item["code"].is_null() || item["code"][0]["system"] == LOINC);
            item["code"][0]["code"].as_str().map(str::to_string)
        };
        for (id, code) in [
            ("audit-1", "68518-0"),
            ("audit-2", "68519-8"),
            ("audit-3", "68520-6"),
            ("phq-1", "44250-9"),
            ("phq-2", "44255-8"),
            ("gad-1", "69725-0"),
            ("gad-2", "68509-9"),
            ("phq-9-item-9", "44260-8"),
            ("audit-c-panel", "72109-2"),
            ("audit-c-total", "75626-2"),
            ("phq-2-panel", "55757-9"),
            ("phq-2-total", "55758-7"),
        ] {
            assert_eq!(code_of(id).as_deref(), Some(code), "{id}");
        }
        assert_eq!(code_of("gad-2-panel"), None, "no verified GAD-2 panel code");
        assert_eq!(code_of("gad-2-total"), None, "no verified GAD-2 total code");
        for question in QUESTIONS {
            assert_eq!(
                code_of(question.id).is_some(),
                question.instrument.is_some(),
                "{}: LOINC codes on exactly the instrument items",
                question.id
            );
        }
        // PHQ and GAD answers carry LOINC answer codes and their points.
        let phq = items.iter().find(|i| i["linkId"] == "phq-2").unwrap();
        let nearly = &phq["answerOption"][3]["valueCoding"];
        assert_eq!(nearly["code"], "nearly-every-day");
        let ext = nearly["extension"].as_array().unwrap();
        assert!(ext.contains(&json!({"url": ORDINAL_VALUE, "valueDecimal": 3})));
        assert!(ext.iter().any(|e| e["valueCoding"]["code"] == "LA6571-9"));
        let declined = &phq["answerOption"][4]["valueCoding"];
        assert!(
            declined.get("extension").is_none(),
            "prefer-not scores nothing"
        );
        // AUDIT-C answers carry points only: no LOINC answer codes could be verified.
        let audit = items.iter().find(|i| i["linkId"] == "audit-1").unwrap();
        let weekly = &audit["answerOption"][3]["valueCoding"];
        assert_eq!(
            weekly["extension"],
            json!([{"url": ORDINAL_VALUE, "valueDecimal": 3}])
        );
    }

    #[test]
    fn the_response_holds_only_answered_questions_on_the_path() {
        let q = questionnaire(&TEXT, CANONICAL);
        let options = choice_items(&q);
        for a in realistic() {
            let r = questionnaire_response(&a, &TEXT, CANONICAL, AUTHORED);
            assert_eq!(r["resourceType"], "QuestionnaireResponse");
            assert_eq!(r["status"], "completed");
            assert_eq!(r["authored"], AUTHORED);
            assert_eq!(r["questionnaire"], format!("{CANONICAL}|{}", version()));
            for field in ["subject", "identifier", "author", "source", "encounter"] {
                assert!(r.get(field).is_none(), "anonymous: no {field}");
            }
            let answered: Vec<Value> = items_of(&r)
                .into_iter()
                .filter(|i| question(i["linkId"].as_str().unwrap()).is_some())
                .collect();
            let ids: Vec<&str> = answered
                .iter()
                .map(|i| i["linkId"].as_str().unwrap())
                .collect();
            let expected: Vec<&str> = a
                .path()
                .iter()
                .filter(|q| !a.chosen(q.id).is_empty())
                .map(|q| q.id)
                .collect();
            assert_eq!(ids, expected);
            for item in &answered {
                let declared = options
                    .iter()
                    .find(|o| o["linkId"] == item["linkId"])
                    .unwrap();
                for answer in item["answer"].as_array().unwrap() {
                    let matches = declared["answerOption"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|o| o["valueCoding"] == answer["valueCoding"]);
                    assert!(matches, "{answer} is one of {}'s options", item["linkId"]);
                }
            }
        }
    }

    #[test]
    fn totals_are_reported_only_when_scored() {
        let drinker = realistic().remove(1);
        let r = questionnaire_response(&drinker, &TEXT, CANONICAL, AUTHORED);
        let items = items_of(&r);
        let total = items
            .iter()
            .find(|i| i["linkId"] == "audit-c-total")
            .unwrap();
        assert_eq!(total["answer"][0]["valueInteger"], 3 + 1 + 2);
        let declined = with(baseline(), &[("phq-1", &["prefer-not"])]);
        let r = questionnaire_response(&declined, &TEXT, CANONICAL, AUTHORED);
        assert!(!items_of(&r).iter().any(|i| i["linkId"] == "phq-2-total"));
        assert!(items_of(&r).iter().any(|i| i["linkId"] == "gad-2-total"));
    }

    #[test]
    fn a_response_reads_back_to_the_same_answers_and_outcome() {
        let mut outcomes = Vec::new();
        for a in realistic() {
            let r = questionnaire_response(&a, &TEXT, CANONICAL, AUTHORED);
            let back = answers_from_response(&r).unwrap();
            assert_eq!(back, on_path(&a));
            assert_eq!(recommend(&back), recommend(&a));
            outcomes.push(recommend(&a).outcome);
            // Through text, as a file would travel.
            let text = serde_json::to_string_pretty(&r).unwrap();
            let parsed: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(answers_from_response(&parsed).unwrap(), back);
        }
        for expected in [Outcome::Crisis, Outcome::IopFit, Outcome::NotSubstanceUse] {
            assert!(outcomes.contains(&expected), "the sets cover {expected:?}");
        }
    }

    #[test]
    fn answers_off_the_path_are_left_out_and_change_nothing() {
        let a = with(
            baseline(),
            &[
                ("substances", &["cannabis"]),
                ("audit-1", &["4-plus-a-week"]),
            ],
        );
        assert!(!a.chosen("audit-1").is_empty() && !a.asks(question("audit-1").unwrap()));
        let r = questionnaire_response(&a, &TEXT, CANONICAL, AUTHORED);
        assert!(!items_of(&r).iter().any(|i| i["linkId"] == "audit-1"));
        let back = answers_from_response(&r).unwrap();
        assert!(back.chosen("audit-1").is_empty());
        assert_eq!(recommend(&back), recommend(&a));
    }

    /// The item with this linkId, found without adding anything to the resource.
    fn item_mut<'a>(items: &'a mut Value, id: &str) -> Option<&'a mut Value> {
        for item in items.as_array_mut()? {
            if item["linkId"] == id {
                return Some(item);
            }
            if let Some(found) = item.get_mut("item").and_then(|i| item_mut(i, id)) {
                return Some(found);
            }
        }
        None
    }

    #[test]
    fn bad_responses_are_rejected() {
        let a = with(baseline(), &[("substances", &["alcohol", "cannabis"])]);
        let good = questionnaire_response(&a, &TEXT, CANONICAL, AUTHORED);
        let rejects = |needle: &str, change: &dyn Fn(&mut Value)| {
            let mut r = good.clone();
            change(&mut r);
            let error = answers_from_response(&r).expect_err(needle);
            assert!(error.contains(needle), "{error} should mention {needle}");
        };
        rejects("not a QuestionnaireResponse", &|r| {
            r["resourceType"] = "Questionnaire".into();
        });
        rejects("status", &|r| r["status"] = "entered-in-error".into());
        rejects("UnknownOption", &|r| {
            let item = item_mut(&mut r["item"], "safety-now").unwrap();
            item["answer"][0]["valueCoding"]["code"] = "maybe".into();
        });
        rejects("another code system", &|r| {
            let item = item_mut(&mut r["item"], "safety-now").unwrap();
            item["answer"][0]["valueCoding"]["system"] = "http://example.org/other".into();
        });
        rejects("OnlyOneAllowed", &|r| {
            let item = item_mut(&mut r["item"], "safety-now").unwrap();
            let no = item["answer"][0].clone();
            let mut yes = no.clone();
            yes["valueCoding"]["code"] = "yes".into();
            item["answer"] = json!([no, yes]);
        });
        rejects("ExclusiveOption", &|r| {
            let item = item_mut(&mut r["item"], "substances").unwrap();
            let mut none = item["answer"][0].clone();
            none["valueCoding"]["code"] = "none".into();
            item["answer"].as_array_mut().unwrap().push(none);
        });
        rejects("unknown item nope", &|r| {
            let items = r["item"].as_array_mut().unwrap();
            items.push(json!({"linkId": "nope"}));
        });
        rejects("answered twice", &|r| {
            let first = r["item"][0].clone();
            r["item"].as_array_mut().unwrap().push(first);
        });
        assert!(answers_from_response(&good).is_ok());
    }

    /// The Questionnaire a clinic hosts (web/fhir/ -> dist/fhir/ and the npm package) is exactly
    /// the one the widget's responses refer to, with the default canonical and today's English
    /// words. `IOP_FHIR_WRITE=1 cargo test --lib fhir` rewrites it after a change.
    #[test]
    fn the_published_questionnaire_is_the_one_the_widget_answers() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/web/fhir/questionnaire.json");
        let current = serde_json::to_string_pretty(&questionnaire(
            &TEXT,
            crate::core::config::DEFAULT_QUESTIONNAIRE_URL,
        ))
        .unwrap()
            + "\n";
        if std::env::var("IOP_FHIR_WRITE").is_ok() {
            std::fs::write(path, &current).unwrap();
        }
        let published = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            published == current,
            "web/fhir/questionnaire.json is out of date: IOP_FHIR_WRITE=1 cargo test --lib fhir"
        );
        // A clinic with its own canonical replaces the default's text everywhere (README).
        let own = "https://harbour.example/fhir/Questionnaire/iop-screening";
        let replaced = published.replace(crate::core::config::DEFAULT_QUESTIONNAIRE_URL, own);
        let expected = serde_json::to_string_pretty(&questionnaire(&TEXT, own)).unwrap() + "\n";
        assert_eq!(replaced, expected);
    }

    /// Writes the Questionnaire and two responses for tests/fhir/validate.mjs when
    /// IOP_FHIR_OUT names a folder: `IOP_FHIR_OUT=tests/fhir/out cargo test --lib fhir`.
    #[test]
    fn write_resources_for_schema_validation() {
        let Ok(dir) = std::env::var("IOP_FHIR_OUT") else {
            return;
        };
        let dir = std::path::Path::new(&dir);
        std::fs::create_dir_all(dir).unwrap();
        let sets = realistic();
        let files = [
            ("questionnaire.json", questionnaire(&TEXT, CANONICAL)),
            (
                "response-drinker.json",
                questionnaire_response(&sets[1], &TEXT, CANONICAL, AUTHORED),
            ),
            (
                "response-opioids-sedatives.json",
                questionnaire_response(&sets[2], &TEXT, CANONICAL, "2026-11-30T21:15:00+01:00"),
            ),
            (
                "response-declined-crisis.json",
                questionnaire_response(
                    &with(sets[3].clone(), &[("phq-9-item-9", &["several-days"])]),
                    &TEXT,
                    CANONICAL,
                    "2026-11-30",
                ),
            ),
        ];
        for (name, value) in files {
            let text = serde_json::to_string_pretty(&value).unwrap();
            std::fs::write(dir.join(name), text + "\n").unwrap();
        }
    }
}
