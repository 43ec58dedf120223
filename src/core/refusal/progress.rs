//! What the person keeps on their device: progress through the scenarios and their own
//! refusal lines (which the trigger map reuses). Both are plain serde data for local storage.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::sync::{Doc, Merge};

use super::model::{Act, Choice, Rating, Scenario, Technique};
use super::play::{Debrief, Play};

/// Progress in one scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioProgress {
    pub scenario: String,
    #[serde(default)]
    pub completed: bool,
    /// The best overall rating of a completed play.
    #[serde(default)]
    pub best: Option<Rating>,
}

/// Completed scenarios and the best rating in each.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusalProgress {
    #[serde(default)]
    scenarios: Vec<ScenarioProgress>,
}

impl RefusalProgress {
    /// Records a finished play, keeping the best rating so far. An unfinished play is not
    /// recorded. Returns whether anything changed (so the UI knows whether to save).
    pub fn record(&mut self, debrief: &Debrief) -> bool {
        let (Some(_), Some(rating)) = (debrief.ending, debrief.overall) else {
            return false;
        };
        let index = match self
            .scenarios
            .iter()
            .position(|p| p.scenario == debrief.scenario_id)
        {
            Some(i) => i,
            None => {
                self.scenarios.push(ScenarioProgress {
                    scenario: debrief.scenario_id.to_string(),
                    completed: false,
                    best: None,
                });
                self.scenarios.len() - 1
            }
        };
        let entry = &mut self.scenarios[index];
        let before = entry.clone();
        entry.completed = true;
        entry.best = entry.best.max(Some(rating));
        *entry != before
    }

    pub fn get(&self, scenario_id: &str) -> Option<&ScenarioProgress> {
        self.scenarios.iter().find(|p| p.scenario == scenario_id)
    }

    pub fn best(&self, scenario_id: &str) -> Option<Rating> {
        self.get(scenario_id).and_then(|p| p.best)
    }

    pub fn is_completed(&self, scenario_id: &str) -> bool {
        self.get(scenario_id).is_some_and(|p| p.completed)
    }

    pub fn completed_count(&self) -> usize {
        self.scenarios.iter().filter(|p| p.completed).count()
    }

    /// Forgets all progress (refusal lines are kept separately and stay).
    pub fn reset(&mut self) {
        self.scenarios.clear();
    }
}

/// Longest refusal line, in characters: a line is something to say in one breath.
pub const MAX_LINE_CHARS: usize = 200;
/// Most lines kept, so stored data stays small.
pub const MAX_LINES: usize = 50;

/// A line the person wants to keep and use, in their own words or taken from a scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusalLine {
    pub text: String,
    /// The scenario it was suggested by, if any.
    #[serde(default)]
    pub from_scenario: Option<String>,
}

/// Why a line was not added. The UI words these for the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineError {
    Empty,
    /// Longer than [`MAX_LINE_CHARS`]; rejected rather than cut, so no words get lost.
    TooLong,
    /// The same line, ignoring case and surrounding spaces, is already kept.
    Duplicate,
    /// [`MAX_LINES`] lines are already kept.
    TooMany,
}

/// "My refusal lines", in the order added. Serialises as a plain JSON list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RefusalLines {
    lines: Vec<RefusalLine>,
}

impl RefusalLines {
    pub fn lines(&self) -> &[RefusalLine] {
        &self.lines
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Whether this line is already kept, ignoring case and surrounding spaces.
    pub fn contains(&self, text: &str) -> bool {
        let wanted = text.trim().to_lowercase();
        self.lines.iter().any(|l| l.text.to_lowercase() == wanted)
    }

    /// Adds a line, trimmed. Returns its index.
    pub fn add(&mut self, text: &str, from_scenario: Option<&str>) -> Result<usize, LineError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(LineError::Empty);
        }
        if text.chars().count() > MAX_LINE_CHARS {
            return Err(LineError::TooLong);
        }
        if self.contains(text) {
            return Err(LineError::Duplicate);
        }
        if self.lines.len() >= MAX_LINES {
            return Err(LineError::TooMany);
        }
        self.lines.push(RefusalLine {
            text: text.to_string(),
            from_scenario: from_scenario.map(str::to_string),
        });
        Ok(self.lines.len() - 1)
    }

    /// Removes the line at `index`; `None` if there is none.
    pub fn remove(&mut self, index: usize) -> Option<RefusalLine> {
        (index < self.lines.len()).then(|| self.lines.remove(index))
    }

    pub fn clear(&mut self) {
        self.lines.clear();
    }
}

/// What makes words a refusal line: they say no, repeat it, or ask for the offers to stop.
/// Other strong words ("Can we make a plan?") help in the story but are not lines to keep.
const REFUSING: [Technique; 3] = [
    Technique::SayNoFirst,
    Technique::BrokenRecord,
    Technique::AskToStop,
];

