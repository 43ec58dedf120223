//! Every user-facing sentence, one file per language. `Text` is a struct rather than a map so a
//! language that misses a sentence does not compile. Components take their words from here only.

mod en;

use crate::core::config::Language;
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
}

impl Text {
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
}
