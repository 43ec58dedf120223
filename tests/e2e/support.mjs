// Shared harness for the end-to-end tests: serves the release build on 127.0.0.1, starts the
// system Chromium through playwright-core, records every request, and runs axe-core.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import assert from "node:assert/strict";
import { after, before } from "node:test";

const root = resolve(import.meta.dirname, "../..");
export const dist = process.env.IOP_DIST ?? join(root, "dist");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/** Serves `dir` on a free loopback port. `headers(path)` may add response headers. */
export async function serve(dir = dist, headers = () => ({})) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch({ backForwardCache = false } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic",
    ],
    // Playwright turns the back-forward cache off; browsers people use keep it on.
    ignoreDefaultArgs: backForwardCache ? ["--disable-back-forward-cache"] : [],
  });
}

/**
 * A fresh page in its own context (axe needs one from newContext) that records every request
 * and every page error. Requests to `neutralSite` are answered locally, so quick exit can be
 * followed without anything leaving this machine.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.requests = [];
  page.errors = [];
  page.on("request", (r) => page.requests.push(r.url()));
  page.on("pageerror", (e) => page.errors.push(String(e)));
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>Neutral page</title><h1>Neutral page</h1>" }),
  );
  return page;
}

/** Waits until the widget has rendered inside its shadow root. */
export async function widgetReady(page) {
  await page.locator("iop-widget section.iop").first().waitFor();
}

/** Asserts axe-core finds no violation on the page as it is now. */
export async function expectAccessible(page, where) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  assert.deepEqual(summary, [], `axe violations on ${where}`);
}

/** Asserts the page requested nothing outside `origin` (quick exit's neutral site excepted). */
export function expectOnlyOwnOrigin(page, origin, allowed = []) {
  const outside = page.requests.filter((u) => !u.startsWith(origin + "/") && !allowed.some((a) => u.startsWith(a)));
  assert.deepEqual(outside, [], "requests outside the page's origin");
}

/** The element that has focus, looking through shadow roots. */
export async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? { tag: el.tagName, text: el.textContent.trim() } : null;
  });
}

/** Presses Tab until the focused element's text contains `text`. */
export async function tabTo(page, text, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f?.text.includes(text)) return f;
  }
  assert.fail(`Tab never reached "${text}"`);
}

/**
 * For a test suite: serves the release build and starts Chromium before its tests, closes both
 * after. Returns an object whose `server` and `browser` are set once the suite starts.
 */
export function servedBrowser(headers) {
  const env = {};
  before(async () => {
    env.server = await serve(dist, headers);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Collects the page's console errors from now on; returns the list, which keeps filling. */
export function consoleErrors(page) {
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  return errors;
}

/**
 * Records the events the widget sends to its host page, as the page sees them on `document`,
 * into the returned list (which keeps filling, even across a quick exit's navigation).
 */
export async function recordHostEvents(page) {
  const seen = [];
  await page.exposeFunction("recordHostEvent", (event) => seen.push(event));
  await page.addInitScript(() => {
    for (const name of ["iop:ready", "iop:exercise-start", "iop:screening-complete", "iop:quick-exit", "iop:handoff-requested"]) {
      document.addEventListener(name, (e) =>
        window.recordHostEvent({ type: e.type, detail: e.detail, target: e.target.tagName, bubbles: e.bubbles, composed: e.composed }),
      );
    }
  });
  return seen;
}

/** Presses the mouse button on `locator` and holds it there (release with page.mouse.up()). */
export async function pressMouseOn(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
}

/**
 * A host page on the widget's origin at `path`, with this body (inside <main>, after an <h1>)
 * and head (the widget's loader is added), opened and the widget ready. `html` holds the root
 * element's attributes.
 */
export async function hostPage(page, origin, path, body, head = "", html = 'lang="en"') {
  await page.context().route(origin + path, (r) =>
    r.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html ${html}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Host page</title>${head}<script type="module" src="/iop-widget-loader.js"></script></head><body><main><h1>Host page</h1>${body}</main></body></html>`,
    }),
  );
  await page.goto(origin + path);
  await widgetReady(page);
}

/** Waits until `check()` is true (polling), or fails with `what`. */
export async function eventually(check, what, timeoutMs = 5000) {
  for (const start = Date.now(); Date.now() - start < timeoutMs; ) {
    if (await check()) return;
    await new Promise((ok) => setTimeout(ok, 25));
  }
  assert.fail(`timed out: ${what}`);
}

/** Low-risk answers to every screening question; each path changes a few. */
export const LOW_RISK = {
  "safety-now": ["no"], "phq-9-item-9": ["not-at-all"], "safety-month": ["no"], "safety-attempt": ["no"],
  "harm-others-now": ["no"], "emergency-now": ["none"],
  substances: ["cannabis"], "opioid-use": ["prescribed-pain"], "benzodiazepine-days": ["not-at-all"],
  "z-drug-days": ["not-at-all"], "barbiturate-days": ["not-at-all"], "ghb-days": ["not-at-all"],
  "gabapentinoid-days": ["not-at-all"], "sedatives-prescribed": ["as-prescribed"], "use-days": ["less-than-weekly"],
  "audit-sex": ["women"], "audit-1": ["monthly-or-less"], "audit-2": ["1-2"], "audit-3": ["never"],
  "withdrawal-signs": ["none"], "withdrawal-history": ["no"], mixing: ["no"], overdose: ["no"],
  pregnant: ["not-applicable"], medical: ["no"],
  "phq-1": ["not-at-all"], "phq-2": ["not-at-all"], "gad-1": ["not-at-all"], "gad-2": ["not-at-all"],
  psychosis: ["no"], mania: ["none"], "harm-others": ["no"], importance: ["8"], confidence: ["7"], hours: ["yes"],
  barriers: ["none"], control: ["never"], cravings: ["none"], problems: ["none"], "past-treatment": ["never"],
  "home-safe": ["yes"], "home-use": ["no"], housing: ["stable"], support: ["yes"],
};

/** From the first screen of widget `w` (a locator), protects what it keeps with `passphrase`. */
export async function setPassphrase(w, passphrase = "correct horse battery") {
  await w.locator("[data-action=add-passphrase]").click();
  await w.getByLabel("New passphrase").fill(passphrase);
  await w.getByLabel("Type it again").fill(passphrase);
  await w.getByRole("button", { name: "Protect with this passphrase" }).click();
  await w.locator('[data-lock-status="done"]').waitFor({ timeout: 30_000 });
}

/** Adds a trigger through the map's form (in English) and waits until the overview lists it. */
export async function addTrigger(page, name, { group = "people", urge = 5 } = {}) {
  const w = page.locator("iop-widget");
  await w.getByRole("button", { name: "Add a trigger" }).first().click();
  await w.getByLabel("Trigger").fill(name);
  await w.getByLabel("Group").selectOption(group);
  await w.getByLabel("How strong is the urge it brings?").fill(String(urge));
  await w.getByRole("button", { name: "Save", exact: true }).click();
  await w.locator(`[data-view="overview"] .iop-trigger[data-trigger="${name}"]`).waitFor();
}
