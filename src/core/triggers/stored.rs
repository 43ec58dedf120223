//! The plan's stored form: its [`Schema`], the migration from every older version, and the
//! checks every plan read from outside (storage or a file) passes through.
//!
//! Versions of `data` (the same in stored values and exported files):
//! - 1: the first shape. Triggers carried a 1-5 `strength`, a `kind` ("times", "feelings",
//!   "body" where version 2 says "times-and-events", "emotions", "body-sensations") and their
//!   coping ideas as plain strings; no ids, how often, warning signs or contacts.
//! - 2: [`Plan`] as serialized: ids, 0-10 urge, coping actions linked to triggers, contacts.
//!   Exported files still hold this form ([`PLAN_VERSION`]).
//! - 3: stored only: a `core::sync::Doc` of the plan's items (see `synced.rs`), so that two tabs
//!   merge rather than replace each other's saves.
//! - 4: as 3 (stored) and 2 (exported), but a trigger's `urge` may be null: not rated yet (ticked
//!   from the common list). Every older value reads unchanged, numbers and all; the new number
//!   is for older pages, which refuse a null urge: to them a value or file of version 4 is newer,
//!   not broken, so they never overwrite it. Exported files say [`EXPORT_VERSION`].

use super::model::{
    clean_text, Category, Contact, CopingAction, EditError, Field, Id, List, Plan, Trigger,
    TriggerDraft, MAX_ID, MAX_URGE,
};
use super::synced::{self, PlanItem};
use crate::core::store::Schema;
use crate::core::sync::{Doc, Replica};
use serde_json::{json, Map, Value};
use std::fmt;

/// The stored relapse-prevention plan.
pub struct TriggerPlan;

/// The version of a plain plan's data, which the migrations reach before the doc (version 3).
pub const PLAN_VERSION: u32 = 2;
/// The version exported files say: a plain plan as in version 2, whose urges may be null.
pub const EXPORT_VERSION: u32 = 4;

impl Schema for TriggerPlan {
    const KEY: &'static str = "iop-widget.trigger-plan";
    const FORMAT: &'static str = "iop-widget/trigger-plan";
    const VERSION: u32 = 4;
    type Data = Doc<PlanItem>;

    fn migrate(from_version: u32, data: Value) -> Result<Value, String> {
        match from_version {
            1 => migrate_v1(data),
            2 => {
                let plan = decode_plan(data).map_err(|e| e.to_string())?;
                serde_json::to_value(doc_from_plan(&plan)).map_err(|e| e.to_string())
            }
            // Only "not rated" is new, and older data never says it: every urge stays as it was.
            3 => Ok(data),
            _ => Err(format!("no migration from version {from_version}")),
        }
    }

    fn decode(data: Value) -> Result<Doc<PlanItem>, String> {
        let doc: Doc<PlanItem> = serde_json::from_value(data).map_err(|e| e.to_string())?;
        synced::check(&doc)?;
        Ok(doc)
    }
}

/// A doc holding a plan as first versions, items in the plan's order.
pub fn doc_from_plan(plan: &Plan) -> Doc<PlanItem> {
    let mut replica = Replica::new(Doc::default(), 0);
    let items = synced::items(plan, &Doc::default());
    let keys = plan
        .triggers
        .iter()
        .map(|t| format!("trigger:{}", t.id))
        .chain(plan.coping.iter().map(|c| format!("coping:{}", c.id)))
        .chain(plan.contacts.iter().map(|c| format!("contact:{}", c.id)))
        .chain(plan.safe_places.iter().map(|p| format!("place:{p}")))
        .chain(plan.refusal_lines.iter().map(|l| format!("line:{l}")));
    for key in keys {
        if let Some(item) = items.get(&key) {
            replica.set(&key, Some(item.clone()), 0);
        }
    }
    replica.doc
}

/// Where in a plan read from outside something is wrong, and what: ids only, worded by the
/// content ("Trigger 3: The urge must be between 0 and 10.").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The list, or None for the plan as a whole.
    pub list: Option<List>,
    /// The item, counted from 1 as a person counts; None for the list as a whole.
    pub item: Option<usize>,
    pub problem: ItemProblem,
}

/// What is wrong with an item read from outside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemProblem {
    /// It breaks a rule typed text obeys (too long, a duplicate, a link to nothing...).
    Rule(EditError),
    NotAnObject,
    NotAList,
    NotText,
    /// Its shape is wrong; the detail is technical (from the JSON reader).
    Shape(String),
    /// A file without the plan in it.
    Missing,
    /// A file without a version number.
    NoVersion,
}

impl ItemProblem {
    /// Stable id, for the content's wording.
    pub fn id(&self) -> &'static str {
        match self {
            ItemProblem::Rule(EditError::Duplicate) => "duplicate",
            ItemProblem::Rule(EditError::NotFound) => "dangling-link",
            ItemProblem::Rule(_) => "rule",
            ItemProblem::NotAnObject => "not-an-object",
            ItemProblem::NotAList => "not-a-list",
            ItemProblem::NotText => "not-text",
            ItemProblem::Shape(_) => "shape",
            ItemProblem::Missing => "missing",
            ItemProblem::NoVersion => "no-version",
        }
    }
}

