use yew::prelude::*;

use crate::content::ScreeningText;
use crate::core::screening::questionnaire::Interrupt;
use crate::core::screening::Action;
use crate::ui::components::CrisisActions;
use crate::ui::use_said;

#[derive(Properties, PartialEq)]
pub struct InterruptPanelProps {
    pub kind: Interrupt,
    /// The question whose answer called for the panel.
    pub after: &'static str,
    pub on_action: Callback<Action>,
}

/// Shown the moment a crisis or emergency answer is given, or a safety question is declined,
/// before any further question, with the configured numbers. The person may continue afterwards.
#[component]
pub fn InterruptPanel(props: &InterruptPanelProps) -> Html {
    let ui = &use_said::<ScreeningText<'static>>().ui;
    let (heading, body, go_on) = match props.kind {
        Interrupt::MedicalEmergency => (
            ui.emergency_heading,
            ui.emergency_body,
            ui.continue_after_interrupt,
        ),
        Interrupt::Crisis if props.after == "harm-others-now" => (
            ui.harm_others_heading,
            ui.harm_others_body,
            ui.continue_after_interrupt,
        ),
        Interrupt::Crisis => (
            ui.crisis_heading,
            ui.crisis_body,
            ui.continue_after_interrupt,
        ),
        Interrupt::SafetyDeclined => (
            ui.declined_heading,
            ui.declined_body,
            ui.continue_after_declined,
        ),
    };
    let emergency_first =
        props.kind == Interrupt::MedicalEmergency || props.after == "harm-others-now";
    html! {
        <div class={classes!("iop-step", "iop-interrupt", (props.kind == Interrupt::SafetyDeclined).then_some("iop-interrupt-gentle"))}
            data-step="interrupt" data-interrupt={props.kind.id()} data-after={props.after}>
            <h2 tabindex="-1">{ heading }</h2>
            <p class="iop-lead">{ body }</p>
            <CrisisActions {emergency_first} />
            <div class="iop-nav">
                <button type="button" class="iop-button iop-button-quiet" data-shortcut="previous" onclick={props.on_action.reform(|_| Action::Back)}>
                    { ui.back }
                </button>
                <button type="button" class="iop-button iop-button-quiet" data-shortcut="next" onclick={props.on_action.reform(|_| Action::Continue)}>
                    { go_on }
                </button>
            </div>
        </div>
    }
}
