//! The trigger map: the person's triggers, what they will do instead, the people and places that
//! help, and the printable plan. Every change is saved at once; another tab's change is picked
//! up, not overwritten; a change that cannot be saved stays in memory and the person is told.

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

use crate::content::trigger_ui::{trigger_ui, TriggerUi};
use crate::core::triggers::{Edit, Id, Plan, TriggerPlan};
use crate::platform::storage::{self, StorageNotice};
use crate::ui::components::StorageMessage;
use crate::ui::{use_config, use_device};

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
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub plan: Plan,
    pub edit: Callback<Edit>,
    pub go: Callback<View>,
    /// Deletes everything the widget stored on the device and empties the plan.
    pub delete_everything: Callback<()>,
    pub ui: &'static TriggerUi,
}

/// The plan and the last edit it refused. A reducer, so several edits in one go (the guided
/// first run adds many triggers) each apply to the latest plan.
#[derive(Clone, PartialEq)]
struct PlanState {
    plan: Plan,
    refused: Option<String>,
}

enum PlanAction {
    Edit(Edit),
    Replace(Plan),
    ClearRefusal,
}

impl Reducible for PlanState {
    type Action = PlanAction;

    fn reduce(self: Rc<Self>, action: PlanAction) -> Rc<Self> {
        let next = match action {
            PlanAction::Edit(edit) => {
                let mut plan = self.plan.clone();
                match plan.apply(edit) {
                    Ok(_) => PlanState {
                        plan,
                        refused: None,
                    },
                    Err(problem) => PlanState {
                        plan: self.plan.clone(),
                        refused: Some(problem.to_string()),
                    },
                }
            }
            PlanAction::Replace(plan) => PlanState {
                plan,
                refused: None,
            },
            PlanAction::ClearRefusal => PlanState {
                plan: self.plan.clone(),
                refused: None,
            },
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("TriggerMap provides the context")
}

#[component]
pub fn TriggerMap() -> Html {
    let config = use_config();
    let device = use_device();
    let ui = trigger_ui(config.language);
    // A counselor's demo (which saves nothing) starts from an example map to discuss and edit.
    let opened = use_memo((), move |_| {
        if device.saving {
            storage::open::<TriggerPlan>(device)
        } else {
            (crate::content::en::trigger_ui::example_plan(), None)
        }
    });
    let state = use_reducer(|| PlanState {
        plan: opened.0.clone(),
        refused: None,
    });
    let notice = use_state(|| opened.1.clone());
    // A plain-words message about the last thing that happened (an edit refused, an import...).
    let message = use_state(|| None::<String>);
    let view = use_state(|| View::Overview);
    let screen_ref = use_node_ref();
    // The plan as the device holds it: a change is saved only when the plan differs from it, so
    // a plan just loaded from another tab (or just deleted) is not written straight back.
    let persisted = use_mut_ref(|| opened.0.clone());

    // Save every change at once.
    {
        let notice = notice.clone();
        let persisted = persisted.clone();
        use_effect_with(state.plan.clone(), move |plan| {
            if *persisted.borrow() != *plan {
                match storage::save::<TriggerPlan>(device, plan) {
                    Ok(()) => {
                        *persisted.borrow_mut() = plan.clone();
                        if matches!(*notice, Some(StorageNotice::NotSaved(_))) {
                            notice.set(None);
                        }
                    }
                    Err(problem) => notice.set(Some(problem)),
                }
            }
        });
    }

    // Another tab changed the plan: show its version rather than overwrite it later.
    {
        let state = state.clone();
        let notice = notice.clone();
        let message = message.clone();
        let persisted = persisted.clone();
        use_effect_with((), move |_| {
            let listener = device.saving.then(|| {
                storage::watch::<TriggerPlan>(move || {
                    let (latest, problem) = storage::open::<TriggerPlan>(device);
                    *persisted.borrow_mut() = latest.clone();
                    state.dispatch(PlanAction::Replace(latest));
                    notice.set(problem);
                    message.set(Some(ui.changed_elsewhere.to_string()));
                })
            });
            move || drop(listener)
        });
    }

    // Each view starts at its heading (not on first render: the shell has done that).
    {
        let screen_ref = screen_ref.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(*view, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                crate::ui::focus_heading(&screen_ref);
            }
        });
    }

    let edit = {
        let state = state.clone();
        Callback::from(move |edit: Edit| state.dispatch(PlanAction::Edit(edit)))
    };
    let go = {
        let view = view.clone();
        let message = message.clone();
        let state = state.clone();
        Callback::from(move |next: View| {
            message.set(None);
            state.dispatch(PlanAction::ClearRefusal);
            view.set(next);
        })
    };
    let replace = {
        let state = state.clone();
        Callback::from(move |next: Plan| state.dispatch(PlanAction::Replace(next)))
    };
    let delete_everything = {
        let state = state.clone();
        let notice = notice.clone();
        Callback::from(move |()| {
            if device.saving {
                if let Err(problem) = storage::delete_everything() {
                    notice.set(Some(problem));
                    return;
                }
            }
            *persisted.borrow_mut() = Plan::default();
            notice.set(None);
            state.dispatch(PlanAction::Replace(Plan::default()));
        })
    };
    let ctx = Ctx {
        plan: state.plan.clone(),
        edit,
        go: go.clone(),
        delete_everything,
        ui,
    };
    let body = match *view {
        View::Overview => html! { <overview::Overview /> },
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
    html! {
        <ContextProvider<Ctx> context={ctx}>
            <div class="iop-triggers" data-exercise="trigger-map" ref={screen_ref}>
                if let Some(notice) = (*notice).clone() {
                    <StorageMessage {notice} />
                }
                if let Some(text) = state.refused.clone().or_else(|| (*message).clone()) {
                    <p class="iop-notice" role="status" data-message="">{ text }</p>
                }
                { body }
            </div>
        </ContextProvider<Ctx>>
    }
}

/// Replaces `{name}` placeholders in a sentence.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}
