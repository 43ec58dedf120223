use web_sys::{Document, Element, Node};

use crate::core::config::{call_href, WidgetConfig};
use crate::platform::words::shell_now;

/// Replaces `root`'s content with a calm message and the crisis and emergency numbers.
/// Built with DOM calls only (no Yew, no markup strings), because it runs when the app has
/// failed, and configured text must never become markup.
pub fn show_fatal_message(root: &Element, config: &WidgetConfig) -> Option<()> {
    let doc = root.owner_document()?;
    let words = shell_now(config.language);
    let crisis = &config.crisis_line;

    let panel = element(&doc, "section", None)?;
    panel.set_class_name("iop iop-fatal");
    panel.set_attribute("role", "alert").ok()?;
    add(&panel, element(&doc, "h2", Some(words.error_heading))?)?;
    add(&panel, element(&doc, "p", Some(words.error_body))?)?;

    let line = element(&doc, "p", None)?;
    line.set_attribute("data-contact", "crisis").ok()?;
    add(&line, element(&doc, "strong", Some(words.crisis_heading))?)?;
    add(&line, doc.create_text_node(&format!(": {} ", words.call)))?;
    add(&line, link(&doc, &call_href(&crisis.call), &crisis.call)?)?;
    // "Press 2 for Spanish" goes with the call, not after the text-message link.
    if let Some(note) = words.crisis_call_note(config) {
        add(&line, doc.create_text_node(&format!(" ({note})")))?;
    }
    if let Some((label, href)) = words.crisis_text(config) {
        add(&line, doc.create_text_node(" · "))?;
        add(&line, link(&doc, &href, &label)?)?;
    }
    add(
        &line,
        doc.create_text_node(&format!(" ({})", words.crisis_name(config))),
    )?;
    add(&panel, line)?;

    let emergency = element(&doc, "p", Some(&format!("{} ", words.emergency_call)))?;
    emergency.set_attribute("data-contact", "emergency").ok()?;
    add(
        &emergency,
        link(
            &doc,
            &call_href(&config.emergency_number),
            &config.emergency_number,
        )?,
    )?;
    add(&panel, emergency)?;

    root.replace_children_with_node_1(&panel);
    Some(())
}

fn add(parent: &Element, child: impl AsRef<Node>) -> Option<()> {
    parent.append_child(child.as_ref()).ok().map(|_| ())
}

fn element(doc: &Document, tag: &str, content: Option<&str>) -> Option<Element> {
    let el = doc.create_element(tag).ok()?;
    if content.is_some() {
        el.set_text_content(content);
    }
    Some(el)
}

fn link(doc: &Document, href: &str, label: &str) -> Option<Element> {
    let a = element(doc, "a", Some(label))?;
    a.set_attribute("href", href).ok()?;
    Some(a)
}
