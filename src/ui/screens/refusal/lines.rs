use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::content::refusal::RefusalUi;
use crate::content::RefusalWords;
use crate::core::refusal::{LineError, Play, RefusalLines, Scenario};
use crate::ui::use_said;

/// Lines suggested by one finished scene.
#[derive(Clone, PartialEq)]
pub struct Suggestions {
    pub scene: &'static str,
    pub title: &'static str,
    pub lines: Vec<&'static str>,
}

/// A play of `scene` that takes the strongest answer at every point (the first, on a tie): the
/// lines met on the way are what the scene teaches, even after a reload has forgotten the
/// person's own path.
pub fn strong_path(scene: &'static Scenario) -> Play {
    let mut play = Play::new(scene);
    for _ in 0..scene.nodes.len() {
        let Some(decision) = play.current_decision(scene) else {
            break;
        };
        let mut best = decision.choices.first();
        for c in decision.choices {
            if best.is_some_and(|b| c.rating > b.rating) {
                best = Some(c);
            }
        }
        if best.is_none_or(|b| play.choose(scene, b.id).is_err()) {
            break;
        }
    }
    play
}

/// "Keep" for a suggested line; once kept it says so and stays in place (still focusable), so
/// focus is never lost to a button that disappears.
pub fn keep_button(
    ui: &'static RefusalUi,
    text: &'static str,
    kept: bool,
    onclick: Callback<MouseEvent>,
) -> Html {
    if kept {
        html! {
            <button type="button" class="iop-button iop-button-quiet iop-kept" aria-disabled="true"
                aria-label={format!("{}: {}", ui.kept, text)} data-kept="">
                <span aria-hidden="true">{ "✓ " }</span>{ ui.kept }
            </button>
        }
    } else {
        html! {
            <button type="button" class="iop-button iop-button-quiet" aria-label={format!("{}: {}", ui.keep_line, text)} {onclick}>
                { ui.keep_line }
            </button>
        }
    }
}

fn error_text(ui: &RefusalUi<'static>, problem: LineError) -> &'static str {
    match problem {
        LineError::Empty => ui.line_empty,
        LineError::TooLong => ui.line_too_long,
        LineError::Duplicate => ui.line_duplicate,
        LineError::TooMany => ui.line_too_many,
    }
}

#[derive(Properties, PartialEq)]
pub struct LinesViewProps {
    pub lines: RefusalLines,
    pub on_lines: Callback<RefusalLines>,
    pub on_list: Callback<MouseEvent>,
    /// Lines from the scenes the person finished, scene by scene.
    pub suggestions: Vec<Suggestions>,
}

/// The person's own refusal lines: write, keep, remove; and lines suggested by finished scenes.
#[component]
pub fn LinesView(props: &LinesViewProps) -> Html {
    let ui = &use_said::<RefusalWords>().ui;
    let draft = use_state(String::new);
    let error = use_state(|| None::<&'static str>);
    // What just happened, for screen readers (the region exists before it is filled).
    let status = use_state(|| None::<&'static str>);
    let field = use_node_ref();
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                draft.set(t.value());
            }
        })
    };
    let onsubmit = {
        let (draft, error, status, lines, on_lines, field) = (
            draft.clone(),
            error.clone(),
            status.clone(),
            props.lines.clone(),
            props.on_lines.clone(),
            field.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut next = lines.clone();
            match next.add(&draft, None) {
                Ok(_) => {
                    on_lines.emit(next);
                    draft.set(String::new());
                    error.set(None);
                    status.set(Some(ui.line_added));
                }
                Err(problem) => {
                    error.set(Some(error_text(ui, problem)));
                    status.set(None);
                    if let Some(f) = field.cast::<HtmlElement>() {
                        let _ = f.focus();
                    }
                }
            }
        })
    };
    let remove = |index: usize| {
        let (lines, on_lines, status, field) = (
            props.lines.clone(),
            props.on_lines.clone(),
            status.clone(),
            field.clone(),
        );
        Callback::from(move |_| {
            let mut next = lines.clone();
            if next.remove(index).is_some() {
                on_lines.emit(next);
                status.set(Some(ui.line_removed));
                // The button goes away with its line: the writing field keeps focus in place.
                if let Some(f) = field.cast::<HtmlElement>() {
                    let _ = f.focus();
                }
            }
        })
    };
    let keep = |text: &'static str, scene: &'static str| {
        let (lines, on_lines, status) =
            (props.lines.clone(), props.on_lines.clone(), status.clone());
        Callback::from(move |_| {
            let mut next = lines.clone();
            match next.add(text, Some(scene)) {
                Ok(_) => {
                    on_lines.emit(next);
                    status.set(Some(ui.line_added));
                }
                Err(LineError::TooMany) => status.set(Some(ui.line_too_many)),
                Err(_) => {}
            }
        })
    };
    let described = error.is_some().then_some("iop-line-error");
    html! {
        <div class="iop-step" data-view="lines">
            <h2 tabindex="-1">{ ui.lines_title }</h2>
            <p class="iop-lead">{ ui.lines_intro }</p>
            if !props.lines.is_empty() {
                <ul class="iop-simple-list iop-my-lines" data-lines="">
                    { for props.lines.lines().iter().enumerate().map(|(i, line)| html! {
                        <li>
                            <span>{ &line.text }</span>
                            <button type="button" class="iop-button iop-button-quiet" aria-label={format!("{}: {}", ui.remove, line.text)}
                                onclick={remove(i)}>
                                { ui.remove }
                            </button>
                        </li>
                    }) }
                </ul>
            }
            <form class="iop-form" {onsubmit} novalidate=true>
                <label class="iop-field"><span>{ ui.line_label }</span>
                    <textarea name="line" rows="2" value={(*draft).clone()} {oninput}
                        ref={field} aria-invalid={error.is_some().then_some("true")} aria-describedby={described} />
                </label>
                if let Some(message) = *error { <p class="iop-error" id="iop-line-error" role="alert">{ message }</p> }
                <div class="iop-nav">
                    <button type="submit" class="iop-button">{ ui.add_line }</button>
                </div>
            </form>
            <p class="iop-sr" role="status" data-status="">{ (*status).unwrap_or_default() }</p>
            <div class="iop-suggested" role="group" aria-labelledby="iop-suggested-heading" data-suggested="">
                <h3 id="iop-suggested-heading">{ ui.lines_suggested }</h3>
                if props.suggestions.is_empty() {
                    <p class="iop-muted">{ ui.lines_suggested_hint }</p>
                }
                { for props.suggestions.iter().map(|group| html! {
                    <div class="iop-suggested-scene" data-suggested-scene={group.scene}>
                        <h4>{ group.title }</h4>
                        <ul class="iop-simple-list">
                            { for group.lines.iter().map(|text| html! {
                                <li>
                                    <span>{ *text }</span>
                                    { keep_button(ui, text, props.lines.contains(text), keep(text, group.scene)) }
                                </li>
                            }) }
                        </ul>
                    </div>
                }) }
            </div>
            <div class="iop-nav">
                <button type="button" class="iop-button iop-button-quiet" onclick={props.on_list.clone()}>{ ui.to_list }</button>
            </div>
        </div>
    }
}
