// The <iop-widget> element. A Rust struct cannot subclass HTMLElement, so this small class only
// hands its element to Rust's mount, update and unmount; everything else happens in Rust.
export function defineWidgetElement(tag, mount, update, unmount, attributes) {
  const defined = customElements.get(tag);
  // Ours already (the loader included twice): nothing to do. Someone else's: the page keeps
  // its fallback, and the web person is told why on the console.
  if (defined) {
    if (!defined.iopWidget) console.error(`IOP widget: <${tag}> is already defined by another script on this page, so the widget cannot start there. Remove the other definition.`);
    return;
  }
  const observed = Array.from(attributes);
  customElements.define(tag, class extends HTMLElement {
    static iopWidget = true;
    #app;
    #pending = false;
    static get observedAttributes() {
      return observed;
    }
    connectedCallback() {
      if (this.#app === undefined) this.#app = mount(this);
    }
    // A CMS or a script changing an attribute: apply it (once, after a batch of changes).
    attributeChangedCallback(name, before, after) {
      if (this.#app === undefined || before === after || this.#pending) return;
      this.#pending = true;
      queueMicrotask(() => {
        this.#pending = false;
        if (this.#app !== undefined) update(this.#app, this);
      });
    }
    disconnectedCallback() {
      // Moving the element fires disconnect then connect: keep the app if it is back at once.
      queueMicrotask(() => {
        if (!this.isConnected && this.#app !== undefined) {
          unmount(this.#app);
          this.#app = undefined;
        }
      });
    }
  });
}

// Styles reach a shadow root only from inside it. A constructed sheet works under a strict CSP
// (no 'unsafe-inline'); older browsers without one get a <style> element instead.
export function adoptStyles(shadowRoot, css) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadowRoot.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement("style");
    style.textContent = css;
    shadowRoot.prepend(style);
  }
}

// Quick exit's row is `position: sticky`, which sticks within the nearest ancestor that clips
// its overflow. A host wrapper with `overflow-x: hidden` (common in site themes) is such an
// ancestor and never scrolls itself, so there the row would scroll away with the page. This
// moves it down by hand, as far as the widget reaches, whenever sticking did not keep it at the
// top of the screen; where sticking works it finds nothing to do.
const keptInView = new WeakSet();
export function keepExitInView(shadowRoot) {
  if (keptInView.has(shadowRoot)) return;
  keptInView.add(shadowRoot);
  const host = shadowRoot.host;
  let frame = 0;
  const place = () => {
    frame = 0;
    if (!host.isConnected) return stop();
    const sticky = Array.from(shadowRoot.querySelectorAll(".iop-bar, .iop-exit-row"))
      .find((el) => getComputedStyle(el).position === "sticky");
    const widget = shadowRoot.querySelector(".iop");
    if (!sticky || !widget) return;
    // Measured where sticking put it. Set through the CSSOM, which a strict CSP allows; touched
    // only where sticking failed, so elsewhere this reads and never writes.
    if (sticky.style.transform) sticky.style.transform = "";
    const row = sticky.getBoundingClientRect();
    const top = parseFloat(getComputedStyle(sticky).top) || 0;
    // Within the widget's inside, as sticking would be.
    const room = widget.getBoundingClientRect().top + widget.clientTop + widget.clientHeight - row.bottom;
    const down = Math.min(top - row.top, room);
    if (down > 0.5) sticky.style.transform = `translateY(${down}px)`;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };
  const resized = new ResizeObserver(schedule);
  const stop = () => {
    document.removeEventListener("scroll", schedule, { capture: true });
    removeEventListener("resize", schedule);
    resized.disconnect();
    keptInView.delete(shadowRoot);
  };
  // Capturing on the document sees the page's scrolling and any scrolling box's.
  document.addEventListener("scroll", schedule, { capture: true, passive: true });
  addEventListener("resize", schedule, { passive: true });
  resized.observe(host);
  schedule();
}

// Keyboard focus never falls to the host page's <body> when the control that had it goes or is
// disabled while it works (a prompt answered, an item deleted, a passphrase being checked). A
// screen reader would then read nothing, and the next Tab would start at the top of the host
// page. Where that happens, focus goes back to the control if it is usable again, else to the
// nearest heading above where it was (the screen's own, at worst), which says where the person
// is. Screens that know better move focus themselves first. Focus the person takes elsewhere on
// the host page (a click, a Tab out) is left where they put it.
const focusKept = new WeakSet();
export function keepFocusInside(shadowRoot) {
  if (focusKept.has(shadowRoot)) return;
  focusKept.add(shadowRoot);
  const host = shadowRoot.host;
  let last = null;
  let above = [];
  // Checked after the change is drawn (the browser lets go of a disabled control's focus then),
  // and after a screen that moves focus itself has done so. Watches only the focused control and
  // what it is in, not the whole widget: a long plan drawn at once would otherwise cost a record
  // per element (issue 14, a click within a frame).
  const observer = new MutationObserver(() => requestAnimationFrame(() => setTimeout(check)));
  shadowRoot.addEventListener("focusin", (event) => {
    last = event.target;
    above = Array.from(shadowRoot.querySelectorAll("h2, h3, h4"))
      .filter((h) => h.compareDocumentPosition(last) & Node.DOCUMENT_POSITION_FOLLOWING)
      .reverse();
    observer.disconnect();
    for (let el = last; el; el = el === shadowRoot ? null : el.parentNode) {
      observer.observe(el, { childList: true, attributes: true, attributeFilter: ["disabled", "hidden"] });
    }
  });
  const elsewhere = (event) => {
    if (!host.isConnected) return stop();
    if (!event.composedPath().includes(host)) last = null;
  };
  const shown = (el) => el.isConnected && el.checkVisibility?.() !== false;
  const check = () => {
    if (!last || shadowRoot.activeElement) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== host) return;
    const back = shown(last) && !last.disabled ? last : null;
    const heading = back ?? above.find(shown) ?? shadowRoot.querySelector("h2");
    last = null;
    if (!heading) return;
    if (!back && !heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus();
  };
  const stop = () => {
    observer.disconnect();
    document.removeEventListener("focusin", elsewhere, true);
    document.removeEventListener("pointerdown", elsewhere, true);
    focusKept.delete(shadowRoot);
  };
  document.addEventListener("focusin", elsewhere, true);
  document.addEventListener("pointerdown", elsewhere, true);
}