impl fmt::Display for FieldError {
    /// Technical form, for logs and backup files; the person sees the content's wording.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = self.list.map_or("plan", |l| l.id());
        match self.item {
            Some(n) => write!(f, "{list} {n}: {:?}", self.problem),
            None => write!(f, "{list}: {:?}", self.problem),
        }
    }
}

type At = (Option<List>, Option<usize>);

fn field_error(at: At, problem: ItemProblem) -> FieldError {
    FieldError {
        list: at.0,
        item: at.1,
        problem,
    }
}

fn shape(e: serde_json::Error) -> ItemProblem {
    ItemProblem::Shape(e.to_string())
}

/// Reads version-2 plan data, applying the same cleaning and caps as typed text, so a plan from
/// storage or a file obeys every rule [`Plan::apply`] keeps. `next_id` is repaired if too low,
/// and an id used twice is repaired too: the later item gets a new id (a link to that id keeps
/// pointing at the first), rather than the whole plan being set aside.
pub fn decode_plan(data: Value) -> Result<Plan, FieldError> {
    let Value::Object(mut data) = data else {
        return Err(field_error((None, None), ItemProblem::NotAnObject));
    };
    let mut plan = Plan::default();
    let mut ids: Vec<Id> = Vec::new();
    // Above every id the data mentions, so a new id never collides with a later item.
    let mut fresh = ["triggers", "coping", "contacts"]
        .iter()
        .filter_map(|list| data.get(*list).and_then(Value::as_array))
        .flatten()
        .filter_map(|item| item.get("id").and_then(Value::as_u64))
        .max()
        .unwrap_or(0);
    let mut claim = |id: Id, _at: &dyn Fn() -> At| -> Result<Id, FieldError> {
        let id = if ids.contains(&id) {
            fresh += 1;
            fresh
        } else {
            id
        };
        if id > MAX_ID {
            return Err(field_error(
                _at(),
                ItemProblem::Rule(EditError::IdsExhausted),
            ));
        }
        ids.push(id);
        Ok(id)
    };

    for (i, item) in take_list(&mut data, "triggers", List::Triggers)?
        .into_iter()
        .enumerate()
    {
        let at = || (Some(List::Triggers), Some(i + 1));
        // Null is "not rated yet"; any other urge must be a whole number on the scale.
        if let Some(urge) = item.get("urge").filter(|u| !u.is_null()) {
            if urge.as_u64().is_none_or(|u| u > u64::from(MAX_URGE)) {
                return Err(field_error(
                    at(),
                    ItemProblem::Rule(EditError::UrgeOutOfRange),
                ));
            }
        }
        let mut read: Trigger =
            serde_json::from_value(item).map_err(|e| field_error(at(), shape(e)))?;
        read.id = claim(read.id, &at)?;
        let trigger = TriggerDraft::from_trigger(&read)
            .into_trigger(read.id)
            .map_err(|e| field_error(at(), ItemProblem::Rule(e)))?;
        if plan.has_trigger_like(&trigger, None) {
            return Err(field_error(at(), ItemProblem::Rule(EditError::Duplicate)));
        }
        plan.triggers.push(trigger);
    }

    for (i, item) in take_list(&mut data, "coping", List::Coping)?
        .into_iter()
        .enumerate()
    {
        let at = || (Some(List::Coping), Some(i + 1));
        let mut read: CopingAction =
            serde_json::from_value(item).map_err(|e| field_error(at(), shape(e)))?;
        read.id = claim(read.id, &at)?;
        let text = clean_text(Field::CopingText, &read.text)
            .map_err(|e| field_error(at(), ItemProblem::Rule(e)))?;
        if plan
            .coping
            .iter()
            .any(|c| c.kind == read.kind && c.text == text)
        {
            return Err(field_error(at(), ItemProblem::Rule(EditError::Duplicate)));
        }
        let mut triggers: Vec<Id> = Vec::with_capacity(read.triggers.len());
        for t in read.triggers {
            if plan.trigger(t).is_none() {
                return Err(field_error(at(), ItemProblem::Rule(EditError::NotFound)));
            }
            if !triggers.contains(&t) {
                triggers.push(t);
            }
        }
        plan.coping.push(CopingAction {
            id: read.id,
            kind: read.kind,
            text,
            triggers,
        });
    }

    for (i, item) in take_list(&mut data, "contacts", List::Contacts)?
        .into_iter()
        .enumerate()
    {
        let at = || (Some(List::Contacts), Some(i + 1));
        let mut read: Contact =
            serde_json::from_value(item).map_err(|e| field_error(at(), shape(e)))?;
        read.id = claim(read.id, &at)?;
        let clean = |field, text: &str| {
            clean_text(field, text).map_err(|e| field_error(at(), ItemProblem::Rule(e)))
        };
        let contact = Contact {
            id: read.id,
            name: clean(Field::ContactName, &read.name)?,
            phone: clean(Field::Phone, &read.phone)?,
        };
        if plan
            .contacts
            .iter()
            .any(|c| c.name == contact.name && c.phone == contact.phone)
        {
            return Err(field_error(at(), ItemProblem::Rule(EditError::Duplicate)));
        }
        plan.contacts.push(contact);
    }

    plan.safe_places = take_lines(&mut data, List::SafePlaces, Field::SafePlace)?;
    plan.refusal_lines = take_lines(&mut data, List::RefusalLines, Field::RefusalLine)?;

    let stated = data.get("next_id").and_then(Value::as_u64).unwrap_or(1);
    let above_all = match ids.iter().max() {
        Some(&max) => max
            .checked_add(1)
            .ok_or_else(|| field_error((None, None), ItemProblem::Rule(EditError::IdsExhausted)))?,
        None => 1,
    };
    plan.next_id = stated.clamp(1, MAX_ID).max(above_all.min(MAX_ID));
    Ok(plan)
}

