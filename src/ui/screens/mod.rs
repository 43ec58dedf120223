//! One module per screen.

mod coming_soon;
mod home;
mod screening;
mod setup_problem;

pub use coming_soon::ComingSoon;
pub use home::Home;
pub use screening::Screening;
pub use setup_problem::SetupProblem;
