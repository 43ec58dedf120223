use yew::prelude::*;

use super::rating_badge;
use crate::content::RefusalWords;
use crate::core::refusal::{
    suggested_lines, Act, Choice, Debrief, Play, RefusalLines, Scenario, Technique,
};
use crate::ui::{use_config, use_said};

#[derive(Properties)]
pub struct PlayViewProps {
    pub scene: &'static Scenario,
    pub lines: RefusalLines,
    pub on_lines: Callback<RefusalLines>,
    /// A finished play, once per ending reached.
    pub on_finish: Callback<(Debrief, Play)>,
    pub on_list: Callback<MouseEvent>,
    pub on_open_lines: Callback<MouseEvent>,
}

impl PartialEq for PlayViewProps {
    fn eq(&self, other: &Self) -> bool {
        // Scenes are static content: the same scene is the same address.
        std::ptr::eq(self.scene, other.scene)
            && self.lines == other.lines
            && self.on_lines == other.on_lines
            && self.on_finish == other.on_finish
            && self.on_list == other.on_list
            && self.on_open_lines == other.on_open_lines
    }
}

fn techniques(words: &RefusalWords, list: &[Technique]) -> String {
    list.iter()
        .map(|t| words.technique(*t).name)
        .collect::<Vec<_>>()
        // Semicolons, so that a list reads as a list whatever the names hold.
        .join("; ")
}

