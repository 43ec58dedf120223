//! The trigger map: the person's triggers, what they will do instead, the people and places that
//! help, and the printable plan. The plan lives in the page's store (`platform::store`): every
//! change shows in every widget on the page at once, is saved (if the person keeps it on this
//! device) and merged with other tabs' saves item by item; what cannot be saved stays in memory
//! and the person is told.

mod coping;
mod guided;
mod lists;
mod map;
mod overview;
mod plan_view;
mod transfer;
mod trigger_form;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::triggers::{TriggerUi, TriggerWords};
use crate::content::Part;
use crate::core::exercise::Exercise;
use crate::core::sync::choose;
use crate::core::triggers::synced::{self, PlanItem};
use crate::core::triggers::{Edit, EditError, Id, Plan, TriggerPlan};
use crate::platform::store::{Notice, Store};
use crate::ui::components::{LockedNotice, SavingPrompt, StorageMessage};
use crate::ui::{now_ms, use_part, use_said, use_store_changes, use_words, Said};

type Words = TriggerWords<'static>;

/// The map's message about the last edit: a refused form field points to it.
pub const MESSAGE_ID: &str = "iop-map-message";

/// Where the person is within the trigger map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum View {
    Overview,
    Guided,
    /// Add a trigger (None) or edit one.
    EditTrigger(Option<Id>),
    Coping(Id),
    Plan,
    Import,
}

/// What every part of the trigger map gets: the plan and the ways to change it.
#[derive(Clone)]
pub struct Ctx {
    /// Shared, not copied: every part of the map reads the context, and a hundred triggers
    /// copied for each on every change cost more than drawing the change.
    pub plan: Rc<Plan>,
    /// Makes one change to the plan: false when the plan refuses it (the map then says why).
    pub edit: Callback<Edit, bool>,
    /// The same, for a change made in a form, with the item as the form opened on it: a
    /// version saved elsewhere meanwhile is kept beside the change, never silently replaced.
    pub edit_from: Callback<(Edit, PlanItem), bool>,
    pub go: Callback<View>,
    pub words: &'static Words,
    pub ui: &'static TriggerUi<'static>,
}

impl Ctx {
    /// A button that makes one change to the plan.
    pub fn edit_on_click(&self, change: impl Fn() -> Edit + 'static) -> Callback<MouseEvent> {
        let edit = self.edit.clone();
        Callback::from(move |_| {
            edit.emit(change());
        })
    }
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        (Rc::ptr_eq(&self.plan, &other.plan) || self.plan == other.plan)
            && self.edit == other.edit
            && self.edit_from == other.edit_from
            && self.go == other.go
            && std::ptr::eq(self.words, other.words)
    }
}

#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("TriggerMap provides the context")
}

/// Applies one edit to the plan in the store (made on `from`, if a form showed that version);
/// a refused edit says why.
fn apply_edit(store: &Store, edit: Edit, from: Option<&PlanItem>) -> Result<(), EditError> {
    let (replica, base) = (store.replica(), store.id_base());
    let mut result = Ok(None);
    store.update::<TriggerPlan>(|doc| {
        result = synced::apply_from(doc, edit, from, replica, base, now_ms());
    });
    result.map(|_| ())
}

/// Loads the trigger map's words in the widget's language, then shows it.
#[component]
pub fn TriggerMap() -> Html {
    match use_part::<Words>(Part::Triggers, Exercise::TriggerMap) {
        Ok(words) => html! {
            <ContextProvider<Said<Words>> context={Said(words)}>
                <Map />
            </ContextProvider<Said<Words>>>
        },
        Err(missing) => missing,
    }
}

