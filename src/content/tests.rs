//! Content tests for every language: the same files and keys as English, every id of the core
//! worded, no escapes or empty strings, the same placeholders; then what English must say.

use std::collections::BTreeSet;

use serde_json::Value;

use super::*;
use crate::core::config::{Language, Region};
use crate::core::exercise::Exercise;
use crate::core::refusal::scenes::SCENARIOS;
use crate::core::refusal::{
    Act, Node, Pressure, Rating, RefusalLines, Setting, Substance, Technique,
};
use crate::core::screening::examples::EXAMPLES;
use crate::core::screening::questionnaire::{Dimension, Instrument, OptionKind, QUESTIONS};
use crate::core::screening::{Concern, Finding, Flag, Outcome};
use crate::core::triggers::{Category, CopingKind, EditError, Field, Frequency, List};

/// A language's file, read from `content/<tag>/` and kept for the test run.
fn source(language: Language, part: Part) -> &'static str {
    let path = format!(
        "{}/content/{}/{}.json",
        env!("CARGO_MANIFEST_DIR"),
        language.tag(),
        part.file()
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Box::leak(text.into_boxed_str())
}

fn json(language: Language, part: Part) -> Value {
    serde_json::from_str(source(language, part))
        .unwrap_or_else(|e| panic!("{} {}: {e}", language.tag(), part.file()))
}

fn shell(l: Language) -> Shell<'static> {
    parse::<Shell>(source(l, Part::Shell)).unwrap_or_else(|e| panic!("{l:?} shell: {e}"))
}
fn screening(l: Language) -> ScreeningText<'static> {
    parse::<ScreeningText>(source(l, Part::Screening))
        .unwrap_or_else(|e| panic!("{l:?} screening: {e}"))
}
fn refusal(l: Language) -> RefusalWords<'static> {
    parse::<RefusalWords>(source(l, Part::Refusal)).unwrap_or_else(|e| panic!("{l:?} refusal: {e}"))
}
fn triggers(l: Language) -> TriggerWords<'static> {
    parse::<TriggerWords>(source(l, Part::Triggers))
        .unwrap_or_else(|e| panic!("{l:?} triggers: {e}"))
}

/// What may differ between languages: suggestions to pick from, and words a crisis line asks
/// for in one language only (text AYUDA to 988).
const FREE_LISTS: [&str; 6] = [
    "common",
    "ideas",
    "example_plan",
    "text_keywords",
    "crisis_call_notes",
    "in_original",
];

fn same_shape(en: &Value, other: &Value, path: &str, problems: &mut Vec<String>) {
    match (en, other) {
        (Value::Object(a), Value::Object(b)) => {
            let ka: BTreeSet<_> = a.keys().collect();
            let kb: BTreeSet<_> = b.keys().collect();
            for missing in ka.difference(&kb) {
                problems.push(format!("{path}.{missing} is missing"));
            }
            for extra in kb.difference(&ka) {
                problems.push(format!("{path}.{extra} is not in English"));
            }
            for (k, v) in a {
                if let Some(w) = b.get(k) {
                    if !FREE_LISTS.contains(&k.as_str()) {
                        same_shape(v, w, &format!("{path}.{k}"), problems);
                    }
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                problems.push(format!("{path} has {} items, English {}", b.len(), a.len()));
            }
            for (i, (v, w)) in a.iter().zip(b).enumerate() {
                same_shape(v, w, &format!("{path}[{i}]"), problems);
            }
        }
        (Value::String(a), Value::String(b)) if placeholders(a) != placeholders(b) => {
            problems.push(format!("{path}: placeholders differ: {a:?} / {b:?}"));
        }
        (Value::String(_), Value::String(_)) => {}
        (a, b) if std::mem::discriminant(a) != std::mem::discriminant(b) => {
            problems.push(format!("{path}: not the same kind of value as English"));
        }
        _ => {}
    }
}

fn placeholders(s: &str) -> BTreeSet<String> {
    s.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect()
}

fn strings(v: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match v {
        Value::String(s) => out.push((path.to_string(), s.clone())),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| strings(v, &format!("{path}[{i}]"), out)),
        Value::Object(o) => o
            .iter()
            .for_each(|(k, v)| strings(v, &format!("{path}.{k}"), out)),
        _ => {}
    }
}

