//! The refusal-skills screens' own words (in progress).
