//! The screening: "Could an intensive outpatient program fit me?" (CLINICAL.md sections 1-3).
//! `questionnaire` is the structure, `answers` the path through it, `instruments` the standard
//! scores, `rules` the routing to a level of care with its reasons.

pub mod answers;
pub mod examples;
pub mod instruments;
pub mod questionnaire;
pub mod rules;
pub mod session;

#[cfg(test)]
pub(crate) mod properties;

pub use answers::{AnswerError, Answers};
pub use questionnaire::{Dimension, Instrument, Interrupt, Question, QUESTIONS};
pub use rules::{recommend, Concern, Finding, Flag, Outcome, Reason, Recommendation};
pub use session::{
    Action, Position, Progress, SavedScreening, Session, StoredScreening, SAVED_ANSWERS_MS,
};
