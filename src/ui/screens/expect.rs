//! "What to expect": a short explainer walked part by part, with the clinic's own facts next to
//! the general ones, levels of care side by side, and questions to tick and print. Ticks live in
//! this screen's memory only: nothing here is stored or sent.

use yew::prelude::*;

use crate::content::{ExpectWords, Part};
use crate::core::config::call_href;
use crate::core::exercise::Exercise;
use crate::core::expect::{Fact, Level, ProgramFacts, Question, Section, Ticks};
use crate::platform::facts::FactsFile;
use crate::ui::{
    opening, use_config, use_language, use_part, use_place, use_said, use_words, Asked,
    AskedQuestions, Said,
};

/// Loads the explainer's words in the widget's language, then shows it.
#[component]
pub fn WhatToExpect() -> Html {
    match use_part::<ExpectWords>(Part::Expect, Exercise::WhatToExpect) {
        Ok(words) => html! {
            <ContextProvider<Said<ExpectWords>> context={Said(words)}>
                <Explainer />
            </ContextProvider<Said<ExpectWords>>>
        },
        Err(missing) => missing,
    }
}

/// The clinic's facts file, once it has arrived (fetched once for the page).
#[hook]
fn use_facts_file(address: Option<String>) -> Option<FactsFile> {
    let update = use_force_update();
    address.and_then(|a| crate::platform::facts::get(&a, move || update.force_update()))
}

