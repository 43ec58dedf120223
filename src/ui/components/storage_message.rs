use yew::prelude::*;

use crate::platform::store::{NotSaved, Notice};
use crate::ui::use_words;

#[derive(Properties, PartialEq)]
pub struct StorageMessageProps {
    pub notice: Notice,
    /// Offered for messages the person may close (an update from another tab).
    #[prop_or_default]
    pub on_dismiss: Option<Callback<Notice>>,
    /// The screen shows the form that unlocks locked data ([`super::LockedNotice`]), below.
    #[prop_or_default]
    pub unlock_below: bool,
}

/// Tells the person what happened to their saved data, and offers a kept copy for download.
#[component]
pub fn StorageMessage(props: &StorageMessageProps) -> Html {
    let words = use_words();
    let t = &words.device;
    let (kind, body, download): (&str, Html, Option<String>) = match &props.notice {
        Notice::Unavailable => ("unavailable", html! { words.storage_unavailable }, None),
        Notice::NotSaved(why) => {
            let (kind, text) = match why {
                NotSaved::Full => ("not-saved", t.not_saved_full),
                NotSaved::TooLarge => ("not-saved", t.not_saved_too_large),
                NotSaved::Protected => ("not-saved", t.not_saved_protected),
                NotSaved::ReadFailed => ("read-failed", t.not_saved_read_failed),
                NotSaved::Locked if props.unlock_below => ("locked", t.not_saved_locked_here),
                NotSaved::Locked => ("locked", t.not_saved_locked),
            };
            (kind, html! { text }, None)
        }
        Notice::Unreadable {
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
                html! { <>{ words.problem(problem) }{ " " }{ kept }</> },
                Some(raw.clone()),
            )
        }
        Notice::Merged {
            conflicts,
            kept_over_delete,
        } => {
            let mut text = t.merged.to_string();
            if *conflicts > 0 {
                text = format!("{text} {}", t.merged_conflicts);
            }
            if *kept_over_delete > 0 {
                text = format!("{text} {}", t.kept_over_delete);
            }
            ("merged", html! { text }, None)
        }
    };
    let on_download = download.map(|raw| {
        Callback::from(move |_| {
            crate::platform::download("iop-widget-saved-data.txt", "text/plain", &raw)
        })
    });
    let dismiss = props.on_dismiss.clone().map(|cb| {
        let notice = props.notice.clone();
        Callback::from(move |_| cb.emit(notice.clone()))
    });
    // In a region on the page before it: shown as a screen opens, above the heading that takes
    // focus, it would otherwise go unheard.
    html! {
        <super::Live>
            <div class="iop-notice" data-storage-notice={kind}>
                <p>{ body }</p>
                if let Some(onclick) = on_download {
                    <button type="button" class="iop-button iop-button-quiet" {onclick}>{ words.storage_download_copy }</button>
                }
                if let Some(onclick) = dismiss {
                    <button type="button" class="iop-button iop-button-quiet" {onclick}>{ t.dismiss }</button>
                }
            </div>
        </super::Live>
    }
}
