//! Exercise content as data (questions, scenarios, coping ideas), one folder per language.
//! Pure like the core: no browser imports. Tests validate every bundled piece.

pub mod en;
pub mod refusal;
pub mod trigger_ui;

use crate::core::config::{Language, Region};
use crate::core::screening::questionnaire::{Dimension, Instrument};
use crate::core::screening::{Concern, Finding, Flag, Outcome};

/// The words of one screening question. Option labels are listed by option id.
pub struct QuestionText {
    pub id: &'static str,
    pub prompt: &'static str,
    /// A short explanation under the prompt, if the question needs one.
    pub help: Option<&'static str>,
    pub options: &'static [(&'static str, &'static str)],
}

pub struct OutcomeText {
    pub outcome: Outcome,
    /// One plain sentence: what may fit.
    pub title: &'static str,
    /// Two or three sentences on what that kind of care is and why it may fit.
    pub summary: &'static str,
    /// What to do next, in order.
    pub next_steps: &'static [&'static str],
}

pub struct FlagText {
    pub flag: Flag,
    pub title: &'static str,
    pub body: &'static str,
}

pub struct InstrumentText {
    pub instrument: Instrument,
    pub name: &'static str,
    /// The standard instructions printed above its items, exactly as published.
    pub stem: &'static str,
    pub attribution: &'static str,
    /// What a negative and a positive result mean, in plain words, naming the published cut-off.
    pub negative: &'static str,
    pub positive: &'static str,
}

/// An example person for counselor demos: who they are, and the answers that differ from a
/// low-risk baseline (the least worrying answer to every question).
pub struct ExamplePerson {
    pub id: &'static str,
    pub name: &'static str,
    pub story: &'static str,
    pub changes: &'static [(&'static str, &'static [&'static str])],
    /// The outcome the demo is meant to show; a test holds the rules to it.
    pub outcome: Outcome,
}

impl ExamplePerson {
    pub fn answers(&self) -> crate::core::screening::Answers {
        use crate::core::screening::questionnaire::{OptionKind, QUESTIONS};
        let mut answers = crate::core::screening::Answers::default();
        for q in QUESTIONS {
            let least = q
                .options
                .iter()
                .filter(|o| o.kind != OptionKind::PreferNotToSay)
                .min_by_key(|o| o.severity);
            if let Some(option) = least {
                let _ = answers.answer(q.id, &[option.id]);
            }
        }
        for (question, chosen) in self.changes {
            let _ = answers.answer(question, chosen);
        }
        answers
    }
}

/// Everything the screening says, in one language.
pub struct ScreeningText {
    pub questions: &'static [QuestionText],
    /// A heading per dimension, in plain words ("Your safety", "Where you live", ...).
    pub dimensions: &'static [(Dimension, &'static str)],
    pub outcomes: &'static [OutcomeText],
    /// One sentence per finding, said to the person ("You said you sometimes use more than you meant to.").
    pub findings: &'static [(Finding, &'static str)],
    pub flags: &'static [FlagText],
    /// IOP fits, but the person said they cannot attend 9 or more hours a week now (rule 11).
    pub iop_fit_cannot_attend: OutcomeText,
    /// What one "drink" means in the alcohol questions, per region (CLINICAL.md section 2).
    pub drinks: &'static [(Region, &'static str)],
    pub concerns: &'static [(Concern, &'static str)],
    pub instruments: &'static [InstrumentText],
    pub examples: &'static [ExamplePerson],
    pub ui: ScreeningUi,
}

/// The screening screens' own words.
pub struct ScreeningUi {
    pub intro: &'static str,
    pub begin: &'static str,
    pub resume: &'static str,
    pub progress: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub choose_one: &'static str,
    pub choose_any: &'static str,
    pub answer_needed: &'static str,
    pub start_over: &'static str,
    pub crisis_heading: &'static str,
    pub crisis_body: &'static str,
    /// The crisis panel after "thoughts of seriously harming someone now".
    pub harm_others_heading: &'static str,
    pub harm_others_body: &'static str,
    /// The gentle panel after a safety question is declined.
    pub declined_heading: &'static str,
    pub declined_body: &'static str,
    pub continue_after_declined: &'static str,
    pub emergency_heading: &'static str,
    pub emergency_body: &'static str,
    pub continue_after_interrupt: &'static str,
    pub result_heading: &'static str,
    pub why_heading: &'static str,
    /// The word for a dimension where nothing was found (the chart never leaves a bar unnamed).
    pub nothing_to_note: &'static str,
    pub summary_heading: &'static str,
    pub scores_heading: &'static str,
    pub next_steps_heading: &'static str,
    pub then_heading: &'static str,
    pub not_a_diagnosis: &'static str,
    pub confirm_with_team: &'static str,
    /// Instead of "confirm with an assessment" on a crisis or emergency result (CLINICAL.md 6).
    pub reach_help_now: &'static str,
    pub print: &'static str,
    pub saved_note: &'static str,
    pub examples_heading: &'static str,
    pub example_show: &'static str,
    pub rule_heading: &'static str,
    pub rules: &'static [(Outcome, &'static str)],
}

impl ScreeningText {
    pub fn question(&self, id: &str) -> Option<&QuestionText> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn option(&self, question: &str, option: &str) -> Option<&'static str> {
        self.question(question)?
            .options
            .iter()
            .find(|(id, _)| *id == option)
            .map(|(_, label)| *label)
    }

    pub fn dimension(&self, dimension: Dimension) -> &'static str {
        lookup(self.dimensions, dimension)
    }

    pub fn outcome(&self, outcome: Outcome) -> Option<&OutcomeText> {
        self.outcomes.iter().find(|o| o.outcome == outcome)
    }

    pub fn finding(&self, finding: Finding) -> &'static str {
        lookup(self.findings, finding)
    }

    pub fn flag(&self, flag: Flag) -> Option<&FlagText> {
        self.flags.iter().find(|f| f.flag == flag)
    }

    pub fn concern(&self, concern: Concern) -> &'static str {
        lookup(self.concerns, concern)
    }

    pub fn instrument(&self, instrument: Instrument) -> Option<&InstrumentText> {
        self.instruments.iter().find(|i| i.instrument == instrument)
    }

    /// The outcome's words, with the cannot-attend wording for IOP where it applies.
    pub fn outcome_for(&self, outcome: Outcome, cannot_attend: bool) -> Option<&OutcomeText> {
        if outcome == Outcome::IopFit && cannot_attend {
            Some(&self.iop_fit_cannot_attend)
        } else {
            self.outcome(outcome)
        }
    }

    pub fn drink(&self, region: Region) -> &'static str {
        lookup(self.drinks, region)
    }
}

/// Missing text shows as an empty string rather than a panic; tests make sure none is missing.
fn lookup<K: PartialEq>(table: &[(K, &'static str)], key: K) -> &'static str {
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("", |(_, text)| *text)
}

pub fn screening(language: Language) -> &'static ScreeningText {
    match language {
        Language::English => &en::screening::TEXT,
    }
}
