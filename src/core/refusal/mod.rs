//! Refusal-skills practice (CLINICAL.md section 4): branching role-play scenarios, their
//! validation, playing one through to a debrief, and what the person keeps (progress and their
//! own refusal lines). The scenarios themselves are content, in `crate::content`.

mod model;
mod play;
mod progress;
pub mod scenes;
mod stored;
mod validate;

#[cfg(test)]
pub(crate) mod testkit;

pub use model::{
    find_scenario, Act, Choice, Decision, Ending, Node, Pressure, Rating, Scenario, Setting,
    Substance, Technique,
};
pub use play::{Debrief, DebriefStep, Play, PlayError, Step};
pub use progress::{
    line_key, suggested_lines, LineError, RefusalLine, RefusalLines, RefusalProgress,
    ScenarioProgress, MAX_LINES, MAX_LINE_CHARS,
};
pub use stored::{StoredLines, StoredProgress};
pub use validate::{
    validate, validate_library, ContentError, MAX_CHOICES, MIN_CHOICES, MIN_DECISIONS_PER_PATH,
};
