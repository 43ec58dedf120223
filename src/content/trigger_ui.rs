//! The trigger-map screens' own words (in progress).
