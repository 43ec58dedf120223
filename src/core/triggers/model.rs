//! The trigger map and the relapse-prevention plan built on it (CLINICAL.md section 5), with every
//! change expressed as an [`Edit`] so the UI stays a thin reducer and each rule is tested here.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Identifies a trigger, coping action or contact. One counter serves them all, so an id never
/// means two things and links stay unambiguous. Each page starts its counter at a random place
/// ([`Plan::reseed`]), so items added in two tabs at once get different ids; ids stay below
/// [`MAX_ID`] so that JavaScript reads them exactly.
pub type Id = u64;

/// The largest id: 2^53 - 1, the largest whole number a JSON reader in a browser keeps exact.
pub const MAX_ID: Id = (1 << 53) - 1;

/// Where a trigger comes from. External ones are around the person, internal ones inside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    People,
    Places,
    Things,
    TimesAndEvents,
    /// Includes HALT: hungry, angry, lonely, tired.
    Emotions,
    Thoughts,
    BodySensations,
}

impl Category {
    /// The order of the guided first run and of the map's sectors.
    pub const ALL: [Category; 7] = [
        Category::People,
        Category::Places,
        Category::Things,
        Category::TimesAndEvents,
        Category::Emotions,
        Category::Thoughts,
        Category::BodySensations,
    ];

    /// Stable id, the same as in stored and exported files.
    pub fn id(self) -> &'static str {
        match self {
            Category::People => "people",
            Category::Places => "places",
            Category::Things => "things",
            Category::TimesAndEvents => "times-and-events",
            Category::Emotions => "emotions",
            Category::Thoughts => "thoughts",
            Category::BodySensations => "body-sensations",
        }
    }

    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == id)
    }

    /// People, places, things and times are outside the person; the rest are inside.
    pub fn is_external(self) -> bool {
        matches!(
            self,
            Category::People | Category::Places | Category::Things | Category::TimesAndEvents
        )
    }
}

/// How often a trigger comes up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Frequency {
    Rarely,
    Sometimes,
    Often,
    Daily,
}

impl Frequency {
    pub const ALL: [Frequency; 4] = [
        Frequency::Rarely,
        Frequency::Sometimes,
        Frequency::Often,
        Frequency::Daily,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Frequency::Rarely => "rarely",
            Frequency::Sometimes => "sometimes",
            Frequency::Often => "often",
            Frequency::Daily => "daily",
        }
    }

    pub fn from_id(id: &str) -> Option<Frequency> {
        Frequency::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// The kinds of coping action CLINICAL.md section 5 names, plus the person's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CopingKind {
    Avoid,
    Escape,
    Distract,
    Delay,
    CallSomeone,
    UrgeSurf,
    HaltCheck,
    RefusalLine,
    Own,
}

impl CopingKind {
    pub const ALL: [CopingKind; 9] = [
        CopingKind::Avoid,
        CopingKind::Escape,
        CopingKind::Distract,
        CopingKind::Delay,
        CopingKind::CallSomeone,
        CopingKind::UrgeSurf,
        CopingKind::HaltCheck,
        CopingKind::RefusalLine,
        CopingKind::Own,
    ];

