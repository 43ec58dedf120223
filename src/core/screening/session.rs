//! Moving through the screening: intro, one question at a time, an interrupt the moment a crisis
//! or emergency answer is given, and the result. A pure reducer; the screen only renders it.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::answers::Answers;
use super::questionnaire::{question, Interrupt, Question};
use crate::core::store::Schema;

/// What is saved on the device as the person answers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub answers: Answers,
    /// Questions whose crisis or emergency panel the person chose to continue past.
    #[serde(default)]
    pub continued: Vec<String>,
}

/// The stored form of the screening's progress.
pub struct StoredScreening;

impl Schema for StoredScreening {
    const KEY: &'static str = "iop-widget.screening";
    const FORMAT: &'static str = "iop-widget/screening";
    const VERSION: u32 = 1;
    type Data = Progress;

    fn decode(data: Value) -> Result<Progress, String> {
        let mut progress: Progress = serde_json::from_value(data).map_err(|e| e.to_string())?;
        // Answers that no longer fit the questionnaire are dropped, not guessed at.
        progress.answers.keep_valid();
        Ok(progress)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Intro,
    Question(&'static str),
    /// The crisis or emergency panel, shown at once after the answer that calls for it.
    Interrupt {
        after: &'static str,
        kind: Interrupt,
    },
    Result,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Begin,
    Answer {
        question: &'static str,
        chosen: Vec<String>,
    },
    /// Go on after an interrupt.
    Continue,
    Back,
    StartOver,
    /// Shows the result for a whole set of answers at once (a counselor's example person).
    Show(Progress),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub progress: Progress,
    pub position: Position,
}

impl Session {
    /// Saved progress opens on the intro, which offers to carry on or start over: on a shared
    /// device, the next person should not land in someone else's answers. Carrying on goes to
    /// an unacknowledged interrupt first, then the first unanswered question, or the result.
    pub fn resume(progress: Progress) -> Session {
        Session {
            progress,
            position: Position::Intro,
        }
    }

    pub fn apply(&mut self, action: Action) {
        self.position = match (action, self.position) {
            (Action::StartOver, _) => {
                self.progress = Progress::default();
                Position::Intro
            }
            (Action::Show(progress), _) => {
                self.progress = progress;
                self.first_open()
            }
            (Action::Begin, _) => self
                .pending_interrupt()
                .unwrap_or_else(|| self.first_open()),
            (
                Action::Answer {
                    question: id,
                    chosen,
                },
                _,
            ) => {
                let chosen: Vec<&str> = chosen.iter().map(String::as_str).collect();
                if self.progress.answers.answer(id, &chosen).is_err() {
                    return;
                }
                // A new answer asks anew, even if the person continued past this one before.
                self.progress.continued.retain(|q| q != id);
                match self.progress.answers.interrupt(id) {
                    Some(kind) => Position::Interrupt { after: id, kind },
                    None => self.after(id),
                }
            }
            (Action::Continue, Position::Interrupt { after, .. }) => {
                self.progress.continued.push(after.to_string());
                self.after(after)
            }
            (Action::Back, Position::Interrupt { after, .. }) => Position::Question(after),
            (Action::Back, Position::Question(id)) => {
                let path = self.progress.answers.path();
                match path.iter().position(|q| q.id == id) {
                    Some(i) if i > 0 => Position::Question(path[i - 1].id),
                    _ => Position::Intro,
                }
            }
            (Action::Back, Position::Result) => self
                .progress
                .answers
                .path()
                .last()
                .map_or(Position::Intro, |q| Position::Question(q.id)),
            (_, position) => position,
        };
    }

    /// "Question n of m" for the current question: its place on the path as answered so far.
    pub fn step(&self) -> Option<(usize, usize)> {
        let Position::Question(id) = self.position else {
            return None;
        };
        let path = self.progress.answers.path();
        path.iter()
            .position(|q| q.id == id)
            .map(|i| (i + 1, path.len()))
    }

    pub fn current_question(&self) -> Option<&'static Question> {
        match self.position {
            Position::Question(id) => question(id),
            _ => None,
        }
    }

    /// The question after `id` on the current path, or the result at its end.
    fn after(&self, id: &str) -> Position {
        let path = self.progress.answers.path();
        let next = path.iter().skip_while(|q| q.id != id).nth(1);
        next.map_or(Position::Result, |q| Position::Question(q.id))
    }

    fn first_open(&self) -> Position {
        self.progress
            .answers
            .next_unanswered()
            .map_or(Position::Result, |q| Position::Question(q.id))
    }

    fn pending_interrupt(&self) -> Option<Position> {
        let answers = &self.progress.answers;
        answers.path().into_iter().find_map(|q| {
            let kind = answers.interrupt(q.id)?;
            (!self.progress.continued.iter().any(|c| c == q.id))
                .then_some(Position::Interrupt { after: q.id, kind })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::store::{encode, load, Loaded};

    fn answer(s: &mut Session, q: &'static str, chosen: &[&str]) {
        s.apply(Action::Answer {
            question: q,
            chosen: chosen.iter().map(|c| c.to_string()).collect(),
        });
    }

    #[test]
    fn safety_questions_come_first_and_a_crisis_answer_interrupts_at_once() {
        let mut s = Session::resume(Progress::default());
        assert_eq!(s.position, Position::Intro);
        s.apply(Action::Begin);
        assert_eq!(s.position, Position::Question("safety-now"));
        assert_eq!(s.step(), Some((1, s.progress.answers.path().len())));
        answer(&mut s, "safety-now", &["no"]);
        answer(&mut s, "phq-9-item-9", &["not-at-all"]);
        answer(&mut s, "safety-month", &["yes"]);
        assert_eq!(
            s.position,
            Position::Interrupt {
                after: "safety-month",
                kind: Interrupt::Crisis
            }
        );
        s.apply(Action::Continue);
        assert_eq!(s.position, Position::Question("safety-attempt"));
    }

    #[test]
    fn an_emergency_answer_interrupts_too() {
        let mut s = Session::resume(Progress::default());
        s.apply(Action::Begin);
        for q in [
            "safety-now",
            "phq-9-item-9",
            "safety-month",
            "safety-attempt",
            "harm-others-now",
        ] {
            let no = if q == "phq-9-item-9" {
                "not-at-all"
            } else {
                "no"
            };
            answer(&mut s, q, &[no]);
        }
        answer(&mut s, "emergency-now", &["chest-pain"]);
        assert_eq!(
            s.position,
            Position::Interrupt {
                after: "emergency-now",
                kind: Interrupt::MedicalEmergency
            }
        );
    }

    #[test]
    fn back_and_forward_keep_answers() {
        let mut s = Session::resume(Progress::default());
        s.apply(Action::Begin);
        answer(&mut s, "safety-now", &["no"]);
        answer(&mut s, "phq-9-item-9", &["not-at-all"]);
        s.apply(Action::Back);
        s.apply(Action::Back);
        assert_eq!(s.position, Position::Question("safety-now"));
        assert_eq!(s.progress.answers.chosen("phq-9-item-9"), ["not-at-all"]);
        s.apply(Action::Back);
        assert_eq!(s.position, Position::Intro);
        s.apply(Action::Begin);
        assert_eq!(
            s.position,
            Position::Question("safety-month"),
            "begin resumes at the first open question"
        );
    }

    #[test]
    fn a_reload_resumes_where_the_person_was() {
        let mut s = Session::resume(Progress::default());
        s.apply(Action::Begin);
        answer(&mut s, "safety-now", &["yes"]);
        // Reloaded before continuing: the crisis panel comes back.
        let stored = encode::<StoredScreening>(&s.progress).unwrap();
        let Loaded::Current(progress) = load::<StoredScreening>(Some(&stored)) else {
            panic!("stored progress reads back")
        };
        let mut again = Session::resume(progress);
        assert_eq!(again.position, Position::Intro);
        again.apply(Action::Begin);
        assert_eq!(
            again.position,
            Position::Interrupt {
                after: "safety-now",
                kind: Interrupt::Crisis
            }
        );
        again.apply(Action::Continue);
        let stored = encode::<StoredScreening>(&again.progress).unwrap();
        let Loaded::Current(progress) = load::<StoredScreening>(Some(&stored)) else {
            panic!()
        };
        let mut resumed = Session::resume(progress);
        resumed.apply(Action::Begin);
        assert_eq!(resumed.position, Position::Question("phq-9-item-9"));
    }

    #[test]
    fn answering_everything_reaches_the_result_and_start_over_clears_it() {
        let mut s = Session::resume(Progress::default());
        s.apply(Action::Begin);
        while let Some(q) = s.current_question() {
            let least = q.options.iter().min_by_key(|o| o.severity).unwrap().id;
            answer(&mut s, q.id, &[least]);
        }
        assert_eq!(s.position, Position::Result);
        s.apply(Action::Back);
        assert!(matches!(s.position, Position::Question(_)));
        s.apply(Action::StartOver);
        assert_eq!(s, Session::resume(Progress::default()));
    }

    #[test]
    fn an_invalid_answer_changes_nothing() {
        let mut s = Session::resume(Progress::default());
        s.apply(Action::Begin);
        let before = s.clone();
        answer(&mut s, "safety-now", &["no", "yes"]);
        answer(&mut s, "safety-now", &[]);
        assert_eq!(s, before);
    }

    #[test]
    fn stored_answers_that_no_longer_fit_are_dropped_on_load() {
        let raw = r#"{"format":"iop-widget/screening","version":1,"data":{"answers":{"safety-now":["no"],"old-question":["x"]}}}"#;
        let Loaded::Current(progress) = load::<StoredScreening>(Some(raw)) else {
            panic!()
        };
        assert_eq!(progress.answers.chosen("safety-now"), ["no"]);
        assert!(progress.answers.chosen("old-question").is_empty());
    }
}
