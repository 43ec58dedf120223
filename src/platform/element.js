// The <iop-widget> element. A Rust struct cannot subclass HTMLElement, so this small class only
// hands its element to Rust's mount and unmount; everything else happens in Rust.
export function defineWidgetElement(tag, mount, unmount) {
  if (customElements.get(tag)) return;
  customElements.define(tag, class extends HTMLElement {
    #app;
    connectedCallback() {
      if (this.#app === undefined) this.#app = mount(this);
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
