// Loads the widget's wasm module. Once loaded, every <iop-widget> on the page comes to life.
// A file rather than an inline script, so pages with a strict Content-Security-Policy can use it.
import init from "./iop-widget.js";

init({ module_or_path: new URL("./iop-widget_bg.wasm", import.meta.url) });