/// Lines to offer for keeping: the words of every strong choice that refuses, at the decision
/// points the person answered, whichever they chose, each once, in the order met.
pub fn suggested_lines(scenario: &Scenario, play: &Play) -> Vec<&'static Choice> {
    let mut lines: Vec<&'static Choice> = Vec::new();
    if play.scenario_id() != scenario.id {
        return lines;
    }
    for step in play.steps() {
        let Some(decision) = scenario.decision(&step.node) else {
            continue;
        };
        for c in decision.choices {
            let refuses = c.uses.iter().any(|t| REFUSING.contains(t));
            if c.rating == Rating::Strong
                && c.act == Act::Say
                && refuses
                && !lines.iter().any(|l| l.id == c.id)
            {
                lines.push(c);
            }
        }
    }
    lines
}

// ---- Saved form: one entry per scene and per line, merged item by item (`core::sync`). ----

impl Merge for ScenarioProgress {
    /// Finished in two tabs: finished, with the better rating.
    fn join(later: &Self, earlier: &Self) -> Option<Self> {
        Some(ScenarioProgress {
            scenario: later.scenario.clone(),
            completed: later.completed || earlier.completed,
            best: later.best.max(earlier.best),
        })
    }
}

impl Merge for RefusalLine {
    /// The same line kept in two tabs is one line.
    fn join(later: &Self, _earlier: &Self) -> Option<Self> {
        Some(later.clone())
    }
}

impl RefusalProgress {
    pub fn from_doc(doc: &Doc<ScenarioProgress>) -> RefusalProgress {
        RefusalProgress {
            scenarios: doc.in_order().into_iter().map(|(_, p)| p.clone()).collect(),
        }
    }

    /// By scene id, in the order first played.
    pub fn ordered(&self) -> Vec<(String, ScenarioProgress)> {
        self.scenarios
            .iter()
            .map(|p| (p.scenario.clone(), p.clone()))
            .collect()
    }

    /// By scene id.
    pub fn items(&self) -> BTreeMap<String, ScenarioProgress> {
        // `extend`, not `collect`: collecting into a BTreeMap compiles a sort (see core::order).
        let mut items = BTreeMap::new();
        items.extend(
            self.scenarios
                .iter()
                .map(|p| (p.scenario.clone(), p.clone())),
        );
        items
    }
}

impl RefusalLines {
    /// The lines a doc holds, oldest first, within the caps: a doc merged from two tabs, or
    /// edited by hand, never shows more than [`MAX_LINES`] lines of at most [`MAX_LINE_CHARS`].
    pub fn from_doc(doc: &Doc<RefusalLine>) -> RefusalLines {
        let mut lines = RefusalLines::default();
        for (_, line) in doc.in_order() {
            let _ = lines.add(&line.text, line.from_scenario.as_deref());
        }
        lines
    }

    /// By the line's words, in the order kept.
    pub fn ordered(&self) -> Vec<(String, RefusalLine)> {
        self.lines
            .iter()
            .map(|l| (line_key(&l.text), l.clone()))
            .collect()
    }

    /// By the line's words, ignoring case: the same line typed in two tabs is one line.
    pub fn items(&self) -> BTreeMap<String, RefusalLine> {
        let mut items = BTreeMap::new();
        items.extend(self.lines.iter().map(|l| (line_key(&l.text), l.clone())));
        items
    }

    /// Whether the doc holds lines [`from_doc`](Self::from_doc) leaves out (too many, too long).
    pub fn over_caps(doc: &Doc<RefusalLine>) -> bool {
        let shown = RefusalLines::from_doc(doc).len();
        doc.values().count() != shown
    }
}

