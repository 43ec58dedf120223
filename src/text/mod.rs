//! Every user-facing sentence, one file per language. `Text` is a struct rather than a map so a
//! language that misses a sentence does not compile. Components take their words from here only.

mod en;

use crate::core::config::{Language, Region};
use crate::core::exercise::Exercise;

/// Words for one exercise on the home screen and its own screen.
pub struct ExerciseText {
    pub title: &'static str,
    pub summary: &'static str,
    /// Roughly how long it takes, in plain words.
    pub duration: &'static str,
    /// The button that opens it; says which exercise, so it reads well out of context.
    pub start: &'static str,
}

pub struct Text {
    pub widget_label: &'static str,
    pub home_heading: &'static str,
    pub home_intro: &'static str,
    pub privacy_promise: &'static str,
    pub exercises_heading: &'static str,
    pub screening: ExerciseText,
    pub refusal_skills: ExerciseText,
    pub trigger_map: ExerciseText,
    pub back_home: &'static str,
    pub quick_exit: &'static str,
    pub quick_exit_hint: &'static str,
    pub contact_heading: &'static str,
    pub clinic_call: &'static str,
    pub crisis_heading: &'static str,
    pub call: &'static str,
    pub text: &'static str,
    pub emergency_call: &'static str,
    pub error_heading: &'static str,
    pub error_body: &'static str,
    pub setup_problem_heading: &'static str,
    pub setup_problem_body: &'static str,
    pub storage_unavailable: &'static str,
    pub storage_copy_kept: &'static str,
    pub storage_left_untouched: &'static str,
    pub storage_download_copy: &'static str,
    pub demo_badge: &'static str,
    pub reset_demo: &'static str,
    pub shortcuts: &'static str,
    pub shortcuts_heading: &'static str,
    pub shortcut_list: &'static [(&'static str, &'static str)],
    pub close: &'static str,
    /// The preset crisis line's name per region, in this language.
    pub crisis_names: &'static [(Region, &'static str)],
    /// "Text {keyword} to {number}".
    pub text_keyword: &'static str,
    /// Said where the host gave no clinic name.
    pub clinic_fallback: &'static str,
    pub device: DeviceText,
}

/// "Your data on this device": saving, the passphrase, deleting everything.
pub struct DeviceText {
    pub heading: &'static str,
    pub intro: &'static str,
    pub saving_legend: &'static str,
    pub saving_device: &'static str,
    pub saving_device_hint: &'static str,
    pub saving_memory: &'static str,
    pub saving_memory_hint: &'static str,
    pub saving_memory_notice: &'static str,
    pub saving_prompt_heading: &'static str,
    pub saving_prompt_body: &'static str,
    pub lock_heading: &'static str,
    pub lock_none: &'static str,
    pub lock_forget_warning: &'static str,
    pub lock_new: &'static str,
    pub lock_repeat: &'static str,
    pub lock_set: &'static str,
    pub lock_add: &'static str,
    pub lock_mismatch: &'static str,
    pub lock_too_short: &'static str,
    pub lock_locked: &'static str,
    pub lock_enter: &'static str,
    pub lock_unlock: &'static str,
    pub lock_wrong: &'static str,
    pub lock_open: &'static str,
    pub lock_change: &'static str,
    pub lock_remove: &'static str,
    pub lock_now: &'static str,
    pub lock_working: &'static str,
    pub lock_no_crypto: &'static str,
    pub lock_failed: &'static str,
    pub lock_forgot: &'static str,
    pub lock_broken: &'static str,
    pub lock_set_done: &'static str,
    pub lock_removed_done: &'static str,
    pub locked_notice: &'static str,
    pub delete_everything: &'static str,
    pub delete_question: &'static str,
    pub delete_lists: &'static str,
    pub delete_screening: &'static str,
    pub delete_trigger_plan: &'static str,
    pub delete_refusal_lines: &'static str,
    pub delete_refusal_progress: &'static str,
    /// "{n} backup copies of saved data that could not be read"
    pub delete_backups: &'static str,
    pub delete_lock: &'static str,
    pub delete_settings: &'static str,
    pub delete_nothing: &'static str,
    pub delete_memory_too: &'static str,
    pub delete_yes: &'static str,
    pub delete_no: &'static str,
    pub deleted: &'static str,
    pub delete_failed: &'static str,
    pub not_saved_full: &'static str,
    pub not_saved_too_large: &'static str,
    pub not_saved_protected: &'static str,
    pub not_saved_read_failed: &'static str,
    pub not_saved_locked: &'static str,
    pub merged: &'static str,
    /// "{n} items were changed in two places: choose which to keep."
    pub merged_conflicts: &'static str,
    pub kept_over_delete: &'static str,
    pub save_answers_label: &'static str,
    pub save_answers_hint: &'static str,
    pub saved_answers_found: &'static str,
    pub dismiss: &'static str,
    pub conflict_heading: &'static str,
    pub conflict_keep: &'static str,
}

