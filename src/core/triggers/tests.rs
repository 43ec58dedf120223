//! Tests of the plan model, its stored form and its files. Fixtures of every older stored
//! version and export live in `tests/fixtures/`.

use super::*;
use crate::core::store::{self, Loaded, Problem, Schema, MAX_STORED_BYTES};
use proptest::prelude::*;

const STORED_V1: &str = include_str!("../../../tests/fixtures/trigger-plan-v1.json");
const STORED_V2: &str = include_str!("../../../tests/fixtures/trigger-plan-v2.json");
const STORED_V3: &str = include_str!("../../../tests/fixtures/trigger-plan-v3.json");
const EXPORT_V1: &str = include_str!("../../../tests/fixtures/export-v1.json");
const EXPORT_V2: &str = include_str!("../../../tests/fixtures/export-v2.json");
const EXPORT_V4: &str = include_str!("../../../tests/fixtures/export-v4.json");

fn trigger(id: Id, name: &str, category: Category, urge: u8) -> Trigger {
    Trigger {
        id,
        name: name.into(),
        category,
        urge: Some(urge),
        frequency: None,
        warning_signs: String::new(),
        notes: String::new(),
    }
}

fn coping(id: Id, kind: CopingKind, text: &str, triggers: &[Id]) -> CopingAction {
    CopingAction {
        id,
        kind,
        text: text.into(),
        triggers: triggers.to_vec(),
    }
}

/// What the version-1 fixtures hold, in today's form.
fn expected_from_v1() -> Plan {
    let mut payday = trigger(1, "Payday", Category::TimesAndEvents, 10);
    payday.notes = "Worst on Fridays".into();
    Plan {
        triggers: vec![
            payday,
            trigger(2, "Feeling lonely at night", Category::Emotions, 6),
            trigger(3, "The bar on 5th Street", Category::Places, 2),
        ],
        coping: vec![
            coping(4, CopingKind::Own, "Go straight home after work", &[1]),
            coping(5, CopingKind::Own, "Call my sister", &[1, 2]),
            coping(6, CopingKind::Own, "Go for a walk", &[2]),
        ],
        refusal_lines: vec!["No thanks, I don't drink anymore.".into()],
        contacts: vec![],
        safe_places: vec!["My sister's house".into(), "The library".into()],
        next_id: 7,
    }
}

/// What the version-2 fixtures hold.
fn expected_v2() -> Plan {
    let mut friends = trigger(1, "Old friends I used with", Category::People, 8);
    friends.frequency = Some(Frequency::Often);
    friends.warning_signs = "They text me on Friday\nI start making excuses".into();
    let mut thought = trigger(2, "<img src=x onerror=alert(1)>", Category::Thoughts, 9);
    thought.notes = "\"Just one\" 🍺 won't hurt".into();
    let mut tired = trigger(3, "Tired or worn out", Category::Emotions, 4);
    tired.frequency = Some(Frequency::Daily);
    Plan {
        triggers: vec![friends, thought, tired],
        coping: vec![
            coping(4, CopingKind::Avoid, "Delete or block their number", &[1]),
            coping(5, CopingKind::CallSomeone, "Call Sam", &[1, 2]),
            coping(
                6,
                CopingKind::HaltCheck,
                "Eat something, then see how I feel",
                &[3],
            ),
        ],
        refusal_lines: vec!["No thanks, I'm good.".into()],
        contacts: vec![Contact {
            id: 7,
            name: "Sam".into(),
            phone: "(555) 010-0123".into(),
        }],
        safe_places: vec!["The library".into()],
        next_id: 8,
    }
}

/// What the version-4 export holds: the version-2 plan and a trigger not rated yet.
fn expected_v4() -> Plan {
    let mut plan = expected_v2();
    let mut payday = trigger(8, "Payday", Category::TimesAndEvents, 0);
    payday.urge = None;
    plan.triggers.push(payday);
    plan.next_id = 9;
    plan
}

fn add(plan: &mut Plan, name: &str, category: Category, urge: u8) -> Id {
    let mut draft = TriggerDraft::new(name, category);
    draft.urge = Some(urge);
    plan.apply(Edit::AddTrigger(draft)).unwrap().unwrap()
}

// ---- the model and its edits ----

#[test]
fn category_ids_round_trip_and_split_external_from_internal() {
    for category in Category::ALL {
        assert_eq!(Category::from_id(category.id()), Some(category));
        let json = serde_json::to_string(&category).unwrap();
        assert_eq!(json, format!("\"{}\"", category.id()), "stored id = id()");
    }
    let external: Vec<_> = Category::ALL
        .into_iter()
        .filter(|c| c.is_external())
        .collect();
    assert_eq!(
        external,
        [
            Category::People,
            Category::Places,
            Category::Things,
            Category::TimesAndEvents
        ]
    );
    for kind in CopingKind::ALL {
        assert_eq!(CopingKind::from_id(kind.id()), Some(kind));
        assert_eq!(
            serde_json::to_string(&kind).unwrap(),
            format!("\"{}\"", kind.id())
        );
    }
    for f in Frequency::ALL {
        assert_eq!(Frequency::from_id(f.id()), Some(f));
        assert_eq!(
            serde_json::to_string(&f).unwrap(),
            format!("\"{}\"", f.id())
        );
    }
}

