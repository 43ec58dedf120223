// Where people stumbled in walk-throughs: focus after actions whose button goes away, progress
// that never jumps back, a word on every chart bar, text that follows the browser's size, touch
// targets on a phone, and a counselor's keys from the moment the demo page opens.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { addTrigger, expectAccessible, focused, hostPage, openPage, servedBrowser, widgetReady, LOW_RISK, eventually } from "./support.mjs";

const widget = (page) => page.locator("iop-widget");

async function openScreening(page, origin) {
  await page.goto(origin + "/");
  await widgetReady(page);
  await widget(page).getByRole("button", { name: "Start the self-check" }).click();
  await widget(page).getByRole("button", { name: "Begin" }).click();
}

/**
 * Answers until the result, from `plan` (the first option where the plan has none), and
 * returns the progress each question showed: its text, the bar's value and max, and its label.
 */
async function walkProgress(page, plan, at = async () => {}) {
  const w = widget(page);
  const seen = [];
  for (let i = 0; i < 80; i++) {
    const step = w.locator("[data-step]");
    const kind = await step.getAttribute("data-step");
    if (kind === "result") return seen;
    // Continue and Next by their shortcut marks, so any language walks the same.
    if (kind === "interrupt") {
      await at("the safety panel");
      await w.locator("[data-interrupt] [data-shortcut=next]").click();
      continue;
    }
    const id = await w.locator("[data-question-id]").getAttribute("data-question-id");
    await at(`question ${id}`);
    const bar = w.locator("progress.iop-progress");
    seen.push({
      id,
      text: await w.locator(".iop-progress-label").innerText(),
      value: Number(await bar.getAttribute("value")),
      max: Number(await bar.getAttribute("max")),
      label: await bar.getAttribute("aria-label"),
    });
    const options = plan[id] ?? [await w.locator(`[data-question-id="${id}"] [data-option-id]`).first().getAttribute("data-option-id")];
    for (const option of options) await w.locator(`[data-question-id="${id}"] [data-option-id="${option}"]`).click();
    await w.locator("[data-step] [data-shortcut=next]").click();
    await page.waitForFunction(
      (prev) => {
        const root = document.querySelector("iop-widget").shadowRoot;
        return root.querySelector("[data-question-id]")?.getAttribute("data-question-id") !== prev;
      },
      id,
    );
  }
  throw new Error("the screening did not end");
}

/**
 * What in the widget reaches past its own box. The page need not scroll for that to hurt: the
 * widget's `contain: content` cuts it off at the edge, out of reach.
 */
const cutOff = (page) =>
  page.evaluate(() => {
    const host = document.querySelector("iop-widget");
    const edge = host.getBoundingClientRect();
    return [...host.shadowRoot.querySelectorAll("section.iop *")]
      .filter((el) => !(el instanceof SVGElement) && el.getClientRects().length)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width && (r.right > edge.right + 1 || r.left < edge.left - 1))
      .map(({ el, r }) => `${el.tagName} "${el.textContent.trim().replace(/\s+/g, " ").slice(0, 30)}" ${Math.round(r.left)}..${Math.round(r.right)} of ${Math.round(edge.left)}..${Math.round(edge.right)}`);
  });

/** The element inside the widget with focus, with its text and its accessible description's ids. */
const deepFocus = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.tagName, text: el?.textContent.trim() };
  });

/** The accessible name the focused control in the widget has from its aria-label. */
const focusLabel = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute("aria-label") ?? el?.tagName;
  });

/** From the home screen, through the screening with a crisis answer first and low-risk answers after, to the result. */
async function toCrisisResult(page) {
  const w = widget(page);
  await w.locator(".iop-card").first().getByRole("button").click();
  await w.locator("[data-step=intro] [data-shortcut=next]").click();
  await walkProgress(page, { ...LOW_RISK, "safety-now": ["yes"] });
  await w.locator("[data-outcome=crisis]").waitFor();
  await eventually(() => page.evaluate(() => document.querySelector("iop-widget").shadowRoot.activeElement?.tagName === "H2"), "the result's heading takes focus");
}

