//! English words for the trigger-map screens.

use crate::content::trigger_ui::TriggerUi;
use crate::core::triggers::{Category, CopingKind, Frequency};

pub static UI: TriggerUi = TriggerUi {
    title: "My trigger map",
    intro: "Triggers are the people, places, things, times and feelings that set off an urge to drink or use. Mapping them, and planning what you will do instead, is the start of your own relapse-prevention plan.",
    categories: &[
        (Category::People, "People"),
        (Category::Places, "Places"),
        (Category::Things, "Things"),
        (Category::TimesAndEvents, "Times and events"),
        (Category::Emotions, "Feelings (and hungry, angry, lonely, tired)"),
        (Category::Thoughts, "Thoughts"),
        (Category::BodySensations, "Body sensations"),
    ],
    frequencies: &[
        (Frequency::Rarely, "Rarely"),
        (Frequency::Sometimes, "Sometimes"),
        (Frequency::Often, "Often"),
        (Frequency::Daily, "Every day"),
    ],
    kinds: &[
        (CopingKind::Avoid, "Avoid it"),
        (CopingKind::Escape, "Leave"),
        (CopingKind::Distract, "Distract myself"),
        (CopingKind::Delay, "Wait it out"),
        (CopingKind::CallSomeone, "Call someone"),
        (CopingKind::UrgeSurf, "Ride the urge"),
        (CopingKind::HaltCheck, "HALT check"),
        (CopingKind::RefusalLine, "Say my no"),
        (CopingKind::Own, "My own idea"),
    ],
    guided_start: "Start with common triggers",
    guided_heading: "Which of these set off an urge for you?",
    guided_hint: "Tick any that fit. You can change or remove them later.",
    guided_own: "Something else (type your own)",
    guided_step: "Group {n} of {m}: {group}",
    guided_done: "Add to my map",
    back: "Back",
    next: "Next",
    cancel: "Cancel",
    save: "Save",
    add: "Add",
    edit: "Edit",
    delete: "Delete",
    confirm_delete: "Yes, delete",
    move_up: "Move up",
    move_down: "Move down",
    triggers_heading: "My triggers",
    no_triggers: "No triggers yet. Start with common ones, or add your own.",
    add_trigger: "Add a trigger",
    trigger_name: "Trigger",
    category: "Group",
    urge: "How strong is the urge it brings?",
    urge_help: "0 means no urge at all, 10 the strongest you can imagine.",
    urge_value: "Urge {n} of 10",
    frequency: "How often does it come up?",
    frequency_unset: "Not sure",
    warning_signs: "Warning signs (what you notice first)",
    notes: "Notes",
    coping_heading: "What I can do instead",
    coping_count: "{n} coping actions",
    coping_for: "Coping with: {trigger}",
    coping_ideas: "Ideas you can add",
    coping_own: "Add your own",
    coping_kind: "Kind of action",
    coping_text: "What will you do?",
    unlink: "Remove",
    done: "Done",
    map_heading: "The map",
    map_me: "Me",
    map_description: "Your triggers around you: the stronger the urge, the closer to the centre.",
    completeness_heading: "How far along is my plan?",
    complete: "Your plan covers your strongest triggers and has someone to call. Well done. Keep it where you can find it.",
    next_add_trigger: "Next: add the triggers you know.",
    next_add_coping: "Next: plan at least 3 things you can do when this comes up: {trigger} ({n} so far).",
    next_add_contact: "Next: add someone you can call when it gets hard.",
    strongest_status: "{done} of {total} strongest triggers have 3 or more coping actions.",
    contacts_heading: "People I can call",
    contact_name: "Name",
    contact_phone: "Phone",
    places_heading: "Safe places I can go",
    place: "Place",
    lines_heading: "My refusal lines",
    line: "Line",
    lines_from_practice: "Add my lines from the refusal practice",
    plan_heading: "My relapse-prevention plan",
    view_plan: "See my plan",
    print: "Print or save as PDF",
    plan_strongest: "My strongest triggers and what I will do",
    plan_other: "Other triggers",
    plan_crisis: "If I am in crisis",
    plan_none: "Nothing yet.",
    tools_heading: "Keep it safe",
    export: "Download my plan (file)",
    import: "Load a plan from a file",
    import_heading: "Load a plan from a file",
    import_choose: "Choose the plan file",
    import_preview: "This file holds {triggers} triggers, {coping} coping actions, {contacts} contacts and {places} safe places.",
    import_replace: "Replace my plan with it",
    import_merge: "Add it to my plan",
    import_done: "Loaded: {added} added, {skipped} already there.",
    import_error: "This file could not be loaded:",
    delete_everything: "Delete everything on this device",
    delete_everything_confirm: "This deletes your plan, your practice progress and your answers from this device. It cannot be undone. Download your plan first if you want to keep it.",
    delete_everything_yes: "Yes, delete everything",
    deleted: "Everything this widget saved on this device has been deleted.",
    changed_elsewhere: "Your plan was changed in another tab or window; this page now shows the latest version.",
    import_keep_failed: "Your current plan could not be kept aside on this device, so it was not replaced. Download it first, then try again.",
};

/// The map a counselor's demo starts from, so there is something to discuss and edit.
pub fn example_plan() -> crate::core::triggers::Plan {
    use crate::core::triggers::{Edit, Plan, TriggerDraft};
    let mut plan = Plan::default();
    let mut trigger = |name: &str, category, urge| {
        let mut draft = TriggerDraft::new(name, category);
        draft.urge = urge;
        plan.apply(Edit::AddTrigger(draft)).ok().flatten()
    };
    let payday = trigger("Payday", Category::TimesAndEvents, 9);
    let friend = trigger("Old friends I used with", Category::People, 7);
    let _ = trigger("Feeling lonely in the evening", Category::Emotions, 6);
    for (kind, text) in [
        (CopingKind::Avoid, "Have my pay go straight to savings"),
        (CopingKind::CallSomeone, "Call my sponsor on the way home"),
        (CopingKind::Distract, "Go to the gym right after work"),
    ] {
        let _ = plan.apply(Edit::AddCoping {
            kind,
            text: text.into(),
            triggers: payday.into_iter().collect(),
        });
    }
    let _ = plan.apply(Edit::AddCoping {
        kind: CopingKind::RefusalLine,
        text: "No thanks, I'm not using any more.".into(),
        triggers: friend.into_iter().collect(),
    });
    let _ = plan.apply(Edit::AddContact {
        name: "Sam (sponsor)".into(),
        phone: "555 010 0142".into(),
    });
    let _ = plan.apply(Edit::AddSafePlace("The library".into()));
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_plan_is_full_enough_to_demo() {
        let plan = example_plan();
        assert_eq!(plan.triggers.len(), 3);
        assert_eq!(plan.coping_for(plan.triggers[0].id).len(), 3);
        assert!(!plan.contacts.is_empty() && !plan.safe_places.is_empty());
        assert!(
            !plan.completeness().complete,
            "it leaves something for the group to do"
        );
    }

    #[test]
    fn every_group_frequency_and_kind_has_a_label() {
        for c in Category::ALL {
            assert!(!UI.category(c).is_empty(), "{c:?}");
        }
        for f in [
            Frequency::Rarely,
            Frequency::Sometimes,
            Frequency::Often,
            Frequency::Daily,
        ] {
            assert!(!UI.frequency(f).is_empty(), "{f:?}");
        }
        for k in CopingKind::ALL {
            assert!(!UI.kind(k).is_empty(), "{k:?}");
        }
    }
}
