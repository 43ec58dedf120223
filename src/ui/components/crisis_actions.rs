use yew::prelude::*;

use crate::core::config::call_href;
use crate::ui::{use_config, use_words};

#[derive(Properties, PartialEq)]
pub struct CrisisActionsProps {
    /// Put the emergency number first (a medical emergency) rather than the crisis line.
    #[prop_or_default]
    pub emergency_first: bool,
}

/// Large call and text buttons for the crisis line and the emergency number.
#[component]
pub fn CrisisActions(props: &CrisisActionsProps) -> Html {
    let config = use_config();
    let words = use_words();
    let crisis = &config.crisis_line;
    let emergency = html! {
        <a class="iop-button iop-button-urgent" href={call_href(&config.emergency_number)} data-contact="emergency">
            { words.emergency_call }{ " " }{ &config.emergency_number }
        </a>
    };
    let crisis_links = html! {
        <>
            <a class="iop-button" href={call_href(&crisis.call)} data-contact="crisis-call">
                { words.call }{ " " }{ &crisis.call }
                // "Press 2 for Spanish" is said on the call it is about.
                if let Some(note) = words.crisis_call_note(&config) { { format!(" ({note})") } }
            </a>
            { for words.crisis_text(&config).map(|(label, href)| html! {
                <a class="iop-button" {href} data-contact="crisis-text">{ label }</a>
            }) }
        </>
    };
    html! {
        <div class="iop-actions">
            if props.emergency_first { { emergency.clone() } }
            { crisis_links }
            if !props.emergency_first { { emergency } }
            <p class="iop-muted iop-actions-note">{ words.crisis_name(&config) }</p>
        </div>
    }
}
