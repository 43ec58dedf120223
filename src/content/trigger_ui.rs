//! The trigger-map screens' own words (the common triggers and coping ideas are in
//! `content/<lang>/triggers.rs`).

use crate::core::config::Language;
use crate::core::triggers::{Category, CopingKind, Frequency};

pub struct TriggerUi {
    pub title: &'static str,
    pub intro: &'static str,
    pub categories: &'static [(Category, &'static str)],
    pub frequencies: &'static [(Frequency, &'static str)],
    pub kinds: &'static [(CopingKind, &'static str)],
    pub guided_start: &'static str,
    pub guided_heading: &'static str,
    pub guided_hint: &'static str,
    pub guided_own: &'static str,
    pub guided_step: &'static str,
    pub guided_done: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub cancel: &'static str,
    pub save: &'static str,
    pub add: &'static str,
    pub edit: &'static str,
    pub delete: &'static str,
    pub confirm_delete: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub triggers_heading: &'static str,
    pub no_triggers: &'static str,
    pub add_trigger: &'static str,
    pub trigger_name: &'static str,
    pub category: &'static str,
    pub urge: &'static str,
    pub urge_help: &'static str,
    pub urge_value: &'static str,
    pub frequency: &'static str,
    pub frequency_unset: &'static str,
    pub warning_signs: &'static str,
    pub notes: &'static str,
    pub coping_heading: &'static str,
    pub coping_count: &'static str,
    pub coping_for: &'static str,
    pub coping_ideas: &'static str,
    pub coping_own: &'static str,
    pub coping_kind: &'static str,
    pub coping_text: &'static str,
    pub unlink: &'static str,
    pub done: &'static str,
    pub map_heading: &'static str,
    pub map_me: &'static str,
    pub map_description: &'static str,
    pub completeness_heading: &'static str,
    pub complete: &'static str,
    pub next_add_trigger: &'static str,
    pub next_add_coping: &'static str,
    pub next_add_contact: &'static str,
    pub strongest_status: &'static str,
    pub contacts_heading: &'static str,
    pub contact_name: &'static str,
    pub contact_phone: &'static str,
    pub places_heading: &'static str,
    pub place: &'static str,
    pub lines_heading: &'static str,
    pub line: &'static str,
    pub lines_from_practice: &'static str,
    pub plan_heading: &'static str,
    pub view_plan: &'static str,
    pub print: &'static str,
    pub plan_strongest: &'static str,
    pub plan_other: &'static str,
    pub plan_crisis: &'static str,
    pub plan_none: &'static str,
    pub tools_heading: &'static str,
    pub export: &'static str,
    pub import: &'static str,
    pub import_heading: &'static str,
    pub import_choose: &'static str,
    pub import_preview: &'static str,
    pub import_replace: &'static str,
    pub import_merge: &'static str,
    pub import_done: &'static str,
    pub import_error: &'static str,
    pub delete_everything: &'static str,
    pub delete_everything_confirm: &'static str,
    pub delete_everything_yes: &'static str,
    pub deleted: &'static str,
    pub changed_elsewhere: &'static str,
    pub import_keep_failed: &'static str,
}

/// One static instance per language: the same text is the same instance.
impl PartialEq for TriggerUi {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl TriggerUi {
    pub fn category(&self, category: Category) -> &'static str {
        self.categories
            .iter()
            .find(|(c, _)| *c == category)
            .map_or("", |(_, label)| *label)
    }

    pub fn frequency(&self, frequency: Frequency) -> &'static str {
        self.frequencies
            .iter()
            .find(|(f, _)| *f == frequency)
            .map_or("", |(_, label)| *label)
    }

    pub fn kind(&self, kind: CopingKind) -> &'static str {
        self.kinds
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or("", |(_, label)| *label)
    }
}

pub fn trigger_ui(language: Language) -> &'static TriggerUi {
    match language {
        Language::English => &super::en::trigger_ui::UI,
    }
}