#[component]
fn Map() -> Html {
    let store = use_store_changes();
    let words = use_said::<Words>();
    let ui = &words.ui;
    // A counselor's demo (which saves nothing) starts from an example map to discuss and edit.
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            if !store.is_shared() && store.read_with::<TriggerPlan, _>(|doc| doc.entries.is_empty())
            {
                let example = words.example_plan();
                let replica = store.replica();
                store
                    .update::<TriggerPlan>(|doc| synced::replace(doc, &example, replica, now_ms()));
            }
        });
    }
    // Worked out again only when the store changed, not when the view did: the parts of the
    // map then see the same plan and are left alone.
    let derived = {
        let store = store.clone();
        use_memo(store.revision(), move |_| {
            store.read_with::<TriggerPlan, _>(|doc| {
                (Rc::new(synced::from_doc(doc)), synced::conflicts(doc))
            })
        })
    };
    let (plan, conflicts) = (derived.0.clone(), derived.1.clone());
    let notices = store.notices::<TriggerPlan>();
    // A plain-words message about the last thing that happened (an edit refused, an import...).
    let message = use_state(|| None::<String>);
    let view = use_state(|| View::Overview);
    let screen_ref = use_node_ref();
    crate::ui::use_heading_focus(&screen_ref, true);

    // Each view starts at its heading (not on first render: the shell has done that), except
    // the map after a trigger's form or coping actions: the person is back on the button that
    // opened them, in the card, not at the top of a long list (WCAG 2.4.3).
    {
        let (screen_ref, plan) = (screen_ref.clone(), plan.clone());
        let last = use_mut_ref(|| None::<View>);
        use_effect_with(*view, move |view| {
            let opened = match (last.borrow_mut().replace(*view), view) {
                (None, _) => return,
                (Some(View::EditTrigger(Some(id))), View::Overview) => Some((id, "edit")),
                (Some(View::Coping(id)), View::Overview) => Some((id, "coping")),
                _ => None,
            };
            let card = opened.and_then(|(id, button)| {
                let at = plan.triggers.iter().position(|t| t.id == id)?;
                Some(format!(
                    ".iop-trigger-list > li:nth-child({}) [data-opens={button}]",
                    at + 1
                ))
            });
            if !card.is_some_and(|card| crate::ui::focus_selector(&screen_ref, &card)) {
                crate::ui::focus_heading(&screen_ref);
            }
        });
    }

    // The same callbacks from render to render (state setters work from any render's handle),
    // so the parts that take them are left alone when nothing of theirs changed: with 100
    // triggers, a click re-renders only what it changes.
    let outcome = {
        let message = message.clone();
        move |result: Result<(), EditError>| match result {
            Ok(()) => {
                message.set(None);
                true
            }
            Err(problem) => {
                message.set(Some(words.edit_error(problem)));
                false
            }
        }
    };
    let edit = {
        let (store, outcome) = (store.clone(), outcome.clone());
        use_callback(words as *const Words as usize, move |edit: Edit, _| {
            outcome(apply_edit(&store, edit, None))
        })
    };
    let edit_from = {
        let store = store.clone();
        use_callback(
            words as *const Words as usize,
            move |(edit, from): (Edit, PlanItem), _| outcome(apply_edit(&store, edit, Some(&from))),
        )
    };
    let go = {
        let view = view.clone();
        let message = message.clone();
        use_callback((), move |next: View, _| {
            message.set(None);
            view.set(next);
        })
    };
    let replace = {
        let store = store.clone();
        Callback::from(move |next: Plan| {
            let replica = store.replica();
            store.update::<TriggerPlan>(|doc| synced::replace(doc, &next, replica, now_ms()));
        })
    };
    let dismiss = {
        let store = store.clone();
        Callback::from(move |notice: Notice| store.dismiss::<TriggerPlan>(&notice))
    };
    let choose = {
        let store = store.clone();
        Callback::from(move |(key, item): (String, PlanItem)| {
            let replica = store.replica();
            store.update::<TriggerPlan>(|doc| choose(doc, &key, item, replica, now_ms()));
        })
    };
    let ctx = Ctx {
        plan: plan.clone(),
        edit,
        edit_from,
        go: go.clone(),
        words,
        ui,
    };
    // The overview stays drawn under the other views, hidden: coming back from an edit then
    // redraws the one card that changed, not a hundred (issue 14: a click within one frame).
    let away = *view != View::Overview;
    let body = match *view {
        View::Overview => html! {},
        View::Guided => html! { <guided::Guided /> },
        View::EditTrigger(id) => {
            html! { <trigger_form::TriggerForm {id} key={format!("{id:?}")} /> }
        }
        View::Coping(id) => html! { <coping::CopingEditor trigger={id} /> },
        View::Plan => html! { <plan_view::PlanView /> },
        View::Import => html! {
            <transfer::ImportView on_replace={replace} on_message={Callback::from({
                let message = message.clone();
                move |m: String| message.set(Some(m))
            })} />
        },
    };
    let locked = store.locked::<TriggerPlan>();
    html! {
        <ContextProvider<Ctx> context={ctx}>
            <div class="iop-triggers" data-exercise="trigger-map" ref={screen_ref}>
                { for notices.into_iter().map(|notice| {
                    let on_dismiss = matches!(notice, Notice::Merged { .. }).then(|| dismiss.clone());
                    let key = notice.key();
                    html! { <StorageMessage key={key} {notice} {on_dismiss} unlock_below={locked} /> }
                }) }
                if locked {
                    <LockedNotice />
                }
                <SavingPrompt has_data={!plan.is_empty()} />
                if !conflicts.is_empty() {
                    <Conflicts {conflicts} on_choose={choose} />
                }
                // The live region is there before its message, so a screen reader hears the
                // message when it comes (one created with its text is often not read).
                <div role="status">
                    if let Some(text) = (*message).clone() {
                        <p class="iop-notice" id={MESSAGE_ID} data-message="">{ text }</p>
                    }
                </div>
                { body }
                <div class="iop-overview" hidden={away}>
                    <overview::Overview shown={!away} />
                </div>
            </div>
        </ContextProvider<Ctx>>
    }
}