#[test]
fn every_language_has_every_part_with_english_keys_and_placeholders() {
    let mut problems = Vec::new();
    for language in Language::all().filter(|l| *l != Language::ENGLISH) {
        for part in Part::ALL {
            same_shape(
                &json(Language::ENGLISH, part),
                &json(language, part),
                &format!("{}/{}", language.tag(), part.file()),
                &mut problems,
            );
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_escapes_no_empty_strings_no_stray_white_space() {
    for language in Language::all() {
        for part in Part::ALL {
            let raw = source(language, part);
            assert!(
                !raw.contains('\\'),
                "{}/{}: no escapes (use typographic quotes)",
                language.tag(),
                part.file()
            );
            let mut all = Vec::new();
            strings(&json(language, part), part.file(), &mut all);
            for (at, s) in all {
                // A plan's empty notes are the person's own blank fields, not missing words.
                if at.contains(".example_plan.") && s.is_empty() {
                    continue;
                }
                assert!(!s.trim().is_empty(), "{}: {at} is empty", language.tag());
                assert_eq!(
                    s,
                    s.trim(),
                    "{}: {at} has white space at an end",
                    language.tag()
                );
                assert!(!s.contains("  "), "{}: {at}: {s:?}", language.tag());
            }
        }
    }
}

#[test]
fn every_language_words_every_id_of_the_core() {
    for l in Language::all() {
        let sh = shell(l);
        for e in Exercise::ALL {
            assert!(!sh.exercise(e).title.is_empty());
        }
        for r in Region::ALL {
            assert!(sh.crisis_names.contains(r.id()), "{l:?} {r:?}");
        }
        for id in [
            "unreadable",
            "too-large",
            "truncated",
            "not-json",
            "not-an-envelope",
            "other-format",
            "newer-version",
            "migration-failed",
            "does-not-match",
        ] {
            assert!(sh.problems.contains(id), "{l:?} problem {id}");
        }

        let s = &screening(l);
        for q in QUESTIONS {
            let words = s
                .question(q.id)
                .unwrap_or_else(|| panic!("{l:?}: no words for {}", q.id));
            assert!(!words.prompt.is_empty());
            for o in q.options {
                assert!(
                    s.option(q.id, o.id).is_some(),
                    "{l:?}: no label for {} {}",
                    q.id,
                    o.id
                );
            }
            assert_eq!(words.options.len(), q.options.len(), "{l:?} {}", q.id);
        }
        assert_eq!(
            s.questions.len(),
            QUESTIONS.len(),
            "{l:?}: words for a question that does not exist"
        );
        // "Prefer not to say" and "none of these" read the same everywhere in a language.
        for kind in [OptionKind::PreferNotToSay, OptionKind::NoneOfThese] {
            let labels: BTreeSet<_> = QUESTIONS
                .iter()
                .flat_map(|q| {
                    q.options
                        .iter()
                        .filter(move |o| o.kind == kind)
                        .map(move |o| s.option(q.id, o.id))
                })
                .collect();
            assert_eq!(labels.len(), 1, "{l:?} {kind:?}: {labels:?}");
        }
        for d in Dimension::ALL {
            assert!(!s.dimension(d).is_empty());
        }
        for o in Outcome::ALL {
            assert!(s.outcome_for(o, false, true).is_some(), "{l:?} {o:?}");
            assert!(!s.rule(o).is_empty(), "{l:?} rule {o:?}");
        }
        for f in Finding::ALL {
            assert!(!s.finding(f).is_empty(), "{l:?} {f:?}");
        }
        for f in Flag::ALL {
            assert!(s.flag(f).is_some(), "{l:?} {f:?}");
        }
        for c in Concern::ALL {
            assert!(!s.concern(c).is_empty());
        }
        for i in Instrument::ALL {
            assert!(s.instrument(i).is_some(), "{l:?} {i:?}");
        }
        for r in Region::ALL {
            assert!(!s.drink(r).is_empty(), "{l:?} {r:?}");
        }
        for p in EXAMPLES {
            assert!(s.examples.contains(p.id), "{l:?} example {}", p.id);
        }

        let r = refusal(l);
        for t in Technique::ALL {
            assert!(!r.technique(t).name.is_empty() && !r.technique(t).explanation.is_empty());
        }
        let names: BTreeSet<_> = Technique::ALL
            .iter()
            .map(|t| r.technique(*t).name)
            .collect();
        assert_eq!(
            names.len(),
            Technique::ALL.len(),
            "{l:?}: technique names are distinct"
        );
        for s in Setting::ALL {
            assert!(!r.setting(s).is_empty());
        }
        for s in Substance::ALL {
            assert!(!r.substance(s).is_empty());
        }
        for p in Pressure::ALL {
            assert!(!r.pressure(p).is_empty());
        }
        for x in Rating::ALL {
            assert!(!r.rating(x).is_empty());
        }
        assert_eq!(
            r.scenes.len(),
            SCENARIOS.len(),
            "{l:?}: words for a scene that does not exist"
        );
        for scene in SCENARIOS {
            assert!(
                !r.title(scene).is_empty() && !r.intro(scene).is_empty(),
                "{l:?} {}",
                scene.id
            );
            let words = r.scenes.get(scene.id).unwrap();
            assert_eq!(
                words.nodes.len(),
                scene.nodes.len(),
                "{l:?} {}: nodes",
                scene.id
            );
            for node in scene.nodes {
                let n = r.node(scene, node.id());
                match node {
                    Node::Ending(_) => {
                        assert!(!n.debrief.is_empty(), "{l:?} {} {}", scene.id, node.id())
                    }
                    Node::Decision(d) => {
                        assert!(
                            !n.speaker.is_empty() && !n.line.is_empty() && !n.discuss.is_empty(),
                            "{l:?} {} {}",
                            scene.id,
                            d.id
                        );
                        assert_eq!(
                            n.choices.len(),
                            d.choices.len(),
                            "{l:?} {} {}",
                            scene.id,
                            d.id
                        );
                        for c in d.choices {
                            let (text, feedback) = r.choice(scene, d.id, c);
                            assert!(
                                !text.is_empty() && !feedback.is_empty(),
                                "{l:?} {} {}",
                                scene.id,
                                c.id
                            );
                            // Words someone says can be kept as a refusal line as they are.
                            if c.act == Act::Say {
                                let mut lines = RefusalLines::default();
                                assert_eq!(
                                    lines.add(text, Some(scene.id)),
                                    Ok(0),
                                    "{l:?} {}",
                                    c.id
                                );
                            }
                        }
                    }
                }
            }
        }

        let t = triggers(l);
        for c in Category::ALL {
            assert!(!t.category(c).is_empty());
            assert!(
                t.common_triggers(c).len() >= 4,
                "{l:?} {c:?}: too few common triggers"
            );
            assert!(t.coping_ideas(c).len() >= 3, "{l:?} {c:?}: too few ideas");
        }
        for f in Frequency::ALL {
            assert!(!t.frequency(f).is_empty());
        }
        for k in CopingKind::ALL {
            assert!(!t.kind(k).is_empty());
        }
        for e in [
            EditError::Empty(Field::TriggerName),
            EditError::TooLong(Field::Notes),
            EditError::UrgeOutOfRange,
            EditError::NotFound,
            EditError::Duplicate,
            EditError::TooMany(List::Contacts),
            EditError::IdsExhausted,
        ] {
            let words = t.edit_error(e);
            assert!(
                !words.is_empty() && !words.contains('{'),
                "{l:?} {e:?}: {words}"
            );
        }
        for f in [
            Field::TriggerName,
            Field::WarningSigns,
            Field::Notes,
            Field::CopingText,
            Field::RefusalLine,
            Field::ContactName,
            Field::Phone,
            Field::SafePlace,
        ] {
            assert!(t.fields.contains(f.id()), "{l:?} field {}", f.id());
        }
        for list in [
            List::Triggers,
            List::Coping,
            List::RefusalLines,
            List::Contacts,
            List::SafePlaces,
        ] {
            assert!(t.lists.contains(list.id()), "{l:?} list {}", list.id());
        }
        for id in [
            "empty",
            "too-large",
            "truncated",
            "not-json",
            "other-kind",
            "newer-version",
            "migration-failed",
            "invalid",
            "unreadable",
            "merge-too-many",
        ] {
            assert!(t.import_errors.contains(id), "{l:?} import error {id}");
        }
        let example = t.example_plan();
        assert_eq!(
            example.triggers.len(),
            3,
            "{l:?}: the demo's example map reads"
        );
        assert!(
            !example.completeness().complete,
            "it leaves something for a group to do"
        );
    }
}

#[test]
fn the_shell_in_every_language_makes_the_privacy_promise_and_warns_before_a_passphrase() {
    for l in Language::all() {
        let sh = shell(l);
        assert_eq!(
            sh.language,
            l.name(),
            "the switch names each language in itself"
        );
        assert!(sh.text_keyword.contains("{keyword}") && sh.text_keyword.contains("{number}"));
        assert!(sh.device.save_answers_hint.contains('7'));
        assert!(sh.problems.text("unreadable").contains("{why}"));
    }
    let en = shell(Language::ENGLISH);
    assert_eq!(
        en.privacy_promise,
        "Everything you enter stays on this device."
    );
    assert!(en.quick_exit_hint.contains("history"));
    assert!(en.device.lock_forget_warning.contains("delete"));
    assert!(en
        .device
        .save_answers_hint
        .to_lowercase()
        .contains("safety"));
}

// ---- What English must say (CLINICAL.md) ----

#[test]
fn english_outcomes_say_what_may_fit_never_a_verdict() {
    let t = screening(Language::ENGLISH);
    for o in Outcome::ALL {
        let words = t.outcome_for(o, false, true).unwrap();
        assert!(
            (2..=4).contains(&words.next_steps.len()),
            "{o:?} needs 2-4 next steps"
        );
        for s in [words.title, words.summary] {
            let lower = s.to_lowercase();
            for banned in ["diagnos", "disorder", "asam"] {
                assert!(!lower.contains(banned), "{o:?} says {banned:?}: {s}");
            }
        }
    }
    for o in [
        Outcome::NotSubstanceUse,
        Outcome::LessIntensive,
        Outcome::IopFit,
        Outcome::MoreIntensive,
        Outcome::WithdrawalFirst,
    ] {
        let title = t.outcome_for(o, false, true).unwrap().title;
        assert!(
            title.contains("may") || title.contains("likely"),
            "{o:?}: {title}"
        );
    }
    let withdrawal = t
        .outcome_for(Outcome::WithdrawalFirst, false, true)
        .unwrap();
    assert!(withdrawal.summary.contains("do not stop suddenly"));
    assert!(withdrawal.summary.contains("may come next"));
    // Someone who uses nothing (rule 8) is not pointed to this program, day programs or
    // residential care, even where rule 3 or 6 comes first: to the prescriber, or a doctor.
    for o in [Outcome::WithdrawalFirst, Outcome::MoreIntensive] {
        let words = t.outcome_for(o, false, false).unwrap();
        assert_ne!(words.title, t.outcome_for(o, false, true).unwrap().title);
        assert!((2..=4).contains(&words.next_steps.len()), "{o:?}");
        let all = format!(
            "{} {} {}",
            words.title,
            words.summary,
            words.next_steps.join(" ")
        );
        for wrong in [
            "may come next",
            "intensive outpatient",
            "residential",
            "day program",
            "diagnos",
        ] {
            assert!(!all.contains(wrong), "{o:?} says {wrong:?}: {all}");
        }
        assert!(all.contains("doctor"), "{o:?}: {all}");
    }
    let no_use_withdrawal = t
        .outcome_for(Outcome::WithdrawalFirst, false, false)
        .unwrap();
    assert!(no_use_withdrawal.next_steps.join(" ").contains("suddenly"));
    let not_use = t
        .outcome_for(Outcome::NotSubstanceUse, false, true)
        .unwrap();
    let all = [not_use.title, not_use.summary]
        .iter()
        .chain(&not_use.next_steps)
        .map(|s| s.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    for banned in ["intensive", "iop"] {
        assert!(!all.contains(banned), "not-substance-use says {banned:?}");
    }
    assert!(all.contains("alcohol or drug use") && all.contains("doctor"));
    let talk = t.outcome_for(Outcome::TalkToUs, false, true).unwrap();
    // Rule 9's "we cannot tell" is said by its finding (mostly-unanswered): the outcome also
    // comes when every question was answered (mood, or a crisis, above the rest), and must not
    // tell that person their answers were not enough.
    assert!(talk.summary.contains("Talking with our team") && !talk.title.contains("can't"));
    assert!(!talk.summary.contains("can't") && !talk.summary.contains("cannot"));
    // Withdrawal signs with frequent use of any substance (or frequency not said): never "you
    // said you drink" to someone who said they drink rarely and use something else often.
    let signs = t.finding(Finding::WithdrawalSigns);
    assert!(
        signs.contains("drink or use") && signs.contains("chose not to say"),
        "{signs}"
    );
    // Routed up because the signs were not said: it says so, and why it matters.
    let not_said = t.finding(Finding::WithdrawalNotSaid);
    assert!(
        not_said.contains("chose not to say") && not_said.contains("stopping suddenly"),
        "{not_said}"
    );
    let unanswered = t.finding(Finding::MostlyUnanswered);
    assert!(unanswered.contains("we can't tell"), "{unanswered}");
    let cannot = t.outcome_for(Outcome::IopFit, true, true).unwrap();
    assert!(!cannot.summary.contains("right amount"));
    for helps in ["evening or online", "childcare", "getting there"] {
        assert!(cannot.summary.contains(helps), "{helps}");
    }
    let crisis = t.outcome_for(Outcome::Crisis, false, true).unwrap();
    for s in [crisis.title, crisis.summary, t.ui.reach_help_now]
        .iter()
        .chain(&crisis.next_steps)
    {
        assert!(!s.to_lowercase().contains("assessment"), "{s}");
    }
    assert!(t.ui.reach_help_now.contains("crisis line"));
}

#[test]
fn english_flags_and_findings_say_what_the_rules_and_answers_say() {
    let t = screening(Language::ENGLISH);
    let body = |f| t.flag(f).unwrap().body;
    for medication in ["buprenorphine", "methadone", "naltrexone", "opioid use"] {
        assert!(body(Flag::AskAboutMedication).contains(medication));
    }
    for point in ["naloxone", "not to use alone", "much less", "Fentanyl"] {
        assert!(body(Flag::OverdoseSafety).contains(point), "{point}");
    }
    assert!(body(Flag::AlreadyOnMoud).contains("Keep taking it"));
    assert!(body(Flag::DoNotStopSuddenly).contains("Talk to a doctor or the clinic first"));
    assert!(body(Flag::RecoveryResidence).contains("does not rule out"));
    assert!(body(Flag::SafetyNotConfirmed).contains("crisis line"));
    assert!(body(Flag::ScheduleHelp).contains("evening or online"));
    let say = |f| t.finding(f);
    assert!(say(Finding::LossOfControlOften).contains("often"));
    assert!(!say(Finding::LossOfControlOften).contains("sometimes"));
    assert!(say(Finding::LossOfControlSometimes).contains("sometimes"));
    assert!(say(Finding::UseWeekly).contains("1 or 2 days"));
    assert!(say(Finding::FrequentUse).contains("3 to 5 days"));
    assert!(say(Finding::VeryStrongCravings).contains("very strong"));
    assert!(say(Finding::ManyProblems).contains("many problems"));
    assert!(!say(Finding::Psychosis).contains("not high"));
    let dts = t.question("withdrawal-history").unwrap().help.unwrap();
    assert!(dts.contains("confusion") && dts.contains("on its own is not the DTs"));
    assert!(t.drink(Region::Us).contains("12 oz"));
    assert!(t.drink(Region::Uk).contains("8 g") && t.drink(Region::Uk).contains("unit"));
    for r in Region::ALL {
        if r.standard_drink_grams() != 14 {
            assert!(
                t.drink(r)
                    .contains(&format!("{} g", r.standard_drink_grams())),
                "{r:?}"
            );
        }
    }
}

#[test]
fn english_standard_instruments_keep_their_published_wording() {
    let t = screening(Language::ENGLISH);
    let prompt = |id| t.question(id).unwrap().prompt;
    let labels = |id: &str| -> Vec<&str> {
        let q = QUESTIONS.iter().find(|q| q.id == id).unwrap();
        q.options
            .iter()
            .map(|o| t.option(id, o.id).unwrap())
            .collect()
    };
    assert_eq!(
        prompt("audit-1"),
        "How often do you have a drink containing alcohol?"
    );
    assert_eq!(
        labels("audit-1"),
        [
            "Never",
            "Monthly or less",
            "2 to 4 times a month",
            "2 to 3 times a week",
            "4 or more times a week",
            "Prefer not to say"
        ]
    );
    assert_eq!(
        prompt("audit-2"),
        "How many drinks containing alcohol do you have on a typical day when you are drinking?"
    );
    assert_eq!(
        labels("audit-2"),
        [
            "1 or 2",
            "3 or 4",
            "5 or 6",
            "7, 8, or 9",
            "10 or more",
            "Prefer not to say"
        ]
    );
    assert_eq!(
        prompt("audit-3"),
        "How often do you have six or more drinks on one occasion?"
    );
    assert_eq!(
        labels("audit-3"),
        [
            "Never",
            "Less than monthly",
            "Monthly",
            "Weekly",
            "Daily or almost daily",
            "Prefer not to say"
        ]
    );
    let stem = "Over the last 2 weeks, how often have you been bothered by the following problems?";
    let how_often = [
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
        "Prefer not to say",
    ];
    for (id, item) in [
        ("phq-1", "Little interest or pleasure in doing things"),
        ("phq-2", "Feeling down, depressed, or hopeless"),
        ("gad-1", "Feeling nervous, anxious, or on edge"),
        ("gad-2", "Not being able to stop or control worrying"),
    ] {
        assert_eq!(prompt(id), item);
        assert_eq!(t.question(id).unwrap().help, Some(stem), "{id}");
        assert_eq!(labels(id), how_often, "{id}");
    }
    assert_eq!(
        prompt("phq-9-item-9"),
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    );
    assert_eq!(
        t.question("phq-9-item-9").unwrap().help,
        Some("Over the last 2 weeks, how often have you been bothered by any of the following problems?")
    );
    assert_eq!(labels("phq-9-item-9"), how_often);
    let audit = t.instrument(Instrument::AuditC).unwrap();
    assert!(
        audit.attribution.contains("World Health Organization")
            && audit.attribution.contains("Bush")
    );
    assert!(audit
        .stem
        .starts_with("Because alcohol use can affect your health"));
    for i in [Instrument::Phq2, Instrument::Gad2, Instrument::Phq9Item9] {
        assert!(
            t.instrument(i).unwrap().attribution.contains("Pfizer"),
            "{i:?}"
        );
    }
    for band in [audit.negative, audit.positive] {
        assert!(
            band.contains("0 to 12")
                && band.contains("4 or more for men")
                && band.contains("3 or more for women")
        );
    }
}

#[test]
fn english_has_no_phone_numbers_outside_the_configuration() {
    // Numbers to call come from the clinic's configuration and the region, never from content.
    // Attributions cite years; standard drinks give millilitres.
    let t = json(Language::ENGLISH, Part::Screening);
    let mut all = Vec::new();
    strings(&t, "screening", &mut all);
    for (at, s) in all {
        if at.contains(".attribution") || at.starts_with("screening.drinks") {
            continue;
        }
        let mut run = 0;
        for c in s.chars() {
            run = if c.is_ascii_digit() { run + 1 } else { 0 };
            assert!(run < 3, "{at} looks like it has a phone number: {s}");
        }
    }
}

/// Words that name each technique, to check English feedback names what it teaches
/// (CLINICAL.md section 4). A word matches a whole word; a phrase matches anywhere.
fn mentions(feedback: &str, technique: Technique) -> bool {
    use Technique::*;
    let words: &[&str] = match technique {
        SayNoFirst => &["no", "say no", "said no"],
        SteadyVoice => &["steady"],
        SuggestAlternative => &[
            "something else",
            "suggest",
            "suggested",
            "instead",
            "another",
        ],
        AskToStop => &["stop", "ask", "asking", "asked", "request"],
        ChangeSubject => &["subject", "topic"],
        NoExcuses => &[
            "excuse",
            "excuses",
            "maybe",
            "later",
            "reason",
            "reasons",
            "explain",
            "explanation",
        ],
        NoGuilt => &["guilt", "guilty", "sorry", "feel bad"],
        BrokenRecord => &["broken record", "same", "again", "repeat", "repeating"],
        LeaveSituation => &[
            "leave", "leaving", "left", "step", "stepping", "away", "walk", "walking", "exit",
            "go", "going", "out",
        ],
        PlanAhead => &["plan", "planning", "planned"],
        ReachOut => &[
            "reach", "reaching", "reached", "call", "calling", "support", "tell", "telling",
        ],
    };
    let feedback = feedback.to_lowercase();
    let tokens: Vec<&str> = feedback
        .split(|ch: char| !ch.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().any(|w| {
        if w.contains(' ') {
            feedback.contains(w)
        } else {
            tokens.contains(w)
        }
    })
}

#[test]
fn english_feedback_names_the_techniques() {
    let r = refusal(Language::ENGLISH);
    let mut unnamed = Vec::new();
    for s in SCENARIOS {
        for d in s.nodes.iter().filter_map(|n| n.as_decision()) {
            for c in d.choices {
                let (_, feedback) = r.choice(s, d.id, c);
                for &t in c.uses.iter().chain(c.misses) {
                    if !mentions(feedback, t) {
                        unnamed.push(format!("{} / {}: {}", s.id, c.id, t.id()));
                    }
                }
            }
        }
    }
    assert!(
        unnamed.is_empty(),
        "feedback does not name:\n{}",
        unnamed.join("\n")
    );
}

#[test]
fn english_coping_ideas_cover_the_named_kinds() {
    let t = triggers(Language::ENGLISH);
    for kind in [
        CopingKind::Avoid,
        CopingKind::Escape,
        CopingKind::Distract,
        CopingKind::Delay,
        CopingKind::CallSomeone,
        CopingKind::UrgeSurf,
        CopingKind::HaltCheck,
        CopingKind::RefusalLine,
    ] {
        assert!(
            Category::ALL
                .iter()
                .any(|c| t.coping_ideas(*c).iter().any(|i| i.kind == kind)),
            "no idea of kind {kind:?}"
        );
    }
    assert!(
        t.category(Category::Emotions).contains("hungry"),
        "HALT is among the feelings"
    );
}

#[test]
fn english_words_a_refused_import_by_place_and_rule() {
    use crate::core::triggers::import;
    let t = triggers(Language::ENGLISH);
    let file = r#"{"format":"iop-widget.relapse-prevention-plan","version":2,"plan":{"triggers":[{"id":1,"name":"a","category":"people","urge":1},{"id":2,"name":"b","category":"people","urge":1},{"id":3,"name":"c","category":"people","urge":11}]}}"#;
    let error = import(file).unwrap_err();
    assert_eq!(
        t.import_error(&error),
        "Something in this file is not right. Trigger 3: The urge must be between 0 and 10."
    );
    assert_eq!(
        t.edit_error(EditError::TooMany(List::Triggers)),
        "The plan already holds the most triggers it can (100)."
    );
}

#[test]
fn counts_take_the_form_their_number_needs_and_lists_join_in_the_language() {
    use crate::core::triggers::{Contact, Plan};
    let mut plan = Plan::default();
    plan.contacts.push(Contact {
        id: 1,
        name: "Sam".into(),
        phone: String::new(),
    });
    plan.safe_places = vec!["a".into(), "b".into()];
    assert_eq!(
        triggers(Language::ENGLISH).plan_counts(&plan),
        "0 triggers, 0 coping actions, 1 contact and 2 safe places"
    );
    let spanish = Language::from_tag("es").unwrap();
    assert_eq!(
        triggers(spanish).plan_counts(&plan),
        "0 desencadenantes, 0 acciones para enfrentarlos, 1 contacto y 2 lugares seguros"
    );
    // Every language has both forms of every count, each with its number.
    for language in Language::all() {
        let p = triggers(language).plurals;
        for plural in [p.coping, p.coping_total, p.contacts, p.places, p.triggers] {
            assert!(plural.of(1).contains('1') && plural.of(2).contains('2'));
        }
        assert!(p.strongest_status.one.contains("{done}"));
        let join = triggers(language).list_join;
        assert_eq!(join.join(&["x".into()]), "x");
    }
}

#[test]
fn names_of_repeated_controls_say_which_item() {
    for language in Language::all() {
        let t = triggers(language);
        let name = t.named(t.ui.edit, "Payday");
        assert!(
            name.starts_with(t.ui.edit),
            "the visible words come first: {name}"
        );
        assert!(name.contains("Payday"), "{name}");
    }
}

#[test]
fn no_question_says_twice_how_many_answers_to_choose() {
    // The question screen already says "Choose one" or "Choose all that apply".
    for l in Language::all() {
        let text = screening(l);
        for q in crate::core::screening::questionnaire::QUESTIONS {
            let help = text.question(q.id).and_then(|w| w.help).unwrap_or_default();
            for line in [text.ui.choose_any, text.ui.choose_one] {
                let line = line.trim().trim_end_matches('.').to_lowercase();
                assert!(
                    !help.to_lowercase().contains(&line),
                    "{l:?} {}: {help}",
                    q.id
                );
            }
        }
    }
}

#[test]
fn the_us_crisis_text_line_asks_for_ayuda_in_spanish_only() {
    let spanish = Language::from_tag("es").unwrap();
    let config = crate::core::config::WidgetConfig::default();
    let (label, href) = shell(spanish).crisis_text(&config).unwrap();
    assert_eq!(href, "sms:988?&body=AYUDA");
    assert!(label.contains("AYUDA"), "{label}");
    let (_, href) = shell(Language::ENGLISH).crisis_text(&config).unwrap();
    assert_eq!(href, "sms:988");
    // A host's own text number is not 988: no keyword is guessed for it.
    let mut own = config.clone();
    own.crisis_line.text = Some("741741".into());
    own.crisis_line.text_is_preset = false;
    let (_, href) = shell(spanish).crisis_text(&own).unwrap();
    assert_eq!(href, "sms:741741");
}

/// A widget set up with `attrs` as a clinic writes them, which must all be read without a problem.
fn configured(attrs: &[(&str, &str)]) -> crate::core::config::WidgetConfig {
    let (config, errors) = crate::core::config::WidgetConfig::from_attributes(|name| {
        attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.to_string())
    });
    assert!(errors.is_empty(), "{errors:?}");
    config
}

#[test]
fn a_crisis_line_turned_to_calls_only_says_nothing_of_texting() {
    // The text option is its own link, shown only when there is one: a clinic's
    // crisis-text="none" must not leave "or text Shout" in the call line's words.
    for l in Language::all() {
        for region in Region::ALL {
            let config = configured(&[("region", region.id()), ("crisis-text", "none")]);
            assert!(shell(l).crisis_text(&config).is_none());
            let label = format!(
                "{} {}",
                shell(l).crisis_name(&config),
                shell(l).crisis_call_note(&config).unwrap_or_default()
            )
            .to_lowercase();
            for texting in ["text", "mensaje", "sms"] {
                assert!(!label.contains(texting), "{l:?} {region:?}: {label}");
            }
        }
    }
}

#[test]
fn a_host_writing_out_988_in_english_still_tells_a_spanish_speaker_how_to_reach_spanish() {
    let spanish = Language::from_tag("es").unwrap();
    // The README's snippet: the region's numbers written out, with an English name.
    let config = configured(&[
        ("region", "us"),
        ("crisis-label", "988 Suicide & Crisis Lifeline"),
        ("crisis-call", "988"),
        ("crisis-text", "988"),
    ]);
    let note = shell(spanish).crisis_call_note(&config).unwrap_or_default();
    assert!(note.contains("marque 2"), "{note}");
    let (words, href) = shell(spanish).crisis_text(&config).unwrap();
    assert_eq!(href, "sms:988?&body=AYUDA", "{words}");
    // In English nothing is added; another line's number gets no 988 note.
    assert_eq!(shell(Language::ENGLISH).crisis_call_note(&config), None);
    assert_eq!(
        shell(Language::ENGLISH).crisis_name(&config),
        "988 Suicide & Crisis Lifeline"
    );
    let (other, _) = crate::core::config::WidgetConfig::from_attributes(|name| match name {
        "region" => Some("us".into()),
        "crisis-call" => Some("(555) 010-0100".into()),
        "crisis-text" => Some("741741".into()),
        _ => None,
    });
    assert_eq!(shell(spanish).crisis_call_note(&other), None);
    assert_eq!(shell(spanish).crisis_text(&other).unwrap().1, "sms:741741");
}

/// What a person reads as the result, reduced to the ids it stands for: the outcome is found
/// back from its title alone, as a reader would. Two outcomes with one title would read alike.
fn read_back(s: &ScreeningText<'static>, title: &str) -> Vec<(Outcome, bool, bool)> {
    let mut found = Vec::new();
    for o in Outcome::ALL {
        for cannot_attend in [false, true] {
            for uses in [true, false] {
                if s.outcome_for(o, cannot_attend, uses).map(|t| t.title) == Some(title) {
                    let no_use =
                        !uses && matches!(o, Outcome::WithdrawalFirst | Outcome::MoreIntensive);
                    found.push((o, cannot_attend && o == Outcome::IopFit, no_use));
                }
            }
        }
    }
    found.dedup();
    found
}

/// Every language's screening words, read once for the property test (English first).
fn all_screening() -> &'static [(Language, &'static ScreeningText<'static>)] {
    static ALL: std::sync::OnceLock<Vec<(Language, &'static ScreeningText<'static>)>> =
        std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        Language::all()
            .map(|l| (l, &*Box::leak(Box::new(screening(l)))))
            .collect()
    })
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]

    /// Any answers: every language shows words for everything the rules found, and its result
    /// reads back to the same outcome as English's.
    #[test]
    fn every_language_reads_the_same_result_for_the_same_answers(
        seeds in crate::core::screening::properties::seeds()
    ) {
        let answers = crate::core::screening::properties::answers_from(&seeds);
        let r = crate::core::screening::recommend(&answers);
        let english = all_screening()[0].1;
        let en_title = english.outcome_for(r.outcome, r.cannot_attend, r.uses).unwrap().title;
        for &(l, s) in all_screening() {
            let shown = s.outcome_for(r.outcome, r.cannot_attend, r.uses).expect("outcome worded");
            proptest::prop_assert_eq!(read_back(s, shown.title), read_back(english, en_title), "{:?}", l);
            proptest::prop_assert!(!shown.next_steps.is_empty());
            if let Some(then) = r.then {
                proptest::prop_assert!(s.outcome_for(then, r.cannot_attend, r.uses).is_some());
            }
            for f in &r.flags {
                proptest::prop_assert!(s.flag(*f).is_some_and(|t| !t.title.is_empty()), "{:?} {:?}", l, f);
            }
            for reason in &r.reasons {
                proptest::prop_assert!(!s.finding(reason.finding).is_empty(), "{:?} {:?}", l, reason.finding);
                proptest::prop_assert!(!s.concern(reason.concern).is_empty());
            }
            for score in &r.scores {
                proptest::prop_assert!(s.instrument(score.instrument).is_some());
            }
        }
    }
}