    pub fn id(self) -> &'static str {
        match self {
            CopingKind::Avoid => "avoid",
            CopingKind::Escape => "escape",
            CopingKind::Distract => "distract",
            CopingKind::Delay => "delay",
            CopingKind::CallSomeone => "call-someone",
            CopingKind::UrgeSurf => "urge-surf",
            CopingKind::HaltCheck => "halt-check",
            CopingKind::RefusalLine => "refusal-line",
            CopingKind::Own => "own",
        }
    }

    pub fn from_id(id: &str) -> Option<CopingKind> {
        CopingKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// The highest urge rating: urges are rated 0 (none) to 10 (strongest).
pub const MAX_URGE: u8 = 10;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trigger {
    pub id: Id,
    pub name: String,
    pub category: Category,
    /// 0-10, or `None`: not rated yet (ticked from the common list, say). A number nobody chose
    /// would decide which triggers are the strongest, so there is no default.
    pub urge: Option<u8>,
    /// `None` until the person says.
    #[serde(default)]
    pub frequency: Option<Frequency>,
    #[serde(default)]
    pub warning_signs: String,
    #[serde(default)]
    pub notes: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopingAction {
    pub id: Id,
    pub kind: CopingKind,
    pub text: String,
    /// The triggers this action answers, in the order they were linked; never dangling.
    #[serde(default)]
    pub triggers: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: Id,
    pub name: String,
    /// Free text: formats differ by country, and some people know the number by heart.
    #[serde(default)]
    pub phone: String,
}

/// A person's relapse-prevention plan. Fields are public for reading; change it with
/// [`Plan::apply`] so the rules (caps, no duplicates, no dangling links) always hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    #[serde(default)]
    pub triggers: Vec<Trigger>,
    #[serde(default)]
    pub coping: Vec<CopingAction>,
    /// Lines practised in the refusal-skills exercise.
    #[serde(default)]
    pub refusal_lines: Vec<String>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub safe_places: Vec<String>,
    /// The next id to hand out; always above every id in use.
    pub next_id: Id,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            triggers: Vec::new(),
            coping: Vec::new(),
            refusal_lines: Vec::new(),
            contacts: Vec::new(),
            safe_places: Vec::new(),
            next_id: 1,
        }
    }
}

/// A piece of typed text, with its length cap. Caps keep a plan printable and well inside the
/// storage cap (see `store::MAX_STORED_BYTES`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    TriggerName,
    WarningSigns,
    Notes,
    CopingText,
    RefusalLine,
    ContactName,
    Phone,
    SafePlace,
}

impl Field {
    /// The most characters (not bytes) the field holds.
    pub fn max_chars(self) -> usize {
        match self {
            Field::TriggerName | Field::ContactName => 120,
            Field::WarningSigns | Field::Notes => 1000,
            Field::CopingText | Field::RefusalLine => 300,
            Field::Phone => 40,
            Field::SafePlace => 200,
        }
    }

    /// Only the text areas keep line breaks; a name on two lines would break the map and print.
    fn multiline(self) -> bool {
        matches!(self, Field::WarningSigns | Field::Notes)
    }

    fn required(self) -> bool {
        !matches!(self, Field::WarningSigns | Field::Notes | Field::Phone)
    }

    /// Stable id; the content words it ("the trigger name").
    pub fn id(self) -> &'static str {
        match self {
            Field::TriggerName => "trigger-name",
            Field::WarningSigns => "warning-signs",
            Field::Notes => "notes",
            Field::CopingText => "coping-text",
            Field::RefusalLine => "refusal-line",
            Field::ContactName => "contact-name",
            Field::Phone => "phone",
            Field::SafePlace => "safe-place",
        }
    }
}

/// A list in the plan with a cap on its length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Triggers,
    Coping,
    RefusalLines,
    Contacts,
    SafePlaces,
}

impl List {
    pub fn max_items(self) -> usize {
        match self {
            List::Triggers => 100,
            List::Coping => 300,
            List::RefusalLines => 50,
            List::Contacts => 20,
            List::SafePlaces => 30,
        }
    }

    /// Stable id; the content words it.
    pub fn id(self) -> &'static str {
        match self {
            List::Triggers => "triggers",
            List::Coping => "coping",
            List::RefusalLines => "refusal-lines",
            List::Contacts => "contacts",
            List::SafePlaces => "safe-places",
        }
    }
}

/// Why an edit was refused (the content words it for the person).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditError {
    Empty(Field),
    TooLong(Field),
    UrgeOutOfRange,
    /// The item is gone, e.g. deleted in another tab.
    NotFound,
    Duplicate,
    TooMany(List),
    IdsExhausted,
}