#[test]
fn typed_text_is_trimmed_and_checked() {
    assert_eq!(
        clean_text(Field::TriggerName, "  Payday \n"),
        Ok("Payday".into())
    );
    assert_eq!(
        clean_text(Field::TriggerName, "two\nlines\u{0}"),
        Ok("two lines".into())
    );
    assert_eq!(
        clean_text(Field::Notes, "line one\r\nline two"),
        Ok("line one\nline two".into())
    );
    assert_eq!(
        clean_text(Field::TriggerName, " \t "),
        Err(EditError::Empty(Field::TriggerName))
    );
    assert_eq!(clean_text(Field::Notes, "  "), Ok(String::new()));
    // Invisible characters: no look-alike duplicate, no words turned backwards after a name.
    assert_eq!(
        clean_text(Field::TriggerName, "Pay\u{200B}day\u{FEFF}"),
        Ok("Payday".into())
    );
    assert_eq!(
        clean_text(Field::TriggerName, "\u{202E}yadyaP"),
        Ok("yadyaP".into())
    );
    assert_eq!(
        clean_text(Field::TriggerName, "👨\u{200D}👩\u{200D}👧 family"),
        Ok("👨\u{200D}👩\u{200D}👧 family".into()),
        "joiners that build an emoji stay"
    );
    let long = "é".repeat(Field::TriggerName.max_chars());
    assert_eq!(clean_text(Field::TriggerName, &long), Ok(long.clone()));
    assert_eq!(
        clean_text(Field::TriggerName, &(long + "x")),
        Err(EditError::TooLong(Field::TriggerName))
    );
}

#[test]
fn triggers_are_added_updated_moved_and_deleted() {
    let mut plan = Plan::default();
    let a = add(&mut plan, " Payday ", Category::TimesAndEvents, 7);
    let b = add(&mut plan, "Bars", Category::Places, 3);
    let c = add(&mut plan, "Payday", Category::Emotions, 1);
    assert_eq!((a, b, c), (1, 2, 3));
    assert_eq!(plan.trigger(a).unwrap().name, "Payday");

    plan.apply(Edit::MoveTrigger(c, Direction::Up)).unwrap();
    plan.apply(Edit::MoveTrigger(a, Direction::Up)).unwrap(); // already first: no change
    let order: Vec<Id> = plan.triggers.iter().map(|t| t.id).collect();
    assert_eq!(order, [a, c, b]);
    plan.apply(Edit::MoveTrigger(b, Direction::Down)).unwrap(); // already last
    plan.apply(Edit::MoveTrigger(a, Direction::Down)).unwrap();
    let order: Vec<Id> = plan.triggers.iter().map(|t| t.id).collect();
    assert_eq!(order, [c, a, b]);

    let mut draft = TriggerDraft::from_trigger(plan.trigger(b).unwrap());
    draft.name = "The bar on 5th".into();
    draft.frequency = Some(Frequency::Often);
    draft.notes = "Fridays".into();
    plan.apply(Edit::UpdateTrigger(b, draft)).unwrap();
    let updated = plan.trigger(b).unwrap();
    assert_eq!(
        (updated.name.as_str(), updated.notes.as_str()),
        ("The bar on 5th", "Fridays")
    );

    plan.apply(Edit::DeleteTrigger(a)).unwrap();
    assert!(plan.trigger(a).is_none());
    assert_eq!(plan.apply(Edit::DeleteTrigger(a)), Err(EditError::NotFound));
    // Ids are never reused, so a stale link can never point at a new trigger.
    assert_eq!(add(&mut plan, "New", Category::Things, 2), 4);
}

#[test]
fn trigger_edits_are_refused_with_a_reason_and_change_nothing() {
    let mut plan = Plan::default();
    let a = add(&mut plan, "Payday", Category::TimesAndEvents, 7);
    add(&mut plan, "Bars", Category::Places, 3);
    let before = plan.clone();

    let cases: Vec<(Edit, EditError)> = vec![
        (
            Edit::AddTrigger(TriggerDraft::new("  ", Category::People)),
            EditError::Empty(Field::TriggerName),
        ),
        (
            Edit::AddTrigger(TriggerDraft::new(&"x".repeat(121), Category::People)),
            EditError::TooLong(Field::TriggerName),
        ),
        (
            Edit::AddTrigger(TriggerDraft {
                urge: Some(11),
                ..TriggerDraft::new("Loud", Category::People)
            }),
            EditError::UrgeOutOfRange,
        ),
        (
            Edit::AddTrigger(TriggerDraft {
                notes: "n".repeat(1001),
                ..TriggerDraft::new("Long notes", Category::People)
            }),
            EditError::TooLong(Field::Notes),
        ),
        (
            Edit::AddTrigger(TriggerDraft::new(" Payday", Category::TimesAndEvents)),
            EditError::Duplicate,
        ),
        (
            Edit::UpdateTrigger(a, TriggerDraft::new("Bars", Category::Places)),
            EditError::Duplicate,
        ),
        (
            Edit::UpdateTrigger(99, TriggerDraft::new("Gone", Category::Places)),
            EditError::NotFound,
        ),
        (Edit::MoveTrigger(99, Direction::Up), EditError::NotFound),
    ];
    for (edit, error) in cases {
        assert_eq!(plan.apply(edit.clone()), Err(error), "{edit:?}");
        assert_eq!(plan, before, "a refused edit changes nothing: {edit:?}");
    }
    // Updating a trigger to its own name is fine.
    let same = TriggerDraft::from_trigger(plan.trigger(a).unwrap());
    assert_eq!(plan.apply(Edit::UpdateTrigger(a, same)), Ok(None));
}

