use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use super::Host;
use crate::core::config::WidgetConfig;
use crate::ui::{App, AppProps};

/// The custom element's tag.
pub const ELEMENT_TAG: &str = "iop-widget";
// Minified by build.rs: it is part of the first download.
const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

#[wasm_bindgen(module = "/src/platform/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineWidgetElement)]
    fn define_widget_element(
        tag: &str,
        mount: &Closure<dyn Fn(HtmlElement) -> u32>,
        update: &Closure<dyn Fn(u32, HtmlElement)>,
        unmount: &Closure<dyn Fn(u32)>,
        attributes: Vec<JsValue>,
    );
    #[wasm_bindgen(js_name = adoptStyles)]
    fn adopt_styles(shadow_root: &ShadowRoot, css: &str);
    #[wasm_bindgen(js_name = keepExitInView)]
    fn keep_exit_in_view(shadow_root: &ShadowRoot);
    #[wasm_bindgen(js_name = keepFocusInside)]
    fn keep_focus_inside(shadow_root: &ShadowRoot);
}

struct Mounted {
    /// None until the first render returns: a panic during it still finds the root here.
    app: Option<AppHandle<App>>,
    /// The element the widget lives in (its shadow root's host).
    host: Element,
    root: Element,
    config: Rc<WidgetConfig>,
    problems: Rc<Vec<crate::core::config::ConfigError>>,
    store: super::store::Store,
    ordinal: u32,
}

impl Mounted {
    fn props(&self) -> AppProps {
        AppProps {
            config: self.config.clone(),
            problems: self.problems.clone(),
            host: Host::new(self.host.clone()),
            store: self.store.clone(),
            ordinal: self.ordinal,
        }
    }
}

