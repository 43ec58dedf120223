//! One module per screen.

mod coming_soon;
mod home;

pub use coming_soon::ComingSoon;
pub use home::Home;
