//! The shell's words: home screen, bar, footer, notices, the device panel. One `shell.json` per
//! language; English is compiled in so the first screen needs no request.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::core::config::{text_href_with, Region, WidgetConfig};
use crate::core::exercise::Exercise;
use crate::core::store::Problem;

/// Words for one exercise on the home screen and its own screen.
#[derive(Debug, Deserialize)]
pub struct ExerciseText<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    /// Roughly how long it takes, in plain words.
    pub duration: &'a str,
    /// The button that opens it; says which exercise, so it reads well out of context.
    pub start: &'a str,
}

/// A sentence with a count in it, in the forms the language needs ("1 copy", "3 copies").
#[derive(Debug, Deserialize)]
pub struct Plural<'a> {
    pub one: &'a str,
    pub other: &'a str,
}

impl<'a> Plural<'a> {
    /// The form for `n`, with `{n}` filled in. English and Spanish use "one" for 1 only.
    pub fn of(&self, n: usize) -> String {
        let form = if n == 1 { self.one } else { self.other };
        form.replace("{n}", &n.to_string())
    }
}

#[derive(Debug, Deserialize)]
pub struct Shell<'a> {
    /// The language's name in itself, for the language switch.
    pub language: &'a str,
    pub language_label: &'a str,
    pub widget_label: &'a str,
    pub home_heading: &'a str,
    pub home_intro: &'a str,
    pub privacy_promise: &'a str,
    pub exercises_heading: &'a str,
    #[serde(borrow)]
    pub exercises: BTreeMap<Exercise, ExerciseText<'a>>,
    pub back_home: &'a str,
    pub quick_exit: &'a str,
    pub quick_exit_hint: &'a str,
    pub contact_heading: &'a str,
    pub clinic_call: &'a str,
    pub crisis_heading: &'a str,
    pub call: &'a str,
    pub text: &'a str,
    pub emergency_call: &'a str,
    pub error_heading: &'a str,
    pub error_body: &'a str,
    pub setup_problem_heading: &'a str,
    pub setup_problem_body: &'a str,
    pub storage_unavailable: &'a str,
    pub storage_copy_kept: &'a str,
    pub storage_left_untouched: &'a str,
    pub storage_download_copy: &'a str,
    pub demo_badge: &'a str,
    pub reset_demo: &'a str,
    pub shortcuts: &'a str,
    pub shortcuts_heading: &'a str,
    #[serde(borrow)]
    pub shortcut_list: Vec<(&'a str, &'a str)>,
    pub close: &'a str,
    /// The preset crisis line's name per region, in this language.
    #[serde(borrow)]
    pub crisis_names: BTreeMap<Region, &'a str>,
    /// The word a region's preset text line asks for in this language, where it asks for one
    /// (988 takes Spanish texts that start with AYUDA).
    #[serde(borrow, default)]
    pub text_keywords: BTreeMap<Region, &'a str>,
    /// "Text {keyword} to {number}".
    pub text_keyword: &'a str,
    /// Said where the host gave no clinic name.
    pub clinic_fallback: &'a str,
    #[serde(borrow)]
    pub device: DeviceText<'a>,
    /// Why saved data could not be read, by `Problem::id`, and the sentence around it
    /// (`unreadable`, with `{why}`).
    #[serde(borrow)]
    pub problems: BTreeMap<&'a str, &'a str>,
    pub loading: &'a str,
    pub load_failed: &'a str,
    pub retry: &'a str,
}

