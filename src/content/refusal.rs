//! What the refusal-skills practice says, per language (`content/<lang>/refusal.json`): the
//! screens' words, names of techniques and filters, and every scene's words keyed by the ids of
//! `core::refusal::scenes`, so a translation cannot change a graph.

use super::json::{words, Keyed};

use crate::core::refusal::{Choice, Pressure, Rating, Scenario, Setting, Substance, Technique};

words! {
    /// The refusal-skills screens' own words.
    pub struct RefusalUi {
        add_line,
        best,
        cancel,
        chose_strongest,
        completed,
        content_problem,
        debrief,
        discuss,
        feedback,
        filter_any,
        filter_setting,
        filter_substance,
        go_on,
        hide_all,
        intro,
        keep_line,
        kept,
        line_added,
        line_duplicate,
        line_empty,
        line_label,
        line_removed,
        line_too_long,
        line_too_many,
        lines_intro,
        lines_suggested,
        lines_suggested_hint,
        lines_title,
        missed_heading,
        misses,
        no_match,
        overall,
        play,
        play_again,
        remove,
        reset,
        reset_confirm,
        reset_done,
        reset_yes,
        reveal_all,
        role_swap,
        steps_heading,
        strong_choice,
        suggestions,
        title,
        /// Undoes the last choice (the counselor's P): back at the decision before.
        step_back,
        to_list,
        try_again_here,
        /// After a choice that was not the strongest: the same moment again, straight away.
        try_another,
        used_heading,
        uses,
        /// In the debrief, before the strong response's feedback: why it works.
        why_it_works,
        /// In the debrief, before a weaker choice's own feedback: why it falls short.
        why_short,
        you,
        you_chose,
        your_turn,
    }
}

words! {
    pub struct TechniqueText {
        name,
        explanation,
    }
}

words! {
    /// The words of one choice: what is said or done, and the feedback naming the technique.
    pub struct ChoiceText {
        text,
        feedback,
    }
}

words! {
    /// The words of one node: a decision (who speaks, what they say, scene-setting, a counselor's
    /// discussion prompt, its choices) or an ending (the narration shown with the debrief).
    pub struct NodeText (lenient) {
        speaker,
        line,
        narration: Option<&'a str>,
        discuss,
        choices: Keyed<'a, ChoiceText<'a>>,
        debrief,
    }
}

words! {
    pub struct SceneText {
        title,
        intro,
        nodes: Keyed<'a, NodeText<'a>>,
    }
}

words! {
    pub struct RefusalWords {
        ui: RefusalUi<'a>,
        techniques: Keyed<'a, TechniqueText<'a>>,
        settings: Keyed<'a, &'a str>,
        substances: Keyed<'a, &'a str>,
        pressures: Keyed<'a, &'a str>,
        ratings: Keyed<'a, &'a str>,
        scenes: Keyed<'a, SceneText<'a>>,
    }
}

static NO_NODE: NodeText<'static> = NodeText {
    speaker: "",
    line: "",
    narration: None,
    discuss: "",
    choices: Keyed(Vec::new()),
    debrief: "",
};

impl<'a> RefusalWords<'a> {
    pub fn technique(&self, t: Technique) -> &TechniqueText<'a> {
        static NONE: TechniqueText<'static> = TechniqueText {
            name: "",
            explanation: "",
        };
        self.techniques.get(t.id()).unwrap_or(&NONE)
    }

    pub fn setting(&self, s: Setting) -> &'a str {
        self.settings.text(s.id())
    }

    pub fn substance(&self, s: Substance) -> &'a str {
        self.substances.text(s.id())
    }

    pub fn pressure(&self, p: Pressure) -> &'a str {
        self.pressures.text(p.id())
    }

    pub fn rating(&self, r: Rating) -> &'a str {
        self.ratings.text(r.id())
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
            .and_then(|s| s.nodes.iter().find_map(|(_, n)| n.choices.get(choice)))
            .map_or("", |c| c.text)
    }
}
