use yew::prelude::*;

use crate::content::ScreeningText;
use crate::core::screening::questionnaire::{Instrument, OptionKind, Selection};
use crate::core::screening::session::Step;
use crate::core::screening::{Action, Session};
use crate::ui::{use_config, use_said};

#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    pub session: Session,
    pub on_action: Callback<Action>,
}

/// One question: native radio buttons or checkboxes in a fieldset (so keyboards and screen
/// readers work as they do everywhere), the progress, and Back / Next.
#[component]
pub fn QuestionStep(props: &QuestionStepProps) -> Html {
    let config = use_config();
    let text = use_said::<ScreeningText<'static>>();
    let question = props
        .session
        .current_question()
        .expect("a question step has a question");
    let words = text.question(question.id);
    let chosen = use_state(|| props.session.progress.answers.chosen(question.id).to_vec());
    let missing = use_state(|| false);
    let step = props.session.step().unwrap_or(Step {
        number: 1,
        at_most: 1,
        sure: true,
    });
    let (n, m) = (step.number, step.at_most);
    let many = question.selection == Selection::Many;

    let toggle = |option_id: &'static str, kind: OptionKind| {
        let chosen = chosen.clone();
        let missing = missing.clone();
        Callback::from(move |_: Event| {
            let mut next = (*chosen).clone();
            if !many {
                next = vec![option_id.to_string()];
            } else if let Some(i) = next.iter().position(|c| c == option_id) {
                next.remove(i);
            } else if kind == OptionKind::Answer {
                // Choosing an answer clears "none of these" and "prefer not to say".
                next.retain(|c| {
                    question
                        .option(c)
                        .is_some_and(|o| o.kind == OptionKind::Answer)
                });
                next.push(option_id.to_string());
            } else {
                next = vec![option_id.to_string()];
            }
            missing.set(false);
            chosen.set(next);
        })
    };

    let onsubmit = {
        let chosen = chosen.clone();
        let missing = missing.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if chosen.is_empty() {
                missing.set(true);
            } else {
                on_action.emit(Action::Answer {
                    question: question.id,
                    chosen: (*chosen).clone(),
                });
            }
        })
    };
    let back = props.on_action.reform(|_| Action::Back);
    let progress_label = if step.sure {
        text.ui.progress
    } else {
        text.ui.progress_at_most
    }
    .replace("{n}", &n.to_string())
    .replace("{m}", &m.to_string());
    // A 0-10 ruler shows its numbers in a grid; "prefer not to say" goes below it.
    let ruler = question.options.len() > 8;
    let instrument = question.instrument.and_then(|i| text.instrument(i));
    let drink =
        (question.instrument == Some(Instrument::AuditC)).then(|| text.drink(config.region));
    // An instrument shown in its original words is marked as such, so a screen reader reads it
    // in that language's voice ("prefer not to say" is the widget's own).
    let original = text.original_language(question.id);
    let option = |option: &'static crate::core::screening::questionnaire::AnswerOption| {
        let label = text.option(question.id, option.id).unwrap_or(option.id);
        let lang = original.filter(|_| option.kind == OptionKind::Answer);
        let checked = chosen.iter().any(|c| c == option.id);
        html! {
            <label class={classes!("iop-option", checked.then_some("iop-option-chosen"))} data-option-id={option.id}>
                <input
                    type={if many { "checkbox" } else { "radio" }}
                    name={question.id}
                    value={option.id}
                    {checked}
                    onchange={toggle(option.id, option.kind)}
                />
                <span {lang}>{ label }</span>
            </label>
        }
    };
    let (scale, rest): (Vec<_>, Vec<_>) = question
        .options
        .iter()
        .partition(|o| !ruler || o.kind == OptionKind::Answer);

    html! {
        <form class="iop-step iop-question" data-step="question" data-question-id={question.id} {onsubmit} novalidate=true>
            <p class="iop-progress-label">{ &progress_label }</p>
            <progress class="iop-progress" max={m.to_string()} value={n.to_string()} aria-label={progress_label.clone()}></progress>
            // An instrument in its original words is asked as published: its stem, then the item.
            if let Some(lang) = original {
                if let Some(instrument) = instrument {
                    <p class="iop-help" {lang} data-stem="">{ instrument.stem }</p>
                }
            }
            <fieldset aria-describedby={missing.then_some("iop-answer-needed")}>
                <legend>
                    <h2 tabindex="-1" lang={original}>{ words.map_or(question.id, |w| w.prompt) }</h2>
                </legend>
                if let Some(help) = words.and_then(|w| w.help) {
                    <p class="iop-help">{ help }</p>
                }
                <p class="iop-muted">{ if many { text.ui.choose_any } else { text.ui.choose_one } }</p>
                if let Some(drink) = drink {
                    <p class="iop-help">{ drink }</p>
                }
                <div class={classes!("iop-options", ruler.then_some("iop-options-ruler"))}>
                    { for scale.into_iter().map(option) }
                </div>
                if !rest.is_empty() {
                    <div class="iop-options iop-options-after">{ for rest.into_iter().map(option) }</div>
                }
                if let Some(instrument) = instrument {
                    <p class="iop-attribution"><small>{ instrument.attribution }</small></p>
                }
            </fieldset>
            if *missing {
                <p class="iop-error" id="iop-answer-needed" role="alert">{ text.ui.answer_needed }</p>
            }
            <div class="iop-nav">
                <button type="button" class="iop-button iop-button-quiet" data-shortcut="previous" onclick={back}>{ text.ui.back }</button>
                <button type="submit" class="iop-button" data-shortcut="next">{ text.ui.next }</button>
            </div>
        </form>
    }
}
