//! Refusal-skills practice: the list of scenes, playing one as a conversation, the debrief, and
//! the person's own refusal lines. Progress and lines live in the page's store: saved on the
//! device if the person keeps them there, and merged with other tabs' saves.

mod lines;
mod play;

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::content::refusal::RefusalUi;
use crate::content::{Part, RefusalWords};
use crate::core::exercise::Exercise;
use crate::core::refusal::scenes::{scenario, SCENARIOS};
use crate::core::refusal::{
    suggested_lines, validate_library, Debrief, Play, Rating, RefusalLines, RefusalProgress,
    Setting, StoredLines, StoredProgress, Substance,
};
use crate::core::sync::record;
use crate::platform::store::Notice;
use crate::ui::components::{LockedNotice, SavingPrompt, StorageMessage};
use crate::ui::{now_ms, use_part, use_said, use_store_changes, Said};

#[derive(Clone, Copy, PartialEq)]
enum View {
    List,
    Play(&'static str),
    Lines,
}

/// A rating as a word and a shape, never colour alone.
pub fn rating_badge(words: &RefusalWords, rating: Rating) -> Html {
    let dots = match rating {
        Rating::Strong => "●●●",
        Rating::Partly => "●●○",
        Rating::Risky => "●○○",
    };
    html! {
        <span class={format!("iop-rating iop-rating-{}", rating.id())} data-rating={rating.id()}>
            <span aria-hidden="true">{ dots }</span>{ " " }{ words.rating(rating) }
        </span>
    }
}

/// Loads the practice's words in the widget's language, then shows it.
#[component]
pub fn RefusalSkills() -> Html {
    match use_part::<RefusalWords>(Part::Refusal, Exercise::RefusalSkills) {
        Ok(words) => html! {
            <ContextProvider<Said<RefusalWords>> context={Said(words)}>
                <Practice />
            </ContextProvider<Said<RefusalWords>>>
        },
        Err(missing) => missing,
    }
}

#[component]
fn Practice() -> Html {
    let store = use_store_changes();
    let words = use_said::<RefusalWords>();
    let ui = &words.ui;
    let problems = use_memo((), |_| validate_library(SCENARIOS).err());
    let progress = RefusalProgress::from_doc(&store.get::<StoredProgress>());
    let lines = RefusalLines::from_doc(&store.get::<StoredLines>());
    let notices: Vec<Notice> = store
        .notices::<StoredProgress>()
        .into_iter()
        .chain(store.notices::<StoredLines>())
        .collect();
    let view = use_state(|| View::List);
    // Plays finished during this visit: their suggested lines are the ones the person met.
    let finished = use_state(Vec::<Play>::new);
    let screen_ref = use_node_ref();
    crate::ui::use_heading_focus(&screen_ref, true);
    {
        let screen_ref = screen_ref.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(*view, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                crate::ui::focus_heading(&screen_ref);
            }
        });
    }

    if let Some(problems) = &*problems {
        return html! {
            <div class="iop-step" data-exercise="refusal-skills" role="alert" data-content-problem="">
                <h2 tabindex="-1">{ ui.title }</h2>
                <p>{ ui.content_problem }</p>
                <ul>{ for problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }</ul>
            </div>
        };
    }

    let go = |to: View| {
        let view = view.clone();
        Callback::from(move |_| view.set(to))
    };
    let on_finish = {
        let (store, finished) = (store.clone(), finished.clone());
        Callback::from(move |(debrief, play): (Debrief, Play)| {
            if !finished.contains(&play) {
                let mut plays = (*finished).clone();
                plays.push(play);
                finished.set(plays);
            }
            let replica = store.replica();
            store.update::<StoredProgress>(|doc| {
                let before = RefusalProgress::from_doc(doc);
                let mut next = before.clone();
                if next.record(&debrief) {
                    record(doc, replica, &before.items(), &next.items(), now_ms());
                }
            });
        })
    };
    let on_lines = {
        let store = store.clone();
        Callback::from(move |next: RefusalLines| {
            let replica = store.replica();
            store.update::<StoredLines>(|doc| {
                let before = RefusalLines::from_doc(doc).items();
                record(doc, replica, &before, &next.items(), now_ms());
            });
        })
    };
    let on_reset = {
        let store = store.clone();
        Callback::from(move |_| {
            let replica = store.replica();
            store.update::<StoredProgress>(|doc| {
                let before = RefusalProgress::from_doc(doc).items();
                record(doc, replica, &before, &Default::default(), now_ms());
            });
        })
    };
    let dismiss = {
        let store = store.clone();
        Callback::from(move |notice: Notice| {
            store.dismiss::<StoredProgress>(&notice);
            store.dismiss::<StoredLines>(&notice);
        })
    };

    let body = match *view {
        View::List => html! {
            <SceneList progress={progress.clone()} on_play={Callback::from({ let view = view.clone(); move |id| view.set(View::Play(id)) })}
                on_lines={go(View::Lines)} {on_reset} />
        },
        View::Play(id) => match scenario(id) {
            Some(scene) => html! {
                <play::PlayView key={id} {scene} lines={lines.clone()} on_lines={on_lines.clone()} {on_finish}
                    on_list={go(View::List)} on_open_lines={go(View::Lines)} />
            },
            // Only bundled scenes are offered; should one go missing, the list is shown again.
            None => html! {
                <SceneList progress={progress.clone()} on_play={Callback::from({ let view = view.clone(); move |id| view.set(View::Play(id)) })}
                    on_lines={go(View::Lines)} {on_reset} />
            },
        },
        View::Lines => {
            let suggestions = suggestions(words, &progress, &finished);
            html! { <lines::LinesView lines={lines.clone()} {on_lines} on_list={go(View::List)} {suggestions} /> }
        }
    };
    let locked = store.locked::<StoredProgress>() || store.locked::<StoredLines>();
    html! {
        <div class="iop-refusal" data-exercise="refusal-skills" ref={screen_ref}>
            { for notices.into_iter().map(|notice| {
                let on_dismiss = matches!(notice, Notice::Merged { .. }).then(|| dismiss.clone());
                let key = notice.key();
                html! { <StorageMessage key={key} {notice} {on_dismiss} unlock_below={locked} /> }
            }) }
            if locked {
                <LockedNotice />
            }
            <SavingPrompt has_data={!lines.is_empty() || progress.completed_count() > 0} />
            { body }
        </div>
    }
}

