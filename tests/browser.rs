//! Component tests in headless Chromium: the shell as a person meets it.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use iop_widget::core::config::{CrisisLine, WidgetConfig};
use iop_widget::core::exercise::Exercise;
use iop_widget::platform;
use iop_widget::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// English's words, given to the widget as if fetched (the test server has no content files).
fn provide_english() {
    use iop_widget::content::Part;
    use iop_widget::platform::words::provide;
    let english = iop_widget::core::config::Language::ENGLISH;
    use iop_widget::content::{ExpectWords, RefusalWords, ScreeningText, TriggerWords};
    let screening = include_str!("../content/en/screening.json");
    let refusal = include_str!("../content/en/refusal.json");
    let triggers = include_str!("../content/en/triggers.json");
    let expect = include_str!("../content/en/expect.json");
    provide::<ScreeningText>(english, Part::Screening, screening).expect("English screening reads");
    provide::<RefusalWords>(english, Part::Refusal, refusal).expect("English refusal reads");
    provide::<TriggerWords>(english, Part::Triggers, triggers).expect("English triggers read");
    provide::<ExpectWords>(english, Part::Expect, expect).expect("English what-to-expect reads");
}

async fn render(config: WidgetConfig) -> Element {
    provide_english();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        config: Rc::new(config),
        problems: Default::default(),
        host: platform::Host::none(),
        // Tests keep to memory: a private store never touches the device.
        store: platform::store::Store::private(),
        ordinal: 1,
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

fn text_of(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn hrefs(root: &Element) -> Vec<String> {
    all(root, "a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect()
}

async fn click(root: &Element, selector: &str) {
    find(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn home_offers_the_four_exercises_and_the_privacy_promise() {
    let root = render(WidgetConfig::default()).await;
    let exercises: Vec<_> = all(&root, "[data-exercise]")
        .iter()
        .map(|e| e.get_attribute("data-exercise").unwrap())
        .collect();
    assert_eq!(
        exercises,
        [
            "screening",
            "refusal-skills",
            "trigger-map",
            "what-to-expect"
        ]
    );
    assert!(text_of(&root, "h2").contains("intensive outpatient program"));
    assert!(root
        .text_content()
        .unwrap()
        .contains("Everything you enter stays on this device."));
    // Each button says which exercise it starts, so it reads well out of context.
    let starts: Vec<_> = all(&root, ".iop-card button")
        .iter()
        .map(|b| b.text_content().unwrap())
        .collect();
    assert_eq!(
        starts,
        [
            "Start the self-check",
            "Start practising",
            "Start my map",
            "Read what to expect"
        ]
    );
}

#[wasm_bindgen_test]
async fn quick_exit_and_crisis_line_are_on_every_screen() {
    let mut config = WidgetConfig::default();
    config.clinic.phone = Some("(555) 010-0199".into());
    let root = render(config).await;
    for exercise in [
        "screening",
        "refusal-skills",
        "trigger-map",
        "what-to-expect",
    ] {
        assert_eq!(text_of(&root, "[data-action=quick-exit]"), "Quick exit");
        let links = hrefs(&root);
        for expected in ["tel:988", "sms:988", "tel:911", "tel:5550100199"] {
            assert!(
                links.iter().any(|h| h == expected),
                "{expected} missing on {exercise}: {links:?}"
            );
        }
        click(&root, &format!("[data-exercise={exercise}] button")).await;
        assert_eq!(
            find(&root, ".iop-screen [data-exercise]")
                .get_attribute("data-exercise")
                .unwrap(),
            exercise
        );
        assert_eq!(text_of(&root, "[data-action=quick-exit]"), "Quick exit");
        assert!(hrefs(&root).iter().any(|h| h == "tel:988"));
        click(&root, "[data-action=home]").await;
    }
}

#[wasm_bindgen_test]
async fn moving_between_screens_focuses_the_new_heading_and_leaves_the_url_alone() {
    let before = web_sys::window().unwrap().location().href().unwrap();
    let history_length = web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .length()
        .unwrap();
    if let Some(active) = document().active_element() {
        active.dyn_into::<HtmlElement>().unwrap().blur().unwrap();
    }
    let root = render(WidgetConfig::default()).await;
    // First load must not steal focus from the host page.
    let heading_focused = || {
        let active = document().active_element();
        active.is_some_and(|a| a.tag_name() == "H2" && root.contains(Some(&a)))
    };
    assert!(!heading_focused());

    click(&root, "[data-exercise=trigger-map] button").await;
    assert!(text_of(&root, "h2").contains("My trigger map"));
    assert!(
        heading_focused(),
        "focus should land on the new screen's heading"
    );

    click(&root, "[data-action=home]").await;
    assert!(find(&root, "[data-exercise=screening]").is_object());
    assert!(heading_focused());

    assert_eq!(
        web_sys::window().unwrap().location().href().unwrap(),
        before
    );
    assert_eq!(
        web_sys::window()
            .unwrap()
            .history()
            .unwrap()
            .length()
            .unwrap(),
        history_length
    );
}

fn other_country() -> WidgetConfig {
    let mut config = WidgetConfig::default();
    config.clinic.name = Some("Harbour Recovery".into());
    config.clinic.phone = Some("+44 20 7946 0958".into());
    config.crisis_line = CrisisLine {
        label: Some("Samaritans <b>24/7</b>".into()),
        call: "116 123".into(),
        text: None,
        text_keyword: None,
        text_is_preset: false,
        call_is_preset: false,
    };
    config.emergency_number = "999".into();
    config
}

#[wasm_bindgen_test]
async fn the_clinics_own_contacts_replace_the_defaults() {
    let root = render(other_country()).await;
    let links = hrefs(&root);
    assert!(links.contains(&"tel:116123".to_string()));
    assert!(links.contains(&"tel:999".to_string()));
    assert!(links.contains(&"tel:+442079460958".to_string()));
    assert!(
        !links.iter().any(|h| h.starts_with("sms:")),
        "no text link when the line takes no texts"
    );
    assert!(text_of(&root, ".iop-brand").contains("Harbour Recovery"));
    // Configured text is text, never markup.
    assert!(all(&root, "b").is_empty());
    assert!(root
        .text_content()
        .unwrap()
        .contains("Samaritans <b>24/7</b>"));
}

#[wasm_bindgen_test]
fn the_failure_message_shows_the_crisis_line_as_plain_text() {
    let root = document().create_element("div").unwrap();
    root.set_inner_html("<p>half-drawn screen</p>");
    platform::show_fatal_message(&root, &other_country()).unwrap();
    assert_eq!(find(&root, "[role=alert]").tag_name(), "SECTION");
    let content = root.text_content().unwrap();
    assert!(content.contains("Something went wrong"));
    assert!(!content.contains("half-drawn"));
    assert!(content.contains("Samaritans <b>24/7</b>"));
    assert!(all(&root, "b").is_empty());
    assert_eq!(hrefs(&root), ["tel:116123", "tel:999"]);
}

#[wasm_bindgen_test]
async fn mounting_renders_inside_an_open_shadow_root_with_styles() {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    platform::mount_into(&host, WidgetConfig::default(), vec![]).unwrap();
    yew::scheduler::flush().await;
    let shadow = host.shadow_root().expect("an open shadow root");
    assert!(
        host.child_element_count() == 0,
        "nothing is added to the host's light DOM"
    );
    let section = shadow
        .query_selector("section.iop")
        .unwrap()
        .expect("the widget inside the shadow root");
    assert!(section.text_content().unwrap().contains("Quick exit"));
    let sheets = js_sys::Reflect::get(&shadow, &"adoptedStyleSheets".into()).unwrap();
    assert_eq!(
        js_sys::Array::from(&sheets).length(),
        1,
        "the widget's stylesheet is adopted"
    );
}

#[wasm_bindgen_test]
async fn a_clinic_can_offer_fewer_exercises_and_open_one_first() {
    let config = WidgetConfig {
        exercises: vec![Exercise::TriggerMap, Exercise::Screening],
        start: Some(Exercise::Screening),
        ..WidgetConfig::default()
    };
    let root = render(config).await;
    assert!(text_of(&root, "h2").contains("Could an intensive outpatient program fit me?"));
    click(&root, "[data-action=home]").await;
    let offered: Vec<_> = all(&root, ".iop-card")
        .iter()
        .map(|e| e.get_attribute("data-exercise").unwrap())
        .collect();
    assert_eq!(offered, ["trigger-map", "screening"]);
}

/// Mounts through the JS API with a config object, as a framework-built page would.
async fn mount_with(config: &[(&str, &str)]) -> (Element, u32) {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let object = js_sys::Object::new();
    for (key, value) in config {
        js_sys::Reflect::set(&object, &(*key).into(), &(*value).into()).unwrap();
    }
    let id = platform::mount(host.clone(), object.into());
    yew::scheduler::flush().await;
    (host, id)
}

fn shadow(host: &Element) -> Element {
    host.shadow_root().unwrap().first_element_child().unwrap()
}

#[wasm_bindgen_test]
async fn a_mistake_in_the_configuration_is_shown_inside_the_widget() {
    let (host, _) = mount_with(&[("clinic-phone", "call us"), ("crisis-call", "116 123")]).await;
    let widget = shadow(&host);
    let problem = find(&widget, "[data-setup-problem]");
    assert!(problem
        .text_content()
        .unwrap()
        .contains("clinic-phone=\"call us\""));
    assert!(
        all(&widget, ".iop-card").is_empty(),
        "no exercises while misconfigured"
    );
    // The contacts it did understand are still there.
    assert!(hrefs(&widget).contains(&"tel:116123".to_string()));
    assert!(find(&widget, "[data-action=quick-exit]").is_object());
}

#[wasm_bindgen_test]
async fn host_events_cross_the_shadow_root_with_ids_only() {
    use std::cell::RefCell;
    use wasm_bindgen::closure::Closure;
    let seen: Rc<RefCell<Vec<(String, String)>>> = Rc::default();
    let record = {
        let seen = seen.clone();
        Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            let detail = js_sys::JSON::stringify(&e.detail())
                .unwrap()
                .as_string()
                .unwrap();
            seen.borrow_mut().push((e.type_(), detail));
        })
    };
    // Listening on the document proves the events bubble out of the shadow root (composed).
    for name in ["iop:ready", "iop:exercise-start"] {
        document()
            .add_event_listener_with_callback(name, record.as_ref().unchecked_ref())
            .unwrap();
    }
    let (host, id) = mount_with(&[]).await;
    click(&shadow(&host), "[data-exercise=refusal-skills] button").await;
    for name in ["iop:ready", "iop:exercise-start"] {
        document()
            .remove_event_listener_with_callback(name, record.as_ref().unchecked_ref())
            .unwrap();
    }
    assert_eq!(
        *seen.borrow(),
        [
            ("iop:ready".into(), "{}".into()),
            (
                "iop:exercise-start".into(),
                r#"{"exercise":"refusal-skills"}"#.into()
            )
        ]
    );
    platform::unmount(id);
    assert_eq!(
        host.shadow_root().unwrap().child_element_count(),
        0,
        "unmount clears the widget"
    );
}

#[wasm_bindgen_test]
async fn mount_takes_numbers_and_reports_other_non_text_values() {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let config = js_sys::Object::new();
    js_sys::Reflect::set(&config, &"crisis-call".into(), &116123.into()).unwrap();
    js_sys::Reflect::set(&config, &"clinic-name".into(), &true.into()).unwrap();
    platform::mount(host.clone(), config.into());
    yew::scheduler::flush().await;
    let widget = shadow(&host);
    assert!(
        hrefs(&widget).contains(&"tel:116123".to_string()),
        "a number is a number to call"
    );
    let problem = find(&widget, "[data-setup-problem]")
        .text_content()
        .unwrap();
    assert!(
        problem.contains("clinic-name"),
        "a boolean is reported, not ignored: {problem}"
    );
}

/// The trigger map works its plan out again only when the store's revision moves (issue 14):
/// every change to the data must move it, or a screen would show what was there before.
#[wasm_bindgen_test]
fn every_change_to_the_store_moves_its_revision() {
    use iop_widget::core::triggers::synced;
    use iop_widget::core::triggers::{Category, Edit, Plan, TriggerDraft, TriggerPlan};
    use iop_widget::platform::store::Store;

    let store = Store::private();
    let plan_of = |store: &Store| store.read_with::<TriggerPlan, _>(synced::from_doc);
    let empty = plan_of(&store);
    let read_in = store.revision();

    let mut plan = Plan::default();
    plan.apply(Edit::AddTrigger(TriggerDraft::new(
        "Payday",
        Category::TimesAndEvents,
    )))
    .unwrap();
    let replica = store.replica();
    store.update::<TriggerPlan>(|doc| synced::replace(doc, &plan, replica, 1));
    let changed = store.revision();
    assert_ne!(changed, read_in, "an edit moves the revision");
    assert_ne!(plan_of(&store), empty);

    store.update::<TriggerPlan>(|doc| synced::replace(doc, &plan, replica, 2));
    assert_eq!(
        store.revision(),
        changed,
        "an edit that changes nothing leaves it"
    );

    store.forget_all();
    assert_ne!(
        store.revision(),
        changed,
        "quick exit's forgetting moves it"
    );
    assert_eq!(plan_of(&store), empty, "and the plan is read afresh, empty");
}
