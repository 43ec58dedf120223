//! Export to a file, import from one, and merge an imported plan into the current one. Browsers
//! may evict stored data (CLINICAL.md section 6), so a file is the person's own safe copy.

use super::model::{Edit, EditError, Field, Id, Plan, TriggerDraft};
use super::stored::{
    decode_plan, FieldError, ItemProblem, TriggerPlan, EXPORT_VERSION, PLAN_VERSION,
};
use crate::core::store::{self, Problem, Schema};
use serde::Serialize;
use serde_json::Value;

/// The `format` of an exported file.
pub const EXPORT_FORMAT: &str = "iop-widget.relapse-prevention-plan";
/// The largest file accepted. Above the storage cap: exports are pretty-printed.
pub const MAX_IMPORT_BYTES: usize = 4 << 20;

/// The plan as a pretty JSON file. `exported` is the date the caller shows, e.g. "2025-04-30".
pub fn export(plan: &Plan, exported: &str) -> String {
    #[derive(Serialize)]
    struct ExportFile<'a> {
        format: &'a str,
        version: u32,
        exported: &'a str,
        plan: &'a Plan,
    }
    // Plain strings, numbers and lists always serialize; an empty file would fail import loudly.
    serde_json::to_string_pretty(&ExportFile {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exported,
        plan,
    })
    .unwrap_or_default()
}

/// Why a file could not be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    Truncated {
        detail: String,
    },
    NotJson {
        detail: String,
    },
    /// JSON, but not a plan from this widget; `found` is its `format` if it has one.
    OtherKind {
        found: Option<String>,
    },
    NewerVersion {
        found: u64,
        known: u32,
    },
    MigrationFailed {
        from: u32,
        detail: String,
    },
    /// Something in it breaks a rule, e.g. trigger 3's urge is 11 (worded by the content).
    Invalid(FieldError),
}

impl ImportError {
    /// Stable id, for tests and a `data-problem` attribute.
    pub fn id(&self) -> &'static str {
        match self {
            ImportError::Empty => "empty",
            ImportError::TooLarge { .. } => "too-large",
            ImportError::Truncated { .. } => "truncated",
            ImportError::NotJson { .. } => "not-json",
            ImportError::OtherKind { .. } => "other-kind",
            ImportError::NewerVersion { .. } => "newer-version",
            ImportError::MigrationFailed { .. } => "migration-failed",
            ImportError::Invalid(_) => "invalid",
        }
    }
}

impl From<Problem> for ImportError {
    fn from(problem: Problem) -> Self {
        match problem {
            Problem::TooLarge { bytes, limit } => ImportError::TooLarge { bytes, limit },
            Problem::Truncated { detail } => ImportError::Truncated { detail },
            Problem::NotJson { detail } => ImportError::NotJson { detail },
            Problem::NotAnEnvelope { .. } => ImportError::OtherKind { found: None },
            Problem::OtherFormat { found } => ImportError::OtherKind { found: Some(found) },
            Problem::NewerVersion { found, known } => ImportError::NewerVersion { found, known },
            Problem::MigrationFailed { from, detail } => {
                ImportError::MigrationFailed { from, detail }
            }
            Problem::DoesNotMatch { detail } => ImportError::Invalid(FieldError {
                list: None,
                item: None,
                problem: ItemProblem::Shape(detail),
            }),
        }
    }
}

/// Checks a chosen file's size before it is read: a file far too large (a video picked by
/// mistake) is refused by its size alone, not read whole into memory first.
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    let bytes = usize::try_from(bytes).unwrap_or(usize::MAX);
    if bytes > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes,
            limit: MAX_IMPORT_BYTES,
        });
    }
    Ok(())
}