/// For every scene finished (now or before), the refusal lines it suggests: those met in the
/// plays finished during this visit, then those on the scene's strong path.
fn suggestions(
    words: &'static RefusalWords,
    progress: &RefusalProgress,
    finished: &[Play],
) -> Vec<lines::Suggestions> {
    SCENARIOS
        .iter()
        .filter_map(|scene| {
            let plays: Vec<&Play> = finished
                .iter()
                .filter(|p| p.scenario_id() == scene.id)
                .collect();
            if plays.is_empty() && !progress.is_completed(scene.id) {
                return None;
            }
            let mut lines: Vec<&'static str> = Vec::new();
            let strong = lines::strong_path(scene);
            for play in plays.into_iter().chain(std::iter::once(&strong)) {
                for choice in suggested_lines(scene, play) {
                    let line = words.choice_text(scene, choice.id);
                    if !lines.contains(&line) {
                        lines.push(line);
                    }
                }
            }
            (!lines.is_empty()).then_some(lines::Suggestions {
                scene: scene.id,
                title: words.title(scene),
                lines,
            })
        })
        .collect()
}

/// A filter's `<select>` sets its state to the chosen id (or None for "any").
fn pick<T: 'static>(
    state: UseStateHandle<Option<T>>,
    parse: fn(&str) -> Option<T>,
) -> Callback<Event> {
    Callback::from(move |e: Event| {
        if let Some(select) = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
        {
            state.set(parse(&select.value()));
        }
    })
}

/// The two-step "Reset my progress".
#[derive(Clone, Copy, PartialEq)]
enum Reset {
    Closed,
    Asking,
    Done,
}

#[derive(Properties, PartialEq)]
struct SceneListProps {
    progress: RefusalProgress,
    on_play: Callback<&'static str>,
    on_lines: Callback<MouseEvent>,
    on_reset: Callback<()>,
}

