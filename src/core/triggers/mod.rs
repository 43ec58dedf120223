//! The trigger map and relapse-prevention plan (CLINICAL.md section 5): the model and its edits,
//! how complete the plan is, its stored form with migrations, and export, import and merge.

mod completeness;
mod model;
mod stored;
mod transfer;

pub use completeness::{Completeness, NextStep, COPING_PER_TRIGGER, STRONGEST};
pub use model::{
    clean_text, Category, Contact, CopingAction, CopingKind, Direction, Edit, EditError, Field,
    Frequency, Id, List, Plan, Trigger, TriggerDraft, MAX_URGE,
};
pub use stored::{decode_plan, FieldError, TriggerPlan};
pub use transfer::{
    export, import, merge, ImportError, MergeSummary, EXPORT_FORMAT, MAX_IMPORT_BYTES,
};

#[cfg(test)]
mod tests;