#[test]
fn coping_actions_link_and_unlink_and_never_dangle() {
    let mut plan = Plan::default();
    let a = add(&mut plan, "a", Category::People, 9);
    let b = add(&mut plan, "b", Category::Places, 8);
    let call = plan
        .apply(Edit::AddCoping {
            kind: CopingKind::CallSomeone,
            text: "Call Sam".into(),
            triggers: vec![a, a],
        })
        .unwrap()
        .unwrap();
    assert_eq!(plan.coping_action(call).unwrap().triggers, [a]);
    // The same action again links the existing one rather than making a copy.
    let again = plan.apply(Edit::AddCoping {
        kind: CopingKind::CallSomeone,
        text: " Call Sam ".into(),
        triggers: vec![b],
    });
    assert_eq!(again, Ok(Some(call)));
    assert_eq!(plan.coping.len(), 1);
    assert_eq!(plan.coping_action(call).unwrap().triggers, [a, b]);

    assert!(plan.unlinked_coping().is_empty());
    assert_eq!(
        plan.apply(Edit::AddCoping {
            kind: CopingKind::Own,
            text: "x".into(),
            triggers: vec![42]
        }),
        Err(EditError::NotFound)
    );
    assert_eq!(
        plan.apply(Edit::AddCoping {
            kind: CopingKind::Own,
            text: " ".into(),
            triggers: vec![]
        }),
        Err(EditError::Empty(Field::CopingText))
    );
    assert_eq!(
        plan.apply(Edit::Link {
            coping: call,
            trigger: 42
        }),
        Err(EditError::NotFound)
    );
    plan.apply(Edit::Unlink {
        coping: call,
        trigger: a,
    })
    .unwrap();
    plan.apply(Edit::Link {
        coping: call,
        trigger: a,
    })
    .unwrap();
    plan.apply(Edit::Link {
        coping: call,
        trigger: a,
    })
    .unwrap();
    assert_eq!(plan.coping_for(a).len(), 1);
    assert_eq!(plan.coping_action(call).unwrap().triggers, [b, a]);

    plan.apply(Edit::DeleteTrigger(a)).unwrap();
    assert_eq!(plan.coping_action(call).unwrap().triggers, [b]);

    let walk = plan
        .apply(Edit::AddCoping {
            kind: CopingKind::Distract,
            text: "Walk".into(),
            triggers: vec![],
        })
        .unwrap()
        .unwrap();
    assert_eq!(
        plan.apply(Edit::UpdateCoping {
            id: walk,
            kind: CopingKind::CallSomeone,
            text: "Call Sam".into()
        }),
        Err(EditError::Duplicate)
    );
    plan.apply(Edit::UpdateCoping {
        id: walk,
        kind: CopingKind::Distract,
        text: "Walk the dog".into(),
    })
    .unwrap();
    assert_eq!(plan.coping_action(walk).unwrap().text, "Walk the dog");
    let unlinked: Vec<_> = plan.unlinked_coping().iter().map(|c| c.id).collect();
    assert_eq!(
        unlinked,
        [walk],
        "linked to nothing: listed apart, not lost"
    );
    plan.apply(Edit::DeleteCoping(walk)).unwrap();
    assert!(plan.unlinked_coping().is_empty());
    assert_eq!(
        plan.apply(Edit::DeleteCoping(walk)),
        Err(EditError::NotFound)
    );
}

#[test]
fn contacts_places_and_refusal_lines() {
    let mut plan = Plan::default();
    let sam = plan
        .apply(Edit::AddContact {
            name: " Sam ".into(),
            phone: "555 0101".into(),
        })
        .unwrap()
        .unwrap();
    assert_eq!(
        plan.apply(Edit::AddContact {
            name: "Sam".into(),
            phone: "555 0101".into()
        }),
        Err(EditError::Duplicate)
    );
    assert_eq!(
        plan.apply(Edit::AddContact {
            name: "".into(),
            phone: "1".into()
        }),
        Err(EditError::Empty(Field::ContactName))
    );
    assert_eq!(
        plan.apply(Edit::AddContact {
            name: "Al".into(),
            phone: "1".repeat(41)
        }),
        Err(EditError::TooLong(Field::Phone))
    );
    plan.apply(Edit::UpdateContact {
        id: sam,
        name: "Sam R.".into(),
        phone: String::new(),
    })
    .unwrap();
    assert_eq!(plan.contacts[0].name, "Sam R.");
    plan.apply(Edit::DeleteContact(sam)).unwrap();
    assert!(plan.contacts.is_empty());

    plan.apply(Edit::AddSafePlace("Library".into())).unwrap();
    plan.apply(Edit::AddSafePlace("Gym".into())).unwrap();
    assert_eq!(
        plan.apply(Edit::AddSafePlace(" Gym".into())),
        Err(EditError::Duplicate)
    );
    assert_eq!(
        plan.apply(Edit::UpdateSafePlace(1, "Library".into())),
        Err(EditError::Duplicate)
    );
    assert_eq!(
        plan.apply(Edit::UpdateSafePlace(5, "Park".into())),
        Err(EditError::NotFound)
    );
    plan.apply(Edit::UpdateSafePlace(1, "Park".into())).unwrap();
    plan.apply(Edit::DeleteSafePlace(0)).unwrap();
    assert_eq!(plan.safe_places, ["Park"]);
    assert_eq!(
        plan.apply(Edit::DeleteSafePlace(1)),
        Err(EditError::NotFound)
    );

    plan.apply(Edit::AddRefusalLine("No thanks.".into()))
        .unwrap();
    plan.apply(Edit::UpdateRefusalLine(0, "No, thank you.".into()))
        .unwrap();
    assert_eq!(plan.refusal_lines, ["No, thank you."]);
    plan.apply(Edit::DeleteRefusalLine(0)).unwrap();
    plan.apply(Edit::DeleteSafePlace(0)).unwrap();
    assert!(plan.is_empty());
}

