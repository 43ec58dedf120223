//! What the trigger map says, per language (`content/<lang>/triggers.json`): the screens' words,
//! the names of groups, frequencies and kinds of action, common triggers and coping ideas to pick
//! from, the plan a counselor's demo starts from, and the wording of every refused edit.

use super::json::{words, Json, Keyed, Raw, Read};
use super::shell::Plural;

use crate::core::triggers::{
    decode_plan, Category, CopingKind, EditError, Field, FieldError, Frequency, ImportError,
    ItemProblem, Plan,
};

words! {
    /// The trigger-map screens' own words.
    pub struct TriggerUi {
        add,
        add_trigger,
        back,
        cancel,
        category,
        complete,
        completeness_heading,
        confirm_delete,
        contact_name,
        contact_phone,
        contacts_heading,
        coping_for,
        coping_heading,
        coping_ideas,
        coping_kind,
        coping_own,
        coping_text,
        delete,
        done,
        edit,
        export,
        export_done,
        /// Said instead of downloading while the plan is locked (the file would be empty).
        export_locked,
        frequency,
        frequency_unset,
        guided_done,
        guided_heading,
        guided_hint,
        guided_own,
        guided_start,
        guided_step,
        import,
        import_choose,
        import_done,
        /// After a merge: the triggers whose own version was kept ({names}); one trigger.
        import_kept_yours,
        import_kept_yours_one,
        import_error,
        import_heading,
        import_keep_failed,
        import_merge,
        import_preview,
        import_replace,
        /// "Your plan now holds {counts}. ..." before a replace, which cannot be undone here.
        import_replace_confirm,
        import_replace_yes,
        import_replace_no,
        import_replaced,
        /// Replaced, with the plan before kept aside on the device.
        import_replaced_kept,
        intro,
        line,
        lines_from_practice,
        lines_heading,
        map_description,
        map_heading,
        map_item,
        map_me,
        move_down,
        move_up,
        /// The accessible name of a control repeated per item: `{action}` and the item's `{name}`.
        named,
        next,
        next_add_contact,
        next_add_coping,
        next_add_trigger,
        next_rate,
        no_triggers,
        not_rated,
        notes,
        place,
        places_heading,
        plan_crisis,
        /// Under a strongest trigger with fewer than 3 coping actions: `{n}` planned so far.
        plan_coping_missing,
        plan_heading,
        plan_none,
        plan_other,
        /// Coping actions linked to no trigger.
        plan_other_coping,
        plan_strongest,
        plan_unrated,
        plan_unrated_hint,
        print,
        rate,
        save,
        title,
        tools_heading,
        trigger_name,
        triggers_heading,
        unlink,
        urge,
        urge_help,
        urge_value,
        view_plan,
        warning_signs,
    }
}

words! {
    /// Sentences with a count, in the forms each count needs.
    pub struct TriggerPlurals {
        /// Coping actions for one trigger.
        coping: Plural<'a>,
        /// Coping actions in a whole plan (or file).
        coping_total: Plural<'a>,
        contacts: Plural<'a>,
        places: Plural<'a>,
        /// `{done}` of `{n}` strongest triggers are covered.
        strongest_status: Plural<'a>,
        triggers: Plural<'a>,
    }
}

words! {
    /// How the language joins a list: `more` adds an item in the middle ("{rest}, {item}"),
    /// `last` the final one ("{rest} and {item}").
    pub struct ListJoin {
        more,
        last,
    }
}

impl ListJoin<'_> {
    pub fn join(&self, items: &[String]) -> String {
        let Some((first, rest)) = items.split_first() else {
            return String::new();
        };
        rest.iter()
            .enumerate()
            .fold(first.clone(), |joined, (i, item)| {
                let template = if i + 1 == rest.len() {
                    self.last
                } else {
                    self.more
                };
                template.replace("{rest}", &joined).replace("{item}", item)
            })
    }
}

words! {
    /// A coping idea the person can add to a trigger as it is, or change.
    pub struct CopingIdea {
        kind: CopingKind,
        text,
    }
}

words! {
    pub struct TriggerWords {
        ui: TriggerUi<'a>,
        plurals: TriggerPlurals<'a>,
        list_join: ListJoin<'a>,
        categories: Keyed<'a, &'a str>,
        frequencies: Keyed<'a, &'a str>,
        kinds: Keyed<'a, &'a str>,
        /// Common triggers of each group, for the person to tick in the guided first run.
        common: Keyed<'a, Vec<&'a str>>,
        /// Coping ideas that suit each group of triggers.
        ideas: Keyed<'a, Vec<CopingIdea<'a>>>,
        /// The map a counselor's demo starts from (a plan as exported, version 2).
        example_plan: Raw<'a>,
        /// Why an edit was refused, by kind; `{field}`, `{max}`, `{list}` are filled in.
        edit_errors: Keyed<'a, &'a str>,
        fields: Keyed<'a, &'a str>,
        lists: Keyed<'a, &'a str>,
        import_errors: Keyed<'a, &'a str>,
        /// An item of a list in a file: "Trigger {n}".
        items: Keyed<'a, &'a str>,
        /// "The plan", and "The list of {list}".
        places: Keyed<'a, &'a str>,
        /// What is wrong with an item in a file, by `ItemProblem::id`.
        item_problems: Keyed<'a, &'a str>,
    }
}