#[test]
fn every_language_tells_each_question_s_options_apart() {
    for l in Language::all() {
        let s = screening(l);
        for q in QUESTIONS {
            let labels: BTreeSet<&str> = q
                .options
                .iter()
                .filter_map(|o| s.option(q.id, o.id))
                .collect();
            assert_eq!(
                labels.len(),
                q.options.len(),
                "{l:?} {}: two options read alike",
                q.id
            );
        }
    }
}

/// Words keyed by an id the core does not have would never show: a typo, or a leftover.
#[test]
fn keyed_words_name_only_ids_the_core_has() {
    fn only<T>(map: &json::Keyed<'_, T>, known: Vec<&str>, what: &str) {
        for (key, _) in map.iter() {
            assert!(known.contains(key), "{what}: no such id {key:?}");
        }
    }
    for l in Language::all() {
        let w = |what: &str| format!("{l:?} {what}");
        let sh = shell(l);
        only(
            &sh.exercises,
            Exercise::ALL.iter().map(|e| e.id()).collect(),
            &w("exercises"),
        );
        let regions: Vec<&str> = Region::ALL.iter().map(|r| r.id()).collect();
        only(&sh.crisis_names, regions.clone(), &w("crisis_names"));
        only(&sh.text_keywords, regions.clone(), &w("text_keywords"));
        only(
            &sh.crisis_call_notes,
            regions.clone(),
            &w("crisis_call_notes"),
        );
        let s = screening(l);
        only(
            &s.dimensions,
            Dimension::ALL.iter().map(|d| d.id()).collect(),
            &w("dimensions"),
        );
        let outcomes: Vec<&str> = Outcome::ALL.iter().map(|o| o.id()).collect();
        only(&s.outcomes, outcomes.clone(), &w("outcomes"));
        only(&s.ui.rules, outcomes, &w("rules"));
        only(
            &s.findings,
            Finding::ALL.iter().map(|f| f.id()).collect(),
            &w("findings"),
        );
        only(
            &s.flags,
            Flag::ALL.iter().map(|f| f.id()).collect(),
            &w("flags"),
        );
        only(
            &s.concerns,
            Concern::ALL.iter().map(|c| c.id()).collect(),
            &w("concerns"),
        );
        only(
            &s.instruments,
            Instrument::ALL.iter().map(|i| i.id()).collect(),
            &w("instruments"),
        );
        only(&s.drinks, regions, &w("drinks"));
        only(
            &s.examples,
            EXAMPLES.iter().map(|e| e.id).collect(),
            &w("examples"),
        );
        let r = refusal(l);
        only(
            &r.techniques,
            Technique::ALL.iter().map(|t| t.id()).collect(),
            &w("techniques"),
        );
        only(
            &r.settings,
            Setting::ALL.iter().map(|x| x.id()).collect(),
            &w("settings"),
        );
        only(
            &r.substances,
            Substance::ALL.iter().map(|x| x.id()).collect(),
            &w("substances"),
        );
        only(
            &r.pressures,
            Pressure::ALL.iter().map(|x| x.id()).collect(),
            &w("pressures"),
        );
        only(
            &r.ratings,
            Rating::ALL.iter().map(|x| x.id()).collect(),
            &w("ratings"),
        );
        let t = triggers(l);
        let categories: Vec<&str> = Category::ALL.iter().map(|c| c.id()).collect();
        only(&t.categories, categories.clone(), &w("categories"));
        only(&t.common, categories.clone(), &w("common"));
        only(&t.ideas, categories, &w("ideas"));
        only(
            &t.frequencies,
            Frequency::ALL.iter().map(|f| f.id()).collect(),
            &w("frequencies"),
        );
        only(
            &t.kinds,
            CopingKind::ALL.iter().map(|k| k.id()).collect(),
            &w("kinds"),
        );
    }
}