#[test]
fn lists_are_capped() {
    let mut plan = Plan::default();
    for i in 0..List::SafePlaces.max_items() {
        plan.apply(Edit::AddSafePlace(format!("Place {i}")))
            .unwrap();
    }
    assert_eq!(
        plan.apply(Edit::AddSafePlace("One more".into())),
        Err(EditError::TooMany(List::SafePlaces))
    );
    // A duplicate is still reported as such, not as "full".
    assert_eq!(
        plan.apply(Edit::AddSafePlace("Place 0".into())),
        Err(EditError::Duplicate)
    );
    let mut plan = Plan::default();
    for i in 0..List::Triggers.max_items() {
        add(&mut plan, &format!("t{i}"), Category::Things, 1);
    }
    assert_eq!(
        plan.apply(Edit::AddTrigger(TriggerDraft::new(
            "more",
            Category::Things
        ))),
        Err(EditError::TooMany(List::Triggers))
    );
    assert_eq!(List::Triggers.max_items(), 100);
}

#[test]
fn ids_stay_exact_in_javascript_wrap_around_and_never_collide() {
    let mut plan = Plan {
        next_id: Id::MAX,
        ..Plan::default()
    };
    let first = plan
        .apply(Edit::AddTrigger(TriggerDraft::new("x", Category::Things)))
        .unwrap()
        .unwrap();
    assert!(first <= MAX_ID);
    assert_eq!(first, MAX_ID);
    plan.reseed(MAX_ID);
    let a = add(&mut plan, "a", Category::Things, 1);
    let b = add(&mut plan, "b", Category::Things, 1);
    assert_eq!((a, b), (1, 2), "MAX_ID is taken, so the counter wraps to 1");
}

#[test]
fn an_id_used_twice_in_stored_data_is_renumbered_not_refused() {
    let plan = decode_plan(serde_json::json!({
        "triggers": [
            {"id": 1, "name": "a", "category": "people", "urge": 1},
            {"id": 1, "name": "b", "category": "places", "urge": 2}
        ],
        "coping": [{"id": 2, "kind": "own", "text": "walk", "triggers": [1]}],
        "contacts": [{"id": 1, "name": "Sam"}],
        "next_id": 3
    }))
    .unwrap();
    let ids: Vec<Id> = plan
        .triggers
        .iter()
        .map(|t| t.id)
        .chain(plan.coping.iter().map(|c| c.id))
        .chain(plan.contacts.iter().map(|c| c.id))
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    assert_eq!(plan.triggers.len(), 2);
    assert_eq!(
        plan.coping[0].triggers,
        [plan.triggers[0].id],
        "the link keeps its first target"
    );
    assert!(plan.next_id > *ids.iter().max().unwrap());
}

// ---- stored form and migrations ----

/// A plan's content, without the id counter (each page starts its own).
fn content(plan: &Plan) -> Plan {
    Plan {
        next_id: 0,
        ..plan.clone()
    }
}

fn loaded_plan(loaded: Loaded<crate::core::sync::Doc<synced::PlanItem>>) -> Plan {
    match loaded {
        Loaded::Current(doc) | Loaded::Migrated { data: doc, .. } | Loaded::Repaired(doc) => {
            content(&synced::from_doc(&doc))
        }
        other => panic!("not read: {other:?}"),
    }
}

#[test]
fn the_stored_fixtures_of_every_version_load() {
    assert!(matches!(
        store::load::<TriggerPlan>(Some(STORED_V1)),
        Loaded::Migrated { from: 1, .. }
    ));
    assert_eq!(
        loaded_plan(store::load::<TriggerPlan>(Some(STORED_V1))),
        content(&expected_from_v1())
    );
    assert!(matches!(
        store::load::<TriggerPlan>(Some(STORED_V2)),
        Loaded::Migrated { from: 2, .. }
    ));
    assert_eq!(
        loaded_plan(store::load::<TriggerPlan>(Some(STORED_V2))),
        content(&expected_v2())
    );
    // Version 3 to 4 keeps every urge as the number it was: nothing becomes "not rated".
    assert!(matches!(
        store::load::<TriggerPlan>(Some(STORED_V3)),
        Loaded::Migrated { from: 3, .. }
    ));
    let from_v3 = loaded_plan(store::load::<TriggerPlan>(Some(STORED_V3)));
    assert_eq!(from_v3, content(&expected_v2()));
    assert!(from_v3.triggers.iter().all(|t| t.urge.is_some()));
}

