//! The stored forms of refusal-practice progress and of the person's own refusal lines (the
//! trigger map offers the lines too).
//!
//! Versions:
//! - 1: the plain lists (`RefusalProgress`, `RefusalLines` as serialized).
//! - 2: a `core::sync::Doc` of entries keyed by scene id / by the line's words, so two tabs
//!   merge instead of replacing each other's saves.

use serde_json::Value;

use super::progress::{line_key, RefusalLine, ScenarioProgress};
use super::{RefusalLines, RefusalProgress};
use crate::core::store::Schema;
use crate::core::sync::{Doc, Replica};

/// Completed scenarios and the best rating in each.
pub struct StoredProgress;

impl Schema for StoredProgress {
    const KEY: &'static str = "iop-widget.refusal-progress";
    const FORMAT: &'static str = "iop-widget/refusal-progress";
    const VERSION: u32 = 2;
    type Data = Doc<ScenarioProgress>;

    fn migrate(from_version: u32, data: Value) -> Result<Value, String> {
        match from_version {
            1 => {
                let old: RefusalProgress =
                    serde_json::from_value(data).map_err(|e| e.to_string())?;
                to_value(doc_of(old.ordered()))
            }
            _ => Err(format!("no migration from version {from_version}")),
        }
    }
}

/// The person's own refusal lines. The trigger map reads this key too.
pub struct StoredLines;

impl Schema for StoredLines {
    const KEY: &'static str = "iop-widget.refusal-lines";
    const FORMAT: &'static str = "iop-widget/refusal-lines";
    const VERSION: u32 = 2;
    type Data = Doc<RefusalLine>;

    fn migrate(from_version: u32, data: Value) -> Result<Value, String> {
        match from_version {
            1 => {
                // Version 1 had no caps on load: every line is carried over, and `from_doc`
                // shows those within the caps (the raw value is kept as a backup).
                let old: Vec<RefusalLine> =
                    serde_json::from_value(data).map_err(|e| e.to_string())?;
                to_value(doc_of(old.into_iter().map(|l| (line_key(&l.text), l))))
            }
            _ => Err(format!("no migration from version {from_version}")),
        }
    }

    /// Lines beyond the caps are dropped from the saved doc; the raw value is kept aside first.
    fn repair(doc: &mut Doc<RefusalLine>) -> bool {
        if !RefusalLines::over_caps(doc) {
            return false;
        }
        let kept = RefusalLines::from_doc(doc).items();
        let mut replica = Replica::new(doc.clone(), 0);
        let mut all = std::collections::BTreeMap::new();
        all.extend(doc.values().map(|(k, v)| (k.clone(), v.clone())));
        replica.record(&all, &kept, 0);
        *doc = replica.doc;
        true
    }
}

/// A doc holding `items` as first versions, in the order given.
pub(crate) fn doc_of<T: crate::core::sync::Merge>(
    items: impl IntoIterator<Item = (String, T)>,
) -> Doc<T> {
    let mut replica = Replica::new(Doc::default(), 0);
    for (key, value) in items {
        replica.set(&key, Some(value), 0);
    }
    replica.doc
}

fn to_value<T: serde::Serialize>(doc: Doc<T>) -> Result<Value, String> {
    serde_json::to_value(doc).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::progress::{MAX_LINES, MAX_LINE_CHARS};
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
        assert_eq!((StoredProgress::VERSION, StoredLines::VERSION), (2, 2));
        assert_ne!(StoredProgress::FORMAT, StoredLines::FORMAT);
    }

    #[test]
    fn progress_round_trips() {
        for progress in [
            RefusalProgress::default(),
            finished(&["a1", "b1", "c1"]),
            finished(&["a3", "g3", "c2"]),
        ] {
            let text = encode::<StoredProgress>(&doc_of(progress.ordered())).unwrap();
            let Loaded::Current(doc) = load::<StoredProgress>(Some(&text)) else {
                panic!("progress did not load");
            };
            assert_eq!(RefusalProgress::from_doc(&doc), progress);
        }
    }

    #[test]
    fn version_1_progress_and_lines_are_migrated() {
        let progress = serde_json::to_string(&finished(&["a2", "g1", "c1"])).unwrap();
        let raw =
            format!(r#"{{"format":"iop-widget/refusal-progress","version":1,"data":{progress}}}"#);
        let Loaded::Migrated { from: 1, data } = load::<StoredProgress>(Some(&raw)) else {
            panic!("not migrated");
        };
        let back = RefusalProgress::from_doc(&data);
        assert!(back.is_completed("test"));
        assert_eq!(back.best("test"), Some(Rating::Partly));

        let raw = r#"{"format":"iop-widget/refusal-lines","version":1,"data":[{"text":"No thanks."},{"text":"I said no.","from_scenario":"house-party"}]}"#;
        let Loaded::Migrated { from: 1, data } = load::<StoredLines>(Some(raw)) else {
            panic!("not migrated");
        };
        let lines = RefusalLines::from_doc(&data);
        assert_eq!(lines.len(), 2);
        assert_eq!(
            lines.lines()[1].from_scenario.as_deref(),
            Some("house-party")
        );
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
        let text = encode::<StoredLines>(&doc_of(lines.ordered())).unwrap();
        let Loaded::Current(doc) = load::<StoredLines>(Some(&text)) else {
            panic!()
        };
        assert_eq!(RefusalLines::from_doc(&doc).items(), lines.items());
    }

    #[test]
    fn stored_lines_beyond_the_caps_are_bounded_on_load_and_the_raw_value_is_kept() {
        let many: Vec<String> = (0..MAX_LINES + 20)
            .map(|i| format!(r#"{{"text":"No thanks {i}"}}"#))
            .chain([format!(
                r#"{{"text":"{}"}}"#,
                "x".repeat(MAX_LINE_CHARS + 50)
            )])
            .collect();
        let raw = format!(
            r#"{{"format":"iop-widget/refusal-lines","version":1,"data":[{}]}}"#,
            many.join(",")
        );
        let Loaded::Migrated { data, .. } = load::<StoredLines>(Some(&raw)) else {
            panic!()
        };
        assert_eq!(RefusalLines::from_doc(&data).len(), MAX_LINES);
        assert!(!RefusalLines::over_caps(&data), "repaired in the doc too");
        // Saved again as version 2 with too many, it is repaired on load.
        let mut doc = doc_of((0..MAX_LINES + 3).map(|i| {
            let text = format!("No {i}");
            (
                line_key(&text),
                RefusalLine {
                    text,
                    from_scenario: None,
                },
            )
        }));
        let text = encode::<StoredLines>(&doc).unwrap();
        assert!(matches!(
            load::<StoredLines>(Some(&text)),
            Loaded::Repaired(_)
        ));
        assert!(StoredLines::repair(&mut doc));
        assert!(!StoredLines::repair(&mut doc));
    }

    #[test]
    fn corrupt_input_is_unreadable_and_kept_raw() {
        let progress =
            encode::<StoredProgress>(&doc_of(finished(&["a1", "b1", "c1"]).ordered())).unwrap();
        let lines = {
            let mut l = RefusalLines::default();
            l.add("No thanks.", None).unwrap();
            encode::<StoredLines>(&doc_of(l.ordered())).unwrap()
        };
        let truncated_progress = &progress[..progress.len() / 2];
        let truncated_lines = &lines[..lines.len() - 3];
        for raw in [
            "",
            "not json",
            truncated_progress,
            r#"{"format":"iop-widget/refusal-progress","version":1,"data":{"scenarios":"all"}}"#,
            r#"{"format":"iop-widget/refusal-progress","version":99,"data":{}}"#,
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