#[test]
fn a_counselor_demo_names_its_placeholder_clinic_in_the_widgets_language() {
    use crate::core::config::WidgetConfig;
    let attrs = |pairs: &[(&str, &str)]| {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    };
    let demo = WidgetConfig::from_attributes(attrs(&[("mode", "counselor")])).0;
    let person = WidgetConfig::from_attributes(attrs(&[])).0;
    let named =
        WidgetConfig::from_attributes(attrs(&[("mode", "counselor"), ("clinic-name", "Harbour")]))
            .0;
    let mut names = BTreeSet::new();
    for l in Language::all() {
        let s = shell(l);
        assert_eq!(s.brand(&demo), s.demo_clinic_name);
        assert_eq!(s.clinic_name(&demo), s.demo_clinic_name);
        assert_eq!(
            s.brand(&person),
            "",
            "a patient never sees a made-up clinic"
        );
        assert_eq!(s.clinic_name(&person), s.clinic_fallback);
        assert_eq!(s.brand(&named), "Harbour");
        names.insert(s.demo_clinic_name);
    }
    assert_eq!(
        names.len(),
        Language::all().count(),
        "each language words it"
    );
}

#[test]
fn every_region_s_drink_states_the_grams_clinical_md_gives_in_every_language() {
    use crate::core::config::Region;
    for l in Language::all() {
        let s = screening(l);
        for region in Region::ALL {
            let grams = format!("{} g", region.standard_drink_grams());
            assert!(
                s.drink(region).contains(&grams),
                "{}: {} drink lacks {grams}",
                l.tag(),
                region.id()
            );
        }
    }
}

