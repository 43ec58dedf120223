use yew::prelude::*;

use crate::content::ScreeningText;
use crate::core::screening::questionnaire::Dimension;
use crate::core::screening::Concern;
use crate::ui::use_said;

#[derive(Properties, PartialEq)]
pub struct SummaryChartProps {
    pub levels: Vec<(Dimension, Option<Concern>)>,
}

/// Each row: the dimension's name above, the bar and its words below; narrow enough for phones.
const ROW: i32 = 48;

/// Six rows, one per dimension, each a three-step bar with its words beside it, so the picture
/// never relies on colour alone. The "Why" list below it is the same information as text.
#[component]
pub fn SummaryChart(props: &SummaryChartProps) -> Html {
    let text = use_said::<ScreeningText<'static>>();
    let height = ROW * props.levels.len() as i32;
    let description: Vec<String> = props
        .levels
        .iter()
        .map(|(d, c)| {
            format!(
                "{}: {}",
                text.dimension(*d),
                c.map_or(text.ui.nothing_to_note, |c| text.concern(c))
            )
        })
        .collect();
    html! {
        <svg class="iop-chart" viewBox={format!("0 0 300 {height}")} role="img" focusable="false">
            <title>{ description.join("; ") }</title>
            { for props.levels.iter().enumerate().map(|(i, (dimension, concern))| {
                let y = i as i32 * ROW;
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
                    <g class={format!("iop-chart-row iop-chart-{level}")} data-dimension={dimension.id()}>
                        <text x="0" y={(y + 15).to_string()} class="iop-chart-label">{ text.dimension(*dimension) }</text>
                        { for (0..3).map(|step| html! {
                            <rect
                                x={(step * 30).to_string()} y={(y + 22).to_string()} width="26" height="14" rx="3"
                                class={if step < filled { "iop-chart-on" } else { "iop-chart-off" }}
                            />
                        }) }
                        <text x="100" y={(y + 34).to_string()} class="iop-chart-word">
                            { concern.map_or(text.ui.nothing_to_note, |c| text.concern(c)) }
                        </text>
                    </g>
                }
            }) }
        </svg>
    }
}
