use yew::prelude::*;

use crate::core::config::call_href;
use crate::ui::{use_config, use_words};

/// The crisis line, the emergency number and the clinic's contact, on every screen. Only
/// numbers the host gave (or the region's crisis and emergency lines) are shown.
#[component]
pub fn ContactFooter() -> Html {
    let config = use_config();
    let words = use_words();
    let crisis = &config.crisis_line;
    let text_line = words.crisis_text(&config).map(|(label, href)| {
        html! {
            <>{ " · " }<a class="iop-link-target" {href}>{ label }</a></>
        }
    });
    html! {
        <footer class="iop-footer">
            <p class="iop-crisis" data-contact="crisis">
                <strong>{ words.crisis_heading }</strong>{ ": " }
                <a class="iop-link-target" href={call_href(&crisis.call)}>{ words.call }{ " " }{ &crisis.call }</a>
                // How to reach the line in this language belongs to the call ("press 2"), not
                // to the text-message link after it.
                if let Some(note) = words.crisis_call_note(&config) { { format!(" ({note})") } }
                { for text_line }
                { " (" }{ words.crisis_name(&config) }{ ")" }
            </p>
            <p data-contact="emergency">
                <a class="iop-link-target" href={call_href(&config.emergency_number)}>
                    { words.emergency_call }{ " " }{ &config.emergency_number }
                </a>
            </p>
            if config.clinic.name.is_some() || config.clinic.phone.is_some() {
                // No name: "Talk to us: Call (555) ...", not "the clinic · Call".
                <p data-contact="clinic">
                    <strong>{ words.contact_heading }</strong>{ ": " }
                    if let Some(name) = &config.clinic.name {
                        { name }
                    }
                    if let Some(phone) = &config.clinic.phone {
                        if config.clinic.name.is_some() {
                            { " · " }
                        }
                        <a class="iop-link-target" href={call_href(phone)}>{ words.clinic_call }{ " " }{ phone }</a>
                    }
                </p>
            }
            <p class="iop-muted">{ words.quick_exit_hint }</p>
        </footer>
    }
}