/** Whether what has focus in the widget shows: nothing of the widget's or the page's covers its top. */
const focusShows = (page) =>
  page.evaluate(() => {
    const host = document.querySelector("iop-widget");
    const el = host.shadowRoot.activeElement;
    if (!el) return { shows: false, what: `focus is outside the widget, on ${document.activeElement?.tagName}` };
    // A link that wraps has a box per line: look at its first.
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const x = r.left + r.width / 2, y = Math.min(r.top + r.height / 2, r.top + 20);
    const hit = host.shadowRoot.elementFromPoint(x, y);
    const own = !!hit && (el === hit || el.contains(hit) || (el.labels && [...el.labels].some((l) => l.contains(hit))));
    return { shows: own && document.elementFromPoint(x, y) === host, what: `${el.tagName} "${el.textContent.trim().slice(0, 40)}" at ${Math.round(r.top)}, under ${document.elementFromPoint(x, y)?.tagName} / ${hit?.tagName} "${hit?.textContent.trim().slice(0, 20)}"` };
  });

/** Shift+Tab from the footer to the widget's first control: each control that takes focus shows. */
async function backUpByKeyboard(page, where) {
  await widget(page).locator(".iop-footer a").first().focus();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Shift+Tab");
    if (!(await page.evaluate(() => document.querySelector("iop-widget").shadowRoot.activeElement))) {
      assert.ok(i > 5, `${where}: the result has controls to go back through`);
      return;
    }
    // Within a few frames (a scroll's effects are drawn on the next).
    let seen = await focusShows(page);
    for (let tries = 0; !seen.shows && tries < 10; tries++) {
      await page.waitForTimeout(50);
      seen = await focusShows(page);
    }
    assert.ok(seen.shows, `${where}: Shift+Tab ${i + 1} shows what has focus: ${seen.what}`);
  }
}