/// "Your data on this device": saving, the passphrase, deleting everything.
#[derive(Debug, Deserialize)]
pub struct DeviceText<'a> {
    pub heading: &'a str,
    pub intro: &'a str,
    pub saving_legend: &'a str,
    pub saving_device: &'a str,
    pub saving_device_hint: &'a str,
    pub saving_memory: &'a str,
    pub saving_memory_hint: &'a str,
    pub saving_memory_notice: &'a str,
    pub saving_prompt_heading: &'a str,
    pub saving_prompt_body: &'a str,
    pub lock_heading: &'a str,
    pub lock_none: &'a str,
    pub lock_forget_warning: &'a str,
    pub lock_new: &'a str,
    pub lock_repeat: &'a str,
    pub lock_set: &'a str,
    pub lock_add: &'a str,
    pub lock_mismatch: &'a str,
    pub lock_too_short: &'a str,
    pub lock_locked: &'a str,
    pub lock_enter: &'a str,
    pub lock_unlock: &'a str,
    pub lock_wrong: &'a str,
    pub lock_open: &'a str,
    pub lock_change: &'a str,
    pub lock_remove: &'a str,
    pub lock_now: &'a str,
    pub lock_working: &'a str,
    pub lock_no_crypto: &'a str,
    pub lock_failed: &'a str,
    pub lock_forgot: &'a str,
    pub lock_broken: &'a str,
    pub lock_set_done: &'a str,
    pub lock_removed_done: &'a str,
    pub locked_notice: &'a str,
    pub delete_everything: &'a str,
    pub delete_question: &'a str,
    pub delete_lists: &'a str,
    pub delete_screening: &'a str,
    pub delete_trigger_plan: &'a str,
    pub delete_refusal_lines: &'a str,
    pub delete_refusal_progress: &'a str,
    /// "{n} kept copies of saved data that could not be read"
    pub delete_backups: &'a str,
    pub delete_lock: &'a str,
    pub delete_settings: &'a str,
    pub delete_nothing: &'a str,
    pub delete_memory_too: &'a str,
    pub delete_yes: &'a str,
    pub delete_no: &'a str,
    pub deleted: &'a str,
    pub delete_failed: &'a str,
    pub not_saved_full: &'a str,
    pub not_saved_too_large: &'a str,
    pub not_saved_protected: &'a str,
    pub not_saved_read_failed: &'a str,
    pub not_saved_locked: &'a str,
    pub merged: &'a str,
    pub merged_conflicts: &'a str,
    pub kept_over_delete: &'a str,
    pub save_answers_label: &'a str,
    pub save_answers_hint: &'a str,
    pub saved_answers_found: &'a str,
    pub dismiss: &'a str,
    pub conflict_heading: &'a str,
    pub conflict_keep: &'a str,
}

impl<'a> Shell<'a> {
    pub fn exercise(&self, exercise: Exercise) -> &ExerciseText<'a> {
        &self.exercises[&exercise]
    }

    /// The crisis line's name: the host's own, or the region's preset in this language.
    pub fn crisis_label(&self, config: &WidgetConfig) -> String {
        config.crisis_line.label.clone().unwrap_or_else(|| {
            self.crisis_names
                .get(&config.region)
                .copied()
                .unwrap_or_default()
                .to_string()
        })
    }

    /// The crisis line's text option, as its link's words and `sms:` address: the host's or the
    /// region's keyword, else this language's keyword for the region's own text line.
    pub fn crisis_text(&self, config: &WidgetConfig) -> Option<(String, String)> {
        let crisis = &config.crisis_line;
        let number = crisis.text.as_deref()?;
        let keyword = crisis.text_keyword.as_deref().or_else(|| {
            crisis
                .text_is_preset
                .then(|| self.text_keywords.get(&config.region).copied())
                .flatten()
        });
        let label = match keyword {
            Some(keyword) => self
                .text_keyword
                .replace("{keyword}", keyword)
                .replace("{number}", number),
            None => format!("{} {number}", self.text),
        };
        Some((label, text_href_with(number, keyword)))
    }

    /// The clinic's name as given, or "the clinic".
    pub fn clinic_name(&self, config: &WidgetConfig) -> String {
        config
            .clinic
            .name
            .clone()
            .unwrap_or_else(|| self.clinic_fallback.to_string())
    }

    /// "What was saved on this device could not be read: {why}."
    pub fn problem(&self, problem: &Problem) -> String {
        let why = self.problems.get(problem.id()).copied().unwrap_or_default();
        self.problems
            .get("unreadable")
            .copied()
            .unwrap_or("{why}")
            .replace("{why}", why)
    }
}
