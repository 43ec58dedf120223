//! The build's minifiers change nothing but comments and meaningless whitespace.
include!("../build/minify.rs");

const CSS: &str = include_str!("../styles/widget.css");
const SHELL: &str = include_str!("../content/en/shell.json");

fn without_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = &rest[start + rest[start..].find("*/").unwrap() + 2..];
    }
    out + rest
}

#[test]
fn the_stylesheet_keeps_every_rule_and_word_boundary() {
    let min = minify_css(CSS);
    assert!(min.len() * 10 < CSS.len() * 8, "at least a fifth smaller");
    let squeeze = |s: &str| s.split_whitespace().collect::<String>().replace(";}", "}");
    assert_eq!(squeeze(&without_comments(CSS)), squeeze(&min));
    // Where whitespace separates words it stays: descendant selectors, value lists.
    assert!(min.contains(".iop *,.iop *::before"));
    assert!(min.contains("font-family:var(--iop-font,system-ui,"));
    assert_eq!(
        minify_css("a :hover { margin: 0 auto ; }\n/* x */ b>c{x:1}"),
        "a :hover{margin:0 auto}b>c{x:1}"
    );
}

#[test]
fn the_shell_words_read_the_same() {
    let min = minify_json(SHELL);
    assert!(min.len() < SHELL.len());
    let a: serde_json::Value = serde_json::from_str(SHELL).unwrap();
    let b: serde_json::Value = serde_json::from_str(&min).unwrap();
    assert_eq!(a, b);
    assert_eq!(
        minify_json(r#"{ "a b": "c \" d" , "e" : [ 1 , 2 ] }"#),
        r#"{"a b":"c \" d","e":[1,2]}"#
    );
}
