//! The refusal-skills screens' own words (the scenarios are in `content/<lang>/scenarios.rs`).

use crate::core::config::Language;

pub struct RefusalUi {
    pub title: &'static str,
    pub intro: &'static str,
    pub filter_setting: &'static str,
    pub filter_substance: &'static str,
    pub filter_any: &'static str,
    pub no_match: &'static str,
    pub play: &'static str,
    pub completed: &'static str,
    pub best: &'static str,
    pub reset: &'static str,
    pub reset_confirm: &'static str,
    pub reset_yes: &'static str,
    pub cancel: &'static str,
    pub you: &'static str,
    pub your_turn: &'static str,
    pub feedback: &'static str,
    pub uses: &'static str,
    pub misses: &'static str,
    pub go_on: &'static str,
    pub try_again_here: &'static str,
    pub debrief: &'static str,
    pub used_heading: &'static str,
    pub missed_heading: &'static str,
    pub steps_heading: &'static str,
    pub you_chose: &'static str,
    pub strong_choice: &'static str,
    pub chose_strongest: &'static str,
    pub overall: &'static str,
    pub play_again: &'static str,
    pub to_list: &'static str,
    pub lines_title: &'static str,
    pub lines_intro: &'static str,
    pub line_label: &'static str,
    pub add_line: &'static str,
    pub remove: &'static str,
    pub suggestions: &'static str,
    pub keep_line: &'static str,
    pub line_empty: &'static str,
    pub line_too_long: &'static str,
    pub line_duplicate: &'static str,
    pub line_too_many: &'static str,
    pub content_problem: &'static str,
    pub discuss: &'static str,
    pub reveal_all: &'static str,
    pub hide_all: &'static str,
    pub role_swap: &'static str,
}

pub fn refusal_ui(language: Language) -> &'static RefusalUi {
    match language {
        Language::English => &super::en::refusal::UI,
    }
}
