//! The shell's words: home screen, bar, footer, notices, the device panel. One `shell.json` per
//! language; English is compiled in so the first screen needs no request.

use super::json::{words, Keyed};

use crate::core::config::{text_href_with, WidgetConfig};
use crate::core::exercise::Exercise;
use crate::core::store::Problem;

words! {
    /// Words for one exercise on the home screen and its own screen.
    pub struct ExerciseText {
        title,
        summary,
        /// Roughly how long it takes, in plain words.
        duration,
        /// The button that opens it; says which exercise, so it reads well out of context.
        start,
    }
}

words! {
    /// A sentence with a count in it, in the forms the language needs ("1 copy", "3 copies").
    pub struct Plural {
        one,
        other,
    }
}

impl<'a> Plural<'a> {
    /// The form for `n`, with `{n}` filled in. English and Spanish use "one" for 1 only.
    pub fn of(&self, n: usize) -> String {
        let form = if n == 1 { self.one } else { self.other };
        form.replace("{n}", &n.to_string())
    }
}

words! {
    pub struct Shell {
        /// The language's name in itself, for the language switch.
        language,
        language_label,
        widget_label,
        home_heading,
        home_intro,
        privacy_promise,
        exercises_heading,
        exercises: Keyed<'a, ExerciseText<'a>>,
        back_home,
        quick_exit,
        quick_exit_hint,
        contact_heading,
        clinic_call,
        crisis_heading,
        call,
        text,
        emergency_call,
        error_heading,
        error_body,
        setup_problem_heading,
        setup_problem_body,
        storage_unavailable,
        storage_copy_kept,
        storage_left_untouched,
        storage_download_copy,
        demo_badge,
        reset_demo,
        shortcuts,
        shortcuts_heading,
        shortcut_list: Vec<(&'a str, &'a str)>,
        close,
        /// The preset crisis line's name per region, in this language.
        crisis_names: Keyed<'a, &'a str>,
        /// What to say to reach a region's preset line in this language, where there is
        /// something to say (988: "para español, marque 2").
        crisis_call_notes: Keyed<'a, &'a str>,
        /// The word a region's preset text line asks for in this language, where it asks for one
        /// (988 takes Spanish texts that start with AYUDA).
        text_keywords: Keyed<'a, &'a str>,
        /// "Text {keyword} to {number}".
        text_keyword,
        /// Said where the host gave no clinic name.
        clinic_fallback,
        /// The placeholder clinic of a counselor demo where the host set none.
        demo_clinic_name,
        device: DeviceText<'a>,
        /// Why saved data could not be read, by `Problem::id`, and the sentence around it
        /// (`unreadable`, with `{why}`).
        problems: Keyed<'a, &'a str>,
        loading,
        load_failed,
        retry,
    }
}

words! {
    /// "Your data on this device": saving, the passphrase, deleting everything.
    pub struct DeviceText {
        heading,
        intro,
        saving_legend,
        saving_device,
        saving_device_hint,
        saving_memory,
        saving_memory_hint,
        saving_memory_notice,
        saving_prompt_heading,
        saving_prompt_body,
        lock_heading,
        lock_none,
        lock_forget_warning,
        lock_new,
        lock_repeat,
        lock_set,
        lock_add,
        lock_mismatch,
        lock_too_short,
        lock_locked,
        lock_enter,
        lock_unlock,
        lock_wrong,
        lock_open,
        lock_change,
        lock_remove,
        lock_now,
        /// "Lock now" while a change could not be saved yet: locking forgets it.
        lock_now_unsaved,
        lock_now_anyway,
        lock_now_wait,
        lock_working,
        lock_no_crypto,
        lock_failed,
        lock_forgot,
        lock_broken,
        lock_set_done,
        lock_removed_done,
        locked_notice,
        delete_everything,
        delete_question,
        delete_lists,
        delete_screening,
        delete_trigger_plan,
        delete_refusal_lines,
        delete_refusal_progress,
        /// "{n} kept copies of saved data that could not be read"
        delete_backups: Plural<'a>,
        delete_lock,
        delete_settings,
        delete_nothing,
        delete_memory_too,
        delete_yes,
        delete_no,
        deleted,
        delete_failed,
        not_saved_full,
        not_saved_too_large,
        not_saved_protected,
        not_saved_read_failed,
        not_saved_locked,
        /// The same, above the form that unlocks it.
        not_saved_locked_here,
        merged,
        merged_conflicts,
        kept_over_delete,
        save_answers_label,
        save_answers_hint,
        saved_answers_found,
        dismiss,
        conflict_heading,
        conflict_keep,
    }
}

impl<'a> Shell<'a> {
    pub fn exercise(&self, exercise: Exercise) -> &ExerciseText<'a> {
        static NONE: ExerciseText<'static> = ExerciseText {
            title: "",
            summary: "",
            duration: "",
            start: "",
        };
        self.exercises.get(exercise.id()).unwrap_or(&NONE)
    }

    /// The crisis line's name alone: the host's own, or the region's preset in this language.
    pub fn crisis_name(&self, config: &WidgetConfig) -> String {
        config
            .crisis_line
            .label
            .clone()
            .unwrap_or_else(|| self.crisis_names.text(config.region.id()).to_string())
    }

    /// How to reach the region's own line in this language, where there is something to say;
    /// shown with the call it is about, also under a host's English name for 988 ("para
    /// español, marque 2" must not be hidden from a Spanish speaker).
    pub fn crisis_call_note(&self, config: &WidgetConfig) -> Option<&'a str> {
        let note = self.crisis_call_notes.get(config.region.id()).copied();
        note.filter(|_| config.crisis_line.call_is_preset)
    }

    /// The crisis line's text option, as its link's words and `sms:` address: the host's or the
    /// region's keyword, else this language's keyword for the region's own text line.
    pub fn crisis_text(&self, config: &WidgetConfig) -> Option<(String, String)> {
        let crisis = &config.crisis_line;
        let number = crisis.text.as_deref()?;
        let keyword = crisis.text_keyword.as_deref().or_else(|| {
            crisis
                .text_is_preset
                .then(|| self.text_keywords.get(config.region.id()).copied())
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
            .or_else(|| config.counselor.then(|| self.demo_clinic_name.to_string()))
            .unwrap_or_else(|| self.clinic_fallback.to_string())
    }

    /// The name in the widget's bar: the clinic's, or in a demo the placeholder clinic's.
    pub fn brand(&self, config: &WidgetConfig) -> String {
        match &config.clinic.name {
            Some(name) => name.clone(),
            None if config.counselor => self.demo_clinic_name.to_string(),
            None => String::new(),
        }
    }

    /// "What was saved on this device could not be read: {why}."
    pub fn problem(&self, problem: &Problem) -> String {
        let why = self.problems.text(problem.id());
        self.problems.text("unreadable").replace("{why}", why)
    }
}