thread_local! {
    // Every widget on the page shares this one wasm instance; each has an entry here.
    static MOUNTED: RefCell<HashMap<u32, Mounted>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

/// Runs once when the wasm module loads: installs the panic message and defines `<iop-widget>`.
pub fn start() {
    std::panic::set_hook(Box::new(on_panic));
    let mount = Closure::<dyn Fn(HtmlElement) -> u32>::new(|host: HtmlElement| {
        let attribute = |name: &str| host.get_attribute(name);
        mount_with(&host, attribute)
    });
    let update = Closure::<dyn Fn(u32, HtmlElement)>::new(|id, host: HtmlElement| {
        let attribute = |name: &str| host.get_attribute(name);
        update_with(id, attribute);
    });
    let unmount = Closure::<dyn Fn(u32)>::new(unmount);
    let attributes = crate::core::config::ATTRIBUTES
        .iter()
        .map(|a| JsValue::from_str(a))
        .collect();
    define_widget_element(ELEMENT_TAG, &mount, &update, &unmount, attributes);
    // The element keeps calling these for the page's lifetime.
    mount.forget();
    update.forget();
    unmount.forget();
    if let Some(window) = web_sys::window() {
        gloo::events::EventListener::new(&window, "pagehide", super::on_page_hide).forget();
    }
}

/// For pages built with frameworks: renders the widget into `element` (in a shadow root) with
/// `config`, an object keyed by the element's attribute names, e.g. `{ "clinic-name": "..." }`.
/// Returns an id for `unmount`.
#[wasm_bindgen]
pub fn mount(element: Element, config: JsValue) -> u32 {
    // Numbers are fine (`"crisis-call": 988`); any other non-text value is passed on as one that
    // fails validation, so it is reported like a bad attribute rather than silently ignored.
    let attribute = |name: &str| {
        let value = js_sys::Reflect::get(&config, &name.into()).ok()?;
        if value.is_undefined() || value.is_null() {
            None
        } else if let Some(text) = value.as_string() {
            Some(text)
        } else if value.as_f64().is_some() {
            // JavaScript's own number formatting: Rust's would add 14 KB to the first download.
            use wasm_bindgen::JsCast;
            let number: js_sys::Number = value.unchecked_into();
            number.to_string_with_radix(10).ok().map(String::from)
        } else {
            Some(crate::core::config::NOT_TEXT.to_string())
        }
    };
    mount_with(&element, attribute)
}

/// Empties every widget on the page (quick exit): nothing of what they showed stays. Each
/// stays registered, so [`restart_all`] can bring it back at its start if the page is still
/// there after all (a host's "Leave site?" answered with Stay): not an empty box without the
/// crisis numbers.
pub fn empty_all() {
    let ids: Vec<u32> = MOUNTED.with(|m| m.borrow().keys().copied().collect());
    for id in ids {
        let taken = MOUNTED.with(|m| {
            let mut mounted = m.borrow_mut();
            let widget = mounted.get_mut(&id)?;
            Some((widget.app.take(), widget.root.clone()))
        });
        let Some((app, root)) = taken else { continue };
        if let Some(app) = app {
            app.destroy();
        }
        if let Some(shadow) = root.parent_node() {
            shadow.set_text_content(None);
        }
    }
}

/// Removes a widget mounted with `mount` and frees its app.
#[wasm_bindgen]
pub fn unmount(id: u32) {
    if let Some(mounted) = MOUNTED.with(|m| m.borrow_mut().remove(&id)) {
        if let Some(app) = mounted.app {
            app.destroy();
        }
        if let Some(shadow) = mounted.root.parent_node() {
            shadow.set_text_content(None);
        }
    }
}

/// Starts every widget on the page again, as first mounted (same element, settings and id):
/// what it showed is gone at once, and a demo's own store with it.
pub fn restart_all() {
    restart_where(|_| true);
}

/// After "Delete everything" in the widget on `host`: every other widget that keeps its data in
/// the page's store starts again, so none still shows or holds what was deleted (a demo keeps
/// its own store, and its round).
pub fn restart_others(host: &super::Host) {
    restart_where(|widget| !host.is(&widget.host) && widget.store.is_shared());
}

fn restart_where(which: impl Fn(&Mounted) -> bool) {
    let ids: Vec<u32> = MOUNTED.with(|m| {
        let mounted = m.borrow();
        mounted
            .iter()
            .filter(|(_, w)| which(w))
            .map(|(id, _)| *id)
            .collect()
    });
    for id in ids {
        if let Some(app) = MOUNTED.with(|m| m.borrow_mut().get_mut(&id).and_then(|w| w.app.take()))
        {
            app.destroy();
        }
        let ready = MOUNTED.with(|m| {
            let mut mounted = m.borrow_mut();
            let Some(widget) = mounted.get_mut(&id) else {
                return false;
            };
            let Some(root) = widget.host.shadow_root().and_then(|s| new_root(&s).ok()) else {
                return false;
            };
            widget.root = root;
            widget.store = store_for(&widget.config);
            true
        });
        if ready {
            render(id);
        }
    }
}

/// Applies changed attributes to a mounted widget, checked like the first time.
fn update_with(id: u32, attribute: impl Fn(&str) -> Option<String>) {
    let (config, problems) = read_config(attribute);
    MOUNTED.with(|m| {
        let mut mounted = m.borrow_mut();
        let Some(widget) = mounted.get_mut(&id) else {
            return;
        };
        let config = Rc::new(config);
        // A demo keeps its own store while it stays a demo.
        if config.counselor != widget.config.counselor {
            widget.store = store_for(&config);
        }
        widget.config = config;
        widget.problems = Rc::new(problems);
        let props = widget.props();
        if let Some(app) = widget.app.as_mut() {
            app.update(props);
        }
    });
}

/// The configuration from attributes, with every problem and warning on the console.
fn read_config(
    attribute: impl Fn(&str) -> Option<String>,
) -> (WidgetConfig, Vec<crate::core::config::ConfigError>) {
    let (config, problems) = WidgetConfig::from_attributes(attribute);
    for problem in &problems {
        web_sys::console::error_1(&format!("<{ELEMENT_TAG}> {problem}").into());
    }
    for warning in config.warnings() {
        web_sys::console::warn_1(&format!("<{ELEMENT_TAG}> {warning}").into());
    }
    (config, problems)
}

/// A counselor's demo never touches the device, nor the person's own data on this page.
fn store_for(config: &WidgetConfig) -> super::store::Store {
    if config.counselor {
        super::store::Store::private()
    } else {
        super::store::Store::page()
    }
}

/// Reads the configuration, reports its problems on the console, and mounts. Never blank:
/// problems are shown inside the widget, and a failure to mount paints the failure message.
fn mount_with(host: &Element, attribute: impl Fn(&str) -> Option<String>) -> u32 {
    let (config, problems) = read_config(attribute);
    match mount_into(host, config.clone(), problems) {
        Ok(id) => id,
        Err(error) => {
            web_sys::console::error_2(&"IOP widget could not start:".into(), &error);
            if let Some(shadow) = host.shadow_root() {
                let _ = super::show_fatal_message(&shadow.unchecked_into(), &config);
            }
            0
        }
    }
}

/// Renders the widget inside `host`'s shadow root (made if missing) and returns its handle id.
pub fn mount_into(
    host: &Element,
    config: WidgetConfig,
    problems: Vec<crate::core::config::ConfigError>,
) -> Result<u32, JsValue> {
    // An element that already holds a widget gets a fresh one, not two apps in one root.
    let already: Vec<u32> = MOUNTED.with(|m| {
        m.borrow()
            .iter()
            .filter(|(_, w)| w.host == *host)
            .map(|(id, _)| *id)
            .collect()
    });
    for id in already {
        unmount(id);
    }
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    adopt_styles(&shadow, STYLES);
    keep_exit_in_view(&shadow);
    keep_focus_inside(&shadow);
    let root = new_root(&shadow)?;
    let config = Rc::new(config);
    let store = store_for(&config);
    let id = NEXT_ID.with(|next| next.replace(next.get() + 1));
    // The lowest number no widget on the page has now.
    let ordinal = MOUNTED.with(|m| {
        let taken: Vec<u32> = m.borrow().values().map(|w| w.ordinal).collect();
        (1..).find(|n| !taken.contains(n)).unwrap_or(1)
    });
    let widget = Mounted {
        app: None,
        host: host.clone(),
        root,
        config,
        problems: Rc::new(problems),
        store,
        ordinal,
    };
    MOUNTED.with(|m| m.borrow_mut().insert(id, widget));
    render(id);
    Ok(id)
}

/// Puts a new, empty root for a widget's app in `shadow`, in place of what it held.
fn new_root(shadow: &ShadowRoot) -> Result<Element, JsValue> {
    let document = shadow.owner_document().ok_or("no document")?;
    let root = document.create_element("div")?;
    root.set_class_name("iop-root");
    shadow.replace_children_with_node_1(&root);
    Ok(root)
}

/// Renders widget `id`'s app into its root, outside the borrow of `MOUNTED`: a panic while
/// rendering still finds the widget there (to show the failure message in it).
fn render(id: u32) {
    let Some((root, props)) =
        MOUNTED.with(|m| m.borrow().get(&id).map(|w| (w.root.clone(), w.props())))
    else {
        return;
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    MOUNTED.with(|m| {
        if let Some(widget) = m.borrow_mut().get_mut(&id) {
            widget.app = Some(app);
        }
    });
}

/// A panic aborts the shared wasm instance, so every widget on the page is dead: replace each
/// one's content with a calm message and the crisis line rather than leave a frozen screen.
fn on_panic(info: &std::panic::PanicHookInfo) {
    web_sys::console::error_1(&format!("IOP widget stopped: {info}").into());
    MOUNTED.with(|mounted| {
        if let Ok(mounted) = mounted.try_borrow() {
            for widget in mounted.values() {
                super::show_fatal_message(&widget.root, &widget.config);
            }
        }
    });
}
