//! "Take it to the clinic": a one-page summary to print, and the answers as a FHIR file, made on
//! the device only when the person asks. Its code (the FHIR builder, JSON writing) is a chunk of
//! its own, fetched when the person opens it.

use yew::prelude::*;

use crate::content::ScreeningText;
use crate::core::config::call_href;
use crate::core::fhir;
use crate::core::host_event::{Handoff as Kind, HostEvent};
use crate::core::screening::instruments::Band;
use crate::core::screening::questionnaire::{question, SAFETY_QUESTIONS};
use crate::core::screening::{recommend, Answers};
use crate::ui::{
    use_config, use_host, use_language, use_said, use_words, AskedQuestions, ScreeningMemory,
};

/// The name the file lands under in Downloads: discreet on a shared device.
const FILE_NAME: &str = "self-check-answers.json";

/// The hand-off for the answers in this widget's memory: what to include, a printable summary
/// of exactly that, and the FHIR download.
#[component]
pub fn Handoff() -> Html {
    let config = use_config();
    let words = use_words();
    let host = use_host();
    let language = use_language();
    let text = use_said::<ScreeningText<'static>>();
    let t = &text.handoff;
    let memory = use_context::<ScreeningMemory>().unwrap_or_default();
    let answers = memory
        .0
        .borrow()
        .as_ref()
        .map(|s| s.progress.answers.clone())
        .unwrap_or_default();
    let include_safety = use_state(|| false);
    // Questions ticked in "What to expect" start the list; the person can change it.
    let asked = use_context::<AskedQuestions>().unwrap_or_default();
    let questions = use_state(|| asked.get().words.join("\n"));
    let saved = use_state(|| false);
    let heading = use_node_ref();
    {
        // Opened on request, so it takes focus at its heading.
        let heading = heading.clone();
        use_effect_with((), move |_| crate::ui::focus_node(&heading));
    }
    // The outcome comes from every answer; left out, the safety block takes with it what only
    // its answers could say (a crisis reads as the level of care for once safe).
    let r = if *include_safety {
        recommend(&answers)
    } else {
        recommend(&answers).without_safety_block()
    };
    let shared = if *include_safety {
        answers.clone()
    } else {
        answers.without_safety()
    };
    // The month in words: "2/12/2026" in a Spanish summary is 12 February to a US clinic.
    let today: String = {
        let options = js_sys::Object::new();
        for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
            let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
        }
        js_sys::Date::new_0()
            .to_locale_date_string(language.tag(), &options)
            .into()
    };

    let toggle_safety = {
        let include_safety = include_safety.clone();
        Callback::from(move |_: Event| include_safety.set(!*include_safety))
    };
    let on_questions = {
        let questions = questions.clone();
        Callback::from(move |e: InputEvent| {
            use wasm_bindgen::JsCast;
            if let Some(area) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                questions.set(area.value());
            }
        })
    };
    let print = {
        let host = host.clone();
        Callback::from(move |_| {
            host.send(&HostEvent::HandoffRequested(Kind::PrintSummary));
            crate::platform::print();
        })
    };
    let download = {
        let (saved, shared, canonical) = (
            saved.clone(),
            shared.clone(),
            config.questionnaire_url.clone(),
        );
        Callback::from(move |_| {
            let authored: String = js_sys::Date::new_0().to_iso_string().into();
            let response = fhir::questionnaire_response(&shared, text, &canonical, &authored);
            let body = serde_json::to_string_pretty(&response).unwrap_or_default();
            crate::platform::download(FILE_NAME, "application/fhir+json", &body);
            host.send(&HostEvent::HandoffRequested(Kind::FhirDownload));
            saved.set(true);
        })
    };
    let outcome = text.outcome_for(r.outcome, r.cannot_attend, r.uses);
    let my_questions: Vec<&str> = questions
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();

    html! {
        <section class="iop-handoff" data-handoff="" aria-labelledby="iop-handoff-heading">
            <h2 id="iop-handoff-heading" tabindex="-1" ref={heading} class="iop-no-print">{ t.heading }</h2>
            <div class="iop-no-print">
                <p class="iop-lead">{ t.intro }</p>
                <label class="iop-option">
                    <input type="checkbox" name="include-safety" checked={*include_safety} onchange={toggle_safety} />
                    <span>{ t.include_safety }<br /><small>{ t.include_safety_hint }</small></span>
                </label>
                <p class="iop-field">
                    <label for="iop-handoff-questions">{ t.questions_label }</label>
                    <textarea id="iop-handoff-questions" name="questions" rows="3" aria-describedby="iop-handoff-questions-hint"
                        value={(*questions).clone()} oninput={on_questions} />
                    <small id="iop-handoff-questions-hint" class="iop-muted">{ t.questions_hint }</small>
                </p>
            </div>

            <article class="iop-summary" data-summary="" aria-labelledby="iop-summary-heading">
                <h3 id="iop-summary-heading">{ t.summary_heading }</h3>
                <p class="iop-muted">{ t.taken_on.replace("{date}", &today) }</p>
                <p data-summary-outcome={r.outcome.id()}><strong>{ outcome.map_or("", |o| o.title) }</strong></p>
                <p>{ outcome.map_or("", |o| o.summary) }</p>
                if !r.reasons.is_empty() {
                    <h4>{ text.ui.why_heading }</h4>
                    <ul>
                        { for r.reasons.iter().map(|reason| html! {
                            <li><strong>{ text.dimension(reason.dimension) }{ ": " }</strong>{ text.concern(reason.concern) }{ ". " }{ text.finding(reason.finding) }</li>
                        }) }
                    </ul>
                }
                if !r.scores.is_empty() {
                    <h4>{ text.ui.scores_heading }</h4>
                    <ul data-summary-scores="">
                        { for r.scores.iter().filter_map(|s| text.instrument(s.instrument).map(|t| (s, t))).map(|(s, t)| html! {
                            <li>{ t.name }{ ": " }{ s.total }{ " / " }{ s.max }{ " · " }{ if s.band == Band::Positive { t.positive } else { t.negative } }</li>
                        }) }
                    </ul>
                }
                if !r.flags.is_empty() {
                    <ul class="iop-flags">
                        { for r.flags.iter().filter_map(|f| text.flag(*f)).map(|f| html! { <li><strong>{ f.title }</strong>{ " " }{ f.body }</li> }) }
                    </ul>
                }
                if *include_safety {
                    <h4>{ t.safety_heading }</h4>
                    <ul data-summary-safety="">
                        { for SAFETY_QUESTIONS.iter().filter_map(|id| question(id)).filter(|q| answers.asks(q)).map(|q| html! {
                            <li>{ text.question(q.id).map_or(q.id, |w| w.prompt) }{ " " }<strong>{ chosen_words(text, &answers, q.id) }</strong></li>
                        }) }
                    </ul>
                }
                if !my_questions.is_empty() {
                    <h4>{ t.my_questions_heading }</h4>
                    <ul data-summary-questions="">{ for my_questions.iter().map(|q| html! { <li>{ *q }</li> }) }</ul>
                }
                <h4>{ t.at_hand_heading }</h4>
                <ul>{ for t.at_hand.iter().map(|item| html! { <li>{ *item }</li> }) }</ul>
                if config.clinic.name.is_some() || config.clinic.phone.is_some() || config.counselor {
                    <p><strong>{ words.clinic_name(&config) }</strong>
                        if let Some(phone) = &config.clinic.phone { { " · " }<a href={call_href(phone)}>{ phone }</a> }
                    </p>
                }
                // As on the result: a crisis or emergency asks for help now, not an assessment.
                <p class="iop-not-diagnosis"><strong>{ text.ui.not_a_diagnosis }</strong>{ " " }
                    { if r.outcome.is_urgent() { text.ui.reach_help_now } else { text.ui.confirm_with_team } }</p>
            </article>
            <div class="iop-nav iop-no-print">
                <button type="button" class="iop-button" data-action="print-summary" onclick={print}>{ t.print }</button>
            </div>

            <section class="iop-panel iop-no-print" aria-labelledby="iop-fhir-heading">
                <h3 id="iop-fhir-heading">{ t.fhir_heading }</h3>
                <p>{ t.fhir_body }</p>
                <button type="button" class="iop-button iop-button-quiet" data-action="fhir-download" onclick={download}>{ t.fhir_download }</button>
                <p role="status" data-saved={saved.then_some("")}>
                    { if *saved { t.fhir_saved.replace("{file}", FILE_NAME) } else { String::new() } }
                </p>
            </section>
        </section>
    }
}

/// The words of the options chosen for `id`, joined.
fn chosen_words(text: &ScreeningText<'static>, answers: &Answers, id: &str) -> String {
    answers
        .chosen(id)
        .iter()
        .map(|o| text.option(id, o).unwrap_or(o))
        .collect::<Vec<_>>()
        .join(", ")
}
