//! The stored forms of refusal-practice progress and of the person's own refusal lines (the
//! trigger map offers the lines too).

use super::{RefusalLines, RefusalProgress};
use crate::core::store::Schema;

pub struct StoredProgress;

impl Schema for StoredProgress {
    const KEY: &'static str = "iop-widget.refusal-progress";
    const FORMAT: &'static str = "iop-widget/refusal-progress";
    const VERSION: u32 = 1;
    type Data = RefusalProgress;
}

pub struct StoredLines;

impl Schema for StoredLines {
    const KEY: &'static str = "iop-widget.refusal-lines";
    const FORMAT: &'static str = "iop-widget/refusal-lines";
    const VERSION: u32 = 1;
    type Data = RefusalLines;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::store::{encode, load, Loaded};

    #[test]
    fn lines_and_progress_round_trip_and_bad_input_is_kept_raw() {
        let mut lines = RefusalLines::default();
        lines
            .add("No thanks, I'm not drinking tonight.", Some("house-party"))
            .unwrap();
        let text = encode::<StoredLines>(&lines).unwrap();
        assert_eq!(load::<StoredLines>(Some(&text)), Loaded::Current(lines));
        let progress = RefusalProgress::default();
        let text = encode::<StoredProgress>(&progress).unwrap();
        assert_eq!(
            load::<StoredProgress>(Some(&text)),
            Loaded::Current(progress)
        );
        let raw = r#"{"format":"iop-widget/refusal-lines","version":1,"data":{"#;
        assert!(
            matches!(load::<StoredLines>(Some(raw)), Loaded::Unreadable { raw: kept, .. } if kept == raw)
        );
    }
}
