//! What the trigger map says, per language (`content/<lang>/triggers.json`): the screens' words,
//! the names of groups, frequencies and kinds of action, common triggers and coping ideas to pick
//! from, the plan a counselor's demo starts from, and the wording of every refused edit.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::core::triggers::{
    decode_plan, Category, CopingKind, EditError, Field, FieldError, Frequency, ImportError,
    ItemProblem, Plan,
};

/// The trigger-map screens' own words.
#[derive(Debug, Deserialize)]
pub struct TriggerUi<'a> {
    pub add: &'a str,
    pub add_trigger: &'a str,
    pub back: &'a str,
    pub cancel: &'a str,
    pub category: &'a str,
    pub complete: &'a str,
    pub completeness_heading: &'a str,
    pub confirm_delete: &'a str,
    pub contact_name: &'a str,
    pub contact_phone: &'a str,
    pub contacts_heading: &'a str,
    pub coping_count: &'a str,
    pub coping_for: &'a str,
    pub coping_heading: &'a str,
    pub coping_ideas: &'a str,
    pub coping_kind: &'a str,
    pub coping_own: &'a str,
    pub coping_text: &'a str,
    pub delete: &'a str,
    pub done: &'a str,
    pub edit: &'a str,
    pub export: &'a str,
    pub frequency: &'a str,
    pub frequency_unset: &'a str,
    pub guided_done: &'a str,
    pub guided_heading: &'a str,
    pub guided_hint: &'a str,
    pub guided_own: &'a str,
    pub guided_start: &'a str,
    pub guided_step: &'a str,
    pub import: &'a str,
    pub import_choose: &'a str,
    pub import_done: &'a str,
    pub import_error: &'a str,
    pub import_heading: &'a str,
    pub import_keep_failed: &'a str,
    pub import_merge: &'a str,
    pub import_preview: &'a str,
    pub import_replace: &'a str,
    pub intro: &'a str,
    pub line: &'a str,
    pub lines_from_practice: &'a str,
    pub lines_heading: &'a str,
    pub map_description: &'a str,
    pub map_heading: &'a str,
    pub map_me: &'a str,
    pub move_down: &'a str,
    pub move_up: &'a str,
    pub next: &'a str,
    pub next_add_contact: &'a str,
    pub next_add_coping: &'a str,
    pub next_add_trigger: &'a str,
    pub no_triggers: &'a str,
    pub notes: &'a str,
    pub place: &'a str,
    pub places_heading: &'a str,
    pub plan_crisis: &'a str,
    pub plan_heading: &'a str,
    pub plan_none: &'a str,
    pub plan_other: &'a str,
    pub plan_strongest: &'a str,
    pub print: &'a str,
    pub save: &'a str,
    pub strongest_status: &'a str,
    pub title: &'a str,
    pub tools_heading: &'a str,
    pub trigger_name: &'a str,
    pub triggers_heading: &'a str,
    pub unlink: &'a str,
    pub urge: &'a str,
    pub urge_help: &'a str,
    pub urge_value: &'a str,
    pub view_plan: &'a str,
    pub warning_signs: &'a str,
}

/// A coping idea the person can add to a trigger as it is, or change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub struct CopingIdea<'a> {
    pub kind: CopingKind,
    pub text: &'a str,
}

#[derive(Debug, Deserialize)]
pub struct TriggerWords<'a> {
    #[serde(borrow)]
    pub ui: TriggerUi<'a>,
    #[serde(borrow)]
    pub categories: BTreeMap<Category, &'a str>,
    #[serde(borrow)]
    pub frequencies: BTreeMap<Frequency, &'a str>,
    #[serde(borrow)]
    pub kinds: BTreeMap<CopingKind, &'a str>,
    /// Common triggers of each group, for the person to tick in the guided first run.
    #[serde(borrow)]
    pub common: BTreeMap<Category, Vec<&'a str>>,
    /// Coping ideas that suit each group of triggers.
    #[serde(borrow)]
    pub ideas: BTreeMap<Category, Vec<CopingIdea<'a>>>,
    /// The map a counselor's demo starts from (a plan as exported, version 2).
    pub example_plan: serde_json::Value,
    /// Why an edit was refused, by kind; `{field}`, `{max}`, `{list}` are filled in.
    #[serde(borrow)]
    pub edit_errors: BTreeMap<&'a str, &'a str>,
    #[serde(borrow)]
    pub fields: BTreeMap<&'a str, &'a str>,
    #[serde(borrow)]
    pub lists: BTreeMap<&'a str, &'a str>,
    #[serde(borrow)]
    pub import_errors: BTreeMap<&'a str, &'a str>,
    /// An item of a list in a file: "Trigger {n}".
    #[serde(borrow)]
    pub items: BTreeMap<&'a str, &'a str>,
    /// "The plan", and "The list of {list}".
    #[serde(borrow)]
    pub places: BTreeMap<&'a str, &'a str>,
    /// What is wrong with an item in a file, by `ItemProblem::id`.
    #[serde(borrow)]
    pub item_problems: BTreeMap<&'a str, &'a str>,
}