impl Text {
    /// The crisis line's name: the host's own, or the region's preset in this language.
    pub fn crisis_label(&self, config: &crate::core::config::WidgetConfig) -> String {
        config.crisis_line.label.clone().unwrap_or_else(|| {
            self.crisis_names
                .iter()
                .find(|(r, _)| *r == config.region)
                .map_or("", |(_, name)| *name)
                .to_string()
        })
    }

    /// The clinic's name as given, or "the clinic".
    pub fn clinic_name(&self, config: &crate::core::config::WidgetConfig) -> String {
        config
            .clinic
            .name
            .clone()
            .unwrap_or_else(|| self.clinic_fallback.to_string())
    }

    pub fn exercise(&self, exercise: Exercise) -> &ExerciseText {
        match exercise {
            Exercise::Screening => &self.screening,
            Exercise::RefusalSkills => &self.refusal_skills,
            Exercise::TriggerMap => &self.trigger_map,
        }
    }
}

pub fn text(language: Language) -> &'static Text {
    match language {
        Language::English => &en::TEXT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every sentence of a language, for checks that apply to all of them.
    fn sentences(t: &Text) -> Vec<&'static str> {
        let mut all = vec![
            t.widget_label,
            t.home_heading,
            t.home_intro,
            t.privacy_promise,
            t.exercises_heading,
            t.back_home,
            t.quick_exit,
            t.quick_exit_hint,
            t.contact_heading,
            t.clinic_call,
            t.crisis_heading,
            t.call,
            t.text,
            t.emergency_call,
            t.error_heading,
            t.error_body,
            t.setup_problem_heading,
            t.setup_problem_body,
            t.storage_unavailable,
            t.storage_copy_kept,
            t.storage_left_untouched,
            t.storage_download_copy,
            t.demo_badge,
            t.reset_demo,
            t.shortcuts,
            t.shortcuts_heading,
            t.close,
        ];
        for e in Exercise::ALL {
            let et = t.exercise(e);
            all.extend([et.title, et.summary, et.duration, et.start]);
        }
        all
    }

    #[test]
    fn no_language_leaves_a_sentence_empty() {
        for language in Language::ALL {
            for s in sentences(text(language)) {
                assert!(!s.trim().is_empty(), "{language:?} has an empty sentence");
                assert_eq!(s, s.trim(), "{language:?}: stray white space in {s:?}");
            }
        }
    }

    #[test]
    fn the_privacy_promise_is_made_in_every_language() {
        assert_eq!(
            text(Language::English).privacy_promise,
            "Everything you enter stays on this device."
        );
    }

    #[test]
    fn quick_exit_is_honest_about_browser_history() {
        // CLINICAL.md section 6: say that it does not erase history.
        assert!(text(Language::English).quick_exit_hint.contains("history"));
    }

    #[test]
    fn every_region_has_a_crisis_line_name_and_the_device_panel_warns_before_a_passphrase() {
        for language in Language::ALL {
            let t = text(language);
            for region in Region::ALL {
                assert!(
                    t.crisis_names
                        .iter()
                        .any(|(r, name)| *r == region && !name.is_empty()),
                    "{language:?} {region:?}"
                );
            }
            assert!(t.text_keyword.contains("{keyword}") && t.text_keyword.contains("{number}"));
            assert!(t
                .device
                .lock_forget_warning
                .to_lowercase()
                .contains("delete"));
            assert!(t.device.save_answers_hint.contains("7 days"));
            assert!(t.device.save_answers_hint.to_lowercase().contains("safety"));
        }
    }
}
