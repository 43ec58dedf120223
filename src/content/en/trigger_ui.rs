//! English words for the trigger-map screens (in progress).