fn expect(l: Language) -> ExpectWords<'static> {
    parse::<ExpectWords>(source(l, Part::Expect)).unwrap_or_else(|e| panic!("{l:?} expect: {e}"))
}

/// "What to expect": every part, fact, level and question worded in every language, and only
/// the ids the core has.
#[test]
fn every_language_words_what_to_expect() {
    use crate::core::expect::{Fact, Level, Medication, Question, Section};
    fn only<T>(map: &json::Keyed<'_, T>, known: Vec<&str>, what: &str) {
        for (key, _) in map.iter() {
            assert!(known.contains(key), "{what}: no such id {key:?}");
        }
    }
    for l in Language::all() {
        let e = expect(l);
        for s in Section::ALL {
            let words = e
                .section(s)
                .unwrap_or_else(|| panic!("{l:?}: no part {s:?}"));
            assert!(!words.heading.is_empty(), "{l:?} {s:?}");
            assert!(
                !(words.paragraphs.is_empty() && words.points.is_empty()),
                "{l:?} {s:?} says something"
            );
        }
        for f in Fact::ALL {
            assert!(!e.fact_label(f).is_empty(), "{l:?} fact {f:?}");
        }
        for m in Medication::ALL {
            assert!(e.medicines.contains(m.id()), "{l:?} medicine {m:?}");
        }
        for level in Level::ALL {
            assert!(e.level(level).is_some(), "{l:?} level {level:?}");
        }
        for q in Question::ALL {
            assert!(!e.question(q).is_empty(), "{l:?} question {q:?}");
        }
        assert_eq!(
            e.compare.scale.len(),
            5,
            "{l:?}: the bars' scale has five marks"
        );
        only(
            &e.sections,
            Section::ALL.iter().map(|s| s.id()).collect(),
            "sections",
        );
        only(
            &e.facts,
            Fact::ALL.iter().map(|f| f.id()).collect(),
            "facts",
        );
        only(
            &e.levels,
            Level::ALL.iter().map(|x| x.id()).collect(),
            "levels",
        );
        only(
            &e.questions,
            Question::ALL.iter().map(|q| q.id()).collect(),
            "questions",
        );
        only(
            &e.medicines,
            Medication::ALL.iter().map(|m| m.id()).collect(),
            "medicines",
        );
    }
}