impl<'a> Read<'a> for CopingKind {
    fn read(json: &Json<'a>) -> Result<Self, String> {
        CopingKind::from_id(<&str>::read(json)?).ok_or_else(|| "not a kind of coping action".into())
    }
}

impl<'a> TriggerWords<'a> {
    pub fn category(&self, c: Category) -> &'a str {
        self.categories.text(c.id())
    }

    pub fn frequency(&self, f: Frequency) -> &'a str {
        self.frequencies.text(f.id())
    }

    pub fn kind(&self, k: CopingKind) -> &'a str {
        self.kinds.text(k.id())
    }

    /// The accessible name of a control repeated per item: "Edit: Payday".
    pub fn named(&self, action: &str, name: &str) -> String {
        self.ui
            .named
            .replace("{action}", action)
            .replace("{name}", name)
    }

    /// "Urge 7 of 10", or "Not rated yet".
    pub fn urge(&self, urge: Option<u8>) -> String {
        match urge {
            Some(n) => self.ui.urge_value.replace("{n}", &n.to_string()),
            None => self.ui.not_rated.to_string(),
        }
    }

    /// What a plan (or file) holds: "1 trigger, 2 coping actions, 0 contacts and 1 safe place".
    pub fn plan_counts(&self, plan: &Plan) -> String {
        let p = &self.plurals;
        self.list_join.join(&[
            p.triggers.of(plan.triggers.len()),
            p.coping_total.of(plan.coping.len()),
            p.contacts.of(plan.contacts.len()),
            p.places.of(plan.safe_places.len()),
        ])
    }

    pub fn common_triggers(&self, c: Category) -> &[&'a str] {
        self.common.get(c.id()).map_or(&[], Vec::as_slice)
    }

    pub fn coping_ideas(&self, c: Category) -> &[CopingIdea<'a>] {
        self.ideas.get(c.id()).map_or(&[], Vec::as_slice)
    }

    /// The demo's example map (empty if the file's plan does not read: content tests check it).
    pub fn example_plan(&self) -> Plan {
        serde_json::from_str(self.example_plan.0)
            .ok()
            .and_then(|v| decode_plan(v).ok())
            .unwrap_or_default()
    }

    /// A refused edit, in words the person understands.
    pub fn edit_error(&self, error: EditError) -> String {
        let template = |id: &str| self.edit_errors.text(id);
        match error {
            EditError::Empty(field) => template("empty").replace("{field}", self.field(field)),
            EditError::TooLong(field) => template("too-long")
                .replace("{field}", self.field(field))
                .replace("{max}", &field.max_chars().to_string()),
            EditError::UrgeOutOfRange => template("urge-out-of-range").to_string(),
            EditError::NotFound => template("not-found").to_string(),
            EditError::Duplicate => template("duplicate").to_string(),
            EditError::TooMany(list) => template("too-many")
                .replace("{list}", self.lists.text(list.id()))
                .replace("{max}", &list.max_items().to_string()),
            EditError::IdsExhausted => template("ids-exhausted").to_string(),
        }
    }

    fn field(&self, field: Field) -> &'a str {
        self.fields.text(field.id())
    }

    /// Why a file could not be imported.
    pub fn import_error(&self, error: &ImportError) -> String {
        let template = self.import_errors.text(error.id());
        match error {
            ImportError::Invalid(e) => template
                .replace("{at}", &self.at(e))
                .replace("{problem}", &self.item_problem(&e.problem)),
            _ => template.to_string(),
        }
    }

    /// A chosen file that could not be read as text at all.
    pub fn unreadable_file(&self) -> &'a str {
        self.import_errors.text("unreadable")
    }

    /// Where in a file: "Trigger 3", "The list of contacts", "The plan".
    fn at(&self, e: &FieldError) -> String {
        let words = |id: &str| self.places.text(id);
        match (e.list, e.item) {
            (Some(list), Some(n)) => self.items.text(list.id()).replace("{n}", &n.to_string()),
            (Some(list), None) => words("list").replace("{list}", self.lists.text(list.id())),
            (None, _) => words("plan").to_string(),
        }
    }

    /// Adding a file to the plan failed: a full list is the two together, not the plan alone.
    pub fn merge_error(&self, error: EditError) -> String {
        match error {
            EditError::TooMany(list) => self
                .import_errors
                .text("merge-too-many")
                .replace("{list}", self.lists.text(list.id()))
                .replace("{max}", &list.max_items().to_string()),
            other => self.edit_error(other),
        }
    }

    fn item_problem(&self, p: &ItemProblem) -> String {
        match p {
            // The file's own list is too long (the person's plan is not the one that is full).
            ItemProblem::Rule(EditError::TooMany(list)) => self
                .item_problems
                .text("too-many")
                .replace("{max}", &list.max_items().to_string()),
            ItemProblem::Rule(e) if p.id() == "rule" => self.edit_error(*e),
            ItemProblem::Shape(detail) => {
                self.item_problems.text("shape").replace("{detail}", detail)
            }
            other => self.item_problems.text(other.id()).to_string(),
        }
    }
}
