//! A person's answers and the path through the questionnaire they imply.

use std::collections::BTreeMap;

#[cfg(test)]
use serde::{Deserialize, Serialize};

use super::questionnaire::{
    question, Condition, Interrupt, OptionKind, Question, Selection, QUESTIONS,
};

/// Chosen option ids per question id. Stored as given; answers to questions that branching no
/// longer asks are kept (going back and forth loses nothing) but ignored by the rules.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(Serialize, Deserialize))]
pub struct Answers(BTreeMap<String, Vec<String>>);

/// Whether a question is asked, when some earlier answers are not given yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Maybe {
    Yes,
    No,
    Unknown,
}

impl From<bool> for Maybe {
    fn from(yes: bool) -> Self {
        if yes {
            Maybe::Yes
        } else {
            Maybe::No
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    UnknownQuestion(String),
    UnknownOption(String),
    NothingChosen,
    OnlyOneAllowed,
    /// "None of these" or "prefer not to say" together with another option.
    ExclusiveOption(&'static str),
}

impl Answers {
    /// Records an answer, checking it against the question; a bad answer changes nothing.
    pub fn answer(&mut self, question_id: &str, chosen: &[&str]) -> Result<(), AnswerError> {
        let q = question(question_id)
            .ok_or_else(|| AnswerError::UnknownQuestion(question_id.into()))?;
        if chosen.is_empty() {
            return Err(AnswerError::NothingChosen);
        }
        if q.selection == Selection::One && chosen.len() > 1 {
            return Err(AnswerError::OnlyOneAllowed);
        }
        let mut ids: Vec<String> = Vec::with_capacity(chosen.len());
        for id in chosen {
            let option = q
                .option(id)
                .ok_or_else(|| AnswerError::UnknownOption((*id).into()))?;
            if option.kind != OptionKind::Answer && chosen.len() > 1 {
                return Err(AnswerError::ExclusiveOption(option.id));
            }
            if !ids.iter().any(|i| i == id) {
                ids.push((*id).into());
            }
        }
        // Keep options in the question's order, so equal answers compare equal.
        crate::core::order::sort_by_key(&mut ids, |id| q.options.iter().position(|o| o.id == id));
        self.0.insert(q.id.into(), ids);
        Ok(())
    }

    pub fn clear(&mut self, question_id: &str) {
        self.0.remove(question_id);
    }

    /// The options chosen for a question, whether or not it is asked now.
    pub fn chosen(&self, question_id: &str) -> &[String] {
        self.0.get(question_id).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every answer as stored, in question id order (the stored form writes them so).
    pub fn entries(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.0
            .iter()
            .map(|(q, chosen)| (q.as_str(), chosen.as_slice()))
    }

    /// An answer read from storage, unchecked: [`Answers::keep_valid`] checks it after.
    pub(crate) fn set_stored(&mut self, question_id: &str, chosen: Vec<String>) {
        self.0.insert(question_id.to_owned(), chosen);
    }

    /// Drops answers that no longer fit the questionnaire (from an older version, say), so the
    /// rules only ever see valid ones. Returns how many were dropped.
    pub fn keep_valid(&mut self) -> usize {
        let before = self.0.len();
        let stored = std::mem::take(&mut self.0);
        for (q, chosen) in stored {
            let chosen: Vec<&str> = chosen.iter().map(String::as_str).collect();
            let _ = self.answer(&q, &chosen);
        }
        before - self.0.len()
    }

    /// Whether `q` is asked, given the answers to the questions before it.
    pub fn asks(&self, q: &Question) -> bool {
        self.holds(&q.asked_if)
    }

    /// Whether a branching condition holds for these answers.
    pub fn holds(&self, condition: &Condition) -> bool {
        match condition {
            Condition::Always => true,
            Condition::Chose(qid, options) => {
                question(qid).is_some_and(|earlier| self.asks(earlier))
                    && self
                        .chosen(qid)
                        .iter()
                        .any(|c| options.contains(&c.as_str()))
            }
            Condition::AllOf(all) => all.iter().all(|c| self.holds(c)),
            Condition::AnyOf(any) => any.iter().any(|c| self.holds(c)),
            Condition::AtLeast(n, of) => of.iter().filter(|c| self.holds(c)).count() >= *n,
        }
    }

    /// The chosen options of `question_id` if it is asked now; empty otherwise. The rules read
    /// answers only through this, so a question that branching skipped never counts.
    pub fn given(&self, question_id: &str) -> &[String] {
        match question(question_id) {
            Some(q) if self.asks(q) => self.chosen(question_id),
            _ => &[],
        }
    }

    pub fn chose(&self, question_id: &str, option: &str) -> bool {
        self.given(question_id).iter().any(|c| c == option)
    }

    pub fn chose_any(&self, question_id: &str, options: &[&str]) -> bool {
        self.given(question_id)
            .iter()
            .any(|c| options.contains(&c.as_str()))
    }

    /// How many questions after `current` may still be asked, at most, and whether that is
    /// sure. Answers before `current` count as given and everything from `current` on as still
    /// open, so going forward the count falls by at least one per question: progress shown as
    /// "n of at most m" never jumps back as branches open.
    pub fn most_left_after(&self, current: &str) -> (usize, bool) {
        let Some(at) = QUESTIONS.iter().position(|q| q.id == current) else {
            return (0, true);
        };
        let mut asked: Vec<Maybe> = Vec::with_capacity(QUESTIONS.len());
        for (i, q) in QUESTIONS.iter().enumerate() {
            let maybe = match i.cmp(&at) {
                std::cmp::Ordering::Less => Maybe::from(self.asks(q)),
                std::cmp::Ordering::Equal => Maybe::Yes,
                std::cmp::Ordering::Greater => self.may_hold(&q.asked_if, &asked, at),
            };
            asked.push(maybe);
        }
        let later = &asked[at + 1..];
        let left = later.iter().filter(|m| **m != Maybe::No).count();
        (left, !later.contains(&Maybe::Unknown))
    }

    /// `holds` in three values: questions from index `at` on have no answer yet.
    fn may_hold(&self, condition: &Condition, asked: &[Maybe], at: usize) -> Maybe {
        match condition {
            Condition::Always => Maybe::Yes,
            Condition::Chose(qid, options) => {
                let Some(i) = QUESTIONS.iter().position(|q| q.id == *qid) else {
                    return Maybe::No;
                };
                match asked.get(i).copied().unwrap_or(Maybe::No) {
                    Maybe::No => Maybe::No,
                    _ if i >= at => Maybe::Unknown,
                    _ => Maybe::from(
                        self.chosen(qid)
                            .iter()
                            .any(|c| options.contains(&c.as_str())),
                    ),
                }
            }
            Condition::AllOf(all) => {
                let each: Vec<Maybe> = all.iter().map(|c| self.may_hold(c, asked, at)).collect();
                if each.contains(&Maybe::No) {
                    Maybe::No
                } else if each.contains(&Maybe::Unknown) {
                    Maybe::Unknown
                } else {
                    Maybe::Yes
                }
            }
            Condition::AnyOf(any) => {
                let each: Vec<Maybe> = any.iter().map(|c| self.may_hold(c, asked, at)).collect();
                if each.contains(&Maybe::Yes) {
                    Maybe::Yes
                } else if each.contains(&Maybe::Unknown) {
                    Maybe::Unknown
                } else {
                    Maybe::No
                }
            }
            Condition::AtLeast(n, of) => {
                let each: Vec<Maybe> = of.iter().map(|c| self.may_hold(c, asked, at)).collect();
                let yes = each.iter().filter(|m| **m == Maybe::Yes).count();
                let unknown = each.iter().filter(|m| **m == Maybe::Unknown).count();
                if yes >= *n {
                    Maybe::Yes
                } else if yes + unknown < *n {
                    Maybe::No
                } else {
                    Maybe::Unknown
                }
            }
        }
    }

    /// These answers without the safety block: what may be written to the device, and what a
    /// hand-off carries unless the person chooses to include it.
    pub fn without_safety(&self) -> Answers {
        let mut answers = self.clone();
        for q in super::questionnaire::SAFETY_QUESTIONS {
            answers.clear(q);
        }
        answers
    }

    /// The questions asked, in order, given the answers so far.
    pub fn path(&self) -> Vec<&'static Question> {
        QUESTIONS.iter().filter(|q| self.asks(q)).collect()
    }

    /// The first asked question without an answer, or None when the questionnaire is complete.
    pub fn next_unanswered(&self) -> Option<&'static Question> {
        self.path()
            .into_iter()
            .find(|q| self.chosen(q.id).is_empty())
    }

    /// The interrupt an answer to `question_id` calls for, if any.
    pub fn interrupt(&self, question_id: &str) -> Option<Interrupt> {
        let q = question(question_id)?;
        self.given(question_id)
            .iter()
            .filter_map(|c| q.option(c))
            .find_map(|o| o.interrupt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_checked_against_the_question() {
        let mut a = Answers::default();
        assert_eq!(
            a.answer("nope", &["yes"]),
            Err(AnswerError::UnknownQuestion("nope".into()))
        );
        assert_eq!(
            a.answer("safety-now", &["maybe"]),
            Err(AnswerError::UnknownOption("maybe".into()))
        );
        assert_eq!(
            a.answer("safety-now", &["no", "yes"]),
            Err(AnswerError::OnlyOneAllowed)
        );
        assert_eq!(a.answer("substances", &[]), Err(AnswerError::NothingChosen));
        assert_eq!(
            a.answer("substances", &["alcohol", "none"]),
            Err(AnswerError::ExclusiveOption("none"))
        );
        assert_eq!(
            a.answer("substances", &["prefer-not", "opioids"]),
            Err(AnswerError::ExclusiveOption("prefer-not"))
        );
        assert!(a.is_empty(), "a rejected answer changes nothing");
        a.answer("substances", &["opioids", "alcohol", "opioids"])
            .unwrap();
        assert_eq!(a.chosen("substances"), ["alcohol", "opioids"]);
    }

    #[test]
    fn follow_up_questions_appear_only_when_relevant() {
        let mut a = Answers::default();
        let ids = |a: &Answers| a.path().iter().map(|q| q.id).collect::<Vec<_>>();
        assert!(!ids(&a).contains(&"audit-1"));
        assert!(!ids(&a).contains(&"use-days"));
        a.answer("substances", &["cannabis"]).unwrap();
        assert!(ids(&a).contains(&"use-days"));
        assert!(
            !ids(&a).contains(&"audit-1"),
            "AUDIT-C only for people who drink"
        );
        a.answer("substances", &["alcohol", "sedatives"]).unwrap();
        for id in [
            "audit-sex",
            "audit-1",
            "withdrawal-history",
            "benzodiazepine-days",
            "gabapentinoid-days",
            "sedatives-prescribed",
            "mixing",
        ] {
            assert!(ids(&a).contains(&id), "{id} should be asked");
        }
        assert!(
            !ids(&a).contains(&"opioid-use"),
            "how opioids are taken is asked only of people who take them"
        );
        assert!(
            !ids(&a).contains(&"audit-2"),
            "AUDIT-C items 2 and 3 follow a drinking answer"
        );
        a.answer("audit-1", &["never"]).unwrap();
        assert!(!ids(&a).contains(&"audit-2"));
        // Someone who drinks but says "never" may have stopped days ago: still asked.
        assert!(ids(&a).contains(&"withdrawal-signs"));
        a.answer("audit-1", &["2-3-a-week"]).unwrap();
        assert!(ids(&a).contains(&"audit-2") && ids(&a).contains(&"withdrawal-signs"));
    }

    #[test]
    fn someone_who_uses_nothing_is_not_asked_about_changing_their_use_or_program_hours() {
        let ids = |a: &Answers| a.path().iter().map(|q| q.id).collect::<Vec<_>>();
        let mut a = Answers::default();
        a.answer("substances", &["none"]).unwrap();
        // Nor whether they could attend a program's hours (rule 8: no program is suggested).
        for ruler in ["importance", "confidence", "hours", "barriers"] {
            assert!(!ids(&a).contains(&ruler), "{ruler}");
        }
        assert!(ids(&a).contains(&"home-safe"));
        let r = crate::core::screening::recommend(&a);
        assert!(!r.has_finding(crate::core::screening::Finding::ChangeMatters));
        // Nor of someone whose only use is pain medicine taken as prescribed (not use by itself).
        a.answer("substances", &["opioids"]).unwrap();
        a.answer("opioid-use", &["prescribed-pain"]).unwrap();
        assert!(!ids(&a).contains(&"importance"));
        a.answer("opioid-use", &["not-as-prescribed"]).unwrap();
        assert!(ids(&a).contains(&"importance"));
        a.answer("substances", &["prefer-not"]).unwrap();
        assert!(ids(&a).contains(&"importance") && ids(&a).contains(&"confidence"));
    }

    #[test]
    fn skipped_questions_keep_their_answers_but_do_not_count() {
        let mut a = Answers::default();
        a.answer("substances", &["alcohol"]).unwrap();
        a.answer("audit-1", &["4-plus-a-week"]).unwrap();
        a.answer("substances", &["cannabis"]).unwrap();
        assert_eq!(
            a.chosen("audit-1"),
            ["4-plus-a-week"],
            "kept for going back"
        );
        assert!(a.given("audit-1").is_empty(), "not asked, so not counted");
    }

    #[test]
    fn the_next_question_is_the_first_unanswered_on_the_path() {
        let mut a = Answers::default();
        assert_eq!(a.next_unanswered().unwrap().id, "safety-now");
        a.answer("safety-now", &["no"]).unwrap();
        assert_eq!(a.next_unanswered().unwrap().id, "phq-9-item-9");
    }

    #[test]
    fn invalid_stored_answers_are_dropped_before_the_rules_see_them() {
        let mut a: Answers = serde_json::from_str(
            r#"{"safety-now":["no"],"substances":["alcohol","none"],"gone":["x"],"audit-1":["weekly-ish"]}"#,
        )
        .unwrap();
        assert_eq!(a.keep_valid(), 3);
        assert_eq!(a.chosen("safety-now"), ["no"]);
    }
}
