use yew::prelude::*;

use crate::core::config::{call_href, text_href};
use crate::ui::{use_config, use_text};

/// The clinic's contact, the crisis line and the emergency number, on every screen.
#[component]
pub fn ContactFooter() -> Html {
    let config = use_config();
    let words = use_text();
    let crisis = &config.crisis_line;
    html! {
        <footer class="iop-footer">
            <p class="iop-crisis" data-contact="crisis">
                <strong>{ words.crisis_heading }</strong>{ ": " }
                { words.call }{ " " }<a href={call_href(&crisis.call)}>{ &crisis.call }</a>
                { for crisis.text.as_ref().map(|number| html! {
                    <>{ " · " }{ words.text }{ " " }<a href={text_href(number)}>{ number }</a></>
                }) }
                { " (" }{ &crisis.label }{ ")" }
            </p>
            <p data-contact="emergency">
                { words.emergency_call }{ " " }
                <a href={call_href(&config.emergency_number)}>{ &config.emergency_number }</a>
            </p>
            <p data-contact="clinic">
                <strong>{ words.contact_heading }</strong>{ ": " }{ &config.clinic.name }{ " · " }
                { words.clinic_call }{ " " }<a href={call_href(&config.clinic.phone)}>{ &config.clinic.phone }</a>
            </p>
            <p class="iop-muted">{ words.quick_exit_hint }</p>
        </footer>
    }
}
