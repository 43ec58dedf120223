use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::core::config::WidgetConfig;
use crate::ui::{App, AppProps};

/// The custom element's tag.
pub const ELEMENT_TAG: &str = "iop-widget";
const STYLES: &str = include_str!("../../styles/widget.css");

#[wasm_bindgen(module = "/src/platform/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineWidgetElement)]
    fn define_widget_element(
        tag: &str,
        mount: &Closure<dyn Fn(HtmlElement) -> u32>,
        unmount: &Closure<dyn Fn(u32)>,
    );
    #[wasm_bindgen(js_name = adoptStyles)]
    fn adopt_styles(shadow_root: &ShadowRoot, css: &str);
}

struct Mounted {
    /// None until the first render returns: a panic during it still finds the root here.
    app: Option<AppHandle<App>>,
    root: Element,
    config: Rc<WidgetConfig>,
}

thread_local! {
    // Every widget on the page shares this one wasm instance; each has an entry here.
    static MOUNTED: RefCell<HashMap<u32, Mounted>> = RefCell::new(HashMap::new());
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

/// Runs once when the wasm module loads: installs the panic message and defines `<iop-widget>`.
pub fn start() {
    std::panic::set_hook(Box::new(on_panic));
    let mount = Closure::<dyn Fn(HtmlElement) -> u32>::new(|host: HtmlElement| {
        mount_into(&host, WidgetConfig::default()).unwrap_or_else(|error| {
            web_sys::console::error_2(&"IOP widget could not start:".into(), &error);
            0
        })
    });
    let unmount = Closure::<dyn Fn(u32)>::new(unmount);
    define_widget_element(ELEMENT_TAG, &mount, &unmount);
    // The element keeps calling these for the page's lifetime.
    mount.forget();
    unmount.forget();
}

/// Renders the widget inside `host`'s shadow root (made if missing) and returns its handle id.
pub fn mount_into(host: &Element, config: WidgetConfig) -> Result<u32, JsValue> {
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    adopt_styles(&shadow, STYLES);
    let document = host.owner_document().ok_or("no document")?;
    let root = document.create_element("div")?;
    root.set_class_name("iop-root");
    shadow.replace_children_with_node_1(&root);

    let config = Rc::new(config);
    let id = NEXT_ID.with(|next| next.replace(next.get() + 1));
    let props = AppProps {
        config: config.clone(),
    };
    MOUNTED.with(|m| {
        m.borrow_mut().insert(
            id,
            Mounted {
                app: None,
                root: root.clone(),
                config,
            },
        )
    });
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    MOUNTED.with(|m| {
        m.borrow_mut()
            .get_mut(&id)
            .map(|mounted| mounted.app = Some(app))
    });
    Ok(id)
}

/// Frees the app behind `id`; its element has left the page.
pub fn unmount(id: u32) {
    if let Some(mounted) = MOUNTED.with(|m| m.borrow_mut().remove(&id)) {
        if let Some(app) = mounted.app {
            app.destroy();
        }
    }
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