#[derive(Properties, PartialEq)]
struct ConflictsProps {
    conflicts: Vec<synced::Conflict>,
    on_choose: Callback<(String, PlanItem)>,
}

/// Items changed in two places: every version, side by side, to keep one.
#[component]
fn Conflicts(props: &ConflictsProps) -> Html {
    let words = use_words();
    let t = &words.device;
    html! {
        <div class="iop-notice iop-conflicts" role="group" data-conflicts="" aria-labelledby="iop-conflicts">
            <p id="iop-conflicts"><strong>{ t.conflict_heading }</strong></p>
            <p>{ t.merged_conflicts }</p>
            { for props.conflicts.iter().map(|c| html! {
                <div class="iop-conflict" data-conflict={c.key.clone()}>
                    { for c.versions.iter().map(|item| {
                        let label = describe(item);
                        let pick = { let (key, item) = (c.key.clone(), item.clone()); props.on_choose.reform(move |_| (key.clone(), item.clone())) };
                        html! {
                            <div class="iop-conflict-version">
                                <p>{ label.clone() }</p>
                                <button type="button" class="iop-button iop-button-quiet" onclick={pick}
                                    aria-label={format!("{}: {}", t.conflict_keep, label)}>{ t.conflict_keep }</button>
                            </div>
                        }
                    }) }
                </div>
            }) }
        </div>
    }
}

/// A version of an item in a few words, for choosing between versions.
fn describe(item: &PlanItem) -> String {
    match item {
        PlanItem::Trigger(t) => {
            let mut s = match t.urge {
                Some(urge) => format!("{} ({urge}/10)", t.name),
                None => t.name.clone(),
            };
            if !t.warning_signs.is_empty() {
                s = format!("{s}: {}", t.warning_signs);
            }
            if !t.notes.is_empty() {
                s = format!("{s}. {}", t.notes);
            }
            s
        }
        PlanItem::Coping(c) => c.text.clone(),
        PlanItem::Contact(c) => format!("{} {}", c.name, c.phone).trim().to_string(),
        PlanItem::SafePlace { text } | PlanItem::RefusalLine { text } => text.clone(),
        PlanItem::TriggerOrder { .. } => String::new(),
    }
}
