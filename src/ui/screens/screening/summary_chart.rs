use yew::prelude::*;

use crate::content::ScreeningText;
use crate::core::screening::questionnaire::Dimension;
use crate::core::screening::Concern;
use crate::ui::use_said;

#[derive(Properties, PartialEq)]
pub struct SummaryChartProps {
    pub levels: Vec<(Dimension, Option<Concern>)>,
}

/// Six rows, one per dimension: its name, a three-step bar and the bar's word, so the picture
/// never relies on colour alone. Text, not an SVG picture: it wraps on a narrow phone, grows with
/// large text and takes a reader's own spacing (WCAG 1.4.10, 1.4.12), and a screen reader reads
/// each row as it is. The "Why" list below it is the same information in sentences.
#[component]
pub fn SummaryChart(props: &SummaryChartProps) -> Html {
    let text = use_said::<ScreeningText<'static>>();
    html! {
        <ul class="iop-chart">
            { for props.levels.iter().map(|(dimension, concern)| {
                let filled = match concern {
                    None | Some(Concern::Strength) | Some(Concern::Mild) => 1,
                    Some(Concern::Moderate) => 2,
                    Some(Concern::High) => 3,
                };
                let level = match concern {
                    Some(Concern::High) => "high",
                    Some(Concern::Moderate) => "moderate",
                    Some(Concern::Mild) => "mild",
                    _ => "low",
                };
                html! {
                    <li class={format!("iop-chart-row iop-chart-{level}")} data-dimension={dimension.id()}>
                        <span class="iop-chart-label">{ text.dimension(*dimension) }<span class="iop-sr">{ ": " }</span></span>
                        <span class="iop-chart-bar" aria-hidden="true">
                            { for (0..3).map(|step| html! {
                                <span class={if step < filled { "iop-chart-on" } else { "iop-chart-off" }}></span>
                            }) }
                        </span>
                        <span class="iop-chart-word">{ concern.map_or(text.ui.nothing_to_note, |c| text.concern(c)) }</span>
                    </li>
                }
            }) }
        </ul>
    }
}
