//! The stored forms of refusal-practice progress and of the person's own refusal lines (the
//! trigger map offers the lines too).

use super::{RefusalLines, RefusalProgress};
use crate::core::store::Schema;

/// Completed scenarios and the best rating in each.
pub struct StoredProgress;

impl Schema for StoredProgress {
    const KEY: &'static str = "iop-widget.refusal-progress";
    const FORMAT: &'static str = "iop-widget/refusal-progress";
    const VERSION: u32 = 1;
    type Data = RefusalProgress;
}

/// The person's own refusal lines. The trigger map reads this key too, so its data stays
/// `RefusalLines`.
pub struct StoredLines;

impl Schema for StoredLines {
    const KEY: &'static str = "iop-widget.refusal-lines";
    const FORMAT: &'static str = "iop-widget/refusal-lines";
    const VERSION: u32 = 1;
    type Data = RefusalLines;
}

#[cfg(test)]
mod tests {
    use super::super::testkit::valid;
    use super::super::{Play, Rating};
    use super::*;
    use crate::core::store::{encode, load, Loaded};

    fn finished(choices: &[&str]) -> RefusalProgress {
        let scene = valid();
        let mut play = Play::new(scene);
        for c in choices {
            play.choose(scene, c).unwrap();
        }
        let mut progress = RefusalProgress::default();
        assert!(progress.record(&play.debrief(scene)));
        progress
    }

    #[test]
    fn keys_and_versions() {
        assert_eq!(StoredProgress::KEY, "iop-widget.refusal-progress");
        assert_eq!(StoredLines::KEY, "iop-widget.refusal-lines");
        assert_eq!((StoredProgress::VERSION, StoredLines::VERSION), (1, 1));
        assert_ne!(StoredProgress::FORMAT, StoredLines::FORMAT);
    }

    #[test]
    fn progress_round_trips() {
        for progress in [
            RefusalProgress::default(),
            finished(&["a1", "b1", "c1"]),
            finished(&["a3", "g3", "c2"]),
        ] {
            let text = encode::<StoredProgress>(&progress).unwrap();
            assert_eq!(
                load::<StoredProgress>(Some(&text)),
                Loaded::Current(progress)
            );
        }
        let progress = finished(&["a2", "g1", "c1"]);
        let text = encode::<StoredProgress>(&progress).unwrap();
        let Loaded::Current(back) = load::<StoredProgress>(Some(&text)) else {
            panic!("progress did not load");
        };
        assert!(back.is_completed("test"));
        assert_eq!(back.best("test"), Some(Rating::Partly));
    }

    #[test]
    fn lines_round_trip() {
        let mut lines = RefusalLines::default();
        lines
            .add("No thanks, I'm not drinking tonight.", Some("house-party"))
            .unwrap();
        lines.add("I said no. Please stop asking.", None).unwrap();
        lines
            .add("Nein, danke. \u{1F642} \"quoted\"", None)
            .unwrap();
        let text = encode::<StoredLines>(&lines).unwrap();
        assert_eq!(load::<StoredLines>(Some(&text)), Loaded::Current(lines));
        let empty = RefusalLines::default();
        let text = encode::<StoredLines>(&empty).unwrap();
        assert_eq!(load::<StoredLines>(Some(&text)), Loaded::Current(empty));
    }

    #[test]
    fn corrupt_input_is_unreadable_and_kept_raw() {
        let progress = encode::<StoredProgress>(&finished(&["a1", "b1", "c1"])).unwrap();
        let lines = {
            let mut l = RefusalLines::default();
            l.add("No thanks.", None).unwrap();
            encode::<StoredLines>(&l).unwrap()
        };
        let truncated_progress = &progress[..progress.len() / 2];
        let truncated_lines = &lines[..lines.len() - 3];
        for raw in [
            "",
            "not json",
            truncated_progress,
            r#"{"format":"iop-widget/refusal-progress","version":1,"data":{"scenarios":"all"}}"#,
            // A future version this build cannot read.
            r#"{"format":"iop-widget/refusal-progress","version":99,"data":{}}"#,
            // The other schema's data under this key.
            &lines,
        ] {
            assert!(
                matches!(load::<StoredProgress>(Some(raw)), Loaded::Unreadable { raw: ref kept, .. } if kept == raw),
                "progress from {raw:?}"
            );
        }
        for raw in [
            "{",
            truncated_lines,
            r#"{"format":"iop-widget/refusal-lines","version":1,"data":[{"text":7}]}"#,
            &progress,
        ] {
            assert!(
                matches!(load::<StoredLines>(Some(raw)), Loaded::Unreadable { raw: ref kept, .. } if kept == raw),
                "lines from {raw:?}"
            );
        }
    }
}
