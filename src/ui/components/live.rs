use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LiveProps {
    #[prop_or_default]
    pub children: Html,
}

/// A polite live region that is on the page, empty, before its message arrives. Screen readers
/// read a message put into a region they already know; one that comes with its region, as a
/// notice does when a screen opens or a choice is made, is often not read at all.
#[component]
pub fn Live(props: &LiveProps) -> Html {
    let filled = use_state(|| false);
    {
        let filled = filled.clone();
        use_effect_with((), move |_| {
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