/// Trims typed text, turns control characters into spaces (keeping line breaks in text areas),
/// and checks it against the field's rules. Cleaning twice gives the same text, so what was
/// exported imports unchanged.
pub fn clean_text(field: Field, text: &str) -> Result<String, EditError> {
    let multiline = field.multiline();
    // Invisible characters that make two names look alike ("Pay\u{200B}day") or turn the
    // words after a name backwards (bidi overrides) go; joiners that build emoji stay.
    let invisible = |c: char| matches!(c, '\r' | '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    let mapped: String = text
        .chars()
        .filter(|&c| !invisible(c))
        .map(|c| {
            if c.is_control() && !(multiline && c == '\n') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let cleaned = mapped.trim();
    if cleaned.is_empty() && field.required() {
        return Err(EditError::Empty(field));
    }
    if cleaned.chars().count() > field.max_chars() {
        return Err(EditError::TooLong(field));
    }
    Ok(cleaned.to_owned())
}

/// What the person fills in for a trigger; the plan gives it an id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriggerDraft {
    pub name: String,
    pub category: Category,
    /// `None`: not rated yet.
    pub urge: Option<u8>,
    pub frequency: Option<Frequency>,
    pub warning_signs: String,
    pub notes: String,
}

impl TriggerDraft {
    /// A draft with the urge not rated yet, until the person rates it.
    pub fn new(name: &str, category: Category) -> TriggerDraft {
        TriggerDraft {
            name: name.to_owned(),
            category,
            urge: None,
            frequency: None,
            warning_signs: String::new(),
            notes: String::new(),
        }
    }

    /// The draft that reproduces `trigger` (for an edit form, or to copy it into another plan).
    pub fn from_trigger(trigger: &Trigger) -> TriggerDraft {
        TriggerDraft {
            name: trigger.name.clone(),
            category: trigger.category,
            urge: trigger.urge,
            frequency: trigger.frequency,
            warning_signs: trigger.warning_signs.clone(),
            notes: trigger.notes.clone(),
        }
    }

    /// Cleans and checks the draft; shared with triggers read from storage or a file.
    pub(super) fn into_trigger(self, id: Id) -> Result<Trigger, EditError> {
        if self.urge.is_some_and(|urge| urge > MAX_URGE) {
            return Err(EditError::UrgeOutOfRange);
        }
        Ok(Trigger {
            id,
            name: clean_text(Field::TriggerName, &self.name)?,
            category: self.category,
            urge: self.urge,
            frequency: self.frequency,
            warning_signs: clean_text(Field::WarningSigns, &self.warning_signs)?,
            notes: clean_text(Field::Notes, &self.notes)?,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// Every change a person can make to a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    AddTrigger(TriggerDraft),
    UpdateTrigger(Id, TriggerDraft),
    /// Also unlinks the trigger from every coping action; an action left for no trigger goes
    /// with it (the person's words must not stay, unasked, in a file they share).
    DeleteTrigger(Id),
    /// Moving the first one up or the last one down changes nothing.
    MoveTrigger(Id, Direction),
    /// Adding an action with the same kind and text as an existing one links that one instead,
    /// so "Call Sam" used for three triggers stays one action.
    AddCoping {
        kind: CopingKind,
        text: String,
        triggers: Vec<Id>,
    },
    UpdateCoping {
        id: Id,
        kind: CopingKind,
        text: String,
    },
    DeleteCoping(Id),
    Link {
        coping: Id,
        trigger: Id,
    },
    /// Unlinked from its last trigger, the action goes (as with [`Edit::DeleteTrigger`]).
    Unlink {
        coping: Id,
        trigger: Id,
    },
    AddContact {
        name: String,
        phone: String,
    },
    UpdateContact {
        id: Id,
        name: String,
        phone: String,
    },
    DeleteContact(Id),
    AddSafePlace(String),
    UpdateSafePlace(usize, String),
    DeleteSafePlace(usize),
    AddRefusalLine(String),
    UpdateRefusalLine(usize, String),
    DeleteRefusalLine(usize),
}

impl Plan {
    pub fn trigger(&self, id: Id) -> Option<&Trigger> {
        self.triggers.iter().find(|t| t.id == id)
    }

    pub fn coping_action(&self, id: Id) -> Option<&CopingAction> {
        self.coping.iter().find(|c| c.id == id)
    }

    /// The coping actions linked to a trigger, in plan order.
    pub fn coping_for(&self, trigger: Id) -> Vec<&CopingAction> {
        self.coping
            .iter()
            .filter(|c| c.triggers.contains(&trigger))
            .collect()
    }

    /// Coping actions linked to no trigger: a link lost to a race between two tabs, or a file
    /// that holds one. Kept (nothing lost), shown in the plan, and offered on every trigger's
    /// coping screen to link or delete.
    pub fn unlinked_coping(&self) -> Vec<&CopingAction> {
        self.coping
            .iter()
            .filter(|c| c.triggers.is_empty())
            .collect()
    }

    /// How many coping actions each trigger has, in one pass over them (the map's cards all
    /// say it; asking [`Plan::coping_for`] per card goes over every action a hundred times).
    pub fn coping_counts(&self) -> BTreeMap<Id, usize> {
        let mut counts = BTreeMap::new();
        for action in &self.coping {
            for (i, id) in action.triggers.iter().enumerate() {
                if !action.triggers[..i].contains(id) {
                    *counts.entry(*id).or_insert(0) += 1;
                }
            }
        }
        counts
    }

    pub fn is_empty(&self) -> bool {
        self.triggers.is_empty()
            && self.coping.is_empty()
            && self.refusal_lines.is_empty()
            && self.contacts.is_empty()
            && self.safe_places.is_empty()
    }

    /// Applies one edit. On error the plan is unchanged. Returns the new item's id when the edit
    /// added (or, for a repeated coping action, reused) a trigger, coping action or contact.
    pub fn apply(&mut self, edit: Edit) -> Result<Option<Id>, EditError> {
        match edit {
            Edit::AddTrigger(draft) => {
                let trigger = draft.into_trigger(self.free_id()?)?;
                // Duplicates first: a merge into a full plan still skips what it already has.
                if self.has_trigger_like(&trigger, None) {
                    return Err(EditError::Duplicate);
                }
                check_room(self.triggers.len(), List::Triggers)?;
                let id = self.take_id()?;
                debug_assert_eq!(id, trigger.id);
                self.triggers.push(trigger);
                Ok(Some(id))
            }
            Edit::UpdateTrigger(id, draft) => {
                let index = self.trigger_index(id)?;
                let trigger = draft.into_trigger(id)?;
                if self.has_trigger_like(&trigger, Some(id)) {
                    return Err(EditError::Duplicate);
                }
                self.triggers[index] = trigger;
                Ok(None)
            }
            Edit::DeleteTrigger(id) => {
                let index = self.trigger_index(id)?;
                self.triggers.remove(index);
                self.coping.retain_mut(|action| {
                    let linked = action.triggers.contains(&id);
                    action.triggers.retain(|&t| t != id);
                    !(linked && action.triggers.is_empty())
                });
                Ok(None)
            }
            Edit::MoveTrigger(id, direction) => {
                let index = self.trigger_index(id)?;
                let other = match direction {
                    Direction::Up => index.checked_sub(1),
                    Direction::Down => Some(index + 1).filter(|&i| i < self.triggers.len()),
                };
                if let Some(other) = other {
                    self.triggers.swap(index, other);
                }
                Ok(None)
            }
            Edit::AddCoping {
                kind,
                text,
                triggers,
            } => {
                let text = clean_text(Field::CopingText, &text)?;
                if triggers.iter().any(|&t| self.trigger(t).is_none()) {
                    return Err(EditError::NotFound);
                }
                if let Some(existing) = self
                    .coping
                    .iter_mut()
                    .find(|c| c.kind == kind && c.text == text)
                {
                    for t in triggers {
                        if !existing.triggers.contains(&t) {
                            existing.triggers.push(t);
                        }
                    }
                    return Ok(Some(existing.id));
                }
                check_room(self.coping.len(), List::Coping)?;
                let id = self.take_id()?;
                let mut linked: Vec<Id> = Vec::with_capacity(triggers.len());
                for t in triggers {
                    if !linked.contains(&t) {
                        linked.push(t);
                    }
                }
                self.coping.push(CopingAction {
                    id,
                    kind,
                    text,
                    triggers: linked,
                });
                Ok(Some(id))
            }
            Edit::UpdateCoping { id, kind, text } => {
                let text = clean_text(Field::CopingText, &text)?;
                let index = self.coping_index(id)?;
                if self
                    .coping
                    .iter()
                    .any(|c| c.id != id && c.kind == kind && c.text == text)
                {
                    return Err(EditError::Duplicate);
                }
                let action = &mut self.coping[index];
                action.kind = kind;
                action.text = text;
                Ok(None)
            }
            Edit::DeleteCoping(id) => {
                let index = self.coping_index(id)?;
                self.coping.remove(index);
                Ok(None)
            }
            Edit::Link { coping, trigger } => {
                self.trigger_index(trigger)?;
                let index = self.coping_index(coping)?;
                let links = &mut self.coping[index].triggers;
                if !links.contains(&trigger) {
                    links.push(trigger);
                }
                Ok(None)
            }
            Edit::Unlink { coping, trigger } => {
                let index = self.coping_index(coping)?;
                let links = &mut self.coping[index].triggers;
                let linked = links.contains(&trigger);
                links.retain(|&t| t != trigger);
                if linked && links.is_empty() {
                    self.coping.remove(index);
                }
                Ok(None)
            }
            Edit::AddContact { name, phone } => {
                let (name, phone) = self.new_contact(&name, &phone)?;
                let id = self.take_id()?;
                self.contacts.push(Contact { id, name, phone });
                Ok(Some(id))
            }
            Edit::UpdateContact { id, name, phone } => {
                let name = clean_text(Field::ContactName, &name)?;
                let phone = clean_text(Field::Phone, &phone)?;
                let index = self
                    .contacts
                    .iter()
                    .position(|c| c.id == id)
                    .ok_or(EditError::NotFound)?;
                if self
                    .contacts
                    .iter()
                    .any(|c| c.id != id && c.name == name && c.phone == phone)
                {
                    return Err(EditError::Duplicate);
                }
                self.contacts[index] = Contact { id, name, phone };
                Ok(None)
            }
            Edit::DeleteContact(id) => {
                let index = self
                    .contacts
                    .iter()
                    .position(|c| c.id == id)
                    .ok_or(EditError::NotFound)?;
                self.contacts.remove(index);
                Ok(None)
            }
            Edit::AddSafePlace(text) => add_line(
                &mut self.safe_places,
                List::SafePlaces,
                Field::SafePlace,
                &text,
            ),
            Edit::UpdateSafePlace(index, text) => {
                update_line(&mut self.safe_places, Field::SafePlace, index, &text)
            }
            Edit::DeleteSafePlace(index) => delete_line(&mut self.safe_places, index),
            Edit::AddRefusalLine(text) => add_line(
                &mut self.refusal_lines,
                List::RefusalLines,
                Field::RefusalLine,
                &text,
            ),
            Edit::UpdateRefusalLine(index, text) => {
                update_line(&mut self.refusal_lines, Field::RefusalLine, index, &text)
            }
            Edit::DeleteRefusalLine(index) => delete_line(&mut self.refusal_lines, index),
        }
    }

    /// Same name and category is the same trigger (also the rule `merge` skips duplicates by).
    pub(crate) fn has_trigger_like(&self, trigger: &Trigger, except: Option<Id>) -> bool {
        self.triggers.iter().any(|t| {
            Some(t.id) != except && t.category == trigger.category && t.name == trigger.name
        })
    }

    fn trigger_index(&self, id: Id) -> Result<usize, EditError> {
        self.triggers
            .iter()
            .position(|t| t.id == id)
            .ok_or(EditError::NotFound)
    }

    fn coping_index(&self, id: Id) -> Result<usize, EditError> {
        self.coping
            .iter()
            .position(|c| c.id == id)
            .ok_or(EditError::NotFound)
    }

    /// Starts handing out ids at `base` (a random number from the page), skipping any in use.
    /// Brings back, under its old id, a trigger or contact deleted elsewhere whose edit arrived
    /// after the delete: what the person just typed is kept rather than refused. Other edits
    /// are refused as not found.
    pub fn restore(&mut self, edit: Edit) -> Result<(), EditError> {
        match edit {
            Edit::UpdateTrigger(id, draft) if self.trigger_index(id).is_err() => {
                let trigger = draft.into_trigger(id)?;
                if self.has_trigger_like(&trigger, None) {
                    return Err(EditError::Duplicate);
                }
                check_room(self.triggers.len(), List::Triggers)?;
                self.triggers.push(trigger);
                Ok(())
            }
            Edit::UpdateContact { id, name, phone } if !self.in_use(id) => {
                let (name, phone) = self.new_contact(&name, &phone)?;
                self.contacts.push(Contact { id, name, phone });
                Ok(())
            }
            _ => Err(EditError::NotFound),
        }
    }

    pub fn reseed(&mut self, base: Id) {
        self.next_id = base.clamp(1, MAX_ID);
    }

    /// A contact's cleaned name and phone, if the plan has room for it and does not hold it yet.
    fn new_contact(&self, name: &str, phone: &str) -> Result<(String, String), EditError> {
        let name = clean_text(Field::ContactName, name)?;
        let phone = clean_text(Field::Phone, phone)?;
        if self
            .contacts
            .iter()
            .any(|c| c.name == name && c.phone == phone)
        {
            return Err(EditError::Duplicate);
        }
        check_room(self.contacts.len(), List::Contacts)?;
        Ok((name, phone))
    }

    fn in_use(&self, id: Id) -> bool {
        self.triggers.iter().any(|t| t.id == id)
            || self.coping.iter().any(|c| c.id == id)
            || self.contacts.iter().any(|c| c.id == id)
    }

    /// The id [`take_id`](Self::take_id) would hand out next.
    fn free_id(&self) -> Result<Id, EditError> {
        let start = self.next_id.clamp(1, MAX_ID);
        let mut id = start;
        while self.in_use(id) {
            id = if id >= MAX_ID { 1 } else { id + 1 };
            if id == start {
                return Err(EditError::IdsExhausted);
            }
        }
        Ok(id)
    }

    fn take_id(&mut self) -> Result<Id, EditError> {
        let id = self.free_id()?;
        self.next_id = if id >= MAX_ID { 1 } else { id + 1 };
        Ok(id)
    }
}

fn check_room(len: usize, list: List) -> Result<(), EditError> {
    if len >= list.max_items() {
        Err(EditError::TooMany(list))
    } else {
        Ok(())
    }
}

fn add_line(
    lines: &mut Vec<String>,
    list: List,
    field: Field,
    text: &str,
) -> Result<Option<Id>, EditError> {
    let text = clean_text(field, text)?;
    if lines.contains(&text) {
        return Err(EditError::Duplicate);
    }
    check_room(lines.len(), list)?;
    lines.push(text);
    Ok(None)
}

fn update_line(
    lines: &mut [String],
    field: Field,
    index: usize,
    text: &str,
) -> Result<Option<Id>, EditError> {
    let text = clean_text(field, text)?;
    if index >= lines.len() {
        return Err(EditError::NotFound);
    }
    if lines
        .iter()
        .enumerate()
        .any(|(i, l)| i != index && *l == text)
    {
        return Err(EditError::Duplicate);
    }
    lines[index] = text;
    Ok(None)
}

fn delete_line(lines: &mut Vec<String>, index: usize) -> Result<Option<Id>, EditError> {
    if index >= lines.len() {
        return Err(EditError::NotFound);
    }
    lines.remove(index);
    Ok(None)
}
