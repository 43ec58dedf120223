//! Exercise content as data (questions, scenarios, coping ideas), one folder per language.
//! Pure like the core: no browser imports. Tests validate every bundled piece.

pub mod en;
