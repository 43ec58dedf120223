//! What the refusal-skills practice says, per language (`content/<lang>/refusal.json`): the
//! screens' words, names of techniques and filters, and every scene's words keyed by the ids of
//! `core::refusal::scenes`, so a translation cannot change a graph.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::core::refusal::{Choice, Pressure, Rating, Scenario, Setting, Substance, Technique};

/// The refusal-skills screens' own words.
#[derive(Debug, Deserialize)]
pub struct RefusalUi<'a> {
    pub add_line: &'a str,
    pub best: &'a str,
    pub cancel: &'a str,
    pub chose_strongest: &'a str,
    pub completed: &'a str,
    pub content_problem: &'a str,
    pub debrief: &'a str,
    pub discuss: &'a str,
    pub feedback: &'a str,
    pub filter_any: &'a str,
    pub filter_setting: &'a str,
    pub filter_substance: &'a str,
    pub go_on: &'a str,
    pub hide_all: &'a str,
    pub intro: &'a str,
    pub keep_line: &'a str,
    pub kept: &'a str,
    pub line_added: &'a str,
    pub line_duplicate: &'a str,
    pub line_empty: &'a str,
    pub line_label: &'a str,
    pub line_removed: &'a str,
    pub line_too_long: &'a str,
    pub line_too_many: &'a str,
    pub lines_intro: &'a str,
    pub lines_suggested: &'a str,
    pub lines_suggested_hint: &'a str,
    pub lines_title: &'a str,
    pub missed_heading: &'a str,
    pub misses: &'a str,
    pub no_match: &'a str,
    pub overall: &'a str,
    pub play: &'a str,
    pub play_again: &'a str,
    pub remove: &'a str,
    pub reset: &'a str,
    pub reset_confirm: &'a str,
    pub reset_done: &'a str,
    pub reset_yes: &'a str,
    pub reveal_all: &'a str,
    pub role_swap: &'a str,
    pub steps_heading: &'a str,
    pub strong_choice: &'a str,
    pub suggestions: &'a str,
    pub title: &'a str,
    pub to_list: &'a str,
    pub try_again_here: &'a str,
    pub used_heading: &'a str,
    pub uses: &'a str,
    pub you: &'a str,
    pub you_chose: &'a str,
    pub your_turn: &'a str,
}

#[derive(Debug, Deserialize)]
pub struct TechniqueText<'a> {
    pub name: &'a str,
    pub explanation: &'a str,
}

/// The words of one choice: what is said or done, and the feedback naming the technique.
#[derive(Debug, Deserialize)]
pub struct ChoiceText<'a> {
    pub text: &'a str,
    pub feedback: &'a str,
}

/// The words of one node: a decision (who speaks, what they say, scene-setting, a counselor's
/// discussion prompt, its choices) or an ending (the narration shown with the debrief).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NodeText<'a> {
    pub speaker: &'a str,
    pub line: &'a str,
    #[serde(borrow)]
    pub narration: Option<&'a str>,
    pub discuss: &'a str,
    #[serde(borrow)]
    pub choices: BTreeMap<&'a str, ChoiceText<'a>>,
    pub debrief: &'a str,
}

#[derive(Debug, Deserialize)]
pub struct SceneText<'a> {
    pub title: &'a str,
    pub intro: &'a str,
    #[serde(borrow)]
    pub nodes: BTreeMap<&'a str, NodeText<'a>>,
}

#[derive(Debug, Deserialize)]
pub struct RefusalWords<'a> {
    #[serde(borrow)]
    pub ui: RefusalUi<'a>,
    #[serde(borrow)]
    pub techniques: BTreeMap<Technique, TechniqueText<'a>>,
    #[serde(borrow)]
    pub settings: BTreeMap<Setting, &'a str>,
    #[serde(borrow)]
    pub substances: BTreeMap<Substance, &'a str>,
    #[serde(borrow)]
    pub pressures: BTreeMap<Pressure, &'a str>,
    #[serde(borrow)]
    pub ratings: BTreeMap<Rating, &'a str>,
    #[serde(borrow)]
    pub scenes: BTreeMap<&'a str, SceneText<'a>>,
}

static NO_NODE: NodeText<'static> = NodeText {
    speaker: "",
    line: "",
    narration: None,
    discuss: "",
    choices: BTreeMap::new(),
    debrief: "",
};

impl<'a> RefusalWords<'a> {
    pub fn technique(&self, t: Technique) -> &TechniqueText<'a> {
        static NONE: TechniqueText<'static> = TechniqueText {
            name: "",
            explanation: "",
        };
        self.techniques.get(&t).unwrap_or(&NONE)
    }

    pub fn setting(&self, s: Setting) -> &'a str {
        self.settings.get(&s).copied().unwrap_or_default()
    }

    pub fn substance(&self, s: Substance) -> &'a str {
        self.substances.get(&s).copied().unwrap_or_default()
    }

    pub fn pressure(&self, p: Pressure) -> &'a str {
        self.pressures.get(&p).copied().unwrap_or_default()
    }

    pub fn rating(&self, r: Rating) -> &'a str {
        self.ratings.get(&r).copied().unwrap_or_default()
    }

    /// A scene's title (empty if the language lacks it: content tests make sure none does).
    pub fn title(&self, scene: &Scenario) -> &'a str {
        self.scenes.get(scene.id).map_or("", |s| s.title)
    }

    pub fn intro(&self, scene: &Scenario) -> &'a str {
        self.scenes.get(scene.id).map_or("", |s| s.intro)
    }

    pub fn node(&self, scene: &Scenario, node: &str) -> &NodeText<'a> {
        self.scenes
            .get(scene.id)
            .and_then(|s| s.nodes.get(node))
            .unwrap_or(&NO_NODE)
    }

    /// A choice's words; `node` is the decision it belongs to.
    pub fn choice(&self, scene: &Scenario, node: &str, choice: &Choice) -> (&'a str, &'a str) {
        self.node(scene, node)
            .choices
            .get(choice.id)
            .map_or(("", ""), |c| (c.text, c.feedback))
    }

    /// A choice's words found by its id alone (choice ids are unique within a scene).
    pub fn choice_text(&self, scene: &Scenario, choice: &str) -> &'a str {
        self.scenes
            .get(scene.id)
            .and_then(|s| s.nodes.values().find_map(|n| n.choices.get(choice)))
            .map_or("", |c| c.text)
    }
}
