//! One module per screen.

mod expect;
mod home;
mod refusal;
mod screening;
mod setup_problem;
mod triggers;

pub use expect::WhatToExpect;
pub use home::Home;
pub use refusal::RefusalSkills;
pub use screening::{Handoff, Screening, ScreeningResult};
pub use setup_problem::SetupProblem;
pub use triggers::TriggerMap;