#[test]
fn a_clinic_s_facts_are_worded_and_its_own_text_is_kept_as_it_is() {
    use crate::core::expect::{Fact, Medication, ProgramFacts, Span};
    let facts = ProgramFacts {
        hours: Some(Span { low: 9, high: 12 }),
        weeks: Some(Span { low: 8, high: 8 }),
        evenings: Some(true),
        medication: Some(vec![Medication::Opioids, Medication::Alcohol]),
        testing: Some("<i>Random</i>".into()),
        ..ProgramFacts::default()
    };
    let en = expect(Language::ENGLISH);
    let said = |f| en.fact_value(&facts, f);
    assert_eq!(said(Fact::Hours).as_deref(), Some("9 to 12 hours a week"));
    assert_eq!(said(Fact::Weeks).as_deref(), Some("about 8 weeks"));
    assert_eq!(
        said(Fact::Medication).as_deref(),
        Some("offered for opioid use and alcohol use")
    );
    assert_eq!(said(Fact::Testing).as_deref(), Some("<i>Random</i>"));
    assert_eq!(said(Fact::Days), None, "unset: the screen says “Ask us”");
    let es = expect(Language::all().find(|l| l.tag() == "es").unwrap());
    assert_eq!(
        es.fact_value(&facts, Fact::Hours).as_deref(),
        Some("de 9 a 12 horas por semana")
    );
    // A clinic may set 1 (the README allows it): not "1 hours".
    let one = ProgramFacts {
        hours: Some(Span { low: 1, high: 1 }),
        weeks: Some(Span { low: 1, high: 1 }),
        ..ProgramFacts::default()
    };
    assert_eq!(
        en.fact_value(&one, Fact::Hours).as_deref(),
        Some("1 hour a week")
    );
    assert_eq!(
        en.fact_value(&one, Fact::Weeks).as_deref(),
        Some("about 1 week")
    );
    assert_eq!(
        es.fact_value(&one, Fact::Hours).as_deref(),
        Some("1 hora por semana")
    );
    assert_eq!(
        es.fact_value(&one, Fact::Weeks).as_deref(),
        Some("alrededor de 1 semana")
    );
}