describe("usability", () => {
  const env = servedBrowser();

  test("focus: delete everything's question, then the screen's heading with the result announced", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/");
    await widgetReady(page);
    const w = widget(page);
    await w.locator("[data-action=delete-everything]").click();
    await w.locator('[data-confirm="delete-everything"]').waitFor();
    assert.match((await deepFocus(page)).text, /Delete everything this widget saved on this device\?/);
    await w.locator("[data-action=confirm-delete]").click();
    await w.locator('[data-deleted="true"]').waitFor();
    assert.deepEqual(await deepFocus(page), { tag: "H2", text: "Is an intensive outpatient program right for me?" }, "focus lands on the screen's heading");
    // The result is said by a live region that was on the page before it changed.
    const status = w.locator('[role="status"][data-deleted="true"]');
    assert.match(await status.innerText(), /deleted/);
    await expectAccessible(page, "after delete everything");
    await page.context().close();
  });

  test("focus never falls to the host page when the control that had it goes, and is not pulled back from the host", async () => {
    const page = await openPage(env.browser);
    await hostPage(page, env.server.origin, "/focus.html", `<iop-widget></iop-widget><p><input aria-label="Host search"></p>`);
    const w = widget(page);
    // Where focus is, through the shadow root; "BODY" when it fell off the widget.
    const where = () => page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return `${el.tagName} ${(el.getAttribute("aria-label") || el.textContent).trim().slice(0, 40)}`;
    });
    const enterOn = async (locator, what) => {
      await locator.focus();
      await page.keyboard.press("Enter");
      await eventually(async () => !/^BODY/.test(await where()), `focus stays in the widget after ${what} (${await where()})`);
    };
    await w.getByRole("button", { name: "Start my map" }).click();
    await w.getByRole("button", { name: "Add a trigger" }).first().click();
    await w.getByLabel("Trigger").fill("Payday");
    await w.getByRole("button", { name: "Save", exact: true }).click();
    // Answering "keep this on this device?": the question goes.
    await enterOn(w.locator("[data-action=save-on-device]"), "answering the saving question");
    // Deleting a contact: its row goes; focus goes to the list's heading.
    for (const name of ["Sam", "Alex"]) {
      await w.getByLabel("Name").fill(name);
      await w.locator('[data-list="contacts"]').getByRole("button", { name: /^Add/ }).click();
    }
    await enterOn(w.getByRole("button", { name: "Delete: Sam" }), "deleting a contact");
    assert.match(await where(), /^H3 People I can call/);
    await expectAccessible(page, "focus on a list's heading");
    // A suggested coping action added leaves the suggestions.
    await w.locator('.iop-trigger[data-trigger="Payday"]').getByRole("button", { name: "What I can do instead" }).click();
    await enterOn(w.getByRole("button", { name: /^Add: / }).first(), "adding a suggested coping action");
    // The person clicks into the host page: the widget does not take focus back when it changes.
    await page.getByRole("textbox", { name: "Host search" }).click();
    await w.getByRole("button", { name: /^Remove: / }).first().evaluate((b) => b.click());
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), "Host search", "the host's field keeps focus");
    await page.context().close();
  });

  test("focus: leaving a trigger's form or its coping actions returns to the button that opened them, in its card", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/");
    await widgetReady(page);
    const w = widget(page);
    await w.getByRole("button", { name: "Start my map" }).click();
    for (const name of ["Payday", "Old friends", "Sunday evenings"]) await addTrigger(page, name);
    const pressed = async (button, then) => {
      await w.getByRole("button", { name: button, exact: true }).focus();
      await page.keyboard.press("Enter");
      await w.getByRole("button", { name: then, exact: true }).focus();
      await page.keyboard.press("Enter");
    };
    const focusIs = async (what) =>
      eventually(async () => (await focusLabel(page)) === what, `focus on "${what}" (${await focusLabel(page)})`);
    await pressed("Edit: Old friends", "Cancel");
    await focusIs("Edit: Old friends");
    await pressed("What I can do instead: Sunday evenings", "Done");
    await focusIs("What I can do instead: Sunday evenings");
    // Saved under a new name and moved to its place: still its own button.
    await w.getByRole("button", { name: "Edit: Payday", exact: true }).click();
    await w.getByLabel("Trigger").fill("Payday evenings");
    await w.getByRole("button", { name: "Save", exact: true }).focus();
    await page.keyboard.press("Enter");
    await focusIs("Edit: Payday evenings");
    await expectAccessible(page, "the map with focus back in a card");
    await page.context().close();
  });

  test("status messages arrive in a live region already on the page, so a screen reader reads them", async () => {
    const page = await openPage(env.browser);
    // The storage is full for one trigger, as on a phone with little room left.
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === "iop-widget.trigger-plan" && value.includes("Concerts")) throw new DOMException("full", "QuotaExceededError");
        return setItem.call(this, key, value);
      };
    });
    await page.goto(env.server.origin + "/");
    await page.evaluate(() => localStorage.setItem("iop-widget.refusal-lines", "{not json"));
    await page.reload();
    await widgetReady(page);
    // Every live region seen empty, before anything was put in it.
    await page.evaluate(() => {
      const root = document.querySelector("iop-widget").shadowRoot;
      const empty = new WeakSet();
      const look = () => {
        for (const r of root.querySelectorAll("[role=status], [aria-live]")) if (!r.textContent.trim()) empty.add(r);
      };
      look();
      new MutationObserver(look).observe(root, { subtree: true, childList: true, characterData: true });
      window.heardAsNew = (selector) => {
        const el = root.querySelector(selector);
        const region = el?.closest("[role=status], [aria-live]");
        return el ? (region ? empty.has(region) : "no live region") : "not shown";
      };
    });
    const w = widget(page);
    const heard = async (selector, what) => {
      await w.locator(selector).first().waitFor();
      assert.equal(await page.evaluate((s) => window.heardAsNew(s), selector), true, `${what}: its region was on the page, empty, before it`);
    };
    // Shown as the map opens, above the heading that takes focus: read after it.
    await w.getByRole("button", { name: "Start my map" }).click();
    await heard('[data-storage-notice="unreadable"]', "the saved lines could not be read");
    await addTrigger(page, "Paydays");
    await heard("[data-saving-prompt]", "the question whether to keep the map");
    await w.locator("[data-action=dont-save]").click();
    await heard('[data-storage-notice="memory-only"]', "nothing is kept on this device, as chosen");
    await w.locator("[data-action=home]").click();
    await w.locator("input[name=iop-saving][value=device]").check();
    await w.getByRole("button", { name: "Start my map" }).click();
    await addTrigger(page, "Concerts", { group: "times-and-events" });
    await heard('[data-storage-notice="not-saved"]', "storage full");
    await w.locator("[data-action=home]").click();
    await w.locator("[data-action=add-passphrase]").click();
    await w.getByLabel("New passphrase").fill("correct horse battery");
    await w.getByLabel("Type it again").fill("correct horse battery");
    await w.getByRole("button", { name: "Protect with this passphrase" }).click();
    await heard('[data-lock-status="working"], [data-lock-status="done"]', "working on the passphrase");
    await heard('[data-lock-status="done"]', "the passphrase is set");
    await page.context().close();
  });

  test("focus: Reset demo lands on the fresh screen's heading, from home and from inside an exercise", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/examples/counselor.html");
    await widgetReady(page);
    const w = widget(page);
    await w.locator("[data-action=reset-demo]").click();
    await eventually(async () => (await deepFocus(page)).tag === "H2", "focus on a heading after reset");
    assert.equal((await deepFocus(page)).text, await w.locator(".iop-screen h2").first().innerText());
    await w.getByRole("button", { name: "Start practising" }).click();
    await w.locator('[data-scenario="concert"]').getByRole("button").click();
    await w.locator("[data-action=reset-demo]").click();
    await w.locator(".iop-cards").waitFor();
    await eventually(async () => (await deepFocus(page)).tag === "H2", "focus on the home heading after reset");
    assert.equal((await deepFocus(page)).text, await w.locator(".iop-screen h2").first().innerText());
    await page.context().close();
  });

  test("progress only moves forward along several branches, the same for screen readers", async () => {
    const branches = {
      "low risk": LOW_RISK,
      "alcohol, opioids and sedatives": {
        ...LOW_RISK,
        substances: ["alcohol", "opioids", "sedatives"],
        "opioid-use": ["not-as-prescribed"],
        "audit-1": ["4-plus-a-week"],
        "sedatives-prescribed": ["not-as-prescribed"],
      },
      "first options everywhere": {},
      "prefer not to say": Object.fromEntries(Object.keys(LOW_RISK).map((id) => [id, ["prefer-not"]])),
    };
    for (const [name, plan] of Object.entries(branches)) {
      const page = await openPage(env.browser);
      await openScreening(page, env.server.origin);
      const seen = await walkProgress(page, plan);
      assert.ok(seen.length > 5, `${name}: ${seen.length} questions`);
      for (const [i, s] of seen.entries()) {
        assert.equal(s.value, i + 1, `${name}: ${s.id} is question ${i + 1}`);
        assert.equal(s.label, s.text, `${name}: the bar's name says what the text says`);
        assert.match(s.text, new RegExp(`^Question ${i + 1} of (at most )?${s.max}$`));
        if (i > 0) assert.ok(s.max <= seen[i - 1].max, `${name}: "${seen[i - 1].text}" then "${s.text}"`);
      }
      assert.ok(seen.at(-1).max >= seen.length, `${name}: never fewer than were asked`);
      await page.context().close();
    }
  });

  test("the result chart is a word for every bar, read as text, and takes a reader's text spacing on a phone", async () => {
    const page = await openPage(env.browser);
    await openScreening(page, env.server.origin);
    await walkProgress(page, LOW_RISK);
    const chart = widget(page).locator(".iop-chart");
    const rows = chart.locator(".iop-chart-row");
    assert.equal(await rows.count(), 6);
    for (const row of await rows.all()) {
      const word = (await row.locator(".iop-chart-word").innerText()).trim();
      assert.ok(word.length > 1, `a word beside ${await row.getAttribute("data-dimension")}`);
      // What a screen reader reads: the dimension and its word, the bar itself hidden.
      assert.match(await row.textContent(), /^[^:]+: \p{L}[\p{L} ]+$/u);
      assert.equal(await row.locator(".iop-chart-bar").getAttribute("aria-hidden"), "true");
    }
    assert.match(await chart.innerText(), /Nothing to note/);
    // A reader's own text spacing on a 320 px phone (WCAG 1.4.12): the words wrap, nothing is cut.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`.iop * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        .iop p { margin-bottom: 2em !important; }`);
      const root = document.querySelector("iop-widget").shadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    });
    assert.deepEqual(await cutOff(page), [], "nothing of the result is cut off with text spacing");
    await page.context().close();
  });

  test("text follows the browser's font size (not the host's root) and reflows at 320 px and 200%", async () => {
    const page = await openPage(env.browser, { viewport: { width: 320, height: 640 } });
    const cdp = await page.context().newCDPSession(page);
    const size = () => widget(page).locator("section.iop").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.goto(env.server.origin + "/");
    await widgetReady(page);
    const normal = await size();
    assert.ok(normal >= 16 && normal <= 18, `about the browser's 16 px: ${normal}`);
    // A host that shrinks its root must not shrink the widget.
    await page.addStyleTag({ content: "html { font-size: 10px } body { font-size: 0.8rem }" });
    assert.equal(await size(), normal, "the host's root size does not reach the widget");
    // The person sets a larger default size in the browser (200%).
    await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 26 } });
    await page.reload();
    await widgetReady(page);
    assert.equal(await size(), normal * 2, "twice the browser's size, twice the widget's");
    const noSideScroll = async (where) => {
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(scroll <= client, `${where}: no horizontal scrolling (${scroll} > ${client})`);
      assert.deepEqual(await cutOff(page), [], `${where}: nothing cut off at the widget's edge`);
    };
    await noSideScroll("home");
    await widget(page).getByRole("button", { name: "Start the self-check" }).click();
    await widget(page).getByRole("button", { name: "Begin" }).click();
    // Every question and the safety panel, with their longest answers.
    await walkProgress(page, { ...LOW_RISK, "safety-now": ["yes"], substances: ["alcohol", "opioids", "sedatives"] }, noSideScroll);
    await noSideScroll("the result");
    const w = widget(page);
    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.getByRole("button", { name: "Start my map" }).click();
    for (const name of ["Payday", "Old friends I used with", "Sunday afternoons on my own"]) {
      await w.getByRole("button", { name: "Add a trigger" }).first().click();
      await w.getByLabel("Trigger").fill(name);
      await noSideScroll("the trigger form");
      await w.getByRole("button", { name: "Save", exact: true }).click();
    }
    await w.locator("svg.iop-map g.iop-map-trigger").nth(2).waitFor();
    await noSideScroll("the trigger map");
    await w.getByRole("button", { name: "See my plan" }).click();
    await noSideScroll("the plan");
    // A reply's rating beside it, in a scene.
    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.getByRole("button", { name: "Start practising" }).click();
    await w.locator('[data-scenario="concert"]').getByRole("button").click();
    await w.locator(".iop-choices .iop-choice").nth(1).click();
    await w.locator("[data-feedback]").waitFor();
    await noSideScroll("a reply with its rating");
    await page.context().close();
  });

  test("in a 280 px column with the browser's very large text the cards fit; on a phone on its side quick exit's row leaves most of the screen", async () => {
    const page = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Page.setFontSizes", { fontSizes: { standard: 24, fixed: 24 } });
    await hostPage(page, env.server.origin, "/sidebar.html",
      `<div style="display:flex;gap:20px"><article style="flex:1"><p>The clinic's article.</p></article><aside style="width:280px;flex:none"><iop-widget></iop-widget></aside></div>`);
    await widget(page).locator(".iop-card").first().waitFor();
    assert.deepEqual(await cutOff(page), [], "the home screen fits the column");
    await page.context().close();

    const phone = await openPage(env.browser, { viewport: { width: 640, height: 320 }, isMobile: true, hasTouch: true });
    const phoneCdp = await phone.context().newCDPSession(phone);
    await phoneCdp.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 32 } });
    await phone.goto(env.server.origin + "/");
    await widgetReady(phone);
    await toCrisisResult(phone);
    const row = await phone.evaluate(() => {
      window.scrollTo(0, document.scrollingElement.scrollHeight / 2);
      const r = document.querySelector("iop-widget").shadowRoot.querySelector(".iop-exit-row").getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    assert.ok(row.top >= -1 && row.bottom <= 320 / 3, `quick exit's row, in view, takes at most a third: ${JSON.stringify(row)}`);
    await phone.context().close();
  });

  test("on a 320 px phone only quick exit's row stays over the page, and nothing that takes focus hides under it", async () => {
    // In Spanish at the browser's size, and in English with text at 200%: the whole bar used to
    // stay, a third of the screen and then more than two thirds, over the result's heading.
    for (const [language, fontSize, most] of [["es", 16, 0.15], ["en", 32, 1 / 3]]) {
      const where = `${language}, ${fontSize} px text`;
      const page = await openPage(env.browser, { viewport: { width: 320, height: 640 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Page.setFontSizes", { fontSizes: { standard: fontSize, fixed: fontSize } });
      await page.goto(env.server.origin + "/");
      await widgetReady(page);
      await widget(page).locator("select[name=iop-language]").selectOption(language);
      await widget(page).locator(`section.iop[lang=${language}]`).waitFor();
      await toCrisisResult(page);
      const seen = await focusShows(page);
      assert.ok(seen.shows, `${where}: the result's heading shows when it takes focus: ${seen.what}`);
      await page.evaluate(() => window.scrollTo(0, document.scrollingElement.scrollHeight / 2));
      const box = await widget(page).locator("[data-action=quick-exit]").boundingBox();
      assert.ok(box.y >= 0 && box.y + box.height <= 640, `${where}: quick exit stays in view`);
      // What stays over the page: the widget's sticky parts drawn at the screen's top edge.
      const stays = await page.evaluate(() => {
        const root = document.querySelector("iop-widget").shadowRoot;
        let bottom = 0;
        for (const el of root.querySelectorAll("*")) {
          if (getComputedStyle(el).position !== "sticky") continue;
          const r = el.getBoundingClientRect();
          if (r.top <= 1 && r.height > 0) bottom = Math.max(bottom, r.bottom);
        }
        return bottom;
      });
      assert.ok(stays > 0 && stays <= 640 * most, `${where}: what stays over the page is ${Math.round(stays)} px of 640 (at most ${Math.round(640 * most)})`);
      await backUpByKeyboard(page, where);
      await expectAccessible(page, `a result at 320 px, ${where}`);
      await page.context().close();
    }
  });

  test("under a host page's fixed header, --iop-sticky-top keeps quick exit and what takes focus below it", async () => {
    const page = await openPage(env.browser, { viewport: { width: 390, height: 700 } });
    const origin = env.server.origin;
    await hostPage(page, origin, "/fixed-header.html",
      `<header>Harbour Recovery Center</header><iop-widget clinic-name="Harbour Recovery Center" clinic-phone="(555) 010-0123"></iop-widget>`,
      `<style>body { margin: 0; padding-top: 72px } header { position: fixed; top: 0; left: 0; right: 0; height: 72px; background: #1c3d5a; color: #fff; z-index: 10 }
iop-widget { --iop-sticky-top: 72px }</style>`);
    await toCrisisResult(page);
    const seen = await focusShows(page);
    assert.ok(seen.shows, `the result's heading shows below the header: ${seen.what}`);
    await page.evaluate(() => window.scrollTo(0, document.scrollingElement.scrollHeight / 2));
    const exit = widget(page).locator("[data-action=quick-exit]");
    const box = await exit.boundingBox();
    assert.ok(box.y >= 72 && box.y + box.height <= 700, `quick exit stays in view below the header: ${JSON.stringify(box)}`);
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    assert.equal(onTop, "IOP-WIDGET", "nothing of the host's covers quick exit");
    await exit.click({ trial: true });
    await backUpByKeyboard(page, "under a fixed header");
    await page.context().close();
  });

  test("in a host wrapper with overflow-x: hidden, quick exit still stays in view, and leaves with the widget", async () => {
    // Such a wrapper (common in site themes) is where sticking happens, and it never scrolls.
    const page = await openPage(env.browser, { viewport: { width: 320, height: 640 } });
    const origin = env.server.origin;
    await hostPage(page, origin, "/clipping-wrapper.html",
      `<iop-widget clinic-name="Harbour Recovery Center" clinic-phone="(555) 010-0123"></iop-widget><p id="after">After the widget</p>`,
      "<style>main { overflow-x: hidden } #after { height: 1500px }</style>");
    await toCrisisResult(page);
    const exit = widget(page).locator("[data-action=quick-exit]");
    const widgetBox = () => page.evaluate(() => { const r = document.querySelector("iop-widget").getBoundingClientRect(); return { top: r.top + scrollY, bottom: r.bottom + scrollY }; });
    const { top, bottom } = await widgetBox();
    assert.ok(bottom - top > 3 * 640, "the result is several screens long");
    for (const y of [top + 640, (top + bottom) / 2, bottom - 700]) {
      await page.evaluate((y) => window.scrollTo(0, y), y);
      await eventually(async () => { const b = await exit.boundingBox(); return b.y >= 0 && b.y + b.height <= 640; }, `quick exit in view with the page scrolled to ${Math.round(y)}`);
      await exit.click({ trial: true });
    }
    await backUpByKeyboard(page, "in a clipping wrapper");
    // Past the widget, the host's own content is not covered.
    await page.evaluate((y) => window.scrollTo(0, y + 10), bottom);
    await eventually(async () => (await exit.boundingBox()).y + 44 <= 0, "quick exit leaves with the widget");
    assert.equal(await page.evaluate(() => document.elementFromPoint(160, 30)?.id), "after");
    await page.context().close();
  });

  test("with forced colours on a dark theme (Windows High Contrast), the result's chart and the trigger map stay readable", async () => {
    const page = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
    await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
    /** Every word and mark of the pictures in `selector`, with its contrast against the widget's background. */
    const contrasts = (selector) =>
      page.evaluate((selector) => {
        const root = document.querySelector("iop-widget").shadowRoot;
        const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
        const luminance = (c) => {
          const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
        const background = getComputedStyle(root.querySelector("section.iop")).backgroundColor;
        // A number drawn on a mark (the shape just before it) is read against that mark.
        const behind = (t) => (["circle", "rect"].includes(t.previousElementSibling?.localName) && !t.previousElementSibling.classList.contains("iop-map-edge") ? getComputedStyle(t.previousElementSibling).fill : background);
        return [...root.querySelectorAll(`${selector} text`)].map((t) => ({ text: t.textContent, ratio: ratio(getComputedStyle(t).fill, behind(t)) }));
      }, selector);
    await openScreening(page, env.server.origin);
    await walkProgress(page, LOW_RISK);
    // The chart's words, in the person's own colours, against the widget's background (axe does
    // not know forced colours); a step that is on looks different from one that is off.
    const words = await widget(page).locator(".iop-chart").evaluate((chart) => {
      const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
      const luminance = (c) => {
        const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
      const background = getComputedStyle(chart.closest("section.iop")).backgroundColor;
      return [...chart.querySelectorAll(".iop-chart-label, .iop-chart-word")].map((t) => ({ text: t.textContent, ratio: ratio(getComputedStyle(t).color, background) }));
    });
    assert.equal(words.length, 12, "the chart has a name and a word for each of six rows");
    for (const { text, ratio } of words) assert.ok(ratio >= 4.5, `the chart's "${text}" reads at ${ratio.toFixed(2)}:1`);
    const steps = await widget(page).locator(".iop-chart-bar span").evaluateAll((spans) => [...new Set(spans.map((r) => getComputedStyle(r).backgroundColor))]);
    assert.equal(steps.length, 2, `on and off steps differ: ${steps}`);
    await page.goto(env.server.origin + "/examples/counselor.html");
    await widgetReady(page);
    await widget(page).first().getByRole("button", { name: "Start my map" }).click();
    await widget(page).first().locator("svg.iop-map g.iop-map-trigger").first().waitFor();
    const map = await contrasts("svg.iop-map");
    assert.ok(map.length > 7, "the map names its seven groups and numbers its triggers");
    for (const { text, ratio } of map) assert.ok(ratio >= 4.5, `the map's "${text}" reads at ${ratio.toFixed(2)}:1`);
    await page.context().close();
  });

  test("every control is at least 44x44 CSS px on a 360 px touch screen", async () => {
    const page = await openPage(env.browser, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const small = () =>
      widget(page).locator("section.iop").evaluate((root) => {
        const found = [];
        for (const el of root.querySelectorAll("a[href], button, select, input, textarea, summary")) {
          // A radio button or checkbox is tapped through its label.
          const target = ["radio", "checkbox"].includes(el.type) ? el.closest("label") ?? el : el;
          const r = target.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue; // not shown (e.g. a visually hidden file input's label is the target)
          if (r.width < 44 || r.height < 44) found.push(`${target.tagName} "${target.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
        }
        return found;
      });
    await page.goto(env.server.origin + "/");
    await widgetReady(page);
    const w = widget(page);
    assert.deepEqual(await small(), [], "home");
    await w.getByRole("button", { name: "Start the self-check" }).click();
    await w.getByRole("button", { name: "Begin" }).click();
    assert.deepEqual(await small(), [], "a question");
    await walkProgress(page, LOW_RISK);
    assert.deepEqual(await small(), [], "the result");
    await w.locator("[data-action=handoff]").click();
    await w.locator("[data-summary]").waitFor();
    assert.deepEqual(await small(), [], "take it to the clinic");
    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.getByRole("button", { name: "Start practising" }).click();
    await w.locator('[data-scenario="concert"]').getByRole("button").click();
    await w.locator(".iop-choices .iop-choice").first().click();
    assert.deepEqual(await small(), [], "a refusal scene");
    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.getByRole("button", { name: "Start my map" }).click();
    await w.getByRole("button", { name: "Add a trigger" }).first().click();
    await w.getByLabel("Trigger").fill("Payday");
    assert.deepEqual(await small(), [], "the trigger form");
    await w.getByRole("button", { name: "Save", exact: true }).click();
    await w.getByLabel("Name").fill("Sam");
    await w.locator('[data-list="contacts"]').getByRole("button", { name: "Add" }).click();
    await w.locator("svg.iop-map g.iop-map-trigger").waitFor();
    assert.deepEqual(await small(), [], "the trigger map with a trigger and a contact");
    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.getByRole("button", { name: "Read what to expect" }).click();
    assert.deepEqual(await small(), [], "what to expect");
    await w.locator('[data-part="questions"]').click();
    await w.locator("[data-checklist]").waitFor();
    assert.deepEqual(await small(), [], "the questions to ask");
    await page.context().close();
  });

  test("counselor keys work from a fresh load without stealing the host page's fields; Escape closes help; P steps back in a scene", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/examples/counselor.html");
    await widgetReady(page);
    const w = widget(page);
    const help = w.locator("[data-shortcuts]");
    // Nothing focused yet: the keys still reach the demo.
    await page.keyboard.press("?");
    await help.waitFor();
    await expectAccessible(page, "shortcut help, counselor mode");
    // Escape closes the help, and does not count towards quick exit while it is open.
    await page.keyboard.press("Escape");
    assert.equal(await help.count(), 0, "Escape closed the help");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    assert.equal(new URL(page.url()).pathname, "/examples/counselor.html", "two more Escapes are not a quick exit");
    await page.waitForTimeout(1100); // let the quick-exit window pass

    // A field of the host page's own keeps its letters.
    await page.evaluate(() => {
      const input = document.createElement("input");
      input.id = "host-notes";
      input.setAttribute("aria-label", "Notes");
      (document.querySelector("main") ?? document.body).prepend(input);
    });
    await page.locator("#host-notes").fill("");
    await page.locator("#host-notes").pressSequentially("np?r");
    assert.equal(await page.locator("#host-notes").inputValue(), "np?r");
    assert.equal(await help.count(), 0, "? typed in the host's field does not open the help");
    await page.locator("#host-notes").blur();

    await w.getByRole("button", { name: "Start practising" }).click();
    await w.locator('[data-scenario="concert"]').getByRole("button").click();
    await w.locator(".iop-choices .iop-choice").first().click();
    await page.keyboard.press("n");
    await w.locator(".iop-choices .iop-choice").first().waitFor();
    const before = await w.locator(".iop-chat [data-choice]").count();
    assert.equal(before, 1, "one choice made");
    await page.keyboard.press("p");
    await eventually(async () => (await w.locator(".iop-chat [data-choice]").count()) === 0, "P undoes the last choice");
    assert.equal(await w.locator('[data-view="play"]').count(), 1, "still in the scene");
    await expectAccessible(page, "refusal scene after stepping back, counselor mode");
    await page.keyboard.press("p");
    await eventually(async () => (await w.locator('[data-view="play"]').count()) === 0, "P before any choice goes back to the scenes");
    await page.context().close();
  });

  test("counselor mode passes axe on a question, the scenes and the example trigger map", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/examples/counselor.html");
    await widgetReady(page);
    const w = widget(page);
    await w.getByRole("button", { name: "Start the self-check" }).click();
    await w.getByRole("button", { name: "Begin" }).click();
    await w.locator("[data-question-id]").waitFor();
    await expectAccessible(page, "a question, counselor mode");
    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.getByRole("button", { name: "Start practising" }).click();
    await w.locator('[data-scenario="concert"]').waitFor();
    await expectAccessible(page, "the scenes, counselor mode");
    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.getByRole("button", { name: "Start my map" }).click();
    await w.locator(".iop-trigger").first().waitFor();
    await expectAccessible(page, "the example trigger map, counselor mode");
    await page.context().close();
  });
});
