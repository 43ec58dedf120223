//! A clinic's program-facts file (`program-facts`): fetched once per address for the page, from
//! the page's own origin only, and read by the core.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::core::expect::{read_facts_file, FactsFileProblem, ProgramFacts};

#[wasm_bindgen(module = "/src/platform/words.js")]
extern "C" {
    #[wasm_bindgen(js_name = fetchOwnText)]
    fn fetch_own_text(url: &str) -> js_sys::Promise;
}

/// What the file said: its valid facts and every problem (a file that could not be fetched is
/// one problem, and no facts).
pub type FactsFile = Rc<(ProgramFacts, Vec<FactsFileProblem>)>;

enum Entry {
    Loading(Vec<Rc<dyn Fn()>>),
    Ready(FactsFile),
}

thread_local! {
    static FILES: RefCell<HashMap<String, Entry>> = RefCell::new(HashMap::new());
}

/// The file at `address` if it has arrived; else None, and `changed` is called when it does.
pub fn get(address: &str, changed: impl Fn() + 'static) -> Option<FactsFile> {
    let start = FILES.with(|files| {
        let mut files = files.borrow_mut();
        match files.get_mut(address) {
            Some(Entry::Ready(file)) => Err(file.clone()),
            Some(Entry::Loading(waiting)) => {
                waiting.push(Rc::new(changed));
                Ok(false)
            }
            None => {
                files.insert(address.to_string(), Entry::Loading(vec![Rc::new(changed)]));
                Ok(true)
            }
        }
    });
    match start {
        Err(file) => Some(file),
        Ok(true) => {
            load(address.to_string());
            None
        }
        Ok(false) => None,
    }
}

fn load(address: String) {
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(fetch_own_text(&address)).await;
        let read = match text.ok().and_then(|t| t.as_string()) {
            Some(text) => read_facts_file(&text),
            None => (
                ProgramFacts::default(),
                vec![FactsFileProblem {
                    key: "",
                    value: address.clone(),
                    problem: "could not be fetched from this site (check the address, and that it is on the same site as the page).",
                }],
            ),
        };
        for problem in &read.1 {
            web_sys::console::warn_1(&format!("<iop-widget> {problem}").into());
        }
        let file = Rc::new(read);
        let waiting = FILES.with(|files| {
            match files
                .borrow_mut()
                .insert(address.clone(), Entry::Ready(file))
            {
                Some(Entry::Loading(waiting)) => waiting,
                _ => Vec::new(),
            }
        });
        for changed in waiting {
            changed();
        }
    });
}