#[test]
fn english_what_to_expect_states_the_facts_people_ask_about() {
    let en = json(Language::ENGLISH, Part::Expect).to_string();
    for fact in [
        "9 to 19 hours a week",
        "3 days a week",
        "6 to 12 weeks",
        "Group therapy",
        "cognitive-behavioral therapy",
        "Medication where it helps",
        "not as punishment",
        "after a positive test",
        "mutual-help",
    ] {
        assert!(en.contains(fact), "English says {fact:?}");
    }
}

#[test]
fn a_file_s_problem_is_told_in_plain_words_about_the_file() {
    use crate::core::triggers::{import, merge, Plan};
    let file = |triggers: &str| {
        format!(
            r#"{{"format":"iop-widget.relapse-prevention-plan","version":4,"plan":{{"triggers":[{triggers}],"coping":[],"refusal_lines":[],"contacts":[],"safe_places":[],"next_id":500}}}}"#
        )
    };
    let trigger = |id: usize, category: &str| {
        format!(
            r#"{{"id":{id},"name":"T{id}","category":"{category}","urge":5,"frequency":null,"warning_signs":"","notes":""}}"#
        )
    };
    for l in Language::all() {
        let t = triggers(l);
        // A wrong group: no parser's words ("unknown variant `friends`, expected one of ...").
        let wrong = import(&file(&trigger(1, "friends"))).unwrap_err();
        let said = t.import_error(&wrong);
        assert!(
            !said.contains('`') && !said.contains("variant"),
            "{l:?}: {said}"
        );
        // A file holding too many triggers: about the file, not the person's plan being full.
        let many: Vec<String> = (1..=150).map(|i| trigger(i, "people")).collect();
        let said = t.import_error(&import(&file(&many.join(","))).unwrap_err());
        assert!(
            said.contains("100")
                && !said.contains(&t.edit_error(EditError::TooMany(List::Triggers))),
            "{l:?}: {said}"
        );
        // Adding a file to a plan that then would be too full: the two together.
        let mut plan = Plan::default();
        let ninety: Vec<String> = (1..=90).map(|i| trigger(i, "people")).collect();
        let incoming: Vec<String> = (200..=220).map(|i| trigger(i, "places")).collect();
        merge(&mut plan, import(&file(&ninety.join(","))).unwrap()).unwrap();
        let full = merge(&mut plan, import(&file(&incoming.join(","))).unwrap()).unwrap_err();
        let said = t.merge_error(full);
        assert_ne!(said, t.edit_error(full), "{l:?}");
        assert!(said.contains("100"), "{l:?}: {said}");
    }
}

