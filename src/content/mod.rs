//! Everything the widget says, as data: one folder per language, `content/<tag>/`, with one
//! JSON file per part (`shell`, `screening`, `refusal`, `triggers`, `expect`). The types here read those
//! files; words are keyed by the ids of the core, so a translation can never change a rule or a
//! graph. Strings are borrowed from the file's text, which the caller keeps for the page's
//! lifetime: files hold no escapes (typographic quotes instead), which tests check.
//!
//! English's shell is compiled in, so the first screen needs no request; every other part, and
//! every other language, is loaded when it is needed (`platform::words`).

pub mod expect;
pub mod json;
pub mod refusal;
pub mod screening;
pub mod shell;
pub mod triggers;

pub use expect::ExpectWords;
pub use refusal::RefusalWords;
pub use screening::ScreeningText;
pub use shell::Shell;
pub use triggers::TriggerWords;

/// The parts of a language's content, loaded separately so a person pays only for what they open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    Shell,
    Screening,
    Refusal,
    Triggers,
    Expect,
}

impl Part {
    pub const ALL: [Part; 5] = [
        Part::Shell,
        Part::Screening,
        Part::Refusal,
        Part::Triggers,
        Part::Expect,
    ];

    /// The file's name in `content/<tag>/`, without `.json`.
    /// The part holding an exercise's words.
    pub fn of(exercise: crate::core::exercise::Exercise) -> Part {
        use crate::core::exercise::Exercise;
        match exercise {
            Exercise::Screening => Part::Screening,
            Exercise::RefusalSkills => Part::Refusal,
            Exercise::TriggerMap => Part::Triggers,
            Exercise::WhatToExpect => Part::Expect,
        }
    }

    pub fn file(self) -> &'static str {
        match self {
            Part::Shell => "shell",
            Part::Screening => "screening",
            Part::Refusal => "refusal",
            Part::Triggers => "triggers",
            Part::Expect => "expect",
        }
    }
}

/// Reads one content file. `source` must live for the page (the loader leaks it on purpose:
/// a language's words are read once and kept).
pub fn parse<T: json::Read<'static>>(source: &'static str) -> Result<T, String> {
    T::read(&json::parse(source)?)
}

/// English's shell, compiled in.
/// Minified by build.rs: it is part of the first download.
pub const ENGLISH_SHELL: &str = include_str!(concat!(env!("OUT_DIR"), "/shell.json"));

/// Replaces `{name}` placeholders in a sentence.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

#[cfg(test)]
mod tests;