/// One scene as a conversation: their line, the person's choice, feedback naming the technique,
/// and on to the next offer; "try again from here" at any earlier point; a debrief at the end.
#[component]
pub fn PlayView(props: &PlayViewProps) -> Html {
    let config = use_config();
    let words = use_said::<RefusalWords>();
    let ui = &words.ui;
    let scene = props.scene;
    let play = use_state(|| Play::new(scene));
    // The feedback on the last choice shows until the person goes on.
    let pending = use_state(|| false);
    let chat_ref = use_node_ref();
    let recorded = use_mut_ref(|| false);
    // Counselor demos: every choice's feedback side by side, at the decision where it was asked
    // for only: the next decision opens unspoiled, for the group to discuss first.
    let revealed_at = use_state(|| None::<&'static str>);

    // Move focus to what is new: the feedback, the next offer, or the debrief.
    {
        let chat_ref = chat_ref.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(((*play).clone(), *pending), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                crate::ui::focus_selector(&chat_ref, "[data-focus]");
            }
        });
    }
    let finished = play.is_finished(scene) && !*pending;
    // Record the result once per finished play (a retry or "play again" may record a new one),
    // once the debrief is on screen: recording redraws whatever shows progress, which must not
    // hold back the frame that shows the debrief.
    {
        let (on_finish, recorded, play) =
            (props.on_finish.clone(), recorded.clone(), (*play).clone());
        use_effect_with(finished, move |finished| {
            if *finished && !std::mem::replace(&mut *recorded.borrow_mut(), true) {
                wasm_bindgen_futures::spawn_local(async move {
                    crate::platform::after_paint().await;
                    on_finish.emit((play.debrief(scene), play));
                });
            }
        });
    }

    let choose = |choice: &'static Choice| {
        let (play, pending) = (play.clone(), pending.clone());
        Callback::from(move |_| {
            let mut next = (*play).clone();
            if next.choose(scene, choice.id).is_ok() {
                play.set(next);
                pending.set(true);
            }
        })
    };
    let retry = |index: usize| {
        let (play, pending, recorded) = (play.clone(), pending.clone(), recorded.clone());
        Callback::from(move |_| {
            let mut next = (*play).clone();
            if next.retry_from(index).is_ok() {
                *recorded.borrow_mut() = false;
                play.set(next);
                pending.set(false);
            }
        })
    };
    let go_on = {
        let pending = pending.clone();
        Callback::from(move |_| pending.set(false))
    };
    // Back one step: the last choice is undone (its feedback too); before any choice, back to
    // the list of scenes.
    let step_back = {
        let (play, pending, recorded) = (play.clone(), pending.clone(), recorded.clone());
        let on_list = props.on_list.clone();
        Callback::from(move |e: MouseEvent| {
            let mut next = (*play).clone();
            match next.steps().len().checked_sub(1) {
                Some(last) if next.retry_from(last).is_ok() => {
                    *recorded.borrow_mut() = false;
                    play.set(next);
                    pending.set(false);
                }
                _ => on_list.emit(e),
            }
        })
    };
    let again = {
        let (play, pending, recorded) = (play.clone(), pending.clone(), recorded.clone());
        let revealed_at = revealed_at.clone();
        Callback::from(move |_| {
            // Played again (for the next group): the first offer opens unspoiled.
            revealed_at.set(None);
            *recorded.borrow_mut() = false;
            play.set(Play::new(scene));
            pending.set(false);
        })
    };

    let steps = play.steps();
    let turns = steps.iter().enumerate().filter_map(|(i, step)| {
        let decision = scene.decision(&step.node)?;
        let choice = decision.choice(&step.choice)?;
        let said = words.node(scene, decision.id);
        let (choice_text, choice_feedback) = words.choice(scene, decision.id, choice);
        let last = i + 1 == steps.len();
        Some(html! {
            <>
                <div class="iop-turn iop-turn-them">
                    if let Some(narration) = said.narration { <p class="iop-narration">{ narration }</p> }
                    <p><strong>{ said.speaker }{ ": " }</strong>{ said.line }</p>
                </div>
                <div class={classes!("iop-turn", if choice.act == Act::Say { "iop-turn-you" } else { "iop-turn-do" })} data-choice={choice.id}>
                    if choice.act == Act::Say { <strong>{ ui.you }{ ": " }</strong> }
                    { choice_text }
                </div>
                if last && *pending {
                    <div class="iop-feedback" data-feedback={choice.rating.id()}>
                        <h3 tabindex="-1" data-focus="">{ ui.feedback }{ ": " }{ rating_badge(words, choice.rating) }</h3>
                        <p>{ choice_feedback }</p>
                        if !choice.uses.is_empty() { <p class="iop-muted" data-uses="">{ ui.uses }{ ": " }{ techniques(words, choice.uses) }</p> }
                        if !choice.misses.is_empty() { <p class="iop-muted">{ ui.misses }{ ": " }{ techniques(words, choice.misses) }</p> }
                        <div class="iop-nav">
                            <button type="button" class="iop-button" data-shortcut="next" onclick={go_on.clone()}>{ ui.go_on }</button>
                            // Try again at once, while the feedback is fresh (CLINICAL.md 4).
                            if decision.strongest().is_some_and(|s| s.rating > choice.rating) {
                                <button type="button" class="iop-button iop-button-quiet" data-try-another="" onclick={retry(i)}>{ ui.try_another }</button>
                            }
                        </div>
                    </div>
                } else {
                    <div class="iop-turn-tools">
                        { rating_badge(words, choice.rating) }
                        <button type="button" class="iop-button iop-button-quiet" onclick={retry(i)}
                            aria-label={format!("{}: {}: {}", ui.try_again_here, said.speaker, said.line)}>{ ui.try_again_here }</button>
                    </div>
                }
            </>
        })
    });
    let current = (!*pending).then(|| play.current_decision(scene)).flatten();
    let current_words = current.map(|d| words.node(scene, d.id));
    let revealed = current.is_some_and(|d| *revealed_at == Some(d.id));
    let choice_words =
        |decision: &crate::core::refusal::Decision, c: &Choice| words.choice(scene, decision.id, c);

    html! {
        <div class="iop-step" data-view="play" data-scenario={scene.id} ref={chat_ref}>
            <h2 tabindex="-1">{ words.title(scene) }</h2>
            <p class="iop-lead">{ words.intro(scene) }</p>
            <div class="iop-chat" role="log" aria-live="polite">
                { for turns }
                if let (Some(decision), Some(said)) = (current, current_words) {
                    <div class="iop-turn iop-turn-them" data-node={decision.id} tabindex="-1" data-focus="">
                        if let Some(narration) = said.narration { <p class="iop-narration">{ narration }</p> }
                        <p><strong>{ said.speaker }{ ": " }</strong>{ said.line }</p>
                    </div>
                }
            </div>
            if let Some(decision) = current {
                <div class="iop-choices" role="group" aria-labelledby="iop-your-turn">
                    <h3 id="iop-your-turn">{ ui.your_turn }</h3>
                    { for decision.choices.iter().map(|c| html! {
                        <button type="button" class="iop-button iop-button-quiet iop-choice" data-choice={c.id} onclick={choose(c)}>{ choice_words(decision, c).0 }</button>
                    }) }
                </div>
                if config.counselor {
                    <div class="iop-demo-tools">
                        <p class="iop-discuss" data-discuss=""><strong>{ ui.discuss }{ ": " }</strong>{ words.node(scene, decision.id).discuss }</p>
                        <button type="button" class="iop-button iop-button-quiet" data-shortcut="reveal"
                            onclick={{
                                let (r, id) = (revealed_at.clone(), decision.id);
                                Callback::from(move |_| r.set((!revealed).then_some(id)))
                            }}>
                            { if revealed { ui.hide_all } else { ui.reveal_all } }
                        </button>
                        if revealed {
                            <ul class="iop-reveal" data-revealed="">
                                { for decision.choices.iter().map(|c| html! {
                                    <li data-reveal-choice={c.id}>
                                        <p><strong>{ choice_words(decision, c).0 }</strong>{ " " }{ rating_badge(words, c.rating) }</p>
                                        <p>{ choice_words(decision, c).1 }</p>
                                        if !c.uses.is_empty() { <p class="iop-muted">{ ui.uses }{ ": " }{ techniques(words, c.uses) }</p> }
                                        if !c.misses.is_empty() { <p class="iop-muted">{ ui.misses }{ ": " }{ techniques(words, c.misses) }</p> }
                                    </li>
                                }) }
                            </ul>
                        }
                    </div>
                }
            }
            if finished {
                if config.counselor { <p class="iop-panel" data-role-swap="">{ ui.role_swap }</p> }
                <DebriefView {scene} debrief={play.debrief(scene)}
                    suggestions={suggested_lines(scene, &play).into_iter().map(|c| words.choice_text(scene, c.id)).collect::<Vec<_>>()}
                    lines={props.lines.clone()}
                    on_lines={props.on_lines.clone()} />
                <div class="iop-nav">
                    <button type="button" class="iop-button iop-button-quiet" data-shortcut="previous" onclick={step_back.clone()}>{ ui.step_back }</button>
                    <button type="button" class="iop-button" onclick={again}>{ ui.play_again }</button>
                    <button type="button" class="iop-button iop-button-quiet" onclick={props.on_open_lines.clone()}>{ ui.lines_title }</button>
                    <button type="button" class="iop-button iop-button-quiet" onclick={props.on_list.clone()}>{ ui.to_list }</button>
                </div>
            } else {
                <div class="iop-nav">
                    <button type="button" class="iop-button iop-button-quiet" data-shortcut="previous" onclick={step_back}>{ ui.step_back }</button>
                    <button type="button" class="iop-button iop-button-quiet" onclick={props.on_list.clone()}>{ ui.to_list }</button>
                </div>
            }
        </div>
    }
}