#[test]
fn every_language_names_one_thing_one_way_and_lists_techniques_plainly() {
    for l in Language::all() {
        let (sh, r, t) = (shell(l), refusal(l), triggers(l));
        // A reader who finds reading hard checks they are in the right place by the words.
        assert_eq!(sh.exercise(Exercise::TriggerMap).title, t.ui.title, "{l:?}");
        assert_eq!(
            sh.exercise(Exercise::RefusalSkills).title,
            r.ui.title,
            "{l:?}"
        );
        // Technique names are listed together ("Misses: A; B"): a comma inside one would
        // read as two.
        for technique in Technique::ALL {
            let name = r.technique(technique).name;
            assert!(!name.contains(','), "{l:?}: {name}");
        }
    }
    let spanish = Language::from_tag("es").unwrap();
    fn words_of(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Array(a) => a.iter().for_each(|v| words_of(v, out)),
            Value::Object(o) => o.values().for_each(|v| words_of(v, out)),
            _ => {}
        }
    }
    for part in Part::ALL {
        let mut said = Vec::new();
        words_of(&json(spanish, part), &mut said);
        // English slang, the tool's English name, and "prueba" (an exam, or a drug test) for
        // the self-check.
        for text in said {
            for wrong in ["dealer", "widget", "esta prueba"] {
                assert!(!text.contains(wrong), "{}: {text}", part.file());
            }
        }
    }
}
