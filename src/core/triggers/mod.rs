//! The trigger map and relapse-prevention plan (CLINICAL.md section 5): the model and its edits,
//! how complete the plan is, where each trigger sits on the map's picture, its stored form with
//! migrations, and export, import and merge.

mod completeness;
pub mod layout;
mod model;
mod stored;
pub mod synced;
mod transfer;

pub use completeness::{Completeness, NextStep, COPING_PER_TRIGGER, STRONGEST};
pub use model::{
    clean_text, Category, Contact, CopingAction, CopingKind, Direction, Edit, EditError, Field,
    Frequency, Id, List, Plan, Trigger, TriggerDraft, MAX_ID, MAX_URGE,
};
pub use stored::{
    decode_plan, doc_from_plan, FieldError, ItemProblem, TriggerPlan, EXPORT_VERSION, PLAN_VERSION,
};
pub use transfer::{
    check_size, export, import, merge, ImportError, MergeSummary, EXPORT_FORMAT, MAX_IMPORT_BYTES,
};

#[cfg(test)]
mod tests;
