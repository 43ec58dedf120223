use yew::prelude::*;

use crate::platform::storage::StorageNotice;
use crate::ui::use_text;

#[derive(Properties, PartialEq)]
pub struct StorageMessageProps {
    pub notice: StorageNotice,
}

/// Tells the person what happened to their saved data, and offers the kept copy for download.
#[component]
pub fn StorageMessage(props: &StorageMessageProps) -> Html {
    let words = use_text();
    let (kind, body, download) = match &props.notice {
        StorageNotice::Unavailable => ("unavailable", html! { words.storage_unavailable }, None),
        StorageNotice::NotSaved(why) => ("not-saved", html! { why.clone() }, None),
        StorageNotice::Unreadable {
            problem,
            raw,
            backup,
        } => {
            let kept = if backup.is_some() {
                words.storage_copy_kept
            } else {
                words.storage_left_untouched
            };
            (
                "unreadable",
                html! { <>{ problem.to_string() }{ " " }{ kept }</> },
                Some(raw.clone()),
            )
        }
    };
    let on_download = download.map(|raw| {
        Callback::from(move |_| {
            crate::platform::download("iop-widget-saved-data.txt", "text/plain", &raw)
        })
    });
    html! {
        <div class="iop-notice" role="status" data-storage-notice={kind}>
            <p>{ body }</p>
            if let Some(onclick) = on_download {
                <button type="button" class="iop-button iop-button-quiet" {onclick}>{ words.storage_download_copy }</button>
            }
        </div>
    }
}
