//! Every browser side effect lives here: mounting into a shadow root, quick exit, and the calm
//! message shown if the app itself fails. Screens call these; the core never does.

pub mod facts;
mod fatal;
mod host;
mod mount;
pub mod store;
pub mod words;

pub use fatal::show_fatal_message;
pub use host::Host;
pub use mount::{mount, mount_into, restart_others, start, unmount};

use crate::core::host_event::HostEvent;

/// Replaces the whole page with a neutral site. Before leaving, every widget on the page is
/// emptied and what they hold in memory is dropped, so a page restored from the back-forward
/// cache shows nothing of it. `replace` keeps the widget's page out of the back button; it
/// cannot erase browser history, and the text says so.
pub fn quick_exit(host: &Host, url: &str) {
    host.send(&HostEvent::QuickExit);
    // Locked again too: a page that stays (below) must not open saved data unasked.
    store::Store::page().lock_now();
    mount::empty_all();
    let Some(window) = web_sys::window() else {
        return;
    };
    // An address the browser refuses must not leave the person on the page, every widget
    // emptied: the default neutral site instead.
    fn leave(location: web_sys::Location, url: &str) -> bool {
        location.replace(url).is_ok()
            || location
                .replace(crate::core::config::DEFAULT_EXIT_URL)
                .is_ok()
    }
    // In a frame (a site builder's embed block), the whole tab is replaced where the browser
    // allows it; if it does not (a sandboxed frame), the frame at least, a moment later.
    let top = window.top().ok().flatten().filter(|top| top != &window);
    match top {
        Some(top) if leave(top.location(), url) => {
            let url = url.to_owned();
            gloo::timers::callback::Timeout::new(300, move || {
                if let Some(window) = web_sys::window() {
                    leave(window.location(), &url);
                }
            })
            .forget();
        }
        _ => {
            leave(window.location(), url);
        }
    }
    // Still here a few seconds on, and not on the way out (a slow network): the host page held
    // the exit ("Leave site?", Stay). Each widget starts again, empty, with its crisis numbers.
    let leaving = std::rc::Rc::new(std::cell::Cell::new(false));
    let heard = leaving.clone();
    gloo::events::EventListener::once(&window, "pagehide", move |_| heard.set(true)).forget();
    gloo::timers::callback::Timeout::new(3_000, move || {
        if !leaving.get() {
            mount::restart_all();
        }
    })
    .forget();
}

/// A page left for another (a link, a typed address) may be kept whole in the browser's
/// back-forward cache, and Back would then show the next person on this device what this one
/// entered. Such a page is left as a reload would find it: nothing held in memory, saved data
/// locked again if it has a passphrase, every widget at its start.
fn on_page_hide(event: &web_sys::Event) {
    let kept = js_sys::Reflect::get(event, &"persisted".into())
        .ok()
        .and_then(|persisted| persisted.as_bool())
        .unwrap_or(false);
    if !kept {
        return;
    }
    // "Lock now" is exactly that: it forgets the key and everything held in memory.
    if let Some(page) = store::Store::page_if_made() {
        page.lock_now();
    }
    mount::restart_all();
}

/// The host page's language (`<html lang>`), then the browser's, in order of preference.
pub fn page_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let mut tags = Vec::new();
    if let Some(lang) = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
    {
        tags.push(lang);
    }
    for tag in window.navigator().languages().iter() {
        if let Some(tag) = tag.as_string() {
            tags.push(tag);
        }
    }
    tags
}

/// Resolves in the task after the next frame, once the browser has painted; a zero timeout alone
/// usually runs before the paint and holds it back. A hidden tab draws no frames: there, after
/// 50 ms, so a save is never held for long.
pub async fn after_paint() {
    let tick = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
        let later = window.clone();
        let painted = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = later.set_timeout_with_callback(&resolve);
        });
        let _ = window.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&painted));
    });
    let _ = wasm_bindgen_futures::JsFuture::from(tick).await;
}

/// Opens the browser's print dialog (the widget's print styles show only the result).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Offers `content` to the person as a file download. Nothing leaves the device: the file is
/// made in the browser from a Blob.
pub fn download(filename: &str, mime: &str, content: &str) {
    use wasm_bindgen::JsCast;
    let run = || -> Option<()> {
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&content.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(filename);
        link.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    let _ = run();
}

/// Reads a file the person chose, as text (None if it cannot be read). Files are read in the
/// browser; nothing is uploaded.
pub fn read_file(file: web_sys::File, done: impl FnOnce(Option<String>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        done(text.ok().and_then(|value| value.as_string()));
    });
}
