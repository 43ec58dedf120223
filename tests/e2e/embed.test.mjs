// Embedding on a clinic's page: isolation both ways, several widgets, events, removal, a strict
// CSP, and the npm package. Served from the release build (and a copy of pkg/ for the package).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  consoleErrors, dist, eventually, expectAccessible, expectOnlyOwnOrigin, hostPage, openPage, recordHostEvents, serve,
  servedBrowser, pressMouseOn, widgetReady,
} from "./support.mjs";
import { firstLoad } from "../../scripts/size.mjs";

const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const CLINIC = "/examples/clinic.html";
const EXERCISES = [
  ["screening", "Start the self-check"],
  ["refusal-skills", "Start practising"],
  ["trigger-map", "Start my map"],
  ["what-to-expect", "Read what to expect"],
];

/** Computed styles of every host element outside the widget, to compare with and without it. */
const hostStyles = (page) =>
  page.evaluate(() => {
    const props = [
      "color", "background-color", "font-family", "font-size", "font-weight", "line-height", "letter-spacing",
      "text-transform", "text-decoration-line", "margin", "padding", "border", "display", "visibility", "box-sizing",
    ];
    const elements = [...document.querySelectorAll("html, body, body *")].filter((el) => !el.closest("iop-widget"));
    return {
      sheets: [document.styleSheets.length, document.adoptedStyleSheets.length],
      elements: elements.map((el, i) => {
        const s = getComputedStyle(el);
        return `${i} ${el.tagName}#${el.id}.${el.className}: ${props.map((p) => s.getPropertyValue(p)).join(" | ")}`;
      }),
    };
  });

/** Records Content-Security-Policy violations into `window.cspViolations`, from the first script on. */
const watchCsp = (page) =>
  page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
const cspViolations = (page) => page.evaluate(() => window.cspViolations);

/** Every file the page has asked for so far, as paths from the site's root. */
const fetchedFiles = (page) => page.requests.map((u) => new URL(u).pathname.slice(1));
/** Files the page asked for more than once. */
const fetchedTwice = (page) => fetchedFiles(page).filter((f, i, all) => all.indexOf(f) !== i);

/** Opens each exercise from the home screen and comes back, as a person looking around would. */
async function visitEveryExercise(widget) {
  for (const [id, start] of EXERCISES) {
    await widget.getByRole("button", { name: start }).click();
    await widget.locator(`.iop-screen [data-exercise=${id}]`).first().waitFor();
    await widget.getByRole("button", { name: "Back to all exercises" }).click();
    await widget.locator(".iop-cards").waitFor();
  }
}

