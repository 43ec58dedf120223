// The <iop-widget> element. A Rust struct cannot subclass HTMLElement, so this small class only
// hands its element to Rust's mount, update and unmount; everything else happens in Rust.
export function defineWidgetElement(tag, mount, update, unmount, attributes) {
  if (customElements.get(tag)) return;
  const observed = Array.from(attributes);
  customElements.define(tag, class extends HTMLElement {
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
