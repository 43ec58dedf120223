//! The screening screen: loads saved progress, runs the session reducer, saves every answer at
//! once, and shows the current step. The steps themselves are in the modules below.

mod interrupt;
mod question;
mod result;
mod summary_chart;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::screening;
use crate::core::host_event::HostEvent;
use crate::core::screening::{recommend, Action, Position, Session, StoredScreening};
use crate::platform::storage::{self, StorageNotice};
use crate::ui::components::StorageMessage;
use crate::ui::{use_config, use_device, use_host, use_text};

#[derive(Clone, PartialEq)]
struct SessionState(Session);

impl Reducible for SessionState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(SessionState(next))
        }
    }
}

#[component]
pub fn Screening() -> Html {
    let config = use_config();
    let device = use_device();
    let host = use_host();
    let words = use_text();
    let text = screening(config.language);
    let opened = use_memo((), move |_| storage::open::<StoredScreening>(device));
    let session = use_reducer(|| SessionState(Session::resume(opened.0.clone())));
    let notice = use_state(|| opened.1.clone());
    let step_ref = use_node_ref();

    // Save every change at once; nothing is written until the person changes something.
    {
        let notice = notice.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(session.0.progress.clone(), move |progress| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                match storage::save::<StoredScreening>(device, progress) {
                    Ok(()) => {
                        if matches!(*notice, Some(StorageNotice::NotSaved(_))) {
                            notice.set(None);
                        }
                    }
                    Err(problem) => notice.set(Some(problem)),
                }
            }
        });
    }

    // Each new step takes focus at its heading, so screen readers announce it; a result tells
    // the host page (ids only).
    {
        let step_ref = step_ref.clone();
        let first = use_mut_ref(|| true);
        let progress = session.0.progress.clone();
        use_effect_with(session.0.position, move |position| {
            if *position == Position::Result {
                let r = recommend(&progress.answers);
                host.send(&HostEvent::ScreeningComplete {
                    outcome: r.outcome.id(),
                    flags: r.flags.iter().map(|f| f.id()).collect(),
                });
            }
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                crate::ui::focus_heading(&step_ref);
            }
        });
    }

    let dispatch = {
        let session = session.clone();
        Callback::from(move |action: Action| session.dispatch(action))
    };
    let state = &session.0;
    let step = match state.position {
        Position::Intro => {
            let resume = !state.progress.answers.is_empty();
            let begin = dispatch.reform(|_| Action::Begin);
            let start_over = dispatch.reform(|_| Action::StartOver);
            html! {
                <div class="iop-step" data-step="intro">
                    <h2 tabindex="-1">{ words.screening.title }</h2>
                    <p class="iop-lead">{ text.ui.intro }</p>
                    <p class="iop-muted">{ text.ui.saved_note }</p>
                    <div class="iop-nav">
                        <button type="button" class="iop-button" data-shortcut="next" onclick={begin}>
                            { if resume { text.ui.resume } else { text.ui.begin } }
                        </button>
                        if resume {
                            <button type="button" class="iop-button iop-button-quiet" onclick={start_over}>{ text.ui.start_over }</button>
                        }
                    </div>
                    if config.counselor {
                        <section class="iop-examples" data-examples="">
                            <h3>{ text.ui.examples_heading }</h3>
                            <ul class="iop-simple-list">
                                { for text.examples.iter().map(|person| {
                                    let show = dispatch.reform(move |_| Action::Show(crate::core::screening::Progress {
                                        answers: person.answers(),
                                        continued: Vec::new(),
                                    }));
                                    html! {
                                        <li data-example={person.id}>
                                            <span><strong>{ person.name }</strong>{ ": " }{ person.story }</span>
                                            <button type="button" class="iop-button iop-button-quiet" aria-label={format!("{}: {}", text.ui.example_show, person.name)}
                                                onclick={show}>{ text.ui.example_show }</button>
                                        </li>
                                    }
                                }) }
                            </ul>
                        </section>
                    }
                </div>
            }
        }
        Position::Question(id) => html! {
            <question::QuestionStep key={id} session={state.clone()} on_action={dispatch.clone()} />
        },
        Position::Interrupt { after, kind } => html! {
            <interrupt::InterruptPanel {kind} {after} key={after} on_action={dispatch.clone()} />
        },
        Position::Result => html! {
            <result::ResultView recommendation={recommend(&state.progress.answers)} on_action={dispatch.clone()} />
        },
    };
    html! {
        <div class="iop-screening" data-exercise="screening" ref={step_ref}>
            if let Some(notice) = (*notice).clone() {
                <StorageMessage {notice} />
            }
            { step }
        </div>
    }
}