describe("embedding", () => {
  const env = servedBrowser((path) => (path.endsWith("strict-csp.html") ? { "content-security-policy": STRICT_CSP } : {}));

  test("on the clinic page: the widget renders, and the page's styles, URL, hash, history, title and links are untouched", async () => {
    // The page as it is without the widget: its loader refused, so only the fallback shows.
    const bare = await openPage(env.browser);
    await bare.route("**/iop-widget-loader.js", (r) => r.fulfill({ status: 404, body: "" }));
    await bare.goto(env.server.origin + CLINIC);
    assert.ok(await bare.locator("iop-widget").getByText("Loading the self-check").isVisible(), "the fallback shows without the widget");
    const before = await hostStyles(bare);
    await bare.context().close();

    const page = await openPage(env.browser);
    const errors = consoleErrors(page);
    await page.goto(env.server.origin + CLINIC);
    await widgetReady(page);
    const w = page.locator("iop-widget");
    assert.deepEqual(await hostStyles(page), before, "the widget's CSS does not touch the host page");
    assert.equal(await page.getByText("Loading the self-check").isVisible(), false, "the fallback is replaced");
    assert.match(await w.locator(".iop-brand").innerText(), /Harbour Recovery Center/);
    const footer = w.locator("footer");
    for (const href of ["tel:5550100123", "tel:988", "sms:988", "tel:911"]) {
      assert.equal(await footer.locator(`a[href="${href}"]`).count(), 1, href);
    }
    // The host's 62.5% root font size does not shrink the widget.
    assert.equal(await w.locator("section.iop").evaluate((el) => getComputedStyle(el).fontSize), "17px");
    await expectAccessible(page, "the clinic example page");

    // The host's own navigation works; moving around inside the widget leaves URL, hash, history alone.
    const nav = page.locator(".site-header nav");
    await nav.getByRole("link", { name: "Programs" }).click();
    assert.equal(page.url(), env.server.origin + CLINIC + "#programs");
    assert.equal(await page.evaluate(() => document.querySelector(":target")?.id), "programs");
    const historyLength = await page.evaluate(() => history.length);
    await visitEveryExercise(w);
    await w.getByRole("button", { name: "Start my map" }).click();
    await w.locator('[data-view="overview"]').waitFor();
    assert.equal(page.url(), env.server.origin + CLINIC + "#programs", "the widget leaves the URL and hash");
    assert.equal(await page.evaluate(() => history.length), historyLength, "the widget adds no history entries");
    assert.equal(await page.title(), "Harbour Recovery Center – Intensive Outpatient Program");

    await nav.getByRole("link", { name: "Contact" }).click();
    assert.equal(new URL(page.url()).hash, "#contact", "the host's hash links still work");
    assert.equal(await page.evaluate(() => history.length), historyLength + 1);
    await page.goBack();
    assert.equal(new URL(page.url()).hash, "#programs", "and Back goes to the host's previous hash, not a widget screen");
    assert.equal(await w.locator('[data-view="overview"]').count(), 1, "the widget stays where the person left it");

    const globals = await page.evaluate(() => Object.keys(window).filter((k) => /wasm|iop|bindgen|bindings/i.test(k)));
    assert.deepEqual(globals, [], "no globals besides the element");
    assert.deepEqual([...errors, ...page.errors], []);
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("the first screen fetches only the files the size budget counts; an exercise's code and words come when it opens", async () => {
    const page = await openPage(env.browser);
    await page.goto(`${env.server.origin}/index.html`);
    await widgetReady(page);
    await page.locator("iop-widget").getByRole("button", { name: "Start the self-check" }).waitFor();
    const fetched = () => fetchedFiles(page);
    const widgetFiles = fetched().filter((f) => !["index.html", "page.css"].includes(f));
    assert.deepEqual(widgetFiles.filter((f) => !firstLoad(f)), [], "fetched for the first screen but not in scripts/size's budget");
    assert.ok(widgetFiles.includes("iop-widget_bg.wasm") && widgetFiles.includes("iop-widget.js"));
    assert.ok(!widgetFiles.some((f) => f.startsWith("content/")), "English's first screen needs no words file");

    await page.locator("iop-widget").getByRole("button", { name: "Start the self-check" }).click();
    await page.locator("iop-widget").locator("[data-step=intro]").waitFor();
    const later = fetched().filter((f) => !firstLoad(f) && !["index.html", "page.css"].includes(f));
    assert.ok(later.includes("split_screening.wasm"), `the screening's code came when it opened: ${later}`);
    assert.ok(later.includes("content/en/screening.json"), "and its words");
    assert.ok(!later.some((f) => /split_(refusal|triggers|expect)|content\/en\/(refusal|triggers|expect)/.test(f)), `nothing of the other exercises: ${later}`);
    await page.context().close();
  });

  test("a mouse press on an exercise's button starts fetching its files before the click; a finger's touch does not; each file once", async () => {
    const page = await openPage(env.browser);
    await page.goto(`${env.server.origin}/index.html`);
    await widgetReady(page);
    const w = page.locator("iop-widget");
    const fetched = () => fetchedFiles(page);
    const has = (file) => () => fetched().includes(file);
    const exercises = /split_(screening|refusal|triggers|expect)|content\/en\/(screening|refusal|triggers|expect)/;
    assert.deepEqual(fetched().filter((f) => exercises.test(f)), [], "nothing before");

    // A finger landing on a button may be starting a scroll: a phone does not pay for it.
    await w.getByRole("button", { name: "Start practising" }).dispatchEvent("pointerdown", { pointerType: "touch", isPrimary: true });
    await page.waitForTimeout(500);
    assert.deepEqual(fetched().filter((f) => exercises.test(f)), [], "a touch alone fetches nothing");

    // A mouse press: the files come while the button is held, before the click.
    await pressMouseOn(page, w.getByRole("button", { name: "Start my map" }));
    await eventually(has("split_triggers.wasm"), "the trigger map's code on the press");
    await eventually(has("content/en/triggers.json"), "the trigger map's words on the press");
    assert.equal(await w.locator(".iop-cards").count(), 1, "still on the first screen until the click");
    assert.ok(!fetched().some((f) => /split_(screening|refusal|expect)/.test(f)), `nothing of the other exercises: ${fetched()}`);
    await page.mouse.up();
    await w.locator("[data-view=overview]").waitFor();
    assert.deepEqual(fetchedTwice(page), [], "opening used what the press fetched");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("an exercise whose code cannot be fetched says so, keeps the crisis numbers on screen, and retries", async () => {
    const page = await openPage(env.browser);
    await page.route("**/split_screening.wasm", (route) => route.fulfill({ status: 404, body: "not found" }));
    await page.goto(`${env.server.origin}/index.html`);
    await widgetReady(page);
    const w = page.locator("iop-widget");
    await w.getByRole("button", { name: "Start the self-check" }).click();
    const missing = w.locator('[data-part-missing="failed"]');
    await missing.waitFor();
    assert.match(await missing.innerText(), /could not be loaded/);
    assert.equal(await w.locator('footer a[href="tel:988"]').count(), 1, "the crisis line stays");
    assert.ok(await w.getByRole("button", { name: "Quick exit" }).isVisible());
    await expectAccessible(page, "exercise code missing");
    await page.unrouteAll();
    await missing.getByRole("button", { name: "Try again" }).click();
    await w.locator("[data-step=intro]").waitFor();
    assert.equal(await w.locator("[data-part-missing]").count(), 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("the passphrase and delete tools are fetched when first opened, and the opened one takes focus", async () => {
    const page = await openPage(env.browser);
    await page.goto(`${env.server.origin}/index.html`);
    await widgetReady(page);
    const w = page.locator("iop-widget");
    const fetched = () => fetchedFiles(page);
    await w.locator("[data-action=delete-everything]").waitFor();
    assert.ok(!fetched().includes("split_device.wasm"), "not on the first screen");
    await w.locator("[data-action=delete-everything]").click();
    await w.locator("[data-confirm=delete-everything]").waitFor();
    assert.ok(fetched().includes("split_device.wasm"));
    const focus = () => page.evaluate(() => document.querySelector("iop-widget").shadowRoot.activeElement?.id ?? null);
    await eventually(async () => (await focus()) === "iop-delete-question", "focus on the confirmation's question");
    await w.getByRole("button", { name: "No, keep it" }).click();
    await w.locator("[data-action=add-passphrase]").click();
    await w.locator('[data-lock-form="set"]').waitFor();
    const field = () => page.evaluate(() => document.querySelector("iop-widget").shadowRoot.activeElement?.getAttribute("name") ?? null);
    assert.equal(await field(), "passphrase", "the new passphrase field has focus");
    await expectAccessible(page, "device tools open");
    await page.context().close();
  });

  test("a page that opens at the screening fetches its code and words alongside the first screen, each file once", async () => {
    const page = await openPage(env.browser);
    await page.goto(`${env.server.origin}/examples/screening.html`);
    await page.locator("iop-widget").locator("[data-step=intro]").waitFor();
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll("link[rel=preload][data-iop-widget]")].map((l) => new URL(l.href).pathname.slice(1)));
    assert.ok(preloaded.includes("split_screening.wasm") && preloaded.includes("content/en/screening.json"), `preloaded: ${preloaded}`);
    assert.ok(!preloaded.some((f) => /split_(refusal|triggers|expect)|refusal|triggers|expect/.test(f)), "nothing of the other exercises");
    assert.deepEqual(fetchedTwice(page), [], "the widget used the preloaded files instead of fetching them again");
    await page.context().close();
  });

  test("a page with only the loader line asks for the widget's files at once, and the exercise's large files as the first-screen module arrives", async () => {
    const page = await openPage(env.browser);
    const origin = env.server.origin;
    // The README's snippet: no preload lines of the page's own.
    await page.route(`${origin}/start-here.html`, (r) =>
      r.fulfill({
        contentType: "text/html; charset=utf-8",
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title><script type="module" src="/iop-widget-loader.js"></script></head><body><iop-widget start="screening"></iop-widget></body></html>`,
      }),
    );
    // A slow network, where the order matters: the glue and the first-screen module take a while.
    const at = new Map();
    const since = Date.now();
    page.on("request", (r) => at.set(new URL(r.url()).pathname.slice(1), Date.now() - since));
    let glueDone = Infinity;
    let wasmReleased = Infinity;
    await page.route(`${origin}/iop-widget.js`, async (r) => {
      await new Promise((go) => setTimeout(go, 600));
      glueDone = Date.now() - since;
      await r.continue();
    });
    await page.route(`${origin}/iop-widget_bg.wasm`, async (r) => {
      await new Promise((go) => setTimeout(go, 900));
      wasmReleased = Date.now() - since;
      await r.continue();
    });
    await page.goto(`${origin}/start-here.html`);
    await page.locator("iop-widget").locator("[data-step=intro]").waitFor();
    const loader = (await (await fetch(`${origin}/iop-widget-loader.js`)).text()).match(/^const CHUNKS = (.*);$/m);
    const { small, large } = JSON.parse(loader[1]).screening;
    const file = (c) => (typeof c === "number" ? `chunk_${c}.wasm` : `${c}.wasm`);
    assert.ok(small.length > 0 && large.includes("split_screening"), `screening's chunks: ${loader[1]}`);
    for (const early of ["iop-widget_bg.wasm", "__wasm_split.js", ...small.map(file)])
      assert.ok(at.get(early) < glueDone, `${early} asked for at ${at.get(early)} ms, before the glue came (${glueDone} ms)`);
    for (const late of [...large.map(file), "content/en/screening.json"])
      assert.ok(at.get(late) >= wasmReleased, `${late} asked for at ${at.get(late)} ms, after the first-screen module began to arrive (${wasmReleased} ms)`);
    assert.deepEqual(fetchedTwice(page), [], "each file once");
    await page.context().close();
  });

  test("hostile host CSS cannot hide or restyle the widget; two widgets keep their own settings; a bad attribute is named", async () => {
    const page = await openPage(env.browser);
    const errors = consoleErrors(page);
    await page.goto(env.server.origin + "/examples/hostile.html");
    await widgetReady(page);
    const [us, uk, broken] = ["#us", "#uk", "#broken"].map((id) => page.locator(id));

    // Inside every widget: nothing red, lime, 30px or Comic Sans; every button and icon shows.
    const looks = await page.evaluate(() =>
      [...document.querySelectorAll("iop-widget")].flatMap((host) =>
        [...host.shadowRoot.querySelectorAll(".iop, .iop *")].map((el) => {
          const s = getComputedStyle(el);
          return { where: `${host.id} ${el.tagName}.${el.getAttribute("class") ?? ""}`, color: s.color, size: s.fontSize,
            font: s.fontFamily, display: s.display, visibility: s.visibility, transform: s.textTransform,
            decoration: s.textDecorationLine, pointer: s.pointerEvents };
        }),
      ),
    );
    const hijacked = looks.filter((l) =>
      ["rgb(255, 0, 0)", "rgb(0, 255, 0)"].includes(l.color) || l.size === "30px" || l.font.includes("Comic") ||
      l.display === "none" || l.visibility === "hidden" || l.transform === "uppercase" || l.decoration === "line-through" ||
      l.pointer === "none");
    assert.deepEqual(hijacked, [], "host rules reach nothing inside the widgets");
    assert.ok(await us.getByRole("button", { name: "Quick exit" }).isVisible(), "host `button { display: none }` does not reach inside");
    assert.ok(await us.getByRole("button", { name: "Start practising" }).isVisible());
    const look = await us.locator("section.iop").evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.color, s.fontSize, s.textTransform, s.letterSpacing, s.wordSpacing];
    });
    assert.deepEqual(look, ["rgb(29, 35, 39)", "17px", "none", "normal", "0px"], "the widget's own colour and size");
    assert.equal(await page.locator("#host-button").isVisible(), false, "the host's rules still apply to the host");
    assert.equal(await page.locator("#host-text").evaluate((el) => getComputedStyle(el).color), "rgb(255, 0, 0)");

    // Each widget shows its own clinic and numbers.
    assert.match(await us.locator(".iop-brand").innerText(), /Harbour Recovery Center/);
    assert.match(await uk.locator(".iop-brand").innerText(), /Thames Valley Recovery/);
    assert.equal(await us.locator('footer a[href="tel:988"]').count(), 1);
    assert.equal(await us.locator('footer a[href="sms:988"]').count(), 1);
    assert.equal(await us.locator('footer a[href="tel:911"]').count(), 1);
    const ukFooter = await uk.locator("footer").innerText();
    assert.match(ukFooter, /Samaritans/);
    assert.match(ukFooter, /116 123/);
    assert.match(ukFooter, /999/);
    assert.equal(await uk.locator('footer a[href="tel:116123"]').count(), 1);
    assert.equal(await uk.locator('footer a[href="tel:999"]').count(), 1);
    assert.equal(await uk.locator('a[href^="sms:"]').count(), 0, "crisis-text=none: no text link");
    assert.equal(await uk.locator('a[href="tel:988"], a[href="tel:911"]').count(), 0, "no US numbers in the UK widget");
    assert.deepEqual(
      await uk.locator(".iop-card[data-exercise]").evaluateAll((cards) => cards.map((c) => c.dataset.exercise)),
      ["screening", "trigger-map"],
      "the UK clinic offers two exercises",
    );

    // The invalid attribute: named inside the widget and on the console; the crisis line still shows.
    assert.match(await broken.locator("[data-setup-problem]").innerText(), /clinic-phone="call us"/);
    assert.equal(await broken.locator('footer a[href="tel:988"]').count(), 1, "never a blank area");
    assert.deepEqual(errors, [
      '<iop-widget> clinic-phone="call us": must be a phone number: 2 to 15 digits, with spaces, dashes or brackets if you like.',
    ]);

    // Each works on its own: moving in one leaves the others where they are.
    await uk.getByRole("button", { name: "Start the self-check" }).click();
    await uk.locator('[data-step="intro"]').waitFor();
    assert.equal(await us.locator(".iop-cards").count(), 1, "the other widget stays on its home screen");
    await us.getByRole("button", { name: "Start practising" }).click();
    await us.locator('[data-view="list"]').waitFor();
    assert.equal(await uk.locator('[data-step="intro"]').count(), 1, "and the first stays where it was");
    assert.deepEqual(page.errors, []);
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("a bad attribute set while someone types names the problem, and the form comes back as typed when it is put right", async () => {
    const page = await openPage(env.browser);
    await hostPage(page, env.server.origin, "/retheme.html", `<iop-widget clinic-name="Harbour" clinic-phone="(555) 010-0123"></iop-widget>`);
    const w = page.locator("iop-widget");
    await w.getByRole("button", { name: "Start my map" }).click();
    await w.getByRole("button", { name: "Add a trigger" }).first().click();
    await w.getByLabel("Trigger").fill("When my brother calls about money");
    // The site's script sets a value the widget refuses, then corrects it.
    await page.evaluate(() => document.querySelector("iop-widget").setAttribute("clinic-phone", "call us"));
    await w.locator("[data-setup-problem]").waitFor();
    assert.equal(await w.getByLabel("Trigger").isVisible(), false, "the problem is shown over the screen, which is hidden");
    assert.equal(await w.locator('footer a[href="tel:988"]').count(), 1, "the crisis line stays");
    await page.evaluate(() => document.querySelector("iop-widget").setAttribute("clinic-phone", "(555) 010-0199"));
    await w.locator("[data-setup-problem]").waitFor({ state: "detached" });
    assert.equal(await w.getByLabel("Trigger").inputValue(), "When my brother calls about money", "what was typed is still there");
    assert.match(await w.locator("footer").innerText(), /010-0199/);
    await page.context().close();
  });

  test("on a right-to-left page the widget's English and Spanish still read left to right", async () => {
    const page = await openPage(env.browser, { viewport: { width: 390, height: 700 } });
    const origin = env.server.origin;
    await hostPage(page, origin, "/rtl.html", `<iop-widget lang="en" clinic-name="Harbour Recovery Center" clinic-phone="(555) 010-0123"></iop-widget>`,
      "", 'lang="ar" dir="rtl"');
    const w = page.locator("iop-widget");
    for (const language of ["en", "es"]) {
      await w.locator("select[name=iop-language]").selectOption(language);
      await w.locator(`section.iop[lang=${language}][dir=ltr]`).waitFor();
      await w.locator(".iop-card").first().getByRole("button").click();
      // The second time, the screening opens where the person was.
      await w.locator("[data-step]").first().waitFor();
      const begin = w.locator("[data-step=intro] [data-shortcut=next]");
      if (await begin.count()) await begin.click();
      const option = w.locator("[data-option-id]").first();
      // Each answer's button sits before its words, on the left, as the language reads.
      const [button, words] = await Promise.all([option.locator("input").boundingBox(), option.locator("span").boundingBox()]);
      assert.ok(button.x < words.x, `${language}: the answer's button is left of its words (${button.x} vs ${words.x})`);
      // The question's closing mark ends its last line, at the right, not at the start.
      const mark = await w.locator("[data-question-id] h2").evaluate((el) => {
        const range = document.createRange();
        const text = [...el.childNodes].filter((n) => n.nodeType === 3).at(-1) ?? el.firstChild;
        const end = text.textContent.trimEnd().length;
        range.setStart(text, end - 1);
        range.setEnd(text, end);
        const r = range.getBoundingClientRect(), box = el.getBoundingClientRect();
        return { x: r.x - box.x, char: text.textContent.trimEnd().at(-1) };
      });
      assert.equal(mark.char, "?", `${language}: the first question ends with its question mark`);
      assert.ok(mark.x > 20, `${language}: the question mark is not thrown to the start of the line (${mark.x})`);
      await expectAccessible(page, `a question on a right-to-left page (${language})`);
      await w.locator("[data-action=home]").click();
    }
    await page.context().close();
  });

  test("host events: ready, exercise-start and quick-exit (button and Escape x3) with the documented detail", async () => {
    const event = (type, detail = {}) => ({ type, detail, target: "IOP-WIDGET", bubbles: true, composed: true });
    const page = await openPage(env.browser);
    const seen = await recordHostEvents(page);
    await page.goto(env.server.origin + CLINIC);
    await widgetReady(page);
    const w = page.locator("iop-widget");
    await visitEveryExercise(w);
    await eventually(() => seen.length === 1 + EXERCISES.length, "ready and every exercise's start");
    assert.deepEqual(seen, [
      event("iop:ready"),
      ...EXERCISES.map(([exercise]) => event("iop:exercise-start", { exercise })),
    ]);

    await w.getByRole("button", { name: "Quick exit" }).click();
    await page.waitForURL("https://www.weather.gov/", { waitUntil: "commit" });
    await eventually(() => seen.length === 2 + EXERCISES.length, "quick exit");
    assert.deepEqual(seen.at(-1), event("iop:quick-exit"), "sent before the page is replaced, by the configured exit-url");
    expectOnlyOwnOrigin(page, env.server.origin, ["https://www.weather.gov/"]);
    await page.context().close();

    // Escape three times works wherever focus is while a widget is on the page, the host
    // page's own buttons included (a phone has no Escape key; a keyboard user may be anywhere).
    const host = await openPage(env.browser);
    const seenHost = await recordHostEvents(host);
    await host.goto(env.server.origin + CLINIC);
    await widgetReady(host);
    await host.locator(".hero button").focus();
    for (let i = 0; i < 3; i++) await host.keyboard.press("Escape");
    await host.waitForURL("https://www.weather.gov/", { waitUntil: "commit" });
    await eventually(() => seenHost.length === 2, "quick exit by Escape on the host page");
    await host.context().close();

    const again = await openPage(env.browser);
    const seenAgain = await recordHostEvents(again);
    await again.goto(env.server.origin + CLINIC);
    await widgetReady(again);
    await again.locator("iop-widget").getByRole("button", { name: "Start my map" }).focus();
    for (let i = 0; i < 3; i++) await again.keyboard.press("Escape");
    await again.waitForURL("https://www.weather.gov/", { waitUntil: "commit" });
    await eventually(() => seenAgain.length === 2, "quick exit by Escape");
    assert.deepEqual(seenAgain, [event("iop:ready"), event("iop:quick-exit")]);
    expectOnlyOwnOrigin(again, env.server.origin, ["https://www.weather.gov/"]);
    await again.context().close();
  });

  test("quick exit held by the host page's \"Leave site?\" (Stay): the widget comes back at its start, crisis numbers and all, with nothing of what was entered", async () => {
    const page = await openPage(env.browser);
    const guard = `<script>addEventListener("beforeunload", (e) => { e.preventDefault(); e.returnValue = ""; });</script>`;
    const dialogs = [];
    page.on("dialog", (d) => {
      dialogs.push(d.type());
      d.dismiss(); // "Stay on page"
    });
    await hostPage(page, env.server.origin, "/guarded.html", `<iop-widget clinic-name="Harbour" exit-url="https://www.weather.gov/"></iop-widget>`, guard);
    const w = page.locator("iop-widget");
    await w.getByRole("button", { name: "Start the self-check" }).click();
    await w.getByRole("button", { name: "Begin" }).click();
    await w.locator('[data-option-id="yes"]').click();
    await w.getByRole("button", { name: "Next" }).click();
    await w.locator('[data-interrupt="crisis"]').waitFor();
    await w.getByRole("button", { name: "Quick exit" }).click();
    await eventually(() => dialogs.includes("beforeunload"), "the host page asked");
    assert.equal(new URL(page.url()).pathname, "/guarded.html", "the page stayed");
    await w.getByRole("button", { name: "Start the self-check" }).waitFor({ timeout: 8000 });
    assert.equal(await w.locator("[data-interrupt], [data-question-id]").count(), 0, "nothing of the screening");
    assert.ok(await w.locator('a[href="tel:988"]').first().isVisible(), "the crisis line is on screen");
    assert.ok(await w.getByRole("button", { name: "Quick exit" }).isVisible(), "and quick exit can be used again");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("in a site builder's same-origin frame, quick exit replaces the whole tab, not only the frame", async () => {
    const page = await openPage(env.browser);
    const o = env.server.origin;
    await hostPage(page, o, "/embed-block.html", `<iop-widget clinic-name="Harbour" exit-url="https://www.weather.gov/"></iop-widget>`);
    await page.context().route(o + "/framed.html", (r) => r.fulfill({ contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour Recovery</title></head><body><h1>Harbour Recovery</h1><iframe title="Self-check" src="/embed-block.html" width="600" height="700"></iframe></body></html>` }));
    await page.goto(o + "/framed.html");
    const w = page.frameLocator("iframe").locator("iop-widget");
    await w.getByRole("button", { name: "Quick exit" }).click();
    await page.waitForURL("https://www.weather.gov/", { waitUntil: "commit" });
    assert.equal(page.url(), "https://www.weather.gov/", "the clinic's page is gone from the tab");
    await page.context().close();
  });

  test("a page where another script already defined <iop-widget>: the fallback stays and the console says why", async () => {
    const page = await openPage(env.browser);
    const said = [];
    page.on("console", (m) => m.type() === "error" && said.push(m.text()));
    const other = `<script>customElements.define("iop-widget", class extends HTMLElement {});</script>`;
    await page.context().route(env.server.origin + "/taken.html", (r) => r.fulfill({ contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Taken</title>${other}<script type="module" src="/iop-widget-loader.js"></script></head><body><iop-widget><p>Call us: (555) 010-0123</p></iop-widget></body></html>` }));
    await page.goto(env.server.origin + "/taken.html");
    await eventually(() => said.some((t) => /<iop-widget> is already defined/.test(t)), "the console names the clash");
    assert.ok(await page.getByText("Call us: (555) 010-0123").isVisible(), "the page's fallback stays");
    await page.context().close();
  });

  test("moving an element keeps its app; removing it frees the app; re-adding it or a new one works", async () => {
    const page = await openPage(env.browser);
    const errors = consoleErrors(page);
    const seen = await recordHostEvents(page);
    await page.goto(env.server.origin + CLINIC);
    await widgetReady(page);
    await page.locator("iop-widget").getByRole("button", { name: "Start my map" }).click();
    await page.locator('iop-widget [data-view="overview"]').waitFor();

    // Moved within the page (a disconnect and a connect in one task): same app, same screen.
    await page.evaluate(() => document.querySelector("#contact").append(document.querySelector("iop-widget")));
    await page.waitForTimeout(50);
    assert.equal(await page.locator('#contact iop-widget [data-view="overview"]').count(), 1);

    const emptied = await page.evaluate(async () => {
      const old = document.querySelector("iop-widget");
      old.remove();
      await new Promise((r) => setTimeout(r, 50));
      window.removedWidget = old;
      return old.shadowRoot.childElementCount;
    });
    assert.equal(emptied, 0, "the removed widget's app is gone from its shadow root");

    // The same element put back starts afresh; a new element works alongside it.
    await page.evaluate(() => {
      document.querySelector("#programs").append(window.removedWidget);
      const fresh = document.createElement("iop-widget");
      fresh.setAttribute("clinic-name", "Fresh Clinic");
      document.querySelector("#contact").append(fresh);
    });
    await page.locator("#programs iop-widget .iop-cards").waitFor();
    await page.locator("#contact iop-widget .iop-cards").waitFor();
    assert.match(await page.locator("#contact iop-widget .iop-brand").innerText(), /Fresh Clinic/);
    assert.match(await page.locator("#programs iop-widget .iop-brand").innerText(), /Harbour Recovery Center/);
    await eventually(() => seen.filter((e) => e.type === "iop:ready").length === 3, "a ready event per mount");
    await page.locator("#contact iop-widget").getByRole("button", { name: "Start practising" }).click();
    await page.locator('#contact iop-widget [data-view="list"]').waitFor();
    assert.equal(await page.locator("#programs iop-widget .iop-cards").count(), 1);
    assert.deepEqual([...errors, ...page.errors], []);
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("works under a strict Content-Security-Policy (header, and meta alone) with no violation", async () => {
    const metaOnly = await serve(dist);
    try {
      for (const [how, origin] of [["header and meta", env.server.origin], ["meta alone", metaOnly.origin]]) {
        const page = await openPage(env.browser);
        const errors = consoleErrors(page);
        await watchCsp(page);
        const response = await page.goto(origin + "/examples/strict-csp.html");
        assert.equal(response.headers()["content-security-policy"], how === "meta alone" ? undefined : STRICT_CSP);
        await widgetReady(page);
        const w = page.locator("iop-widget");
        // Styles arrive (a constructed stylesheet is allowed where <style> and style= are not).
        const exitColour = await w.getByRole("button", { name: "Quick exit" }).evaluate((b) => getComputedStyle(b).backgroundColor);
        assert.equal(exitColour, "rgb(164, 35, 27)", how);

        await w.getByRole("button", { name: "Start the self-check" }).click();
        await w.getByRole("button", { name: "Begin" }).click();
        await w.locator('[data-option-id="no"]').click();
        await w.getByRole("button", { name: "Next" }).click();
        await w.locator('[data-question-id="phq-9-item-9"]').waitFor();
        await w.getByRole("button", { name: "Back to all exercises" }).click();

        await w.getByRole("button", { name: "Start practising" }).click();
        await w.locator("[data-scenario]").first().getByRole("button").click();
        await w.locator(".iop-choices .iop-choice").first().click();
        await w.locator("[data-feedback]").waitFor();
        await w.getByRole("button", { name: "Back to all exercises" }).click();

        await w.getByRole("button", { name: "Start my map" }).click();
        await w.getByRole("button", { name: "Add a trigger" }).first().click();
        await w.getByLabel("Trigger").fill("Payday");
        await w.getByRole("button", { name: "Save", exact: true }).click();
        await w.locator("svg.iop-map g.iop-map-trigger").waitFor();
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          w.getByRole("button", { name: "Download my plan (file)" }).click(),
        ]);
        assert.match(download.suggestedFilename(), /\.json$/, "the export (a blob: download) works too");
        await w.getByRole("button", { name: "See my plan" }).click();
        await w.locator('[data-view="plan"]').waitFor();

        assert.deepEqual(await cspViolations(page), [], how);
        assert.deepEqual([...errors, ...page.errors], [], how);
        expectOnlyOwnOrigin(page, origin);
        // The policy is really in force: an inline style element on the host page is refused.
        await page.evaluate(() => document.head.append(Object.assign(document.createElement("style"), { textContent: "h1 { color: red }" })));
        await eventually(async () => (await cspViolations(page)).some((v) => v.startsWith("style-src-elem")), "the control violation");
        await page.context().close();
      }
    } finally {
      await metaOnly.close();
    }
  });

  test("the npm package: mount() and the element on a plain page (under the strict CSP), unmount, mount again", async () => {
    const pkg = process.env.IOP_PKG ?? resolve(import.meta.dirname, "../../pkg");
    await stat(join(pkg, "iop-widget.js")).catch(() => assert.fail(`no npm package in ${pkg}: run scripts/package first`));
    // A site: the fixture page and its script, next to a copy of the package.
    const site = await mkdtemp(join(tmpdir(), "iop-npm-"));
    await cp(pkg, join(site, "pkg"), { recursive: true });
    await cp(resolve(import.meta.dirname, "fixtures/npm.html"), join(site, "index.html"));
    await cp(resolve(import.meta.dirname, "fixtures/npm.js"), join(site, "npm.js"));
    const server = await serve(site, () => ({ "content-security-policy": STRICT_CSP }));
    try {
      const page = await openPage(env.browser);
      const errors = consoleErrors(page);
      await watchCsp(page);
      const seen = await recordHostEvents(page);
      await page.goto(server.origin + "/");
      await page.locator("#here section.iop").waitFor();
      await page.locator("iop-widget section.iop").waitFor();
      const mounted = page.locator("#here");
      assert.match(await mounted.locator(".iop-brand").innerText(), /Mounted Clinic/);
      assert.equal(await mounted.locator('footer a[href="tel:116123"]').count(), 1);
      assert.equal(await mounted.locator('footer a[href^="sms:"]').count(), 0);
      assert.match(await page.locator("iop-widget .iop-brand").innerText(), /Element Clinic/);
      await eventually(() => seen.length === 2, "a ready event from each");
      assert.deepEqual(seen.map((e) => [e.type, e.target]).sort(), [["iop:ready", "DIV"], ["iop:ready", "IOP-WIDGET"]]);

      await mounted.getByRole("button", { name: "Start my map" }).click();
      await mounted.locator('[data-view="overview"]').waitFor();
      await page.locator("#unmount").click();
      assert.equal(await mounted.evaluate((el) => el.shadowRoot.childElementCount), 0, "unmount empties it");
      assert.equal(await page.locator("iop-widget .iop-cards").count(), 1, "the element's widget is untouched");
      await page.locator("#remount").click();
      await mounted.locator(".iop-cards").waitFor();
      assert.match(await mounted.locator(".iop-brand").innerText(), /Mounted Again/);

      assert.deepEqual(await cspViolations(page), []);
      assert.deepEqual([...errors, ...page.errors], []);
      expectOnlyOwnOrigin(page, server.origin);
      await page.context().close();
    } finally {
      await server.close();
      await rm(site, { recursive: true, force: true });
    }
  });
});
