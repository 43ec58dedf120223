// "What to expect", in the release build: walked part by part in English and Spanish with axe on
// each, the clinic's facts from attributes and from its JSON file, "Ask us" where unset, the
// checklist ticked and printed, the way to the screening, a narrow phone screen.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  dist, eventually, expectAccessible, expectOnlyOwnOrigin, focused, openPage, pressMouseOn, recordHostEvents, servedBrowser,
  widgetReady,
} from "./support.mjs";

const words = (lang, part) => JSON.parse(readFileSync(join(dist, "content", lang, `${part}.json`), "utf8"));
const EN = { expect: words("en", "expect"), shell: words("en", "shell") };
const ES = { expect: words("es", "expect"), shell: words("es", "shell") };
const SECTIONS = ["what-it-is", "what-happens", "stages", "testing", "fit", "compare", "questions"];
const FACTS = ["hours", "days", "evenings", "weeks", "medication", "testing", "insurance"];
const CLINIC = "Harbour Recovery Center";

const widget = (page) => page.locator("iop-widget");
const explainer = (page) => widget(page).locator('.iop-screen [data-exercise="what-to-expect"]');

/** A host page of our own, served on the test's origin, with the widget's attributes. */
async function hostPage(env, attributes, { viewport, lang = "en" } = {}) {
  const page = await openPage(env.browser, viewport ? { viewport } : {});
  await page.route("**/expect-host.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>
<script type="module" src="/iop-widget-loader.js"></script></head>
<body><main><h1>Host page</h1><iop-widget ${attributes}><p>Loading.</p></iop-widget></main></body></html>`,
    }),
  );
  await page.goto(env.server.origin + "/expect-host.html");
  await widgetReady(page);
  return page;
}

/** Moves to the next part and waits for it. */
async function next(page, said, to) {
  await explainer(page).getByRole("button", { name: said.expect.next }).click();
  await widget(page).locator(`[data-exercise="what-to-expect"][data-section="${to}"]`).waitFor();
}

/** Every part, in order: its heading, focus on it after moving, axe; `check(section)` for more. */
async function walk(page, said, where, check = async () => {}) {
  for (const [i, section] of SECTIONS.entries()) {
    if (i > 0) await next(page, said, section);
    const heading = said.expect.sections[section].heading;
    await explainer(page).getByRole("heading", { level: 3, name: heading }).waitFor();
    if (i > 0) assert.deepEqual(await focused(page), { tag: "H3", text: heading }, `focus on ${section}'s heading`);
    assert.ok(
      (await explainer(page).innerText()).includes(said.expect.progress.replace("{n}", i + 1).replace("{total}", SECTIONS.length)),
      `${section}: part ${i + 1} of ${SECTIONS.length}`,
    );
    await expectAccessible(page, `${where}: ${section}`);
    await check(section);
  }
  assert.equal(await explainer(page).getByRole("button", { name: said.expect.next }).count(), 0, "no next after the last part");
}

/** The facts as the screen shows them: id -> { set, text }. */
const shownFacts = (page) =>
  explainer(page)
    .locator("[data-fact]")
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.fact, { set: e.dataset.factSet, text: e.innerText }])));

/** Nothing the widget keeps: no storage written by it, in either store. */
const widgetStorage = (page) =>
  page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith("iop-widget")));