/// A line's key in the saved doc.
pub fn line_key(text: &str) -> String {
    text.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::super::model::*;
    use super::super::testkit::*;
    use super::*;

    fn finished_with(choices: [&str; 3]) -> Debrief {
        let s = valid();
        let mut play = Play::new(s);
        for id in choices {
            play.choose(s, id).unwrap();
        }
        play.debrief(s)
    }

    #[test]
    fn progress_keeps_the_best_rating() {
        let mut progress = RefusalProgress::default();
        assert!(!progress.is_completed("test"));
        assert!(progress.record(&finished_with(["a2", "g1", "c1"])));
        assert_eq!(progress.best("test"), Some(Rating::Partly));
        assert!(progress.is_completed("test"));
        assert!(!progress.record(&finished_with(["a3", "g1", "c1"])));
        assert_eq!(
            progress.best("test"),
            Some(Rating::Partly),
            "a worse run keeps the best"
        );
        assert!(progress.record(&finished_with(["a1", "b1", "c1"])));
        assert_eq!(progress.best("test"), Some(Rating::Strong));
        assert_eq!(progress.completed_count(), 1);

        let json = serde_json::to_string(&progress).unwrap();
        assert_eq!(
            json,
            r#"{"scenarios":[{"scenario":"test","completed":true,"best":"strong"}]}"#
        );
        assert_eq!(
            serde_json::from_str::<RefusalProgress>(&json).unwrap(),
            progress
        );

        progress.reset();
        assert_eq!(progress, RefusalProgress::default());
        assert_eq!(progress.best("test"), None);
    }

    #[test]
    fn an_unfinished_play_is_not_recorded() {
        let s = valid();
        let mut play = Play::new(s);
        play.choose(s, "a1").unwrap();
        let mut progress = RefusalProgress::default();
        assert!(!progress.record(&play.debrief(s)));
        assert_eq!(progress.get("test"), None);
    }

    #[test]
    fn lines_are_trimmed_and_empty_ones_rejected() {
        let mut lines = RefusalLines::default();
        assert_eq!(lines.add("   ", None), Err(LineError::Empty));
        assert_eq!(lines.add("  No thanks, I'm good.\n", Some("party")), Ok(0));
        assert_eq!(
            lines.lines(),
            [RefusalLine {
                text: "No thanks, I'm good.".into(),
                from_scenario: Some("party".into())
            }]
        );
    }

    #[test]
    fn duplicate_lines_are_rejected_ignoring_case() {
        let mut lines = RefusalLines::default();
        lines.add("No thanks.", None).unwrap();
        assert_eq!(lines.add(" NO THANKS. ", None), Err(LineError::Duplicate));
        assert!(lines.contains("no thanks."));
        assert_eq!(lines.len(), 1);
    }

    #[test]
    fn lines_are_capped_in_length_and_number() {
        let mut lines = RefusalLines::default();
        let longest = "é".repeat(MAX_LINE_CHARS);
        assert_eq!(
            lines.add(&longest, None),
            Ok(0),
            "the cap counts characters"
        );
        assert_eq!(
            lines.add(&"a".repeat(MAX_LINE_CHARS + 1), None),
            Err(LineError::TooLong)
        );
        for i in 1..MAX_LINES {
            lines.add(&format!("line {i}"), None).unwrap();
        }
        assert_eq!(lines.add("one more", None), Err(LineError::TooMany));
    }

    #[test]
    fn lines_can_be_removed_and_survive_json() {
        let mut lines = RefusalLines::default();
        lines.add("No.", None).unwrap();
        lines.add("I'm heading out.", None).unwrap();
        let json = serde_json::to_string(&lines).unwrap();
        assert_eq!(
            json,
            r#"[{"text":"No.","from_scenario":null},{"text":"I'm heading out.","from_scenario":null}]"#
        );
        assert_eq!(serde_json::from_str::<RefusalLines>(&json).unwrap(), lines);
        assert_eq!(lines.remove(5), None);
        assert_eq!(lines.remove(0).map(|l| l.text), Some("No.".into()));
        assert_eq!(lines.lines()[0].text, "I'm heading out.");
        lines.clear();
        assert!(lines.is_empty());
    }

    #[test]
    fn suggested_lines_are_the_strong_words_met_on_the_path() {
        let mut nodes = valid_nodes();
        replace(
            &mut nodes,
            decision(
                "a",
                vec![
                    choice("a1", Rating::Strong, "b"),
                    choice("a2", Rating::Partly, "again"),
                    choice("a3", Rating::Risky, "again"),
                ],
            ),
        );
        replace(
            &mut nodes,
            decision(
                "again",
                vec![
                    choice("g1", Rating::Strong, "c"),
                    Choice {
                        act: Act::Do,
                        ..choice("g2", Rating::Strong, "c")
                    },
                    Choice {
                        uses: &[Technique::PlanAhead],
                        ..choice("g3", Rating::Strong, "c")
                    },
                    choice("g4", Rating::Partly, "c"),
                ],
            ),
        );
        let s = scenario("test", "a", nodes);
        let mut play = Play::new(s);
        assert!(suggested_lines(s, &play).is_empty());
        play.choose(s, "a3").unwrap();
        play.choose(s, "g4").unwrap();
        let ids =
            |play: &Play| -> Vec<&str> { suggested_lines(s, play).iter().map(|c| c.id).collect() };
        assert_eq!(
            ids(&play),
            ["a1", "g1"],
            "strong refusing words at both answered points, whichever was chosen; \
             not the deed, not the plan"
        );
        play.choose(s, "c1").unwrap();
        assert_eq!(ids(&play), ["a1", "g1", "c1", "c2", "c3"]);
    }
}
