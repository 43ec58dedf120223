use yew::prelude::*;

use crate::content::screening;
use crate::core::screening::questionnaire::Interrupt;
use crate::core::screening::Action;
use crate::ui::components::CrisisActions;
use crate::ui::use_config;

#[derive(Properties, PartialEq)]
pub struct InterruptPanelProps {
    pub kind: Interrupt,
    pub on_action: Callback<Action>,
}

/// Shown the moment a crisis or emergency answer is given, before any further question, with
/// the configured numbers. The person may continue afterwards.
#[component]
pub fn InterruptPanel(props: &InterruptPanelProps) -> Html {
    let config = use_config();
    let text = screening(config.language);
    let emergency = props.kind == Interrupt::MedicalEmergency;
    let (heading, body, id) = if emergency {
        (
            text.ui.emergency_heading,
            text.ui.emergency_body,
            "medical-emergency",
        )
    } else {
        (text.ui.crisis_heading, text.ui.crisis_body, "crisis")
    };
    html! {
        <div class="iop-step iop-interrupt" data-step="interrupt" data-interrupt={id}>
            <h2 tabindex="-1">{ heading }</h2>
            <p class="iop-lead">{ body }</p>
            <CrisisActions emergency_first={emergency} />
            <div class="iop-nav">
                <button type="button" class="iop-button iop-button-quiet" data-shortcut="previous" onclick={props.on_action.reform(|_| Action::Back)}>
                    { text.ui.back }
                </button>
                <button type="button" class="iop-button iop-button-quiet" data-shortcut="next" onclick={props.on_action.reform(|_| Action::Continue)}>
                    { text.ui.continue_after_interrupt }
                </button>
            </div>
        </div>
    }
}
