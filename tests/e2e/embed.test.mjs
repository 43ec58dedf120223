// Embedding on a clinic's page: isolation both ways, several widgets, events, a strict CSP,
// and the npm package. Served from the release build (and pkg/ for the npm package).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { expectAccessible, expectOnlyOwnOrigin, openPage, serve, servedBrowser, widgetReady } from "./support.mjs";

const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Computed styles of the host page's own elements, to compare with and without the widget. */
const hostStyles = (page) =>
  page.evaluate(() =>
    ["body", "h1", "p", "a", "button", ".site-header", "section"].map((selector) => {
      const el = document.querySelector(selector);
      if (!el) return [selector, null];
      const s = getComputedStyle(el);
      return [selector, [s.color, s.fontSize, s.fontFamily, s.margin, s.padding, s.display, s.background].join(" | ")];
    }),
  );

describe("embedding", () => {
  const env = servedBrowser((path) => (path.endsWith("strict-csp.html") ? { "content-security-policy": STRICT_CSP } : {}));

  test("on a clinic page: the widget works, leaves the page's styles, URL and links alone, and axe is clean", async () => {
    // The page as it looks without the widget (its loader refused).
    const bare = await openPage(env.browser);
    await bare.route("**/iop-widget-loader.js", (r) => r.fulfill({ status: 404, body: "" }));
    await bare.goto(env.server.origin + "/examples/clinic.html");
    const before = await hostStyles(bare);
    await bare.context().close();

    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/examples/clinic.html#programs");
    await widgetReady(page);
    assert.deepEqual(await hostStyles(page), before, "the widget's CSS does not touch the host page");
    const w = page.locator("iop-widget");
    assert.match(await w.locator(".iop-brand").innerText(), /Harbour Recovery Center/);
    assert.equal(await w.locator('footer a[href="tel:5550100123"]').count(), 1);
    // The widget's own look survives the host's 62.5% root size and global rules.
    const size = await w.locator("section.iop").evaluate((el) => getComputedStyle(el).fontSize);
    assert.equal(size, "17px");

    await w.getByRole("button", { name: "Start my map" }).click();
    await w.getByRole("button", { name: "Back to all exercises" }).count();
    assert.equal(page.url(), env.server.origin + "/examples/clinic.html#programs", "moving inside the widget leaves the URL");
    await page.locator(".site-header").getByRole("link", { name: "Contact" }).click();
    assert.equal(new URL(page.url()).hash, "#contact", "the host's own hash links still work");
    assert.equal(await page.title(), "Harbour Recovery Center – Intensive Outpatient Program");
    await expectAccessible(page, "clinic example page");
    const globals = await page.evaluate(() => Object.keys(window).filter((k) => /wasm|iop|bindings/i.test(k)));
    assert.deepEqual(globals, [], "no globals besides the element");
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("hostile host CSS cannot hide or restyle the widget; two widgets keep their own settings; a bad attribute is named", async () => {
    const page = await openPage(env.browser);
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(env.server.origin + "/examples/hostile.html");
    await widgetReady(page);
    const us = page.locator("#us");
    const uk = page.locator("#uk");
    const exit = us.getByRole("button", { name: "Quick exit" });
    assert.ok(await exit.isVisible(), "host `button { display: none }` does not reach inside");
    const look = await us.locator("section.iop").evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.color, s.fontSize, s.textTransform, s.letterSpacing];
    });
    assert.deepEqual(look, ["rgb(29, 35, 39)", "17px", "none", "normal"]);
    assert.equal(await page.locator("#host-button").isVisible(), false, "the host's own rules still apply to the host");

    assert.match(await us.locator("footer").innerText(), /988/);
    assert.match(await uk.locator("footer").innerText(), /116 123/);
    assert.match(await uk.locator("footer").innerText(), /999/);
    assert.equal(await uk.locator('a[href^="sms:"]').count(), 0);
    assert.equal(await uk.locator(".iop-card").count(), 2, "the UK clinic offers two exercises");

    await uk.getByRole("button", { name: "Start the self-check" }).click();
    await uk.locator('[data-step="intro"]').waitFor();
    assert.equal(await us.locator(".iop-cards").count(), 1, "the other widget stays on its home screen");

    const broken = page.locator("#broken");
    assert.match(await broken.locator("[data-setup-problem]").innerText(), /clinic-phone="call us"/);
    assert.ok(errors.some((e) => e.includes('clinic-phone="call us"')), "and on the console");
    await page.context().close();
  });

  test("host events: ready, exercise-start and quick-exit, with ids only", async () => {
    const page = await openPage(env.browser);
    await page.addInitScript(() => {
      window.seen = [];
      for (const name of ["iop:ready", "iop:exercise-start", "iop:quick-exit", "iop:screening-complete"]) {
        document.addEventListener(name, (e) => window.seen.push([e.type, e.detail, e.target.tagName]));
      }
    });
    await page.goto(env.server.origin + "/examples/clinic.html");
    await widgetReady(page);
    const w = page.locator("iop-widget");
    await w.getByRole("button", { name: "Start practising" }).click();
    assert.deepEqual(await page.evaluate(() => window.seen), [
      ["iop:ready", {}, "IOP-WIDGET"],
      ["iop:exercise-start", { exercise: "refusal-skills" }, "IOP-WIDGET"],
    ]);
    const seen = page.evaluate(() => new Promise((ok) => document.addEventListener("iop:quick-exit", () => ok(true))));
    await w.getByRole("button", { name: "Quick exit" }).click();
    assert.equal(await seen, true);
    await page.waitForURL("https://www.weather.gov/", { waitUntil: "commit" });
    await page.context().close();
  });

  test("removing an element frees its app; a new element works", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/examples/clinic.html");
    await widgetReady(page);
    const emptied = await page.evaluate(async () => {
      const old = document.querySelector("iop-widget");
      const shadow = old.shadowRoot;
      old.remove();
      await new Promise((r) => setTimeout(r, 50));
      const fresh = document.createElement("iop-widget");
      fresh.setAttribute("clinic-name", "Fresh Clinic");
      document.querySelector("main").append(fresh);
      return shadow.childElementCount;
    });
    assert.equal(emptied, 0, "the removed widget's content is gone");
    await page.locator("iop-widget").locator("section.iop").waitFor();
    assert.match(await page.locator("iop-widget .iop-brand").innerText(), /Fresh Clinic/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("works under a strict Content-Security-Policy with no violation", async () => {
    const page = await openPage(env.browser);
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(env.server.origin + "/examples/strict-csp.html");
    assert.match(response.headers()["content-security-policy"], /wasm-unsafe-eval/);
    await widgetReady(page);
    const w = page.locator("iop-widget");
    await w.getByRole("button", { name: "Start the self-check" }).click();
    await w.getByRole("button", { name: "Begin" }).click();
    await w.locator('[data-option-id="no"]').click();
    await w.getByRole("button", { name: "Next" }).click();
    await w.locator('[data-question-id="safety-month"]').waitFor();
    // Styles arrive (a constructed stylesheet is allowed where <style> is not).
    const exitColour = await w.getByRole("button", { name: "Quick exit" }).evaluate((b) => getComputedStyle(b).backgroundColor);
    assert.equal(exitColour, "rgb(164, 35, 27)");
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("the npm package mounts with mount() and with the element, and unmounts", async () => {
    const root = await serve(resolve(import.meta.dirname, "../.."));
    try {
      const page = await openPage(env.browser);
      await page.goto(root.origin + "/tests/e2e/fixtures/npm.html");
      await page.locator("#mounted section.iop").waitFor();
      await page.locator("iop-widget section.iop").waitFor();
      assert.match(await page.locator("#mounted .iop-brand").innerText(), /Mounted Clinic/);
      assert.match(await page.locator("#mounted footer").innerText(), /116 123/);
      assert.match(await page.locator("iop-widget .iop-brand").innerText(), /Element Clinic/);
      await page.evaluate(() => window.unmountWidget());
      assert.equal(await page.locator("#mounted section.iop").count(), 0);
      expectOnlyOwnOrigin(page, root.origin);
      await page.context().close();
    } finally {
      await root.close();
    }
  });
});
