//! "What to expect": the explainer's words (`expect.json`), keyed by the core's section, fact,
//! level and question ids.

use super::fill;
use super::json::{words, Keyed};
use crate::core::expect::{Fact, Level, ProgramFacts, Question, Section, Span};

words! {
    /// One part of the explainer: plain paragraphs, then points as a list.
    pub struct SectionText (lenient) {
        heading,
        paragraphs: Vec<&'a str>,
        points: Vec<&'a str>,
    }
}

words! {
    /// A level of care, for the side-by-side comparison.
    pub struct LevelText {
        name,
        /// Time each week, in words ("About 9 to 19 hours").
        hours,
        /// Where the person lives meanwhile.
        home,
        /// Work or school meanwhile.
        daily,
    }
}

words! {
    /// The comparison's table and bars.
    pub struct CompareText {
        caption,
        level,
        hours,
        home,
        daily,
        /// The bars' scale, under them ("0", "10", ... "40+ hours a week").
        scale: Vec<&'a str>,
        /// On the residential bar: it is not a number of hours.
        around_the_clock,
    }
}

words! {
    pub struct ExpectWords {
        heading,
        intro,
        /// "Part {n} of {total}".
        progress,
        parts_label,
        previous,
        next,
        sections: Keyed<'a, SectionText<'a>>,
        /// Each fact's label, by `Fact::id`.
        facts: Keyed<'a, &'a str>,
        /// "At {clinic}: {fact}".
        at_clinic,
        ask_us,
        /// "Ask us: call {phone}."
        ask_us_call,
        /// "{n} hours a week" (one number, not a range); `hour`, when that number is 1.
        hours_one,
        hour,
        hours_range,
        weeks_one,
        week,
        weeks_range,
        evenings_yes,
        evenings_no,
        /// Medicines offered, by `Medication::id`, joined with `and` (a word, spaced in code).
        medicines: Keyed<'a, &'a str>,
        and,
        /// "offered for {list}".
        medication_offered,
        medication_none,
        facts_problem,
        facts_problem_details,
        screening_prompt,
        screening_link,
        compare: CompareText<'a>,
        levels: Keyed<'a, LevelText<'a>>,
        checklist_legend,
        checklist_hint,
        questions: Keyed<'a, &'a str>,
        print,
    }
}

impl<'a> ExpectWords<'a> {
    pub fn section(&self, section: Section) -> Option<&SectionText<'a>> {
        self.sections.get(section.id())
    }

    pub fn level(&self, level: Level) -> Option<&LevelText<'a>> {
        self.levels.get(level.id())
    }

    pub fn question(&self, question: Question) -> &'a str {
        self.questions.text(question.id())
    }

    pub fn fact_label(&self, fact: Fact) -> &'a str {
        self.facts.text(fact.id())
    }

    /// A fact the clinic set, in words ("9 to 12 hours a week"); None if it is unset. The
    /// clinic's own text comes back as it is, to be rendered as text.
    pub fn fact_value(&self, facts: &ProgramFacts, fact: Fact) -> Option<String> {
        let span = |span: Span, singular: &str, one: &str, range: &str| {
            if span.low == span.high && span.low == 1 {
                singular.to_string()
            } else if span.low == span.high {
                fill(one, &[("n", &span.low.to_string())])
            } else {
                fill(
                    range,
                    &[
                        ("low", &span.low.to_string()),
                        ("high", &span.high.to_string()),
                    ],
                )
            }
        };
        match fact {
            Fact::Hours => facts
                .hours
                .map(|s| span(s, self.hour, self.hours_one, self.hours_range)),
            Fact::Weeks => facts
                .weeks
                .map(|s| span(s, self.week, self.weeks_one, self.weeks_range)),
            Fact::Evenings => facts.evenings.map(|yes| {
                if yes {
                    self.evenings_yes
                } else {
                    self.evenings_no
                }
                .to_string()
            }),
            Fact::Medication => facts.medication.as_ref().map(|list| {
                if list.is_empty() {
                    return self.medication_none.to_string();
                }
                let names: Vec<&str> = list.iter().map(|m| self.medicines.text(m.id())).collect();
                let and = format!(" {} ", self.and);
                fill(self.medication_offered, &[("list", &names.join(&and))])
            }),
            Fact::Days => facts.days.clone(),
            Fact::Testing => facts.testing.clone(),
            Fact::Insurance => facts.insurance.clone(),
        }
    }
}
