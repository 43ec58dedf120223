//! Example people for a counselor's demo: the answers that differ from a low-risk baseline, and
//! the outcome the demo shows (a test holds the rules to it). Their names and stories are
//! content, per language, keyed by id.

use super::answers::Answers;
use super::questionnaire::{OptionKind, QUESTIONS};
use super::rules::Outcome;

pub struct ExamplePerson {
    pub id: &'static str,
    pub changes: &'static [(&'static str, &'static [&'static str])],
    pub outcome: Outcome,
}

impl ExamplePerson {
    /// The person's answers: the least worrying answer to every question, then their changes.
    pub fn answers(&self) -> Answers {
        let mut answers = Answers::default();
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

pub static EXAMPLES: &[ExamplePerson] = &[
    ExamplePerson {
        id: "maya",
        changes: &[
            ("substances", &["alcohol"]),
            ("use-days", &["3-5"]),
            ("audit-sex", &["women"]),
            ("audit-1", &["2-3-a-week"]),
            ("audit-2", &["3-4"]),
            ("audit-3", &["monthly"]),
            ("control", &["sometimes"]),
            ("cravings", &["strong"]),
            ("problems", &["some"]),
            ("importance", &["8"]),
            ("confidence", &["6"]),
        ],
        outcome: Outcome::IopFit,
    },
    ExamplePerson {
        id: "dan",
        changes: &[
            ("substances", &["alcohol"]),
            ("use-days", &["daily"]),
            ("audit-sex", &["men"]),
            ("audit-1", &["4-plus-a-week"]),
            ("audit-2", &["7-9"]),
            ("audit-3", &["daily"]),
            ("withdrawal-signs", &["shakes", "morning-drink"]),
            ("withdrawal-history", &["yes"]),
            ("control", &["often"]),
            ("cravings", &["very-strong"]),
            ("problems", &["many"]),
            ("importance", &["7"]),
            ("confidence", &["3"]),
        ],
        outcome: Outcome::WithdrawalFirst,
    },
    ExamplePerson {
        id: "leo",
        changes: &[
            ("substances", &["cannabis"]),
            ("use-days", &["less-than-weekly"]),
            ("importance", &["5"]),
            ("confidence", &["9"]),
        ],
        outcome: Outcome::LessIntensive,
    },
    ExamplePerson {
        id: "rosa",
        changes: &[
            ("substances", &["none"]),
            ("phq-1", &["more-than-half"]),
            ("phq-2", &["more-than-half"]),
            ("gad-1", &["more-than-half"]),
            ("gad-2", &["several-days"]),
            ("past-treatment", &["stayed-well"]),
            ("importance", &["9"]),
            ("confidence", &["7"]),
        ],
        outcome: Outcome::NotSubstanceUse,
    },
    ExamplePerson {
        id: "sam",
        changes: &[
            ("substances", &["prefer-not"]),
            ("use-days", &["prefer-not"]),
            ("withdrawal-history", &["prefer-not"]),
            ("overdose", &["prefer-not"]),
            ("pregnant", &["prefer-not"]),
            ("medical", &["prefer-not"]),
            ("phq-1", &["prefer-not"]),
            ("phq-2", &["prefer-not"]),
            ("gad-1", &["prefer-not"]),
            ("gad-2", &["prefer-not"]),
            ("psychosis", &["prefer-not"]),
            ("mania", &["prefer-not"]),
            ("control", &["prefer-not"]),
            ("cravings", &["prefer-not"]),
            ("problems", &["prefer-not"]),
            ("past-treatment", &["prefer-not"]),
            ("importance", &["prefer-not"]),
            ("confidence", &["prefer-not"]),
        ],
        outcome: Outcome::TalkToUs,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::screening::recommend;

    #[test]
    fn each_example_person_reaches_the_outcome_the_demo_shows() {
        assert!(EXAMPLES.len() >= 4);
        for o in [
            Outcome::IopFit,
            Outcome::WithdrawalFirst,
            Outcome::LessIntensive,
        ] {
            assert!(EXAMPLES.iter().any(|p| p.outcome == o), "{o:?}");
        }
        assert!(EXAMPLES
            .iter()
            .any(|p| matches!(p.outcome, Outcome::TalkToUs | Outcome::NotSubstanceUse)));
        for person in EXAMPLES {
            let answers = person.answers();
            assert!(
                answers.next_unanswered().is_none(),
                "{} leaves a question open",
                person.id
            );
            assert_eq!(recommend(&answers).outcome, person.outcome, "{}", person.id);
        }
    }
}