/// Every scene, filterable by where it happens and what is offered, with the person's progress.
#[component]
fn SceneList(props: &SceneListProps) -> Html {
    let words = use_said::<RefusalWords>();
    let ui: &RefusalUi = &words.ui;
    let setting = use_state(|| None::<Setting>);
    let substance = use_state(|| None::<Substance>);
    let reset = use_state(|| Reset::Closed);
    let reset_ref = use_node_ref();
    let confirm_ref = use_node_ref();
    let done_ref = use_node_ref();
    // The control that was pressed goes away or is replaced: focus follows to what replaced it.
    {
        let (reset_ref, confirm_ref, done_ref) =
            (reset_ref.clone(), confirm_ref.clone(), done_ref.clone());
        let first = use_mut_ref(|| true);
        use_effect_with(*reset, move |state| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                let target = match state {
                    Reset::Closed => reset_ref,
                    Reset::Asking => confirm_ref,
                    Reset::Done => done_ref,
                };
                if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let set_reset = |to: Reset| {
        let reset = reset.clone();
        Callback::from(move |_: MouseEvent| reset.set(to))
    };
    let scenes: Vec<_> = SCENARIOS
        .iter()
        .filter(|s| s.matches(*setting, *substance))
        .collect();
    html! {
        <div class="iop-step" data-view="list">
            <h2 tabindex="-1">{ ui.title }</h2>
            <p class="iop-lead">{ ui.intro }</p>
            <div class="iop-filters">
                <label class="iop-field"><span>{ ui.filter_setting }</span>
                    <select name="setting" onchange={pick(setting.clone(), Setting::from_id)}>
                        <option value="" selected={setting.is_none()}>{ ui.filter_any }</option>
                        { for Setting::ALL.iter().map(|s| html! { <option value={s.id()} selected={Some(*s) == *setting}>{ words.setting(*s) }</option> }) }
                    </select>
                </label>
                <label class="iop-field"><span>{ ui.filter_substance }</span>
                    <select name="substance" onchange={pick(substance.clone(), Substance::from_id)}>
                        <option value="" selected={substance.is_none()}>{ ui.filter_any }</option>
                        { for Substance::ALL.iter().map(|s| html! { <option value={s.id()} selected={Some(*s) == *substance}>{ words.substance(*s) }</option> }) }
                    </select>
                </label>
            </div>
            if scenes.is_empty() { <p>{ ui.no_match }</p> }
            <ul class="iop-cards">
                { for scenes.iter().map(|s| {
                    let id = s.id;
                    let done = props.progress.is_completed(id);
                    let substances: Vec<_> = s.substances.iter().map(|x| words.substance(*x)).collect();
                    html! {
                        <li class="iop-card" data-scenario={id}>
                            <h3 class="iop-card-title">{ words.title(s) }</h3>
                            <p class="iop-muted">{ words.setting(s.setting) }{ " · " }{ substances.join(", ") }{ " · " }{ words.pressure(s.pressure) }</p>
                            if done {
                                <p data-completed="">
                                    <strong>{ ui.completed }</strong>
                                    if let Some(best) = props.progress.best(id) { { " · " }{ ui.best }{ ": " }{ rating_badge(words, best) } }
                                </p>
                            }
                            <button type="button" class="iop-button" aria-label={format!("{}: {}", ui.play, words.title(s))}
                                onclick={props.on_play.reform(move |_| id)}>{ ui.play }</button>
                        </li>
                    }
                }) }
            </ul>
            <div class="iop-nav">
                <button type="button" class="iop-button iop-button-quiet" onclick={props.on_lines.clone()}>{ ui.lines_title }</button>
                if props.progress.completed_count() > 0 && *reset != Reset::Asking {
                    <button type="button" class="iop-button iop-button-quiet" ref={reset_ref} data-action="reset"
                        onclick={set_reset(Reset::Asking)}>{ ui.reset }</button>
                }
            </div>
            if *reset == Reset::Asking {
                <div class="iop-confirm" role="group" aria-labelledby="iop-reset-question" data-confirm="reset">
                    <p id="iop-reset-question" tabindex="-1" ref={confirm_ref}>{ ui.reset_confirm }</p>
                    <div class="iop-nav">
                        <button type="button" class="iop-button iop-button-danger" onclick={{
                            let (state, on_reset) = (reset.clone(), props.on_reset.clone());
                            Callback::from(move |_| { on_reset.emit(()); state.set(Reset::Done) })
                        }}>{ ui.reset_yes }</button>
                        <button type="button" class="iop-button iop-button-quiet" onclick={set_reset(Reset::Closed)}>{ ui.cancel }</button>
                    </div>
                </div>
            }
            <p class="iop-status" role="status" tabindex="-1" ref={done_ref} data-reset-done="">
                if *reset == Reset::Done { { ui.reset_done } }
            </p>
        </div>
    }
}