#[test]
fn a_trigger_not_rated_yet_is_stored_as_null_and_reads_back() {
    let text = store::encode::<TriggerPlan>(&doc_from_plan(&expected_v4())).unwrap();
    assert!(text.contains(r#""name":"Payday","category":"times-and-events","urge":null"#));
    assert_eq!(
        loaded_plan(store::load::<TriggerPlan>(Some(&text))),
        content(&expected_v4())
    );
    // An older page (version 3) would refuse a null urge; to it this value is newer, so it
    // keeps its hands off rather than calling it broken.
    assert!(text.starts_with(r#"{"format":"iop-widget/trigger-plan","version":4,"#));
}

#[test]
fn the_current_version_is_what_encode_writes() {
    let text = store::encode::<TriggerPlan>(&doc_from_plan(&expected_v2())).unwrap();
    assert!(
        text.starts_with(r#"{"format":"iop-widget/trigger-plan","version":4,"data":{"items":{"#)
    );
    assert!(matches!(
        store::load::<TriggerPlan>(Some(&text)),
        Loaded::Current(_)
    ));
    assert_eq!(
        loaded_plan(store::load::<TriggerPlan>(Some(&text))),
        content(&expected_v2())
    );
    assert_eq!(TriggerPlan::KEY, "iop-widget.trigger-plan");
}

#[test]
fn a_migrated_plan_saves_and_loads_as_current() {
    let Loaded::Migrated { data, .. } = store::load::<TriggerPlan>(Some(STORED_V1)) else {
        panic!("the version-1 fixture migrates");
    };
    let saved = store::encode::<TriggerPlan>(&data).unwrap();
    assert_eq!(
        store::load::<TriggerPlan>(Some(&saved)),
        Loaded::Current(data.clone())
    );
}

fn stored_problem(raw: &str) -> Problem {
    match store::load::<TriggerPlan>(Some(raw)) {
        Loaded::Unreadable { raw: kept, problem } => {
            assert_eq!(kept, raw);
            problem
        }
        other => panic!("expected unreadable, got {other:?}"),
    }
}

#[test]
fn broken_stored_plans_are_kept_and_explained() {
    let v1 =
        |data: &str| format!(r#"{{"format":"iop-widget/trigger-plan","version":1,"data":{data}}}"#);
    let v2 =
        |data: &str| format!(r#"{{"format":"iop-widget/trigger-plan","version":2,"data":{data}}}"#);
    let cases = [
        (STORED_V2[..STORED_V2.len() / 2].to_owned(), "truncated"),
        (
            v1(r#"{"triggers":[{"name":"x","kind":"times","strength":9}]}"#),
            "migration-failed",
        ),
        (
            v1(r#"{"triggers":[{"name":"x","kind":"moods","strength":2}]}"#),
            "migration-failed",
        ),
        (
            v1(r#"{"triggers":[{"kind":"times","strength":2}]}"#),
            "migration-failed",
        ),
        (v1("[]"), "migration-failed"),
        (
            v2(r#"{"triggers":[{"id":1,"name":"x","category":"people","urge":11}],"next_id":2}"#),
            "migration-failed",
        ),
        (
            v2(r#"{"triggers":[{"id":1,"name":"","category":"people","urge":1}],"next_id":2}"#),
            "migration-failed",
        ),
        (v2(r#"{"triggers":"none","next_id":1}"#), "migration-failed"),
        (
            v2(r#"{"coping":[{"id":1,"kind":"own","text":"x","triggers":[5]}],"next_id":2}"#),
            "migration-failed",
        ),
        (v2("7"), "migration-failed"),
        (
            r#"{"format":"iop-widget/trigger-plan","version":5,"data":{}}"#.to_owned(),
            "newer-version",
        ),
        (
            r#"{"format":"iop-widget/trigger-plan","version":3,"data":{"items":{"place:x":{"v":{"item":"safe-place","text":" x "},"s":{"c":1,"r":1},"b":{"c":1,"r":1}}}}}"#.to_owned(),
            "does-not-match",
        ),
        (
            r#"{"format":"iop-widget/refusal","version":1,"data":{}}"#.to_owned(),
            "other-format",
        ),
    ];
    for (raw, id) in cases {
        let problem = stored_problem(&raw);
        assert_eq!(problem.id(), id, "{raw}: {}", problem.detail());
    }
    let problem = stored_problem(&v2(
        r#"{"triggers":[{"id":1,"name":"x","category":"people","urge":11}]}"#,
    ));
    assert_eq!(
        problem.detail(),
        "upgrading version 2: triggers 1: Rule(UrgeOutOfRange)"
    );
}

#[test]
fn a_stored_plan_with_a_low_next_id_is_repaired_not_refused() {
    let raw = r#"{"format":"iop-widget/trigger-plan","version":2,"data":{"triggers":[{"id":5,"name":"x","category":"people","urge":1}],"next_id":2}}"#;
    let Loaded::Migrated { data, .. } = store::load::<TriggerPlan>(Some(raw)) else {
        panic!("loads");
    };
    assert_eq!(synced::from_doc(&data).next_id, 6);
}

// ---- export and import ----

#[test]
fn export_writes_the_documented_file() {
    let text = export(&expected_v4(), "2026-12-01");
    assert_eq!(text, EXPORT_V4.trim_end());
    assert_eq!(import(&text), Ok(expected_v4()));
}

#[test]
fn every_export_version_and_a_stored_backup_import() {
    assert_eq!(import(EXPORT_V1), Ok(expected_from_v1()));
    assert_eq!(import(EXPORT_V2), Ok(expected_v2()));
    assert_eq!(import(EXPORT_V4), Ok(expected_v4()));
    assert_eq!(import(STORED_V1), Ok(expected_from_v1()));
    assert_eq!(import(STORED_V2), Ok(expected_v2()));
    assert_eq!(import(STORED_V3), Ok(expected_v2()));
    assert_eq!(
        import(&format!("\u{feff}{EXPORT_V2}")),
        Ok(expected_v2()),
        "a byte-order mark is fine"
    );
}

#[test]
fn import_faults_are_specific() {
    let file = |version: &str, plan: &str| {
        format!(
            r#"{{"format":"iop-widget.relapse-prevention-plan","version":{version},"exported":"x","plan":{plan}}}"#
        )
    };
    let trigger3 = r#"{"triggers":[
        {"id":1,"name":"a","category":"people","urge":1},
        {"id":2,"name":"b","category":"people","urge":2},
        {"id":3,"name":"c","category":"people","urge":12}],"next_id":4}"#;
    let cases: Vec<(String, &str)> = vec![
        (String::new(), "empty"),
        ("  \n".into(), "empty"),
        (EXPORT_V2[..EXPORT_V2.len() - 20].into(), "truncated"),
        ("<html>".into(), "not-json"),
        ("[1]".into(), "other-kind"),
        (r#"{"name":"My plan"}"#.into(), "other-kind"),
        (
            r#"{"format":"something-else","version":1}"#.into(),
            "other-kind",
        ),
        (file("5", "{}"), "newer-version"),
        // Version 3 was only ever stored, never exported.
        (file("3", "{}"), "migration-failed"),
        (file("99999999999", "{}"), "newer-version"),
        (file("\"2\"", "{}"), "invalid"),
        (file("0", "{}"), "invalid"),
        (
            r#"{"format":"iop-widget.relapse-prevention-plan","version":2}"#.into(),
            "invalid",
        ),
        (
            file("1", r#"{"triggers":[{"name":"x"}]}"#),
            "migration-failed",
        ),
        (file("2", trigger3), "invalid"),
        (" ".repeat(MAX_IMPORT_BYTES + 1) + "{}", "too-large"),
    ];
    for (text, id) in cases {
        let error = import(&text).unwrap_err();
        assert_eq!(
            error.id(),
            id,
            "{}: {error:?}",
            text.chars().take(80).collect::<String>()
        );
    }
    assert_eq!(
        import(&file("2", trigger3)),
        Err(ImportError::Invalid(FieldError {
            list: Some(List::Triggers),
            item: Some(3),
            problem: ItemProblem::Rule(EditError::UrgeOutOfRange)
        }))
    );
}

#[test]
fn a_file_is_refused_by_its_size_before_it_is_read() {
    let limit = MAX_IMPORT_BYTES as u64;
    assert_eq!(check_size(0), Ok(()));
    assert_eq!(check_size(limit), Ok(()), "the largest file accepted");
    for bytes in [limit + 1, 2 << 30, u64::MAX] {
        let error = check_size(bytes).unwrap_err();
        assert_eq!(error.id(), "too-large", "{bytes} bytes");
    }
    // The same words as a file found too large once read.
    assert_eq!(
        check_size(limit + 1).unwrap_err().id(),
        import(&(" ".repeat(MAX_IMPORT_BYTES + 1) + "{}"))
            .unwrap_err()
            .id()
    );
}

#[test]
fn imported_items_are_checked_like_typed_ones() {
    let file = |plan: &str| {
        format!(r#"{{"format":"iop-widget.relapse-prevention-plan","version":2,"plan":{plan}}}"#)
    };
    let long = "x".repeat(121);
    let rule = |e| Some(ItemProblem::Rule(e));
    // A file, and where and what the problem is (None: any problem of that kind).
    type Case = (String, Option<List>, Option<usize>, Option<ItemProblem>);
    let cases: Vec<Case> = vec![
        (
            format!(r#"{{"triggers":[{{"id":1,"name":"{long}","category":"people","urge":1}}]}}"#),
            Some(List::Triggers),
            Some(1),
            rule(EditError::TooLong(Field::TriggerName)),
        ),
        (
            r#"{"triggers":[{"id":1,"name":"a","category":"people","urge":1},{"id":2,"name":" a","category":"people","urge":3}]}"#.into(),
            Some(List::Triggers),
            Some(2),
            rule(EditError::Duplicate),
        ),
        (
            r#"{"triggers":[{"id":1,"name":"a","category":"moods","urge":1}]}"#.into(),
            Some(List::Triggers),
            Some(1),
            None,
        ),
        (
            r#"{"coping":[{"id":1,"kind":"own","text":"x","triggers":[9]}]}"#.into(),
            Some(List::Coping),
            Some(1),
            rule(EditError::NotFound),
        ),
        (r#"{"safe_places":["ok", 3]}"#.into(), Some(List::SafePlaces), Some(2), Some(ItemProblem::NotText)),
        (r#"{"refusal_lines":["  "]}"#.into(), Some(List::RefusalLines), Some(1), rule(EditError::Empty(Field::RefusalLine))),
        (
            format!(r#"{{"safe_places":[{}]}}"#, vec!["\"p\""; 31].join(",")),
            Some(List::SafePlaces),
            None,
            rule(EditError::TooMany(List::SafePlaces)),
        ),
    ];
    for (plan, list, item, problem) in cases {
        match import(&file(&plan)) {
            Err(ImportError::Invalid(found)) => {
                assert_eq!((found.list, found.item), (list, item), "{plan}");
                match problem {
                    Some(p) => assert_eq!(found.problem, p, "{plan}"),
                    None => assert!(
                        matches!(found.problem, ItemProblem::Shape(ref d) if d.contains("unknown variant")),
                        "{plan}: {found:?}"
                    ),
                }
            }
            other => panic!("{plan}: {other:?}"),
        }
    }
}

// ---- merge ----

#[test]
fn merge_adds_new_items_with_fresh_ids_and_keeps_links() {
    let mut mine = Plan::default();
    let payday = add(&mut mine, "Payday", Category::TimesAndEvents, 10);
    mine.apply(Edit::AddContact {
        name: "Sam".into(),
        phone: "(555) 010-0123".into(),
    })
    .unwrap();
    let other = expected_from_v1(); // Payday again, two new triggers, three actions
    let summary = merge(&mut mine, other).unwrap();
    assert_eq!(mine.triggers.len(), 3);
    assert_eq!(mine.triggers[0].id, payday, "the existing trigger stays");
    let lonely = mine.triggers[1].id;
    assert!(lonely > payday);
    let call = mine
        .coping
        .iter()
        .find(|c| c.text == "Call my sister")
        .unwrap();
    assert_eq!(call.triggers, [payday, lonely], "links follow the new ids");
    // 1 duplicate trigger skipped; 2 triggers, 3 actions, 1 line, 2 places added. The file's
    // Payday has notes mine has not: mine is kept, and named.
    assert_eq!(
        summary,
        MergeSummary {
            added: 8,
            skipped: 1,
            kept_yours: vec!["Payday".into()],
        }
    );
    assert_eq!(mine.triggers[0].notes, "", "the plan's own version stays");

    // Merging the same again only adds links that are already there: nothing changes.
    let before = mine.clone();
    let again = merge(&mut mine, expected_from_v1()).unwrap();
    assert_eq!(mine, before);
    assert_eq!(again.added, 0);

    let mut all_ids: Vec<Id> = mine.triggers.iter().map(|t| t.id).collect();
    all_ids.extend(mine.coping.iter().map(|c| c.id));
    all_ids.extend(mine.contacts.iter().map(|c| c.id));
    let count = all_ids.len();
    all_ids.sort_unstable();
    all_ids.dedup();
    assert_eq!(all_ids.len(), count, "ids stay unique");
    assert!(all_ids.iter().all(|&id| id < mine.next_id));
}

#[test]
fn a_merge_names_the_triggers_the_file_rates_or_describes_differently() {
    let mut mine = Plan::default();
    add(&mut mine, "Payday", Category::TimesAndEvents, 5);
    add(&mut mine, "Lonely evenings", Category::Emotions, 7);
    let mut file = Plan::default();
    add(&mut file, "Payday", Category::TimesAndEvents, 9); // re-rated elsewhere
    add(&mut file, "Lonely evenings", Category::Emotions, 7); // the same
    let summary = merge(&mut mine, file).unwrap();
    assert_eq!(summary.kept_yours, ["Payday"]);
    assert_eq!(summary.skipped, 2);
    assert_eq!(
        mine.triggers[0].urge,
        Some(5),
        "the plan's own rating stays"
    );
}

#[test]
fn a_merge_that_does_not_fit_changes_nothing() {
    let mut mine = Plan::default();
    for i in 0..List::Triggers.max_items() {
        add(&mut mine, &format!("t{i}"), Category::Things, 1);
    }
    let before = mine.clone();
    assert_eq!(
        merge(&mut mine, expected_v2()),
        Err(EditError::TooMany(List::Triggers))
    );
    assert_eq!(mine, before);
}

// ---- properties ----

fn nasty_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("\"quoted\" 'single' \\ back".to_owned()),
        Just("🍺🚭 👩‍👩‍👧 عربى 日本".to_owned()),
        Just("</script><b>bold</b>&amp;".to_owned()),
        proptest::collection::vec(any::<char>(), 0..40).prop_map(String::from_iter),
        "[a-zA-Z ]{0,20}",
    ]
}

fn category() -> impl Strategy<Value = Category> {
    (0..Category::ALL.len()).prop_map(|i| Category::ALL[i])
}

fn coping_kind() -> impl Strategy<Value = CopingKind> {
    (0..CopingKind::ALL.len()).prop_map(|i| CopingKind::ALL[i])
}

/// Plans built the way a person builds them: by edits, some of which are refused.
fn arbitrary_plan() -> impl Strategy<Value = Plan> {
    let triggers = proptest::collection::vec(
        (
            nasty_text(),
            category(),
            proptest::option::of(0..=MAX_URGE),
            proptest::option::of((0..4usize).prop_map(|i| Frequency::ALL[i])),
            nasty_text(),
            nasty_text(),
        ),
        0..8,
    );
    let coping = proptest::collection::vec(
        (
            coping_kind(),
            nasty_text(),
            proptest::collection::vec(0..10usize, 0..4),
        ),
        0..10,
    );
    let places = proptest::collection::vec(nasty_text(), 0..4);
    let refusals = proptest::collection::vec(nasty_text(), 0..4);
    let contacts = proptest::collection::vec((nasty_text(), nasty_text()), 0..3);
    let moves = proptest::collection::vec((0..10usize, any::<bool>(), any::<bool>()), 0..6);
    (triggers, coping, places, contacts, refusals, moves).prop_map(
        |(triggers, coping, places, contacts, refusals, moves)| {
            let mut plan = Plan::default();
            for (name, category, urge, frequency, warning_signs, notes) in triggers {
                let _ = plan.apply(Edit::AddTrigger(TriggerDraft {
                    name,
                    category,
                    urge,
                    frequency,
                    warning_signs,
                    notes,
                }));
            }
            for (kind, text, links) in coping {
                let triggers = links
                    .into_iter()
                    .filter_map(|i| plan.triggers.get(i).map(|t| t.id))
                    .collect();
                let _ = plan.apply(Edit::AddCoping {
                    kind,
                    text,
                    triggers,
                });
            }
            for text in places {
                let _ = plan.apply(Edit::AddSafePlace(text));
            }
            for text in refusals {
                let _ = plan.apply(Edit::AddRefusalLine(text));
            }
            for (name, phone) in contacts {
                let _ = plan.apply(Edit::AddContact { name, phone });
            }
            for (index, up, delete) in moves {
                let Some(id) = plan.triggers.get(index).map(|t| t.id) else {
                    continue;
                };
                let edit = match (delete, up) {
                    (true, _) => Edit::DeleteTrigger(id),
                    (false, true) => Edit::MoveTrigger(id, Direction::Up),
                    (false, false) => Edit::MoveTrigger(id, Direction::Down),
                };
                let _ = plan.apply(edit);
            }
            plan
        },
    )
}

fn assert_no_dangling_links(plan: &Plan) {
    for action in &plan.coping {
        for t in &action.triggers {
            assert!(plan.trigger(*t).is_some(), "dangling link {t}");
        }
    }
}

proptest! {
    #[test]
    fn each_card_counts_the_coping_actions_linked_to_its_trigger(plan in arbitrary_plan()) {
        let counts = plan.coping_counts();
        for t in &plan.triggers {
            prop_assert_eq!(counts.get(&t.id).copied().unwrap_or(0), plan.coping_for(t.id).len());
        }
        prop_assert!(counts.keys().all(|id| plan.trigger(*id).is_some()));
    }

    #[test]
    fn export_then_import_gives_the_same_plan(plan in arbitrary_plan(), date in nasty_text()) {
        assert_no_dangling_links(&plan);
        let file = export(&plan, &date);
        prop_assert_eq!(import(&file), Ok(plan.clone()));
        let stored = store::encode::<TriggerPlan>(&doc_from_plan(&plan)).unwrap();
        prop_assert_eq!(loaded_plan(store::load::<TriggerPlan>(Some(&stored))), content(&plan));
    }

    #[test]
    fn merging_a_plan_into_itself_changes_nothing(plan in arbitrary_plan()) {
        let mut merged = plan.clone();
        let summary = merge(&mut merged, plan.clone()).unwrap();
        prop_assert_eq!(summary.added, 0);
        prop_assert_eq!(merged, plan);
    }

    #[test]
    fn merging_into_an_empty_plan_copies_it(plan in arbitrary_plan()) {
        let mut merged = Plan::default();
        merge(&mut merged, plan.clone()).unwrap();
        assert_no_dangling_links(&merged);
        prop_assert_eq!(merged.triggers.len(), plan.triggers.len());
        prop_assert_eq!(merged.coping.len(), plan.coping.len());
        prop_assert_eq!(merged.completeness().complete, plan.completeness().complete);
    }

    #[test]
    fn load_and_import_never_panic_and_never_drop_input(raw in "\\PC*") {
        match store::load::<TriggerPlan>(Some(&raw)) {
            Loaded::Unreadable { raw: kept, .. } => prop_assert_eq!(kept, raw.clone()),
            Loaded::Empty => prop_assert!(false, "only None is empty"),
            _ => {}
        }
        let _ = import(&raw);
    }

    #[test]
    fn cut_or_damaged_plans_are_kept_whole(
        plan in arbitrary_plan(),
        cut in any::<proptest::sample::Index>(),
        junk in "[\\[\\]{}\",:0-9a-z]{1,3}",
    ) {
        let stored = store::encode::<TriggerPlan>(&doc_from_plan(&plan)).unwrap();
        let at = cut.index(stored.chars().count());
        let cut_text: String = stored.chars().take(at).collect();
        let damaged = format!("{cut_text}{junk}{}", stored.chars().skip(at).collect::<String>());
        for raw in [cut_text, damaged] {
            match store::load::<TriggerPlan>(Some(&raw)) {
                Loaded::Unreadable { raw: kept, .. } => prop_assert_eq!(kept, raw.clone()),
                Loaded::Current(loaded) => assert_no_dangling_links(&synced::from_doc(&loaded)),
                other => prop_assert!(false, "{:?}", other),
            }
            let file = export(&plan, "2025-01-01");
            let half: String = file.chars().take(at).collect();
            let _ = import(&half);
        }
    }

    #[test]
    fn stored_envelopes_with_arbitrary_json_data_never_panic(
        data in proptest_json(),
        version in 0u64..5,
    ) {
        let raw = format!(r#"{{"format":"iop-widget/trigger-plan","version":{version},"data":{data}}}"#);
        if let Loaded::Unreadable { raw: kept, .. } = store::load::<TriggerPlan>(Some(&raw)) {
            prop_assert_eq!(kept, raw.clone());
        }
        let file = format!(r#"{{"format":"iop-widget.relapse-prevention-plan","version":{version},"plan":{data}}}"#);
        let _ = import(&file);
    }
}

/// JSON shaped roughly like plan data (objects with the plan's keys), to reach deep branches.
fn proptest_json() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_owned()),
        Just("true".to_owned()),
        (-3i64..300).prop_map(|n| n.to_string()),
        nasty_text().prop_map(|s| serde_json::to_string(&s).unwrap()),
        Just("\"people\"".to_owned()),
        Just("\"own\"".to_owned()),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        let keys = prop_oneof![
            Just("triggers"),
            Just("coping"),
            Just("contacts"),
            Just("safe_places"),
            Just("id"),
            Just("name"),
            Just("category"),
            Just("urge"),
            Just("kind"),
            Just("strength"),
            Just("text"),
            Just("next_id"),
        ];
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4)
                .prop_map(|items| format!("[{}]", items.join(","))),
            proptest::collection::vec((keys, inner), 0..5).prop_map(|fields| {
                let fields: Vec<String> = fields
                    .into_iter()
                    .map(|(k, v)| format!("\"{k}\":{v}"))
                    .collect();
                format!("{{{}}}", fields.join(","))
            }),
        ]
    })
}

#[test]
fn an_oversized_stored_plan_is_kept_and_explained() {
    let raw = format!(
        r#"{{"format":"iop-widget/trigger-plan","version":2,"data":{{"notes":"{}"}}}}"#,
        "x".repeat(MAX_STORED_BYTES)
    );
    assert_eq!(stored_problem(&raw).id(), "too-large");
}

#[test]
fn an_action_left_for_no_trigger_goes_with_its_last_link() {
    // No screen shows an action linked to nothing, and the person's words must not stay in a
    // file they export or on the device.
    let mut plan = Plan::default();
    let a = add(&mut plan, "Payday", Category::TimesAndEvents, 7);
    let b = add(&mut plan, "Bars", Category::Places, 5);
    let coping = |plan: &mut Plan, text: &str, triggers: Vec<Id>| {
        plan.apply(Edit::AddCoping {
            kind: CopingKind::Own,
            text: text.into(),
            triggers,
        })
        .unwrap()
        .unwrap()
    };
    let both = coping(&mut plan, "Call Sam", vec![a, b]);
    let text = coping(&mut plan, "Text Jo instead of the dealer", vec![a]);
    let ana = coping(&mut plan, "Call my sister Ana", vec![b]);
    plan.apply(Edit::Unlink {
        coping: text,
        trigger: a,
    })
    .unwrap();
    assert!(
        plan.coping_action(text).is_none(),
        "removed from its only trigger"
    );
    plan.apply(Edit::DeleteTrigger(b)).unwrap();
    assert!(
        plan.coping_action(ana).is_none(),
        "its only trigger deleted"
    );
    assert_eq!(
        plan.coping_action(both).unwrap().triggers,
        [a],
        "still linked elsewhere"
    );
}