#[component]
fn Explainer() -> Html {
    let words = use_said::<ExpectWords>();
    let config = use_config();
    let section = use_state(|| Section::WhatItIs);
    let asked = use_context::<AskedQuestions>().unwrap_or_default();
    let ticks = use_state(|| asked.get().ticks);
    let file = use_facts_file(config.facts_file.clone());
    let facts = match &file {
        Some(file) => config.facts.clone().or(file.0.clone()),
        None => config.facts.clone(),
    };
    let node = use_node_ref();
    crate::ui::use_heading_focus(&node, true);
    {
        // A new part: focus its heading, so keyboard and screen-reader users start there.
        let node = node.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(*section, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                crate::ui::focus_selector(&node, "h3");
            }
        });
    }
    let go = |to: Option<Section>| {
        let section = section.clone();
        to.map(|to| Callback::from(move |_: MouseEvent| section.set(to)))
    };
    let here = *section;
    let total = Section::ALL.len().to_string();
    let said = words.section(here);
    html! {
        <div class="iop-step iop-expect" ref={node} data-exercise={Exercise::WhatToExpect.id()} data-section={here.id()}>
            <h2 tabindex="-1">{ words.heading }</h2>
            <p class="iop-lead iop-no-print">{ words.intro }</p>
            if let Some(file) = file.filter(|f| !f.1.is_empty()) {
                <crate::ui::components::Live>
                <div class="iop-note iop-no-print" data-facts-problem="">
                    <p>{ words.facts_problem }</p>
                    <details>
                        <summary>{ words.facts_problem_details }</summary>
                        <ul class="iop-problems">
                            { for file.1.iter().map(|p| html! { <li><code>{ p.to_string() }</code></li> }) }
                        </ul>
                    </details>
                </div>
                </crate::ui::components::Live>
            }
            <nav class="iop-parts iop-no-print" aria-label={words.parts_label}>
                <ol>
                    { for Section::ALL.iter().map(|s| {
                        let name = words.section(*s).map_or("", |w| w.heading);
                        let current = *s == here;
                        html! {
                            <li>
                                <button type="button" class={classes!("iop-part", current.then_some("iop-part-current"))}
                                    aria-current={current.then_some("step")} data-part={s.id()}
                                    onclick={go(Some(*s))}>
                                    <span aria-hidden="true">{ s.number() }</span>
                                    <span class="iop-sr">{ name }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            </nav>
            <p class="iop-progress-label iop-no-print">
                { crate::content::fill(words.progress, &[("n", &here.number().to_string()), ("total", &total)]) }
            </p>
            <h3 tabindex="-1">{ said.map_or("", |s| s.heading) }</h3>
            if let Some(said) = said {
                { for said.paragraphs.iter().map(|p| html! { <p>{ *p }</p> }) }
                if !said.points.is_empty() {
                    <ul class="iop-points">{ for said.points.iter().map(|p| html! { <li>{ *p }</li> }) }</ul>
                }
            }
            { match here {
                Section::Fit => html! { <ScreeningLink /> },
                Section::Compare => html! { <Levels /> },
                Section::Questions => {
                    let toggle = {
                        let (ticks, asked, words) = (ticks.clone(), asked.clone(), words.clone());
                        Callback::from(move |q: Question| {
                            let now = ticks.toggled(q);
                            let said = Question::ALL.iter().filter(|q| now.has(**q));
                            let words = said.map(|q| words.question(*q).to_string()).collect();
                            asked.0.set(Asked { ticks: now.clone(), words });
                            ticks.set(now);
                        })
                    };
                    html! { <Checklist ticks={(*ticks).clone()} {toggle} /> }
                }
                _ => html! {},
            } }
            <ClinicFacts section={here} {facts} />
            <div class="iop-nav">
                if let Some(previous) = go(here.step(-1)) {
                    <button type="button" class="iop-button iop-button-quiet" data-shortcut="previous"
                        data-action="previous" onclick={previous}>{ words.previous }</button>
                }
                if let Some(next) = go(here.step(1)) {
                    <button type="button" class="iop-button" data-shortcut="next" data-action="next"
                        onclick={next}>{ words.next }</button>
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ClinicFactsProps {
    section: Section,
    facts: ProgramFacts,
}

/// The clinic's own facts for a part: "At <clinic>: ..." where set, "Ask us" where not.
#[component]
fn ClinicFacts(props: &ClinicFactsProps) -> Html {
    let words = use_said::<ExpectWords>();
    let shell = use_words();
    let config = use_config();
    let facts = props.section.facts();
    if facts.is_empty() {
        return html! {};
    }
    let clinic = shell.clinic_name(&config);
    let ask_us = || match &config.clinic.phone {
        Some(phone) => {
            let (before, after) = words
                .ask_us_call
                .split_once("{phone}")
                .unwrap_or((words.ask_us_call, ""));
            html! { <>{ before }<a href={call_href(phone)}>{ phone.clone() }</a>{ after }</> }
        }
        None => html! { { words.ask_us } },
    };
    html! {
        <dl class="iop-facts" data-clinic-facts="">
            { for facts.iter().map(|fact: &Fact| {
                let value = words.fact_value(&props.facts, *fact);
                html! {
                    <div class="iop-fact" data-fact={fact.id()} data-fact-set={if value.is_some() { "yes" } else { "no" }}>
                        <dt>{ words.fact_label(*fact) }</dt>
                        <dd>{ match value {
                            // Text only: a clinic's words never become markup.
                            Some(value) => html! { crate::content::fill(words.at_clinic, &[("clinic", &clinic), ("fact", &value)]) },
                            None => ask_us(),
                        } }</dd>
                    </div>
                }
            }) }
        </dl>
    }
}

/// Opens the screening, when the clinic offers it: the explainer never stands in for it.
#[component]
fn ScreeningLink() -> Html {
    let words = use_said::<ExpectWords>();
    let config = use_config();
    let place = use_place();
    let language = use_language();
    if !config.exercises.contains(&Exercise::Screening) {
        return html! {};
    }
    let (onclick, onmousedown) = opening(&place, Exercise::Screening, language);
    html! {
        <div class="iop-note iop-no-print" data-screening-link="">
            <p>{ words.screening_prompt }</p>
            <button type="button" class="iop-button" data-action="open-screening"
                {onclick} {onmousedown}>{ words.screening_link }</button>
        </div>
    }
}

/// Levels of care side by side: bars of hours a week for the eye (with their words beside them,
/// never colour alone), and a table for screen readers.
#[component]
fn Levels() -> Html {
    let words = use_said::<ExpectWords>();
    let compare = &words.compare;
    html! {
        <>
            <ul class="iop-levels" aria-hidden="true" data-levels="">
                { for Level::ALL.iter().filter_map(|level| {
                    let said = words.level(*level)?;
                    Some(html! {
                        <li class="iop-level" data-level={level.id()}>
                            <span class="iop-level-name">{ said.name }</span>
                            <span class="iop-level-track">
                                <span class={format!("iop-level-fill iop-level-{}", level.id())}>
                                    if *level == Level::Residential { { compare.around_the_clock } }
                                </span>
                            </span>
                            <span class="iop-level-hours">{ said.hours }</span>
                            <span class="iop-muted iop-level-life">{ format!("{} · {}", said.home, said.daily) }</span>
                        </li>
                    })
                }) }
                <li class="iop-level-scale">{ for compare.scale.iter().map(|mark| html! { <span>{ *mark }</span> }) }</li>
            </ul>
            <table class="iop-sr" data-levels-table="">
                <caption>{ compare.caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ compare.level }</th>
                        <th scope="col">{ compare.hours }</th>
                        <th scope="col">{ compare.home }</th>
                        <th scope="col">{ compare.daily }</th>
                    </tr>
                </thead>
                <tbody>
                    { for Level::ALL.iter().filter_map(|level| words.level(*level)).map(|said| html! {
                        <tr>
                            <th scope="row">{ said.name }</th>
                            <td>{ said.hours }</td>
                            <td>{ said.home }</td>
                            <td>{ said.daily }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ChecklistProps {
    ticks: Ticks,
    toggle: Callback<Question>,
}

/// Questions to ask a program: native checkboxes, and a print button for the list.
#[component]
fn Checklist(props: &ChecklistProps) -> Html {
    let words = use_said::<ExpectWords>();
    html! {
        <>
            <fieldset class="iop-checklist" data-checklist="">
                <legend>{ words.checklist_legend }</legend>
                { for Question::ALL.iter().map(|q| {
                    let on = props.ticks.has(*q);
                    let toggle = props.toggle.reform({ let q = *q; move |_: Event| q });
                    html! {
                        <label class={classes!("iop-option", on.then_some("iop-option-chosen"))} data-question={q.id()}>
                            <input type="checkbox" name={format!("iop-question-{}", q.id())} checked={on} onchange={toggle} />
                            <span>{ words.question(*q) }</span>
                        </label>
                    }
                }) }
            </fieldset>
            <p class="iop-help iop-no-print">{ words.checklist_hint }</p>
            <div class="iop-actions iop-no-print">
                <button type="button" class="iop-button" data-action="print"
                    onclick={Callback::from(|_| crate::platform::print())}>{ words.print }</button>
            </div>
        </>
    }
}