impl<'a> TriggerWords<'a> {
    pub fn category(&self, c: Category) -> &'a str {
        self.categories.get(&c).copied().unwrap_or_default()
    }

    pub fn frequency(&self, f: Frequency) -> &'a str {
        self.frequencies.get(&f).copied().unwrap_or_default()
    }

    pub fn kind(&self, k: CopingKind) -> &'a str {
        self.kinds.get(&k).copied().unwrap_or_default()
    }

    pub fn common_triggers(&self, c: Category) -> &[&'a str] {
        self.common.get(&c).map_or(&[], Vec::as_slice)
    }

    pub fn coping_ideas(&self, c: Category) -> &[CopingIdea<'a>] {
        self.ideas.get(&c).map_or(&[], Vec::as_slice)
    }

    /// The demo's example map (empty if the file's plan does not read: content tests check it).
    pub fn example_plan(&self) -> Plan {
        decode_plan(self.example_plan.clone()).unwrap_or_default()
    }

    /// A refused edit, in words the person understands.
    pub fn edit_error(&self, error: EditError) -> String {
        let template = |id: &str| self.edit_errors.get(id).copied().unwrap_or_default();
        match error {
            EditError::Empty(field) => template("empty").replace("{field}", self.field(field)),
            EditError::TooLong(field) => template("too-long")
                .replace("{field}", self.field(field))
                .replace("{max}", &field.max_chars().to_string()),
            EditError::UrgeOutOfRange => template("urge-out-of-range").to_string(),
            EditError::NotFound => template("not-found").to_string(),
            EditError::Duplicate => template("duplicate").to_string(),
            EditError::TooMany(list) => template("too-many")
                .replace(
                    "{list}",
                    self.lists.get(list.id()).copied().unwrap_or_default(),
                )
                .replace("{max}", &list.max_items().to_string()),
            EditError::IdsExhausted => template("ids-exhausted").to_string(),
        }
    }

    fn field(&self, field: Field) -> &'a str {
        self.fields.get(field.id()).copied().unwrap_or_default()
    }

    /// Why a file could not be imported.
    pub fn import_error(&self, error: &ImportError) -> String {
        let template = self
            .import_errors
            .get(error.id())
            .copied()
            .unwrap_or_default();
        match error {
            ImportError::Invalid(e) => template
                .replace("{at}", &self.at(e))
                .replace("{problem}", &self.item_problem(&e.problem)),
            _ => template.to_string(),
        }
    }

    /// A chosen file that could not be read as text at all.
    pub fn unreadable_file(&self) -> &'a str {
        self.import_errors
            .get("unreadable")
            .copied()
            .unwrap_or_default()
    }

    /// Where in a file: "Trigger 3", "The list of contacts", "The plan".
    fn at(&self, e: &FieldError) -> String {
        let words = |id: &str| self.places.get(id).copied().unwrap_or_default();
        match (e.list, e.item) {
            (Some(list), Some(n)) => self
                .items
                .get(list.id())
                .copied()
                .unwrap_or_default()
                .replace("{n}", &n.to_string()),
            (Some(list), None) => words("list").replace(
                "{list}",
                self.lists.get(list.id()).copied().unwrap_or_default(),
            ),
            (None, _) => words("plan").to_string(),
        }
    }

    fn item_problem(&self, p: &ItemProblem) -> String {
        match p {
            ItemProblem::Rule(e) if p.id() == "rule" => self.edit_error(*e),
            ItemProblem::Shape(detail) => self
                .item_problems
                .get("shape")
                .copied()
                .unwrap_or_default()
                .replace("{detail}", detail),
            other => self
                .item_problems
                .get(other.id())
                .copied()
                .unwrap_or_default()
                .to_string(),
        }
    }
}