#[derive(Properties)]
struct DebriefViewProps {
    scene: &'static Scenario,
    debrief: Debrief,
    suggestions: Vec<&'static str>,
    lines: RefusalLines,
    on_lines: Callback<RefusalLines>,
}

impl PartialEq for DebriefViewProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.scene, other.scene)
            && self.debrief == other.debrief
            && self.suggestions == other.suggestions
            && self.lines == other.lines
            && self.on_lines == other.on_lines
    }
}

/// What the person used and could add, each choice beside a strong one, and lines to keep.
#[component]
fn DebriefView(props: &DebriefViewProps) -> Html {
    let words = use_said::<RefusalWords>();
    let ui = &words.ui;
    let scene = props.scene;
    let d = &props.debrief;
    let keep = |text: &'static str| {
        let (lines, on_lines, scenario) =
            (props.lines.clone(), props.on_lines.clone(), d.scenario_id);
        Callback::from(move |_| {
            let mut next = lines.clone();
            if next.add(text, Some(scenario)).is_ok() {
                on_lines.emit(next);
            }
        })
    };
    html! {
        <section class="iop-debrief" data-debrief="">
            <h3 tabindex="-1" data-focus="">{ ui.debrief }</h3>
            if let Some(ending) = d.ending { <p class="iop-lead">{ words.node(scene, ending.id).debrief }</p> }
            if let Some(overall) = d.overall { <p data-overall={overall.id()}><strong>{ ui.overall }{ ": " }</strong>{ rating_badge(words, overall) }</p> }
            <h4>{ ui.used_heading }</h4>
            <ul>{ for d.used.iter().map(|t| html! {
                <li data-technique={t.id()}><strong>{ words.technique(*t).name }</strong>{ ": " }{ words.technique(*t).explanation }</li>
            }) }</ul>
            if !d.missed.is_empty() {
                <h4>{ ui.missed_heading }</h4>
                <ul>{ for d.missed.iter().map(|t| html! {
                    <li data-technique-missed={t.id()}><strong>{ words.technique(*t).name }</strong>{ ": " }{ words.technique(*t).explanation }</li>
                }) }</ul>
            }
            <h4>{ ui.steps_heading }</h4>
            <ol class="iop-compare">
                { for d.steps.iter().map(|s| html! {
                    <li>
                        <p class="iop-muted">{ words.node(scene, s.decision.id).speaker }{ ": " }{ words.node(scene, s.decision.id).line }</p>
                        <p>{ ui.you_chose }{ ": " }{ words.choice(scene, s.decision.id, s.chosen).0 }{ " " }{ rating_badge(words, s.chosen.rating) }</p>
                        if s.chose_strongest() { <p>{ ui.chose_strongest }</p> } else {
                            // Side by side, and why (CLINICAL.md 4): the weak choice's feedback, then the strong one's.
                            <p class="iop-muted" data-chosen-why="">{ ui.why_short }{ ": " }{ words.choice(scene, s.decision.id, s.chosen).1 }</p>
                            <p>{ ui.strong_choice }{ ": " }<strong>{ words.choice(scene, s.decision.id, s.strongest).0 }</strong></p>
                            <p data-strong-why="">{ ui.why_it_works }{ ": " }{ words.choice(scene, s.decision.id, s.strongest).1 }</p>
                        }
                    </li>
                }) }
            </ol>
            if !props.suggestions.is_empty() {
                <h4>{ ui.suggestions }</h4>
                <ul class="iop-simple-list">
                    { for props.suggestions.iter().map(|text| html! {
                        <li>
                            <span>{ *text }</span>
                            { super::lines::keep_button(ui, text, props.lines.contains(text), keep(text)) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