describe("what to expect", () => {
  const env = servedBrowser();

  test("opened from home, every part in English passes axe; unset facts say “Ask us”; nothing is stored or sent", async () => {
    const page = await openPage(env.browser);
    const events = await recordHostEvents(page);
    await page.goto(env.server.origin + "/");
    await widgetReady(page);
    await widget(page).getByRole("button", { name: EN.shell.exercises["what-to-expect"].start }).click();
    await explainer(page).getByRole("heading", { level: 2, name: EN.expect.heading }).waitFor();
    await eventually(
      () => events.some((e) => e.type === "iop:exercise-start" && e.detail.exercise === "what-to-expect"),
      "exercise-start names what-to-expect",
    );
    const seen = {};
    await walk(page, EN, "English", async (section) => Object.assign(seen, await shownFacts(page)));
    assert.deepEqual(Object.keys(seen).sort(), [...FACTS].sort(), "every fact has its place");
    for (const [fact, { set, text }] of Object.entries(seen)) {
      assert.equal(set, "no", fact);
      assert.ok(text.includes(EN.expect.ask_us), `${fact} reads “Ask us”: ${text}`);
    }
    // The comparison: a table for screen readers with every level, next to the bars.
    await explainer(page).getByRole("button", { name: EN.expect.previous }).click();
    const table = explainer(page).getByRole("table", { name: EN.expect.compare.caption });
    await table.waitFor({ state: "attached" });
    assert.equal(await table.locator("tbody tr").count(), 4);
    assert.equal(await explainer(page).locator(".iop-level").count(), 4, "four bars");
    assert.deepEqual(await widgetStorage(page), [], "nothing written to storage");
    assert.deepEqual(page.errors, []);
    assert.ok(!page.requests.some((u) => u.includes("program-facts")), "no facts file asked for when none is configured");
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("in Spanish, every part passes axe and unset facts say “Pregúntenos”", async () => {
    const page = await hostPage(env, 'lang="es" start="what-to-expect"');
    await explainer(page).getByRole("heading", { level: 2, name: ES.expect.heading }).waitFor();
    assert.equal(await widget(page).locator("section.iop").getAttribute("lang"), "es");
    await walk(page, ES, "Spanish", async () => {
      for (const { text } of Object.values(await shownFacts(page))) assert.ok(text.includes(ES.expect.ask_us), text);
    });
    assert.ok(!(await explainer(page).innerText()).includes(EN.expect.next), "no English left");
    assert.deepEqual(await widgetStorage(page), [], "the language came from the attribute: nothing stored");
    assert.deepEqual(page.errors, []);
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("the clinic's facts from attributes and its JSON file are shown as “At <clinic>”; attributes win; unset reads “Ask us” with the phone", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/examples/expect.html");
    await widgetReady(page);
    await explainer(page).getByRole("heading", { level: 2, name: EN.expect.heading }).waitFor();
    // Opened first (start="what-to-expect"): its code and words are preloaded with the first screen.
    const preloaded = await page.evaluate(() => [...document.querySelectorAll("link[data-iop-widget]")].map((l) => l.href));
    for (const file of ["split_expect.wasm", "content/en/expect.json"]) {
      assert.ok(preloaded.some((href) => href.endsWith(file)), `${file} preloaded: ${preloaded}`);
    }
    const at = (fact) => `At ${CLINIC}: ${fact}`;
    const expected = {
      hours: at("9 to 12 hours a week"), // the attribute's, not the file's 12-15
      days: at("Monday, Wednesday and Thursday"),
      evenings: at("yes, there are evening groups"),
      weeks: at("about 8 to 12 weeks"),
      medication: at("offered for opioid use and alcohol use"),
      testing: at("Random urine tests, about once a week."),
    };
    const seen = {};
    await eventually(async () => (await shownFacts(page)).hours?.text.includes("9 to 12"), "facts shown");
    await walk(page, EN, "with facts", async () => {
      // The file's facts arrive after the first screen; wait for them before reading.
      await eventually(async () => !(await explainer(page).locator('[data-fact="weeks"][data-fact-set="no"]').count()), "file read");
      Object.assign(seen, await shownFacts(page));
    });
    for (const [fact, text] of Object.entries(expected)) {
      assert.equal(seen[fact].set, "yes", fact);
      assert.ok(seen[fact].text.includes(text), `${fact}: ${seen[fact].text}`);
    }
    assert.equal(seen.insurance.set, "no");
    assert.ok(seen.insurance.text.includes("Ask us: call (555) 010-0123."), seen.insurance.text);
    assert.equal(await explainer(page).locator('[data-fact="insurance"] a[href="tel:5550100123"]').count(), 1);
    assert.equal(await explainer(page).locator("[data-facts-problem]").count(), 0, "a good file shows no problem");
    assert.equal(page.requests.filter((u) => u.endsWith("/examples/program-facts.json")).length, 1, "the file is fetched once");
    expectOnlyOwnOrigin(page, env.server.origin);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("a clinic's text is shown as text, never markup", async () => {
    const page = await hostPage(env, `start="what-to-expect" program-days="&lt;img src=x onerror=alert(1)&gt;&lt;b&gt;Mondays&lt;/b&gt;"`);
    await explainer(page).locator('[data-fact="days"]').waitFor();
    assert.ok((await explainer(page).locator('[data-fact="days"]').innerText()).includes("<b>Mondays</b>"));
    assert.equal(await explainer(page).locator("img, b").count(), 0);
    await page.context().close();
  });

  test("a bad facts file: a clear message, the attributes' facts still shown, the rest “Ask us”", async () => {
    for (const [name, attributes, serve] of [
      ["not JSON", 'program-facts="/facts.json"', (route) => route.fulfill({ contentType: "text/html", body: "<h1>Not found</h1>" })],
      ["a bad value", 'program-facts="/facts.json"', (route) => route.fulfill({ contentType: "application/json", body: '{"hours": "lots", "weeks": 10}' })],
      ["missing", 'program-facts="/facts.json"', (route) => route.fulfill({ status: 404, body: "" })],
      ["on another site", 'program-facts="https://elsewhere.example/facts.json"', null],
    ]) {
      const page = await openPage(env.browser);
      if (serve) await page.route("**/facts.json", serve);
      await page.route("**/expect-host.html", (route) =>
        route.fulfill({
          contentType: "text/html",
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><script type="module" src="/iop-widget-loader.js"></script></head>
<body><main><h1>Host</h1><iop-widget start="what-to-expect" clinic-name="${CLINIC}" program-evenings="no" ${attributes}></iop-widget></main></body></html>`,
        }),
      );
      await page.goto(env.server.origin + "/expect-host.html");
      await widgetReady(page);
      const problem = explainer(page).locator("[data-facts-problem]");
      await problem.waitFor();
      assert.ok((await problem.innerText()).includes(EN.expect.facts_problem), name);
      const facts = await shownFacts(page);
      assert.ok(facts.evenings.text.includes(`At ${CLINIC}: no evening groups`), `${name}: attributes still count`);
      assert.equal(facts.hours.set, "no", name);
      assert.ok(facts.hours.text.includes(EN.expect.ask_us), name);
      if (name === "a bad value") {
        await next(page, EN, "what-happens");
        await next(page, EN, "stages");
        assert.ok((await shownFacts(page)).weeks.text.includes("about 10 weeks"), "the valid fact in the file is kept");
      }
      await expectAccessible(page, `facts file ${name}`);
      expectOnlyOwnOrigin(page, env.server.origin);
      assert.ok(!page.requests.some((u) => u.includes("elsewhere.example")), `${name}: nothing asked of another site`);
      assert.deepEqual(page.errors, [], name);
      await page.context().close();
    }
  });

  test("questions can be ticked and printed; the print shows the checklist with its ticks, not the widget's chrome; nothing is kept", async () => {
    const page = await openPage(env.browser);
    await page.addInitScript(() => {
      window.printCalls = 0;
      window.print = () => window.printCalls++;
    });
    await page.goto(env.server.origin + "/examples/expect.html");
    await widgetReady(page);
    await explainer(page).locator('[data-part="questions"]').click();
    const checklist = explainer(page).getByRole("group", { name: EN.expect.checklist_legend });
    await checklist.waitFor();
    await checklist.getByRole("checkbox", { name: EN.expect.questions.cost }).check();
    await checklist.getByRole("checkbox", { name: EN.expect.questions.relapse }).check();
    await checklist.getByRole("checkbox", { name: EN.expect.questions.licensed }).check();
    await checklist.getByRole("checkbox", { name: EN.expect.questions.licensed }).uncheck();
    // Ticks survive moving between parts (they live in the explainer's memory).
    await explainer(page).getByRole("button", { name: EN.expect.previous }).click();
    await explainer(page).getByRole("button", { name: EN.expect.next }).click();
    assert.ok(await checklist.getByRole("checkbox", { name: EN.expect.questions.cost }).isChecked());
    await expectAccessible(page, "checklist ticked");
    await explainer(page).getByRole("button", { name: EN.expect.print }).click();
    assert.equal(await page.evaluate(() => window.printCalls), 1, "the browser's print is called");

    await page.emulateMedia({ media: "print" });
    const w = widget(page);
    for (const chrome of [".iop-bar", "[data-action=quick-exit]", ".iop-parts", "[data-action=print]", "[data-action=previous]"]) {
      assert.equal(await w.locator(chrome).first().isVisible(), false, `${chrome} hidden in print`);
    }
    for (const id of ["cost", "relapse"]) {
      const box = w.locator(`[data-question="${id}"] input`);
      assert.ok((await box.isVisible()) && (await box.isChecked()), `${id} printed ticked`);
    }
    assert.ok(await w.locator('[data-question="licensed"]').isVisible(), "the rest of the list prints too, unticked");
    assert.equal(await w.locator('[data-question="licensed"] input').isChecked(), false);
    await page.emulateMedia({ media: "screen" });

    assert.deepEqual(await widgetStorage(page), [], "ticks are not stored");
    const afterTicks = page.requests.length;
    await checklist.getByRole("checkbox", { name: EN.expect.questions.family }).check();
    assert.equal(page.requests.length, afterTicks, "a tick sends nothing");
    // Going home and back keeps them (the page's memory, like screening answers); a reload
    // forgets them, as nothing was stored.
    await w.getByRole("button", { name: EN.shell.back_home }).click();
    await w.getByRole("button", { name: EN.shell.exercises["what-to-expect"].start }).click();
    await explainer(page).locator('[data-part="questions"]').click();
    assert.deepEqual(await w.locator("[data-question]:has(input:checked)").evaluateAll((ls) => ls.map((l) => l.dataset.question)),
      ["cost", "family", "relapse"], "ticks kept on this page");
    await page.reload();
    await widgetReady(page);
    await explainer(page).locator('[data-part="questions"]').click();
    assert.equal(await w.locator("[data-question] input:checked").count(), 0, "ticks are in memory only");
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("the way to the screening opens it, fetching from the mouse press, and is absent when the clinic does not offer the screening", async () => {
    const page = await hostPage(env, 'start="what-to-expect"');
    await explainer(page).locator('[data-part="fit"]').click();
    const fetched = () => page.requests.map((u) => new URL(u).pathname.slice(1));
    const screeningFiles = ["split_screening.wasm", "content/en/screening.json"];
    assert.deepEqual(fetched().filter((f) => screeningFiles.includes(f)), [], "nothing of the screening before");
    // As on the first screen: the screening's files come while the button is held.
    await pressMouseOn(page, explainer(page).getByRole("button", { name: EN.expect.screening_link }));
    for (const file of screeningFiles) await eventually(() => fetched().includes(file), `${file} on the press`);
    assert.equal(await widget(page).locator('.iop-screen [data-exercise="screening"]').count(), 0, "still explaining until the click");
    await page.mouse.up();
    await widget(page).locator('.iop-screen [data-exercise="screening"]').first().waitFor();
    assert.deepEqual(fetched().filter((f) => screeningFiles.includes(f)).sort(), [...screeningFiles].sort(), "each fetched once");
    await page.context().close();

    const without = await hostPage(env, 'start="what-to-expect" exercises="what-to-expect refusal-skills"');
    await explainer(without).locator('[data-part="fit"]').click();
    await explainer(without).getByRole("heading", { level: 3, name: EN.expect.sections.fit.heading }).waitFor();
    assert.equal(await explainer(without).locator("[data-screening-link]").count(), 0);
    assert.equal(await explainer(without).getByRole("button", { name: EN.expect.screening_link }).count(), 0);
    await without.context().close();
  });

  test("at 320 px, and with text at 200%, no part scrolls sideways", async () => {
    const page = await hostPage(env, `start="what-to-expect" clinic-name="${CLINIC}" clinic-phone="(555) 010-0123" program-days="Monday, Wednesday and Thursday"`, {
      viewport: { width: 320, height: 640 },
    });
    for (const zoom of ["17px", "34px"]) {
      await page.evaluate((size) => document.querySelector("iop-widget").style.setProperty("--iop-font-size", size), zoom);
      await explainer(page).locator('[data-part="what-it-is"]').click();
      for (const [i, section] of SECTIONS.entries()) {
        if (i > 0) await next(page, EN, section);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= 320, `${section} at ${zoom}: page is ${wide}px wide`);
      }
    }
    await page.context().close();
  });

  test("a counselor's demo walks the parts with the n and p keys", async () => {
    const page = await hostPage(env, 'mode="counselor" start="what-to-expect"');
    await explainer(page).getByRole("heading", { level: 3, name: EN.expect.sections["what-it-is"].heading }).waitFor();
    await page.keyboard.press("n");
    await explainer(page).getByRole("heading", { level: 3, name: EN.expect.sections["what-happens"].heading }).waitFor();
    await page.keyboard.press("p");
    await explainer(page).getByRole("heading", { level: 3, name: EN.expect.sections["what-it-is"].heading }).waitFor();
    await expectAccessible(page, "counselor demo");
    assert.deepEqual(await widgetStorage(page), []);
    await page.context().close();
  });
});