/// Reads an exported file (any version) or a stored value the person downloaded as a backup.
pub fn import(text: &str) -> Result<Plan, ImportError> {
    // Editors on some systems start a file with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let Value::Object(mut file) = store::parse_json(text, MAX_IMPORT_BYTES)? else {
        return Err(ImportError::OtherKind { found: None });
    };
    let body = match file.get("format") {
        Some(Value::String(f)) if f == EXPORT_FORMAT => "plan",
        Some(Value::String(f)) if f == TriggerPlan::FORMAT => "data",
        Some(Value::String(f)) => {
            return Err(ImportError::OtherKind {
                found: Some(store::excerpt(f)),
            })
        }
        _ => return Err(ImportError::OtherKind { found: None }),
    };
    let version = store::read_version(file.get("version")).map_err(|_| {
        ImportError::Invalid(FieldError {
            list: None,
            item: None,
            problem: ItemProblem::NoVersion,
        })
    })?;
    // Exported files hold a plain plan (versions 1, 2 and 4); a downloaded backup of what was
    // stored holds a doc from version 3 on.
    let known = if body == "plan" {
        EXPORT_VERSION
    } else {
        TriggerPlan::VERSION
    };
    let version = match u32::try_from(version) {
        Ok(v) if v <= known => v,
        _ => {
            return Err(ImportError::NewerVersion {
                found: version,
                known,
            })
        }
    };
    let plan = file.remove(body).ok_or(ImportError::Invalid(FieldError {
        list: None,
        item: None,
        problem: ItemProblem::Missing,
    }))?;
    if version > PLAN_VERSION && body == "data" {
        let data = store::upgrade::<TriggerPlan>(version, plan)?;
        return Ok(super::synced::from_doc(&data));
    }
    if version == 3 {
        return Err(ImportError::MigrationFailed {
            from: version,
            detail: "exported files have no version 3".into(),
        });
    }
    // A version-4 plan reads as a version-2 one: its only news is that an urge may be null.
    let plan = store::migrate_to::<TriggerPlan>(version, PLAN_VERSION, plan)?;
    decode_plan(plan).map_err(ImportError::Invalid)
}

/// What a merge did, for the confirmation the person sees.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    pub added: usize,
    /// Items already in the plan (a trigger with the same name and category, or the same coping
    /// action, contact, safe place or refusal line); their links are still merged.
    pub skipped: usize,
    /// Triggers in both whose rating, how often, warning signs or notes differ in the file: the
    /// plan's own version is kept, and the person is told which, so nothing changes unseen.
    pub kept_yours: Vec<String>,
}

/// Adds `other`'s items to `plan` with fresh ids, skipping duplicates and keeping every link.
/// All or nothing: on an error (a list would be too long) `plan` is unchanged.
pub fn merge(plan: &mut Plan, other: Plan) -> Result<MergeSummary, EditError> {
    let mut merged = plan.clone();
    let mut summary = MergeSummary::default();
    let mut new_ids: Vec<(Id, Id)> = Vec::with_capacity(other.triggers.len());
    let mut count = |result: Result<Option<Id>, EditError>| match result {
        Ok(id) => {
            summary.added += 1;
            Ok(id)
        }
        Err(EditError::Duplicate) => {
            summary.skipped += 1;
            Ok(None)
        }
        Err(e) => Err(e),
    };

    for trigger in &other.triggers {
        let draft = TriggerDraft::from_trigger(trigger);
        let id = match count(merged.apply(Edit::AddTrigger(draft)))? {
            Some(id) => Some(id),
            None => {
                let name = super::model::clean_text(Field::TriggerName, &trigger.name).ok();
                let mine = merged
                    .triggers
                    .iter()
                    .find(|t| t.category == trigger.category && Some(&t.name) == name.as_ref());
                if let Some(mine) = mine {
                    let theirs = TriggerDraft::from_trigger(trigger).into_trigger(mine.id);
                    let differs = theirs.is_ok_and(|theirs| theirs != *mine);
                    if differs && !summary.kept_yours.contains(&mine.name) {
                        summary.kept_yours.push(mine.name.clone());
                    }
                }
                mine.map(|t| t.id)
            }
        };
        if let Some(id) = id {
            new_ids.push((trigger.id, id));
        }
    }
    for action in other.coping {
        let triggers: Vec<Id> = action
            .triggers
            .iter()
            .filter_map(|old| new_ids.iter().find(|(o, _)| o == old).map(|&(_, n)| n))
            .collect();
        let text = super::model::clean_text(Field::CopingText, &action.text);
        let known = text.as_ref().is_ok_and(|text| {
            merged
                .coping
                .iter()
                .any(|c| c.kind == action.kind && c.text == *text)
        });
        let added = merged.apply(Edit::AddCoping {
            kind: action.kind,
            text: action.text,
            triggers,
        });
        // An existing action is reused with the new links added: counted as skipped.
        count(if known {
            added.and(Err(EditError::Duplicate))
        } else {
            added
        })?;
    }
    for contact in other.contacts {
        count(merged.apply(Edit::AddContact {
            name: contact.name,
            phone: contact.phone,
        }))?;
    }
    for place in other.safe_places {
        count(merged.apply(Edit::AddSafePlace(place)))?;
    }
    for line in other.refusal_lines {
        count(merged.apply(Edit::AddRefusalLine(line)))?;
    }
    *plan = merged;
    Ok(summary)
}
