use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::content::refusal::refusal_ui;
use crate::core::refusal::{LineError, RefusalLines, MAX_LINE_CHARS};
use crate::ui::use_config;

#[derive(Properties, PartialEq)]
pub struct LinesViewProps {
    pub lines: RefusalLines,
    pub on_lines: Callback<RefusalLines>,
    pub on_list: Callback<MouseEvent>,
}

/// The person's own refusal lines: write, keep, remove.
#[component]
pub fn LinesView(props: &LinesViewProps) -> Html {
    let config = use_config();
    let ui = refusal_ui(config.language);
    let draft = use_state(String::new);
    let error = use_state(|| None::<&'static str>);
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
        let (draft, error, lines, on_lines) = (
            draft.clone(),
            error.clone(),
            props.lines.clone(),
            props.on_lines.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut next = lines.clone();
            match next.add(&draft, None) {
                Ok(_) => {
                    on_lines.emit(next);
                    draft.set(String::new());
                    error.set(None);
                }
                Err(problem) => error.set(Some(match problem {
                    LineError::Empty => ui.line_empty,
                    LineError::TooLong => ui.line_too_long,
                    LineError::Duplicate => ui.line_duplicate,
                    LineError::TooMany => ui.line_too_many,
                })),
            }
        })
    };
    html! {
        <div class="iop-step" data-view="lines">
            <h2 tabindex="-1">{ ui.lines_title }</h2>
            <p class="iop-lead">{ ui.lines_intro }</p>
            <ul class="iop-simple-list" data-lines="">
                { for props.lines.lines().iter().enumerate().map(|(i, line)| {
                    let (lines, on_lines) = (props.lines.clone(), props.on_lines.clone());
                    html! {
                        <li>
                            <span>{ &line.text }</span>
                            <button type="button" class="iop-button iop-button-quiet" aria-label={format!("{}: {}", ui.remove, line.text)}
                                onclick={Callback::from(move |_| { let mut next = lines.clone(); next.remove(i); on_lines.emit(next); })}>
                                { ui.remove }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <form class="iop-form" {onsubmit} novalidate=true>
                <label class="iop-field"><span>{ ui.line_label }</span>
                    <textarea name="line" rows="2" maxlength={MAX_LINE_CHARS.to_string()} value={(*draft).clone()} {oninput} />
                </label>
                if let Some(message) = *error { <p class="iop-error" role="alert">{ message }</p> }
                <div class="iop-nav">
                    <button type="submit" class="iop-button">{ ui.add_line }</button>
                    <button type="button" class="iop-button iop-button-quiet" onclick={props.on_list.clone()}>{ ui.to_list }</button>
                </div>
            </form>
        </div>
    }
}
