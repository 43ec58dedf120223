//! Minified copies of what is compiled into the first-screen module, where every byte is
//! downloaded before the widget shows: its stylesheet and English's shell words.
include!("build/minify.rs");

type Minify = fn(&str) -> String;

fn main() {
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let files: [(&str, &str, Minify); 2] = [
        ("styles/widget.css", "widget.css", minify_css),
        ("content/en/shell.json", "shell.json", minify_json),
    ];
    for (source, name, minify) in files {
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
        std::fs::write(out.join(name), minify(&text)).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}
