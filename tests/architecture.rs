//! Keeps the architecture honest: the core and the content readers stay free of browser code, so they
//! build and test natively.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

const BROWSER_CRATES: [&str; 6] = [
    "yew",
    "web_sys",
    "gloo",
    "wasm_bindgen",
    "js_sys",
    "crate::platform",
];

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn core_and_content_import_nothing_from_the_browser() {
    let mut files = Vec::new();
    rust_files(Path::new("src/core"), &mut files);
    rust_files(Path::new("src/content"), &mut files);
    assert!(
        files.len() >= 4,
        "expected the core and content modules, found {files:?}"
    );
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        for (n, line) in source.lines().enumerate() {
            for name in BROWSER_CRATES {
                let uses =
                    line.contains(&format!("{name}::")) || line.contains(&format!("use {name}"));
                assert!(
                    !uses,
                    "{}:{} uses {name}; the core must stay browser-free",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}
