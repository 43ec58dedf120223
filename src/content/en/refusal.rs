//! English words for the refusal-skills screens (in progress).
