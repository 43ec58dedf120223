use yew::prelude::*;

use super::summary_chart::SummaryChart;
use crate::content::ScreeningText;
use crate::core::config::call_href;
use crate::core::host_event::HostEvent;
use crate::core::screening::instruments::Band;
use crate::core::screening::questionnaire::Dimension;
use crate::core::screening::{recommend, Action, Concern, Finding, Outcome, Recommendation};
use crate::ui::components::CrisisActions;
use crate::ui::{use_config, use_host, use_said, use_words, Chunked, Piece};

/// The result of the finished screening above it; tells the host page (ids only).
#[component]
pub fn ScreeningResult() -> Html {
    let host = use_host();
    let finished = use_context::<super::Finished>().expect("the screening provides its answers");
    let recommendation = recommend(&finished.answers);
    {
        let (outcome, flags) = (
            recommendation.outcome.id(),
            recommendation
                .flags
                .iter()
                .map(|f| f.id())
                .collect::<Vec<_>>(),
        );
        use_effect_with((), move |_| {
            host.send(&HostEvent::ScreeningComplete { outcome, flags });
        });
    }
    let node = use_node_ref();
    crate::ui::use_heading_focus(&node, true);
    html! {
        <div ref={node}>
            <ResultView {recommendation} on_action={finished.on_action.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub recommendation: Recommendation,
    pub on_action: Callback<Action>,
}

/// The outcome in plain words, why (per dimension, with a picture), what to do next with the
/// clinic's contact, the standard scores, and "this is not a diagnosis". Printable.
#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    let config = use_config();
    let words = use_words();
    let text = use_said::<ScreeningText<'static>>();
    let r = &props.recommendation;
    // Rule 7: where the home is not safe, the host's domestic-violence line (if it named one).
    let home_unsafe =
        r.has_finding(Finding::UnsafeHome) || r.has_finding(Finding::HomeNotAlwaysSafe);
    let outcome_text = |o: Outcome| text.outcome_for(o, r.cannot_attend, r.uses);
    let main = outcome_text(r.outcome);
    let then = r.then.and_then(outcome_text);
    // A crisis or emergency asks for help now, never for an assessment (CLINICAL.md 6).
    let confirm = if r.outcome.is_urgent() {
        text.ui.reach_help_now
    } else {
        text.ui.confirm_with_team
    };
    // A crisis or emergency shows its own steps first; the later level's steps follow once safe.
    let next_steps: &[&str] = main.map_or(&[], |t| &t.next_steps);
    // "Take it to the clinic" opens in place of the result; back, focus returns to its heading.
    let handing_off = use_state(|| false);
    let heading = use_node_ref();
    {
        let (heading, first) = (heading.clone(), use_mut_ref(|| true));
        use_effect_with(*handing_off, move |open| {
            if !*open && !std::mem::replace(&mut *first.borrow_mut(), false) {
                crate::ui::focus_node(&heading);
            }
        });
    }
    if *handing_off {
        return html! {
            <div class="iop-step" data-step="handoff">
                <Chunked piece={Piece::Handoff} />
                <div class="iop-nav iop-no-print">
                    <button type="button" class="iop-button iop-button-quiet" data-shortcut="previous"
                        onclick={{ let h = handing_off.clone(); Callback::from(move |_| h.set(false)) }}>{ text.handoff.back }</button>
                </div>
            </div>
        };
    }

    html! {
        <div class="iop-step iop-result" data-step="result" data-outcome={r.outcome.id()} data-cannot-attend={r.cannot_attend.then_some("")}>
            <p class="iop-eyebrow">{ text.ui.result_heading }</p>
            <h2 tabindex="-1" ref={heading}>{ main.map_or("", |t| t.title) }</h2>
            <p class="iop-not-diagnosis"><strong>{ text.ui.not_a_diagnosis }</strong>{ " " }{ confirm }</p>
            <p class="iop-lead">{ main.map_or("", |t| t.summary) }</p>
            if r.outcome.is_urgent() {
                <CrisisActions emergency_first={r.outcome == Outcome::MedicalEmergency} />
            }
            if let (Some(level), Some(then)) = (r.then, then) {
                <section class="iop-then" data-then={level.id()}>
                    <h3>{ text.ui.then_heading }{ ": " }{ then.title }</h3>
                    <p>{ then.summary }</p>
                    <ol class="iop-next-steps">{ for then.next_steps.iter().map(|step| html! { <li>{ *step }</li> }) }</ol>
                </section>
            }
            if config.counselor {
                <section class="iop-rule" data-rule={r.then.unwrap_or(r.outcome).id()}>
                    <h3>{ text.ui.rule_heading }</h3>
                    <p><strong>{ text.rule(r.outcome) }</strong></p>
                    if let Some(level) = r.then {
                        <p>{ text.rule(level) }</p>
                    }
                    <ul>
                        { for r.reasons.iter().filter(|reason| reason.concern == Concern::High).map(|reason| html! {
                            <li>{ text.finding(reason.finding) }</li>
                        }) }
                    </ul>
                </section>
            }
            if !r.flags.is_empty() {
                <ul class="iop-flags">
                    { for r.flags.iter().filter_map(|f| text.flag(*f).map(|t| (f, t))).map(|(flag, t)| html! {
                        <li data-flag={flag.id()}><strong>{ t.title }</strong>{ " " }{ t.body }</li>
                    }) }
                </ul>
            }
            if let Some(line) = config.clinic.violence_line.as_ref().filter(|_| home_unsafe) {
                <p class="iop-notice" data-violence-line="">
                    { text.ui.violence_line }{ " " }<a href={call_href(line)}>{ line.clone() }</a>
                </p>
            }

            <h3>{ text.ui.summary_heading }</h3>
            <SummaryChart levels={r.by_dimension()} />

            <h3>{ text.ui.why_heading }</h3>
            <div class="iop-why">
                { for Dimension::ALL.iter().filter_map(|d| {
                    let reasons: Vec<_> = r.reasons.iter().filter(|reason| reason.dimension == *d).collect();
                    (!reasons.is_empty()).then(|| html! {
                        <section data-dimension={d.id()}>
                            <h4>{ text.dimension(*d) }</h4>
                            <ul>
                                { for reasons.iter().map(|reason| html! {
                                    <li data-concern={format!("{:?}", reason.concern).to_lowercase()}>
                                        <span class="iop-tag">{ text.concern(reason.concern) }</span>{ " " }
                                        { text.finding(reason.finding) }
                                    </li>
                                }) }
                            </ul>
                        </section>
                    })
                }) }
            </div>

            if !r.scores.is_empty() {
                <h3>{ text.ui.scores_heading }</h3>
                <ul class="iop-scores">
                    { for r.scores.iter().filter_map(|s| text.instrument(s.instrument).map(|t| (s, t))).map(|(s, t)| html! {
                        <li data-instrument={s.instrument.id()}>
                            <strong>{ t.name }{ ": " }{ s.total }{ " / " }{ s.max }</strong>{ " " }
                            { if s.band == Band::Positive { t.positive } else { t.negative } }
                            <small class="iop-muted">{ t.attribution }</small>
                        </li>
                    }) }
                </ul>
            }

            <h3>{ text.ui.next_steps_heading }</h3>
            <ol class="iop-next-steps">
                { for next_steps.iter().map(|step| html! { <li>{ *step }</li> }) }
            </ol>
            // A clinic that gave nothing to reach it by gets no line of its own ("the clinic").
            if config.clinic.name.is_some() || config.clinic.phone.is_some() || config.clinic.url.is_some() || config.counselor {
                <p class="iop-clinic" data-contact="clinic">
                    <strong>{ words.clinic_name(&config) }</strong>
                    if let Some(phone) = &config.clinic.phone {
                        { " · " }<a href={call_href(phone)}>{ phone }</a>
                    }
                    if let Some(url) = &config.clinic.url {
                        { " · " }<a href={url.clone()} rel="noopener noreferrer">{ url }</a>
                    }
                </p>
            }
            <p class="iop-not-diagnosis"><strong>{ text.ui.not_a_diagnosis }</strong>{ " " }{ confirm }</p>

            <div class="iop-nav iop-no-print">
                <button type="button" class="iop-button iop-button-quiet" data-shortcut="previous" onclick={props.on_action.reform(|_| Action::Back)}>{ text.ui.back }</button>
                <button type="button" class="iop-button iop-button-quiet" onclick={Callback::from(|_| crate::platform::print())}>{ text.ui.print }</button>
                <button type="button" class="iop-button" data-action="handoff"
                    onclick={{ let h = handing_off.clone(); Callback::from(move |_| h.set(true)) }}>{ text.handoff.open }</button>
                <button type="button" class="iop-button iop-button-quiet" onclick={props.on_action.reform(|_| Action::StartOver)}>{ text.ui.start_over }</button>
            </div>
        </div>
    }
}
