//! What the screening says, per language (`content/<lang>/screening.json`): words keyed by the
//! ids in `core::screening`, so the questionnaire's structure is in one place only.

use super::json::{words, Keyed};

use crate::core::config::Region;
use crate::core::screening::questionnaire::{Dimension, Instrument};
use crate::core::screening::{Concern, Finding, Flag, Outcome};

words! {
    /// The words of one question. Option labels are listed by option id.
    pub struct QuestionText {
        prompt,
        /// A short explanation under the prompt, if the question needs one.
        help: Option<&'a str>,
        options: Keyed<'a, &'a str>,
    }
}

words! {
    pub struct OutcomeText {
        /// One plain sentence: what may fit.
        title,
        /// Two or three sentences on what that kind of care is and why it may fit.
        summary,
        /// What to do next, in order.
        next_steps: Vec<&'a str>,
    }
}

words! {
    pub struct FlagText {
        title,
        body,
    }
}

words! {
    pub struct InstrumentText {
        name,
        /// The standard instructions printed above its items, exactly as published.
        stem,
        attribution,
        /// What a negative and a positive result mean, in plain words, naming the published cut-off.
        negative,
        positive,
    }
}

words! {
    /// An example person for counselor demos (their answers are in `core::screening::examples`).
    pub struct ExampleText {
        name,
        story,
    }
}

words! {
    /// Everything the screening says, in one language.
    pub struct ScreeningText {
        questions: Keyed<'a, QuestionText<'a>>,
        dimensions: Keyed<'a, &'a str>,
        outcomes: Keyed<'a, OutcomeText<'a>>,
        /// IOP fits, but the person said they cannot attend 9 or more hours a week now (rule 11).
        iop_fit_cannot_attend: OutcomeText<'a>,
        /// Withdrawal care first for someone who uses nothing but prescribed medicine (rule 8:
        /// the program is not suggested; the prescriber is).
        withdrawal_first_no_use: OutcomeText<'a>,
        /// Rule 6's needs (an untreated illness, mania, psychosis) for someone who uses nothing:
        /// a doctor, not a day program or residential care for substance use.
        more_intensive_no_use: OutcomeText<'a>,
        /// What one "drink" means in the alcohol questions, per region (CLINICAL.md section 2).
        drinks: Keyed<'a, &'a str>,
        /// One sentence per finding, saying exactly what was answered.
        findings: Keyed<'a, &'a str>,
        flags: Keyed<'a, FlagText<'a>>,
        concerns: Keyed<'a, &'a str>,
        instruments: Keyed<'a, InstrumentText<'a>>,
        /// Questions shown in another language's original words (a standard instrument with no
        /// confirmed translation), by question id: that language's tag, for screen readers.
        in_original: Keyed<'a, &'a str>,
        examples: Keyed<'a, ExampleText<'a>>,
        ui: ScreeningUi<'a>,
        handoff: HandoffText<'a>,
    }
}

words! {
    /// "Take it to the clinic": the printable summary and the FHIR file, from the result.
    pub struct HandoffText {
        open,
        heading,
        intro,
        include_safety,
        include_safety_hint,
        questions_label,
        questions_hint,
        summary_heading,
        /// "Filled in on {date}".
        taken_on,
        my_questions_heading,
        safety_heading,
        at_hand_heading,
        at_hand: Vec<&'a str>,
        print,
        fhir_heading,
        fhir_body,
        fhir_download,
        /// After the download: where the file went ({file}), and to delete it on a shared device.
        fhir_saved,
        back,
    }
}

words! {
    /// The screening screens' own words.
    pub struct ScreeningUi {
        intro,
        begin,
        resume,
        /// "Question {n} of {m}" once no branch ahead is open.
        progress,
        /// "Question {n} of at most {m}": the most there can be, given the answers so far.
        progress_at_most,
        back,
        next,
        choose_one,
        choose_any,
        answer_needed,
        start_over,
        crisis_heading,
        crisis_body,
        harm_others_heading,
        harm_others_body,
        declined_heading,
        declined_body,
        continue_after_declined,
        emergency_heading,
        emergency_body,
        continue_after_interrupt,
        result_heading,
        why_heading,
        nothing_to_note,
        summary_heading,
        scores_heading,
        next_steps_heading,
        then_heading,
        not_a_diagnosis,
        confirm_with_team,
        /// Instead of "confirm with an assessment" on a crisis or emergency result (CLINICAL.md 6).
        reach_help_now,
        /// Before the host's domestic-violence line, where the home is not safe (rule 7).
        violence_line,
        print,
        examples_heading,
        example_show,
        rule_heading,
        rules: Keyed<'a, &'a str>,
    }
}

impl<'a> ScreeningText<'a> {
    pub fn question(&self, id: &str) -> Option<&QuestionText<'a>> {
        self.questions.get(id)
    }

    /// The language a question's prompt and answers are shown in, where not this one's.
    pub fn original_language(&self, question: &str) -> Option<&'a str> {
        self.in_original.get(question).copied()
    }

    pub fn option(&self, question: &str, option: &str) -> Option<&'a str> {
        self.question(question)?.options.get(option).copied()
    }

    pub fn dimension(&self, dimension: Dimension) -> &'a str {
        self.dimensions.text(dimension.id())
    }

    /// The outcome's words, with the cannot-attend wording for IOP and the no-use wordings
    /// where they apply.
    pub fn outcome_for(
        &self,
        outcome: Outcome,
        cannot_attend: bool,
        uses: bool,
    ) -> Option<&OutcomeText<'a>> {
        match outcome {
            Outcome::IopFit if cannot_attend => Some(&self.iop_fit_cannot_attend),
            Outcome::WithdrawalFirst if !uses => Some(&self.withdrawal_first_no_use),
            Outcome::MoreIntensive if !uses => Some(&self.more_intensive_no_use),
            _ => self.outcomes.get(outcome.id()),
        }
    }

    pub fn finding(&self, finding: Finding) -> &'a str {
        self.findings.text(finding.id())
    }

    pub fn flag(&self, flag: Flag) -> Option<&FlagText<'a>> {
        self.flags.get(flag.id())
    }

    pub fn concern(&self, concern: Concern) -> &'a str {
        self.concerns.text(concern.id())
    }

    pub fn instrument(&self, instrument: Instrument) -> Option<&InstrumentText<'a>> {
        self.instruments.get(instrument.id())
    }

    pub fn drink(&self, region: Region) -> &'a str {
        self.drinks.text(region.id())
    }

    pub fn rule(&self, outcome: Outcome) -> &'a str {
        self.ui.rules.text(outcome.id())
    }
}
