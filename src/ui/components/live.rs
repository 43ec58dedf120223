use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LiveProps {
    #[prop_or_default]
    pub children: Html,
    /// Shown at once, unannounced, when it is there as the screen opens (a standing reminder,
    /// not news); what later changes in it is still read.
    #[prop_or_default]
    pub quiet_at_start: bool,
}

/// A polite live region that is on the page, empty, before its message arrives. Screen readers
/// read a message put into a region they already know; one that comes with its region, as a
/// notice does when a screen opens or a choice is made, is often not read at all.
#[component]
pub fn Live(props: &LiveProps) -> Html {
    let filled = use_state(|| props.quiet_at_start);
    {
        let filled = filled.clone();
        use_effect_with((), move |_| {
            if *filled {
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                // Two frames on: the empty region must have reached the accessibility tree.
                crate::platform::after_paint().await;
                crate::platform::after_paint().await;
                filled.set(true);
            });
        });
    }
    html! {
        <div role="status" class="iop-live">
            if *filled { { props.children.clone() } }
        </div>
    }
}