/// A list from the data; a missing list is empty, anything but a list is an error.
fn take_list(
    data: &mut Map<String, Value>,
    key: &str,
    list: List,
) -> Result<Vec<Value>, FieldError> {
    let items = match data.remove(key) {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(field_error((Some(list), None), ItemProblem::NotAList)),
    };
    if items.len() > list.max_items() {
        return Err(field_error(
            (Some(list), None),
            ItemProblem::Rule(EditError::TooMany(list)),
        ));
    }
    Ok(items)
}

fn take_lines(
    data: &mut Map<String, Value>,
    list: List,
    field: Field,
) -> Result<Vec<String>, FieldError> {
    let key = match list {
        List::SafePlaces => "safe_places",
        _ => "refusal_lines",
    };
    let mut lines: Vec<String> = Vec::new();
    for (i, item) in take_list(data, key, list)?.into_iter().enumerate() {
        let at = || (Some(list), Some(i + 1));
        let Value::String(text) = item else {
            return Err(field_error(at(), ItemProblem::NotText));
        };
        let text = clean_text(field, &text).map_err(|e| field_error(at(), ItemProblem::Rule(e)))?;
        if lines.contains(&text) {
            return Err(field_error(at(), ItemProblem::Rule(EditError::Duplicate)));
        }
        lines.push(text);
    }
    Ok(lines)
}

/// Version 1 to 2: ids are handed out in order (triggers first, then coping actions), each
/// step of the old 1-5 strength becomes two points of urge, and a coping string becomes an
/// action of the person's own, shared by every trigger that listed the same words.
fn migrate_v1(data: Value) -> Result<Value, String> {
    let Value::Object(mut data) = data else {
        return Err("version 1 data is not an object".into());
    };
    let old_triggers = match data.remove("triggers") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => return Err("triggers is not a list".into()),
    };
    let mut next_id: Id = 1;
    let mut triggers: Vec<Value> = Vec::with_capacity(old_triggers.len());
    let mut coping: Vec<(String, Vec<Id>)> = Vec::new();
    for (i, old) in old_triggers.iter().enumerate() {
        let n = i + 1;
        let name = old
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("trigger {n}: no name"))?;
        let category = match old.get("kind").and_then(Value::as_str) {
            Some("people") => Category::People,
            Some("places") => Category::Places,
            Some("things") => Category::Things,
            Some("times") => Category::TimesAndEvents,
            Some("feelings") => Category::Emotions,
            Some("thoughts") => Category::Thoughts,
            Some("body") => Category::BodySensations,
            _ => return Err(format!("trigger {n}: unknown kind")),
        };
        let strength = old
            .get("strength")
            .and_then(Value::as_u64)
            .filter(|s| (1..=5).contains(s))
            .ok_or_else(|| format!("trigger {n}: strength must be 1-5"))?;
        let notes = old.get("notes").and_then(Value::as_str).unwrap_or("");
        let id = next_id;
        next_id += 1;
        triggers.push(json!({
            "id": id,
            "name": name,
            "category": category.id(),
            "urge": strength * 2,
            "frequency": null,
            "warning_signs": "",
            "notes": notes,
        }));
        let ideas = match old.get("coping") {
            None | Some(Value::Null) => &[][..],
            Some(Value::Array(ideas)) => &ideas[..],
            Some(_) => return Err(format!("trigger {n}: coping is not a list")),
        };
        for idea in ideas {
            let text = idea
                .as_str()
                .ok_or_else(|| format!("trigger {n}: a coping idea is not text"))?
                .trim();
            if text.is_empty() {
                continue;
            }
            match coping.iter_mut().find(|(t, _)| t == text) {
                Some((_, linked)) if !linked.contains(&id) => linked.push(id),
                Some(_) => {}
                None => coping.push((text.to_owned(), vec![id])),
            }
        }
    }
    let coping: Vec<Value> = coping
        .into_iter()
        .map(|(text, linked)| {
            let id = next_id;
            next_id += 1;
            json!({ "id": id, "kind": "own", "text": text, "triggers": linked })
        })
        .collect();
    Ok(json!({
        "triggers": triggers,
        "coping": coping,
        "refusal_lines": data.remove("refusal_lines").unwrap_or(Value::Null),
        "contacts": [],
        "safe_places": data.remove("safe_places").unwrap_or(Value::Null),
        "next_id": next_id,
    }))
}
