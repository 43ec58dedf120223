//! What the screening says, per language (`content/<lang>/screening.json`): words keyed by the
//! ids in `core::screening`, so the questionnaire's structure is in one place only.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::core::config::Region;
use crate::core::screening::questionnaire::{Dimension, Instrument};
use crate::core::screening::{Concern, Finding, Flag, Outcome};

/// The words of one question. Option labels are listed by option id.
#[derive(Debug, Deserialize)]
pub struct QuestionText<'a> {
    pub prompt: &'a str,
    /// A short explanation under the prompt, if the question needs one.
    #[serde(borrow, default)]
    pub help: Option<&'a str>,
    #[serde(borrow)]
    pub options: BTreeMap<&'a str, &'a str>,
}

#[derive(Debug, Deserialize)]
pub struct OutcomeText<'a> {
    /// One plain sentence: what may fit.
    pub title: &'a str,
    /// Two or three sentences on what that kind of care is and why it may fit.
    pub summary: &'a str,
    /// What to do next, in order.
    #[serde(borrow)]
    pub next_steps: Vec<&'a str>,
}

#[derive(Debug, Deserialize)]
pub struct FlagText<'a> {
    pub title: &'a str,
    pub body: &'a str,
}

#[derive(Debug, Deserialize)]
pub struct InstrumentText<'a> {
    pub name: &'a str,
    /// The standard instructions printed above its items, exactly as published.
    pub stem: &'a str,
    pub attribution: &'a str,
    /// What a negative and a positive result mean, in plain words, naming the published cut-off.
    pub negative: &'a str,
    pub positive: &'a str,
}

/// An example person for counselor demos (their answers are in `core::screening::examples`).
#[derive(Debug, Deserialize)]
pub struct ExampleText<'a> {
    pub name: &'a str,
    pub story: &'a str,
}

/// Everything the screening says, in one language.
#[derive(Debug, Deserialize)]
pub struct ScreeningText<'a> {
    #[serde(borrow)]
    pub questions: BTreeMap<&'a str, QuestionText<'a>>,
    #[serde(borrow)]
    pub dimensions: BTreeMap<Dimension, &'a str>,
    #[serde(borrow)]
    pub outcomes: BTreeMap<Outcome, OutcomeText<'a>>,
    /// IOP fits, but the person said they cannot attend 9 or more hours a week now (rule 11).
    #[serde(borrow)]
    pub iop_fit_cannot_attend: OutcomeText<'a>,
    /// What one "drink" means in the alcohol questions, per region (CLINICAL.md section 2).
    #[serde(borrow)]
    pub drinks: BTreeMap<Region, &'a str>,
    /// One sentence per finding, saying exactly what was answered.
    #[serde(borrow)]
    pub findings: BTreeMap<Finding, &'a str>,
    #[serde(borrow)]
    pub flags: BTreeMap<Flag, FlagText<'a>>,
    #[serde(borrow)]
    pub concerns: BTreeMap<Concern, &'a str>,
    #[serde(borrow)]
    pub instruments: BTreeMap<Instrument, InstrumentText<'a>>,
    #[serde(borrow)]
    pub examples: BTreeMap<&'a str, ExampleText<'a>>,
    #[serde(borrow)]
    pub ui: ScreeningUi<'a>,
}

/// The screening screens' own words.
#[derive(Debug, Deserialize)]
pub struct ScreeningUi<'a> {
    pub intro: &'a str,
    pub begin: &'a str,
    pub resume: &'a str,
    /// "Part {n} of {m}".
    pub progress: &'a str,
    pub back: &'a str,
    pub next: &'a str,
    pub choose_one: &'a str,
    pub choose_any: &'a str,
    pub answer_needed: &'a str,
    pub start_over: &'a str,
    pub crisis_heading: &'a str,
    pub crisis_body: &'a str,
    pub harm_others_heading: &'a str,
    pub harm_others_body: &'a str,
    pub declined_heading: &'a str,
    pub declined_body: &'a str,
    pub continue_after_declined: &'a str,
    pub emergency_heading: &'a str,
    pub emergency_body: &'a str,
    pub continue_after_interrupt: &'a str,
    pub result_heading: &'a str,
    pub why_heading: &'a str,
    pub nothing_to_note: &'a str,
    pub summary_heading: &'a str,
    pub scores_heading: &'a str,
    pub next_steps_heading: &'a str,
    pub then_heading: &'a str,
    pub not_a_diagnosis: &'a str,
    pub confirm_with_team: &'a str,
    /// Instead of "confirm with an assessment" on a crisis or emergency result (CLINICAL.md 6).
    pub reach_help_now: &'a str,
    pub print: &'a str,
    pub examples_heading: &'a str,
    pub example_show: &'a str,
    pub rule_heading: &'a str,
    #[serde(borrow)]
    pub rules: BTreeMap<Outcome, &'a str>,
}

impl<'a> ScreeningText<'a> {
    pub fn question(&self, id: &str) -> Option<&QuestionText<'a>> {
        self.questions.get(id)
    }

    pub fn option(&self, question: &str, option: &str) -> Option<&'a str> {
        self.question(question)?.options.get(option).copied()
    }

    pub fn dimension(&self, dimension: Dimension) -> &'a str {
        self.dimensions.get(&dimension).copied().unwrap_or_default()
    }

    /// The outcome's words, with the cannot-attend wording for IOP where it applies.
    pub fn outcome_for(&self, outcome: Outcome, cannot_attend: bool) -> Option<&OutcomeText<'a>> {
        if outcome == Outcome::IopFit && cannot_attend {
            Some(&self.iop_fit_cannot_attend)
        } else {
            self.outcomes.get(&outcome)
        }
    }

    pub fn finding(&self, finding: Finding) -> &'a str {
        self.findings.get(&finding).copied().unwrap_or_default()
    }

    pub fn flag(&self, flag: Flag) -> Option<&FlagText<'a>> {
        self.flags.get(&flag)
    }

    pub fn concern(&self, concern: Concern) -> &'a str {
        self.concerns.get(&concern).copied().unwrap_or_default()
    }

    pub fn instrument(&self, instrument: Instrument) -> Option<&InstrumentText<'a>> {
        self.instruments.get(&instrument)
    }

    pub fn drink(&self, region: Region) -> &'a str {
        self.drinks.get(&region).copied().unwrap_or_default()
    }

    pub fn rule(&self, outcome: Outcome) -> &'a str {
        self.ui.rules.get(&outcome).copied().unwrap_or_default()
    }
}
