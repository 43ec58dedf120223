//! Loads a language's words when they are first needed: a part (`content/<tag>/<part>.json`) is
//! fetched from next to the widget's files once, read, and kept for the page. English's shell is
//! compiled in. Every widget on the page shares what was loaded.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::content::json::Read;
use wasm_bindgen::prelude::*;

use crate::content::{self, Part, Shell};
use crate::core::config::Language;

#[wasm_bindgen(module = "/src/platform/words.js")]
extern "C" {
    #[wasm_bindgen(js_name = contentUrl)]
    fn content_url(tag: &str, file: &str) -> String;
    #[wasm_bindgen(js_name = fetchText)]
    fn fetch_text(url: &str) -> js_sys::Promise;
}

/// Where a part's words are.
pub enum Words<T: 'static> {
    Loading,
    Ready(&'static T),
    /// The file could not be fetched or read; `retry` may be called.
    Failed,
}

enum Entry {
    /// Requested; `read` is set once a screen asked for the words (a prefetch has none yet).
    Loading {
        waiting: Vec<Rc<dyn Fn()>>,
        read: Option<Reader>,
    },
    /// Fetched ahead of its screen; read when the screen first asks.
    Fetched(&'static str),
    Ready(&'static dyn Any),
    Failed,
}

thread_local! {
    static LOADED: RefCell<HashMap<(Language, Part), Entry>> = RefCell::new(HashMap::new());
}

/// English's shell, read once from the compiled-in file.
pub fn english_shell() -> &'static Shell<'static> {
    thread_local! {
        static SHELL: &'static Shell<'static> = Box::leak(Box::new(
            content::parse::<Shell<'static>>(content::ENGLISH_SHELL)
                .expect("English shell.json is checked by the content tests"),
        ));
    }
    SHELL.with(|s| *s)
}

/// The shell in `language` if it has already arrived, else English's: for messages that must
/// show at once (a failed start), never waiting on a request.
pub fn shell_now(language: Language) -> &'static Shell<'static> {
    LOADED
        .with(|l| match l.borrow().get(&(language, Part::Shell)) {
            Some(Entry::Ready(words)) => words.downcast_ref::<Shell<'static>>(),
            _ => None,
        })
        .unwrap_or_else(english_shell)
}

/// The words of `part` in `language`: ready, or on their way (`changed` is called when they
/// arrive or fail), or failed.
pub fn get<T>(language: Language, part: Part, changed: impl Fn() + 'static) -> Words<T>
where
    T: Read<'static> + 'static,
{
    if language == Language::ENGLISH && part == Part::Shell {
        if let Some(shell) = (english_shell() as &dyn Any).downcast_ref::<T>() {
            return Words::Ready(shell);
        }
    }
    let changed: Rc<dyn Fn()> = Rc::new(changed);
    let state = LOADED.with(|l| {
        let mut loaded = l.borrow_mut();
        if let Some(&Entry::Fetched(text)) = loaded.get(&(language, part)) {
            let what = format!("{}/{}", language.tag(), part.file());
            loaded.insert((language, part), settle(&what, keep::<T>(text)));
        }
        match loaded.get_mut(&(language, part)) {
            Some(Entry::Ready(words)) => Some(
                words
                    .downcast_ref::<T>()
                    .map_or(Words::Failed, Words::Ready),
            ),
            Some(Entry::Failed) => Some(Words::Failed),
            Some(Entry::Loading { waiting, read }) => {
                waiting.push(changed.clone());
                *read = Some(keep::<T>);
                Some(Words::Loading)
            }
            Some(Entry::Fetched(_)) => unreachable!("read above"),
            None => {
                loaded.insert(
                    (language, part),
                    Entry::Loading {
                        waiting: vec![changed.clone()],
                        read: Some(keep::<T>),
                    },
                );
                None
            }
        }
    });
    if let Some(state) = state {
        return state;
    }
    load(language, part);
    Words::Loading
}

/// Starts fetching a part before its screen asks for it (while the screen's code is fetched),
/// so the two requests run side by side rather than one after the other.
pub fn prefetch(language: Language, part: Part) {
    if part == Part::Shell && language == Language::ENGLISH {
        return;
    }
    let new = LOADED.with(|l| {
        let mut loaded = l.borrow_mut();
        if loaded.contains_key(&(language, part)) {
            return false;
        }
        let entry = Entry::Loading {
            waiting: Vec::new(),
            read: None,
        };
        loaded.insert((language, part), entry);
        true
    });
    if new {
        load(language, part);
    }
}

fn settle(what: &str, read: Result<&'static dyn Any, String>) -> Entry {
    match read {
        Ok(words) => Entry::Ready(words),
        Err(problem) => {
            web_sys::console::error_1(
                &format!("IOP widget: {what} could not be read: {problem}").into(),
            );
            Entry::Failed
        }
    }
}

/// Forgets a failed part, so the next `get` fetches it again.
pub fn retry(language: Language, part: Part) {
    LOADED.with(|l| {
        let mut loaded = l.borrow_mut();
        if matches!(loaded.get(&(language, part)), Some(Entry::Failed)) {
            loaded.remove(&(language, part));
        }
    });
}

/// Reads a file into `T`'s words, kept for the page. Each part's reader is instantiated where
/// that part is used, so a screen's reading code comes with the screen.
fn keep<T: Read<'static> + 'static>(source: &'static str) -> Result<&'static dyn Any, String> {
    let words = content::parse::<T>(source)?;
    Ok(Box::leak(Box::new(words)) as &'static dyn Any)
}

type Reader = fn(&'static str) -> Result<&'static dyn Any, String>;

/// Makes a part's words available without a request (for tests, which have no files to fetch).
pub fn provide<T: Read<'static> + 'static>(
    language: Language,
    part: Part,
    source: &'static str,
) -> Result<(), String> {
    let words = keep::<T>(source)?;
    LOADED.with(|l| l.borrow_mut().insert((language, part), Entry::Ready(words)));
    Ok(())
}

fn load(language: Language, part: Part) {
    let url = content_url(language.tag(), part.file());
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(fetch_text(&url))
            .await
            .ok()
            .and_then(|v| v.as_string());
        let waiting = LOADED.with(|l| {
            let mut loaded = l.borrow_mut();
            let (waiting, read) = match loaded.remove(&(language, part)) {
                Some(Entry::Loading { waiting, read }) => (waiting, read),
                // Provided meanwhile (tests): keep it.
                Some(other) => {
                    loaded.insert((language, part), other);
                    return Vec::new();
                }
                None => return Vec::new(),
            };
            let entry = match (text, read) {
                // Kept for the page: the words borrow from it.
                (Some(text), Some(read)) => settle(&url, read(Box::leak(text.into_boxed_str()))),
                (Some(text), None) => Entry::Fetched(Box::leak(text.into_boxed_str())),
                (None, _) => {
                    web_sys::console::error_1(
                        &format!("IOP widget: {url} could not be loaded").into(),
                    );
                    Entry::Failed
                }
            };
            loaded.insert((language, part), entry);
            waiting
        });
        for changed in waiting {
            changed();
        }
    });
}
