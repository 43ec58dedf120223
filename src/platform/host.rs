use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::core::host_event::{Detail, HostEvent};

/// The element the widget lives in; host-page events are dispatched from it.
/// `Host::none()` (in component tests) sends nothing.
#[derive(Clone, Default)]
pub struct Host(Option<Element>);

impl PartialEq for Host {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => a == b,
            (None, None) => true,
            _ => false,
        }
    }
}

impl Host {
    pub fn new(element: Element) -> Host {
        Host(Some(element))
    }

    pub fn none() -> Host {
        Host(None)
    }

    /// Whether this is the widget on `element`.
    pub fn is(&self, element: &Element) -> bool {
        self.0.as_ref() == Some(element)
    }

    /// Dispatches `event` as a bubbling, composed CustomEvent, so it crosses the shadow root.
    pub fn send(&self, event: &HostEvent) {
        let Some(element) = &self.0 else { return };
        let detail = js_sys::Object::new();
        for (key, value) in event.detail() {
            let value: JsValue = match value {
                Detail::Id(id) => id.into(),
                Detail::Ids(ids) => ids
                    .iter()
                    .map(|id| JsValue::from(*id))
                    .collect::<js_sys::Array>()
                    .into(),
            };
            let _ = js_sys::Reflect::set(&detail, &key.into(), &value);
        }
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(dom_event) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
            let _ = element.dispatch_event(&dom_event);
        }
    }
}
