//! The screening screen: loads saved progress, runs the session reducer, saves every answer at
//! once, and shows the current step. The steps themselves are in the modules below.

mod handoff;
mod interrupt;
mod question;
mod result;
mod summary_chart;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{Part, ScreeningText};
use crate::core::exercise::Exercise;
use crate::core::screening::examples::EXAMPLES;
use crate::core::screening::{
    Action, Position, Progress, SavedScreening, Session, StoredScreening,
};
use crate::ui::components::StorageMessage;
use crate::ui::{
    now_ms, use_config, use_part, use_said, use_store_changes, use_words, Said, ScreeningMemory,
};

pub use handoff::Handoff;
pub use result::ScreeningResult;

/// The screening's words for its pieces.
type Text = ScreeningText<'static>;

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

/// Loads the screening's words in the widget's language, then shows it. Answers live in the
/// widget's memory above this, so changing language mid-way keeps them.
#[component]
pub fn Screening() -> Html {
    match use_part::<Text>(Part::Screening, Exercise::Screening) {
        Ok(words) => html! {
            <ContextProvider<Said<Text>> context={Said(words)}>
                <Questionnaire />
            </ContextProvider<Said<Text>>>
        },
        Err(missing) => missing,
    }
}

#[component]
fn Questionnaire() -> Html {
    let config = use_config();
    let store = use_store_changes();
    let memory = use_context::<ScreeningMemory>().unwrap_or_default();
    let words = use_words();
    let text = use_said::<Text>();
    // Where the person was on this page; else answers they saved to finish later (unless
    // expired or finished: then they go).
    let session = use_reducer(|| {
        if let Some(session) = memory.0.borrow().clone() {
            return SessionState(session);
        }
        let saved = store.get::<StoredScreening>();
        if saved.is_empty() || saved.finished || saved.expired(now_ms()) {
            if !saved.is_empty() {
                store.remove::<StoredScreening>();
                store.replace::<StoredScreening>(SavedScreening::default());
            }
            SessionState(Session::resume(Progress::default()))
        } else {
            // Carried on from a saved copy: keep saving it, as the person chose before.
            store.set_keep::<StoredScreening>(true);
            SessionState(Session::resume(saved.progress()))
        }
    });
    let keep = store.keeps::<StoredScreening>();
    let step_ref = use_node_ref();
    crate::ui::use_heading_focus(&step_ref, true);

    // Every change goes to this widget's memory, and to the device only if the person asked:
    // answer by answer, from what this page last wrote, so a correction made in another tab
    // is not put back by this page's older copy (nor when this screen opens again: what it
    // opens with is what it wrote). Each page shows its own answers; taking in the other's
    // waits for a way to tell one screening from another (two people's must never mix).
    let written = {
        let opened = session.clone();
        use_mut_ref(move || keep.then(|| opened.0.progress.clone()))
    };
    {
        let (memory, store, written) = (memory.clone(), store.clone(), written.clone());
        use_effect_with((session.0.clone(), keep), move |(session, keep)| {
            *memory.0.borrow_mut() = Some(session.clone());
            if !*keep {
                *written.borrow_mut() = None;
                return;
            }
            if session.position == Position::Result {
                // Finished: the saved answers go now, as the hint promises, not when the person
                // leaves the result (a tab closed on it would leave every answer behind).
                store.set_keep::<StoredScreening>(false);
                return;
            }
            let after = session.progress.clone();
            let before = written.borrow_mut().replace(after.clone());
            // A copy removed elsewhere (another tab finished or started over) is written whole
            // again, as this page's person chose to keep it.
            match before.filter(|_| !store.get::<StoredScreening>().is_empty()) {
                Some(before) => store
                    .update::<StoredScreening>(move |s| s.save_changes(&before, &after, now_ms())),
                None => {
                    let saved = SavedScreening::keep(&after, now_ms(), false);
                    store.update::<StoredScreening>(move |s| s.save(saved));
                }
            }
        });
    }
    // Each new step takes focus at its heading, so screen readers announce it (the result,
    // a chunk of its own, takes it when it arrives). The result's code is fetched meanwhile.
    {
        let step_ref = step_ref.clone();
        let first = use_mut_ref(|| true);
        let pending = use_context::<crate::ui::HeadingFocus>().unwrap_or_default();
        use_effect_with(session.0.position, move |position| {
            if *position != Position::Intro {
                crate::ui::prefetch(crate::ui::Piece::ScreeningResult);
            }
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                pending.0.set(!crate::ui::focus_heading(&step_ref));
            }
        });
    }

    let save_choice = {
        let store = store.clone();
        Callback::from(move |keep: bool| store.set_keep::<StoredScreening>(keep))
    };
    let dispatch = {
        let (session, store) = (session.clone(), store.clone());
        Callback::from(move |action: Action| {
            // Starting over forgets the answers, saved ones included.
            if action == Action::StartOver {
                store.set_keep::<StoredScreening>(false);
            }
            session.dispatch(action)
        })
    };
    let state = &session.0;
    let step = match state.position {
        Position::Intro => {
            let resume = !state.progress.answers.is_empty();
            let saved_earlier = resume && keep;
            let begin = dispatch.reform(|_| Action::Begin);
            let start_over = dispatch.reform(|_| Action::StartOver);
            html! {
                <div class="iop-step" data-step="intro">
                    <h2 tabindex="-1">{ words.exercise(crate::core::exercise::Exercise::Screening).title }</h2>
                    <p class="iop-lead">{ text.ui.intro }</p>
                    if saved_earlier {
                        <p class="iop-muted" data-saved-answers="">{ words.device.saved_answers_found }</p>
                    }
                    if !config.counselor {
                        <SaveAnswers {keep} on_change={save_choice.clone()} />
                    }
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
                                { for EXAMPLES.iter().filter_map(|person| Some((person, text.examples.get(person.id)?))).map(|(person, said)| {
                                    let show = dispatch.reform(move |_| Action::Show(crate::core::screening::Progress {
                                        answers: person.answers(),
                                        continued: Vec::new(),
                                    }));
                                    html! {
                                        <li data-example={person.id}>
                                            <span><strong>{ said.name }</strong>{ ": " }{ said.story }</span>
                                            <button type="button" class="iop-button iop-button-quiet" aria-label={format!("{}: {}", text.ui.example_show, said.name)}
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
            <>
                <question::QuestionStep key={id} session={state.clone()} on_action={dispatch.clone()} />
                if !config.counselor {
                    <SaveAnswers {keep} on_change={save_choice.clone()} />
                }
            </>
        },
        Position::Interrupt { after, kind } => html! {
            <interrupt::InterruptPanel {kind} {after} key={after} on_action={dispatch.clone()} />
        },
        Position::Result => html! {
            <ContextProvider<Finished> context={Finished { answers: state.progress.answers.clone(), on_action: dispatch.clone() }}>
                <crate::ui::Chunked piece={crate::ui::Piece::ScreeningResult} />
            </ContextProvider<Finished>>
        },
    };
    let notices = if keep {
        store.notices::<StoredScreening>()
    } else {
        Vec::new()
    };
    html! {
        <div class="iop-screening" data-exercise="screening" ref={step_ref}>
            { for notices.into_iter().map(|notice| {
                let key = notice.key();
                html! { <StorageMessage key={key} {notice} /> }
            }) }
            { step }
        </div>
    }
}

/// A finished screening, for its result (a chunk of its own, so it takes no props).
#[derive(Clone, PartialEq)]
pub struct Finished {
    pub answers: crate::core::screening::Answers,
    pub on_action: Callback<Action>,
}

#[derive(Properties, PartialEq)]
struct SaveAnswersProps {
    keep: bool,
    on_change: Callback<bool>,
}

/// "Save my answers on this device to finish later", saying plainly what that means.
#[component]
fn SaveAnswers(props: &SaveAnswersProps) -> Html {
    let t = &use_words().device;
    let on_change = props.on_change.clone();
    let keep = props.keep;
    html! {
        <div class="iop-save-answers" data-save-answers={keep.to_string()}>
            <label class="iop-option">
                <input type="checkbox" name="save-answers" checked={keep}
                    onchange={Callback::from(move |_| on_change.emit(!keep))} />
                <span>{ t.save_answers_label }</span>
            </label>
            <p class="iop-muted iop-save-answers-hint">{ t.save_answers_hint }</p>
        </div>
    }
}
