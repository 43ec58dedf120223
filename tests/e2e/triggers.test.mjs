// The trigger map in the release build: building a plan, and every way stored data can go wrong
// (corrupt, unavailable, full, two tabs) keeping the person's data and saying so.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { expectAccessible, expectOnlyOwnOrigin, openPage, servedBrowser, widgetReady, addTrigger, eventually } from "./support.mjs";

const KEY = "iop-widget.trigger-plan";
const widget = (page) => page.locator("iop-widget");

async function openMap(page, origin) {
  await page.goto(origin + "/");
  await widgetReady(page);
  await widget(page).getByRole("button", { name: "Start my map" }).click();
  await widget(page).locator('[data-view="overview"]').waitFor();
}

/** Answers the first-time question: keep the map on this device. */
async function keepOnDevice(page) {
  await widget(page).locator("[data-action=save-on-device]").click();
  await widget(page).locator("[data-saving-prompt]").waitFor({ state: "detached" });
}

const triggerNames = (page) => widget(page).locator(".iop-trigger strong").allInnerTexts();

/** A plan file as exported (version 4) with `triggers` [name, group, urge or null]. */
function planFile(triggers, { coping = [], contacts = [], places = [] } = {}) {
  let id = 0;
  const plan = {
    triggers: triggers.map(([name, category, urge]) => ({ id: ++id, name, category, urge, frequency: null, warning_signs: "", notes: "" })),
    coping: coping.map(([text, links]) => ({ id: ++id, kind: "own", text, triggers: links })),
    refusal_lines: [],
    contacts: contacts.map((name) => ({ id: ++id, name, phone: "" })),
    safe_places: places,
  };
  plan.next_id = id + 1;
  return Buffer.from(JSON.stringify({ format: "iop-widget.relapse-prevention-plan", version: 4, exported: "2026-12-01", plan }));
}

/** Opens the import screen and chooses `buffer` as the file; returns the preview. */
async function chooseFile(page, buffer) {
  const w = widget(page);
  await w.getByRole("button", { name: "Load a plan from a file" }).click();
  await w.getByLabel("Choose the plan file").setInputFiles({ name: "plan.json", mimeType: "application/json", buffer });
  const preview = w.locator("[data-import-preview]");
  await preview.waitFor();
  return preview;
}

/** Every box on the map picture that must not overlap another: each trigger's mark (with its
 * number) and each group's name; with the picture's own box. */
const mapBoxes = (page) =>
  widget(page).locator("svg.iop-map").evaluate((svg) => {
    const box = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; };
    return {
      svg: box(svg),
      marks: [...svg.querySelectorAll("g.iop-map-trigger")].map((g) => ({
        number: g.querySelector("text").textContent, name: g.dataset.trigger, ...box(g),
        font: parseFloat(getComputedStyle(g.querySelector("text")).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width),
      })),
      labels: [...svg.querySelectorAll("text.iop-map-label")].map((t) => ({ name: t.textContent, ...box(t) })),
    };
  });

function expectApart(boxes, where) {
  const all = [...boxes.marks, ...boxes.labels];
  for (const [i, a] of all.entries()) {
    assert.ok(a.x >= boxes.svg.x - 0.5 && a.y >= boxes.svg.y - 0.5 && a.x + a.w <= boxes.svg.x + boxes.svg.w + 0.5 && a.y + a.h <= boxes.svg.y + boxes.svg.h + 0.5,
      `${where}: ${a.name} lies outside the picture`);
    for (const b of all.slice(i + 1)) {
      const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
      assert.ok(apart, `${where}: "${a.name}" and "${b.name}" overlap: ${JSON.stringify([a, b])}`);
    }
  }
}
const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);

/** Every name in Chromium's own accessibility tree for the page: what a screen reader reads. */
async function accessibleNames(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => n.name?.value ?? "");
}

describe("trigger map", () => {
  const env = servedBrowser();

  test("build a map with the guided start, coping actions and a contact; it is all there after a reload", async () => {
    const page = await openPage(env.browser);
    await openMap(page, env.server.origin);
    const w = widget(page);
    await expectAccessible(page, "empty trigger map");
    await w.getByRole("button", { name: "Start with common triggers" }).click();
    await expectAccessible(page, "guided first run");
    await w.getByText("Old friends I used with").click();
    for (let i = 0; i < 7; i++) await w.getByRole("button", { name: /^(Next|Add to my map)$/ }).click();
    // Nothing is written until the person says where the map should live.
    await w.locator("[data-saving-prompt]").waitFor();
    await expectAccessible(page, "the keep-on-this-device question");
    assert.equal(await stored(page), null);
    await keepOnDevice(page);
    // A save waits for the next task (platform/store.rs), so it lands just after the prompt goes.
    await eventually(async () => /Old friends I used with/.test((await stored(page)) ?? ""), "the map is kept on the device");
    await addTrigger(page, "Payday", { group: "times-and-events", urge: 9 });
    assert.deepEqual(await triggerNames(page), ["Old friends I used with", "Payday"]);

    // Three coping actions for the strongest trigger, one of them the person's own.
    await w.locator('.iop-trigger[data-trigger="Payday"]').getByRole("button", { name: "What I can do instead" }).click();
    await expectAccessible(page, "coping editor");
    await w.getByRole("button", { name: /^Add: / }).first().click();
    await w.getByRole("button", { name: /^Add: / }).first().click();
    await w.getByLabel("What will you do?").fill("Pay the rent first thing");
    await w.getByRole("button", { name: "Add", exact: true }).click();
    assert.equal(await w.locator(".iop-coping-list li").count(), 3);
    await w.getByRole("button", { name: "Done" }).click();

    await w.getByLabel("Name").fill("Sam (sponsor)");
    await w.getByLabel("Phone").fill("555 010 0142");
    await w.locator('[data-list="contacts"]').getByRole("button", { name: "Add" }).click();
    await w.getByRole("textbox", { name: "Place" }).fill("The library");
    await w.locator('[data-list="safe-places"]').getByRole("button", { name: "Add" }).click();
    await expectAccessible(page, "trigger map overview");

    await page.reload();
    await openMap(page, env.server.origin);
    assert.deepEqual(await triggerNames(page), ["Old friends I used with", "Payday"]);
    assert.match(await w.locator('.iop-trigger[data-trigger="Payday"]').innerText(), /Urge 9 of 10 · 3 coping actions/);
    assert.match(await w.locator('[data-list="contacts"]').innerText(), /Sam \(sponsor\)/);
    assert.equal(await w.locator("svg.iop-map g.iop-map-trigger").count(), 2, "one mark per trigger on the map");
    assert.equal(await w.locator("svg.iop-map circle.iop-map-dot").count(), 1, "a dot for the rated one");

    await w.getByRole("button", { name: "See my plan" }).click();
    const plan = w.locator('[data-view="plan"]');
    assert.match(await plan.innerText(), /Pay the rent first thing/);
    assert.match(await plan.innerText(), /The library/);
    await expectAccessible(page, "plan view");
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("an entry the plan refuses says why and keeps what was typed, to be put right", async () => {
    const page = await openPage(env.browser);
    await openMap(page, env.server.origin);
    const w = widget(page);
    await addTrigger(page, "Payday", { group: "times-and-events", urge: 9 });
    await addTrigger(page, "Bars", { group: "times-and-events" });
    const message = w.locator("[data-message]");
    // A trigger renamed like another: the form stays open, as typed, under the reason.
    await w.locator('.iop-trigger[data-trigger="Bars"]').getByRole("button", { name: "Edit" }).click();
    await w.getByLabel("Trigger", { exact: true }).fill("Payday");
    await w.getByRole("button", { name: "Save", exact: true }).click();
    await message.waitFor();
    assert.match(await message.innerText(), /already in your plan/);
    assert.equal(await w.getByLabel("Trigger", { exact: true }).inputValue(), "Payday");
    // The field it is about is marked, described by the reason, and has focus to be put right.
    const field = w.getByLabel("Trigger", { exact: true });
    assert.equal(await field.getAttribute("aria-invalid"), "true");
    assert.equal(await field.getAttribute("aria-describedby"), await message.getAttribute("id"));
    assert.equal(await field.evaluate((el) => el.getRootNode().activeElement === el), true, "focus on the field");
    await expectAccessible(page, "a refused edit");
    await w.getByLabel("Trigger", { exact: true }).fill("Bars after work");
    await w.getByRole("button", { name: "Save", exact: true }).click();
    await w.locator('.iop-trigger[data-trigger="Bars after work"]').waitFor();
    assert.equal(await message.count(), 0, "the reason goes once the edit is saved");
    const contacts = w.locator('[data-list="contacts"]');
    const places = w.locator('[data-list="safe-places"]');

    await w.getByLabel("Name").fill("Sam (sponsor)");
    await w.getByLabel("Phone").fill("555 010 0142");
    await contacts.getByRole("button", { name: "Add" }).click();
    await contacts.getByText("Sam (sponsor)").waitFor();
    assert.equal(await w.getByLabel("Name").inputValue(), "", "an added contact empties the boxes");
    // The same again: refused as a duplicate, and the boxes keep it.
    await w.getByLabel("Name").fill("Sam (sponsor)");
    await w.getByLabel("Phone").fill("555 010 0142");
    await contacts.getByRole("button", { name: "Add" }).click();
    await message.waitFor();
    assert.match(await message.innerText(), /already in your plan/);
    assert.equal(await w.getByLabel("Name").inputValue(), "Sam (sponsor)");
    assert.equal(await w.getByLabel("Phone").inputValue(), "555 010 0142");
    // A phone without a name: refused, and the phone typed stays.
    await w.getByLabel("Name").fill("");
    await w.getByLabel("Phone").fill("555 010 0199");
    await contacts.getByRole("button", { name: "Add" }).click();
    await eventually(async () => /Please fill in/.test(await message.innerText()), "the empty name is named");
    assert.equal(await w.getByLabel("Phone").inputValue(), "555 010 0199");
    // The name box is the one marked, described by the reason, with focus (the Add button had it).
    const name = w.getByLabel("Name");
    assert.equal(await name.getAttribute("aria-invalid"), "true");
    assert.equal(await name.getAttribute("aria-describedby"), await message.getAttribute("id"));
    assert.equal(await name.evaluate((el) => el.getRootNode().activeElement === el), true, "focus on the name");
    assert.equal(await w.getByLabel("Phone").getAttribute("aria-invalid"), null, "the phone is fine");
    await expectAccessible(page, "a refused contact");
    await name.fill("Dana");
    assert.equal(await name.getAttribute("aria-invalid"), null, "typing clears the mark");

    // The guided start picking a trigger the map has: the map says so on arrival.
    await w.getByRole("button", { name: "Start with common triggers" }).click();
    await w.locator('[data-view="guided"]').getByText("Old friends I used with").click();
    for (let i = 0; i < 7; i++) await w.getByRole("button", { name: /^(Next|Add to my map)$/ }).click();
    await w.locator('.iop-trigger[data-trigger="Old friends I used with"]').waitFor();
    assert.equal(await message.count(), 0, "a first pick is simply added");
    await w.getByRole("button", { name: "Start with common triggers" }).click();
    await w.locator('[data-view="guided"]').getByText("Old friends I used with").click();
    for (let i = 0; i < 7; i++) await w.getByRole("button", { name: /^(Next|Add to my map)$/ }).click();
    await eventually(async () => /already in your plan/.test((await message.count()) ? await message.innerText() : ""),
      "the repeated pick is named");
    assert.equal((await triggerNames(page)).filter((n) => n === "Old friends I used with").length, 1);

    await w.getByRole("textbox", { name: "Place" }).fill("The library");
    await places.getByRole("button", { name: "Add" }).click();
    await places.getByText("The library").waitFor();
    await w.getByRole("textbox", { name: "Place" }).fill("The library");
    await places.getByRole("button", { name: "Add" }).click();
    await eventually(async () => /already in your plan/.test(await message.innerText()), "the duplicate place is named");
    const place = w.getByRole("textbox", { name: "Place" });
    assert.equal(await place.inputValue(), "The library");
    // Its box is marked, described by the reason, and focused, as the contact's was.
    assert.equal(await place.getAttribute("aria-invalid"), "true");
    assert.equal(await place.getAttribute("aria-describedby"), await message.getAttribute("id"));
    assert.equal(await place.evaluate((el) => el.getRootNode().activeElement === el), true, "focus on the place");

    await page.context().close();
  });

  test("the map's picture labels every one of 25 triggers, none overlapping, also at 320 px", async () => {
    const groups = ["people", "places", "things", "times-and-events", "emotions", "thoughts", "body-sensations"];
    // Ten in one group with high urges crowd its sector; every fifth is not rated yet.
    const triggers = Array.from({ length: 25 }, (_, i) => [
      `Trigger number ${i + 1}`, i < 10 ? "people" : groups[i % 7], i % 5 === 4 ? null : 10 - (i % 4),
    ]);
    const page = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await openMap(page, env.server.origin);
    const w = widget(page);
    await (await chooseFile(page, planFile(triggers))).getByRole("button", { name: "Replace my plan with it" }).click();
    await w.locator('[data-view="overview"]').waitFor();
    assert.equal((await triggerNames(page)).length, 25);

    const boxes = await mapBoxes(page);
    assert.deepEqual(boxes.marks.map((m) => [m.number, m.name]), triggers.map(([name], i) => [String(i + 1), name]),
      "each trigger's mark carries its number, in list order");
    assert.equal(await w.locator("svg.iop-map g.iop-map-unrated rect").count(), 5, "not rated: a hollow square each");
    assert.equal(await w.locator("svg.iop-map g.iop-map-rated circle").count(), 20);
    assert.deepEqual(await w.locator("[data-map-legend] li strong").allInnerTexts(), triggers.map(([name]) => name),
      "the list under the picture says which number is which");
    assert.match(await w.locator("[data-map-legend] li").nth(4).innerText(), /Trigger number 5 · People · Not rated yet/);
    const title = await w.locator("svg.iop-map title").textContent();
    for (const [i, [name]] of triggers.entries()) assert.ok(title.includes(`${i + 1}. ${name} (`), `the title names ${name}`);
    expectApart(boxes, "1280 px");
    await expectAccessible(page, "map with 25 triggers");

    // A phone, or 200% zoom on a 640 px window: the picture scales, nothing overlaps, and the
    // numbers stay legible.
    await page.setViewportSize({ width: 320, height: 640 });
    const small = await mapBoxes(page);
    expectApart(small, "320 px");
    const smallest = Math.min(...small.marks.map((m) => m.font));
    assert.ok(smallest >= 8, `numbers are ${smallest.toFixed(1)} px at 320 px`);
    await expectAccessible(page, "map with 25 triggers at 320 px");

    // Printed in black and white: every rated mark is solid black, so none depends on colour.
    await page.emulateMedia({ media: "print" });
    const fills = await w.locator("svg.iop-map g.iop-map-rated circle").evaluateAll((cs) => [...new Set(cs.map((c) => getComputedStyle(c).fill))]);
    assert.deepEqual(fills, ["rgb(0, 0, 0)"]);
    await page.context().close();
  });

  test("a map of 60 triggers: every card is there for a screen reader and in print, edits come back to the right card", async () => {
    const groups = ["people", "places", "things", "times-and-events", "emotions", "thoughts", "body-sensations"];
    const triggers = Array.from({ length: 60 }, (_, i) => [`Trigger number ${i + 1}`, groups[i % 7], i % 11]);
    const page = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
    await openMap(page, env.server.origin);
    const w = widget(page);
    await (await chooseFile(page, planFile(triggers))).getByRole("button", { name: "Replace my plan with it" }).click();
    await w.locator('[data-view="overview"]').waitFor();

    // Far below the screen, the cards are still named to assistive technology.
    for (const n of [1, 30, 60]) {
      await w.getByRole("button", { name: `Edit: Trigger number ${n}`, exact: true }).waitFor({ state: "attached" });
    }
    assert.equal(await w.getByRole("button", { name: /^Edit: Trigger number / }).count(), 60);
    // And in Chromium's own accessibility tree, which a screen reader reads (Playwright's roles
    // are worked out from the DOM, so they would not see a card the browser leaves out).
    const named = await accessibleNames(page);
    for (const n of [1, 30, 60]) assert.ok(named.includes(`Edit: Trigger number ${n}`), `card ${n} is in the accessibility tree`);

    // Scrolled to, the last card shows its name and its buttons take focus whole.
    const last = w.locator(".iop-trigger").nth(59);
    await last.scrollIntoViewIfNeeded();
    await eventually(async () => /Trigger number 60/.test(await last.innerText()), "the last card shows when scrolled to");
    const edit = last.getByRole("button", { name: "Edit: Trigger number 60" });
    await edit.focus();
    const ring = await edit.evaluate((b) => {
      const card = b.closest(".iop-trigger").getBoundingClientRect();
      const r = b.getBoundingClientRect();
      const out = parseFloat(getComputedStyle(b).outlineWidth) + parseFloat(getComputedStyle(b).outlineOffset);
      return { inside: r.left - out >= card.left - 0.5 && r.right + out <= card.right + 0.5, out };
    });
    assert.ok(ring.out > 0 && ring.inside, "the focus ring is not cut off by the card");

    // A question left open is closed by going elsewhere, as before the overview stayed drawn.
    await w.getByRole("button", { name: "Delete: Trigger number 60" }).click();
    await w.getByRole("button", { name: "Yes, delete: Trigger number 60" }).waitFor();
    await w.getByRole("button", { name: "Edit: Trigger number 59" }).click();
    await w.getByRole("button", { name: "Cancel" }).first().click();
    await w.locator('[data-view="overview"]').waitFor();
    assert.equal(await w.getByRole("button", { name: "Yes, delete: Trigger number 60" }).count(), 0);
    await w.locator("[data-action=delete-everything]").click();
    await w.locator("[data-confirm=delete-everything]").waitFor();
    await w.getByRole("button", { name: "Edit: Trigger number 59" }).click();
    await w.getByRole("button", { name: "Cancel" }).first().click();
    await w.locator('[data-view="overview"]').waitFor();
    assert.equal(await w.locator("[data-confirm=delete-everything]").count(), 0, "the delete-everything question closed too");

    // An edit from the form lands on its own card, once, in its place.
    await w.getByRole("button", { name: "Edit: Trigger number 45" }).click();
    await w.locator('[data-view="trigger-form"] input[name=name]').fill("Payday evenings");
    await w.getByRole("button", { name: "Save", exact: true }).click();
    await w.locator('[data-view="overview"]').waitFor();
    await eventually(async () => (await w.getByRole("button", { name: "Edit: Payday evenings" }).evaluate((b) => b.getRootNode().activeElement === b)), "focus is back on the card's Edit button");
    const names = await w.locator(".iop-trigger").evaluateAll((cards) => cards.map((c) => c.dataset.trigger));
    assert.equal(names.length, 60);
    assert.equal(names[44], "Payday evenings");
    assert.equal(names.filter((n) => n === "Payday evenings").length, 1);
    await expectAccessible(page, "map with 60 triggers");

    // Printed, every card and every legend entry is on paper.
    await page.emulateMedia({ media: "print" });
    const printed = await w.locator(".iop-trigger strong, [data-map-legend] li strong").allInnerTexts();
    assert.equal(printed.filter((t) => t.trim()).length, 120, "all 60 cards and 60 legend entries print");

    // The plan of a map this long: every trigger there for a screen reader, and on paper.
    await page.emulateMedia({ media: "screen" });
    await w.getByRole("button", { name: "See my plan" }).click();
    const plan = w.locator('[data-view="plan"]');
    await plan.waitFor();
    const read = await accessibleNames(page);
    for (const n of [1, 30, 59, 60]) assert.ok(read.includes(`Trigger number ${n}`), `the plan names Trigger number ${n}`);
    assert.ok(read.includes("Payday evenings"));
    await expectAccessible(page, "plan of 60 triggers");
    await page.emulateMedia({ media: "print" });
    const onPaper = await plan.locator("[data-trigger] > strong").allInnerTexts();
    assert.equal(onPaper.filter((t) => t.trim()).length, 60, "all 60 triggers print in the plan");
    await page.context().close();
  });

  test("triggers ticked in the guided start are not rated until the person rates them, and are not the strongest", async () => {
    const page = await openPage(env.browser);
    await openMap(page, env.server.origin);
    const w = widget(page);
    await w.getByRole("button", { name: "Start with common triggers" }).click();
    await w.getByText("Old friends I used with").click();
    for (let i = 0; i < 3; i++) await w.getByRole("button", { name: "Next" }).click();
    await w.getByText("Payday", { exact: true }).click();
    for (let i = 0; i < 3; i++) await w.getByRole("button", { name: "Next" }).click();
    await w.getByRole("button", { name: "Add to my map" }).click();
    await addTrigger(page, "Sunday afternoons", { group: "times-and-events", urge: 2 });

    const card = (name) => w.locator(`.iop-trigger[data-trigger="${name}"]`);
    assert.match(await card("Payday").innerText(), /Not rated yet/);
    assert.doesNotMatch(await card("Payday").innerText(), /Urge \d+ of 10/);
    assert.equal(await card("Old friends I used with").getAttribute("data-rated"), "no");
    const panel = w.locator("[data-completeness]");
    assert.match(await panel.innerText(), /Next: rate how strong the urge is for this trigger: Old friends I used with\./);
    assert.match(await panel.innerText(), /0 of 1 strongest trigger has 3 or more coping actions\./);
    assert.equal(await w.locator("svg.iop-map g.iop-map-unrated").count(), 2, "marked as not rated on the picture");
    await expectAccessible(page, "overview with triggers not rated");

    await w.getByRole("button", { name: "See my plan" }).click();
    const plan = w.locator('[data-view="plan"]');
    assert.deepEqual(await plan.locator("ol > li > strong").allInnerTexts(), ["Sunday afternoons"], "only the rated one is strongest");
    assert.deepEqual(await plan.locator("[data-unrated] > li > strong").allInnerTexts(), ["Old friends I used with", "Payday"]);
    assert.match(await plan.innerText(), /Still to rate/);
    await expectAccessible(page, "plan with triggers still to rate");
    // The map stays drawn under the plan, hidden: out of sight, out of what a screen reader
    // reads and of the tab order, and not printed with the plan.
    assert.ok(!(await card("Payday").isVisible()), "the cards do not show under the plan");
    const named = await accessibleNames(page);
    assert.ok(named.includes("Sunday afternoons"), "the plan is in the accessibility tree");
    assert.ok(!named.some((name) => /^(Edit|Delete|Move up|Move down): /.test(name)), "the cards' buttons are not");
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      const inMap = await page.evaluate(() => !!document.querySelector("iop-widget").shadowRoot.activeElement?.closest(".iop-overview"));
      assert.ok(!inMap, `Tab ${i + 1} stays out of the hidden map`);
    }
    await page.emulateMedia({ media: "print" });
    assert.equal(await w.locator(".iop-overview").evaluate((el) => getComputedStyle(el).display), "none", "not printed");
    await page.emulateMedia({ media: "screen" });
    await w.getByRole("button", { name: "Back", exact: true }).click();

    // Rating one: the form says it is not rated; moving the slider rates it.
    await panel.getByRole("button", { name: "Rate it: Old friends I used with" }).click();
    const notRated = w.getByRole("checkbox", { name: "Not rated yet" });
    assert.ok(await notRated.isChecked());
    await expectAccessible(page, "trigger form, not rated");
    await w.getByLabel("How strong is the urge it brings?").fill("7");
    assert.ok(!(await notRated.isChecked()));
    await w.getByRole("button", { name: "Save", exact: true }).click();
    await w.locator('[data-view="overview"]').waitFor();
    assert.match(await card("Old friends I used with").innerText(), /Urge 7 of 10/);
    assert.match(await panel.innerText(), /for this trigger: Payday\./);
    await w.getByRole("button", { name: "See my plan" }).click();
    assert.deepEqual(await plan.locator("ol > li > strong").allInnerTexts(), ["Old friends I used with", "Sunday afternoons"]);
    await page.context().close();
  });

  test("every repeated button names its trigger, contact or place, uniquely", async () => {
    const page = await openPage(env.browser);
    await openMap(page, env.server.origin);
    const w = widget(page);
    await addTrigger(page, "Payday", { group: "times-and-events", urge: 9 });
    await addTrigger(page, "Old friends", { group: "people", urge: 6 });
    await addTrigger(page, "Boredom", { group: "emotions", urge: 3 });
    for (const name of ["Sam", "Alex"]) {
      await w.getByLabel("Name").fill(name);
      await w.locator('[data-list="contacts"]').getByRole("button", { name: "Add" }).click();
    }
    for (const place of ["The library", "The gym"]) {
      await w.getByRole("textbox", { name: "Place" }).fill(place);
      await w.locator('[data-list="safe-places"]').getByRole("button", { name: "Add" }).click();
    }
    const names = (scope) => scope.locator("button").evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label") ?? b.textContent.trim()));
    for (const trigger of ["Payday", "Old friends", "Boredom"]) {
      const own = await names(w.locator(`.iop-trigger[data-trigger="${trigger}"]`));
      assert.equal(own.length, 5);
      for (const name of own) assert.ok(name.endsWith(`: ${trigger}`), `"${name}" names ${trigger}`);
    }
    assert.equal(await w.getByRole("button", { name: "Edit: Payday", exact: true }).count(), 1);
    assert.equal(await w.getByRole("button", { name: "Move down: Old friends", exact: true }).count(), 1);
    for (const [list, items] of [["contacts", ["Sam", "Alex"]], ["safe-places", ["The library", "The gym"]]]) {
      assert.deepEqual(await names(w.locator(`[data-list="${list}"] li`)), items.map((i) => `Delete: ${i}`));
    }
    const all = [...await names(w.locator(".iop-trigger-list")), ...await names(w.locator("[data-list]"))];
    const repeated = all.filter((n, i) => all.indexOf(n) !== i);
    assert.deepEqual(repeated, [], "no two buttons in the lists share a name");
    // The next step's shortcut opens the same editor as the card's button, under the same name.
    assert.equal(await w.locator("[data-completeness]").getByRole("button").getAttribute("aria-label"), "What I can do instead: Payday");
    // Moving keeps focus on the moved trigger's button, so it can be pressed again; at the top,
    // on its "Move down".
    const focusedName = () => page.evaluate(() => document.querySelector("iop-widget").shadowRoot.activeElement?.getAttribute("aria-label"));
    await w.getByRole("button", { name: "Move up: Boredom" }).focus();
    await page.keyboard.press("Enter");
    await eventually(async () => (await triggerNames(page)).join() === "Payday,Boredom,Old friends", "Boredom moved up");
    assert.equal(await focusedName(), "Move up: Boredom");
    await page.keyboard.press("Enter");
    await eventually(async () => (await triggerNames(page)).join() === "Boredom,Payday,Old friends", "Boredom first");
    assert.equal(await focusedName(), "Move down: Boredom");
    // Asking to delete: the confirmation's buttons name the trigger too.
    await w.getByRole("button", { name: "Delete: Boredom" }).click();
    assert.deepEqual(await names(w.locator('.iop-trigger[data-trigger="Boredom"]')), ["Yes, delete: Boredom", "Cancel: Boredom"]);
    await expectAccessible(page, "overview, asking to delete");
    await w.getByRole("button", { name: "Cancel: Boredom" }).click();

    await w.locator(".iop-trigger-list").getByRole("button", { name: "What I can do instead: Payday" }).click();
    await w.getByRole("button", { name: /^Add: / }).first().click();
    await w.getByRole("button", { name: /^Add: / }).first().click();
    const coping = await names(w.locator(".iop-coping-list"));
    assert.equal(coping.length, 2);
    for (const name of coping) assert.match(name, /^Remove: ./);
    assert.notEqual(coping[0], coping[1]);
    assert.match(await w.locator('[data-view="coping"]').innerText(), /2 coping actions/);
    await expectAccessible(page, "coping editor with named buttons");
    await page.context().close();
  });

  test("the import preview counts in the right form: 1 contact, 2 contacts", async () => {
    const page = await openPage(env.browser);
    await openMap(page, env.server.origin);
    const one = await chooseFile(page, planFile([["Payday", "times-and-events", 9]], {
      coping: [["Pay the rent first", [1]]], contacts: ["Sam"], places: ["The library"],
    }));
    assert.match(await one.innerText(), /This file holds 1 trigger, 1 coping action, 1 contact and 1 safe place\./);
    await expectAccessible(page, "import preview, one of each");
    await widget(page).getByRole("button", { name: "Cancel" }).click();
    const two = await chooseFile(page, planFile([["Payday", "times-and-events", 9], ["Boredom", "emotions", null]], {
      coping: [["Pay the rent first", [1]], ["Call Sam", [1, 2]]], contacts: ["Sam", "Alex"], places: ["The library", "The gym"],
    }));
    assert.match(await two.innerText(), /This file holds 2 triggers, 2 coping actions, 2 contacts and 2 safe places\./);
    await page.context().close();
  });

  test("a trigger named like markup shows as text", async () => {
    const page = await openPage(env.browser);
    await openMap(page, env.server.origin);
    await page.evaluate(() => (window.alerted = false));
    page.on("dialog", (d) => d.dismiss());
    await addTrigger(page, "<img src=x onerror=alert(1)>");
    assert.deepEqual(await triggerNames(page), ["<img src=x onerror=alert(1)>"]);
    assert.equal(await widget(page).locator("img").count(), 0);
    await page.context().close();
  });

  test("corrupt stored data is kept under a backup key, reported, and can be downloaded", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/");
    const raw = '{"format":"iop-widget/trigger-plan","version":2,"data":{"triggers":[{"id":1,"na';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, raw]);
    await openMap(page, env.server.origin);
    const notice = widget(page).locator('[data-storage-notice="unreadable"]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /copy/i);
    const backups = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("iop-widget.trigger-plan.backup.")).map((k) => localStorage.getItem(k)),
    );
    assert.deepEqual(backups, [raw], "the raw value is kept exactly");
    const [download] = await Promise.all([page.waitForEvent("download"), notice.getByRole("button", { name: "Download a copy" }).click()]);
    assert.equal(await readFile(await download.path(), "utf8"), raw);
    await expectAccessible(page, "storage notice");
    // Going on works, and writes a new plan without touching the backup.
    await addTrigger(page, "Stress at work", { group: "emotions" });
    await keepOnDevice(page);
    await eventually(async () => /Stress at work/.test((await stored(page)) ?? ""), "the new plan is kept on the device");
    await page.context().close();
  });

  test("unreadable refusal lines are reported on the trigger map too, which reads them", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/");
    await page.evaluate(() => localStorage.setItem("iop-widget.refusal-lines", "{not json"));
    await openMap(page, env.server.origin);
    const notice = widget(page).locator('[data-storage-notice="unreadable"]');
    await notice.waitFor();
    assert.equal(await notice.count(), 1, "one notice, for the lines");
    assert.match(await notice.innerText(), /copy/i);
    const backups = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("iop-widget.refusal-lines.backup.")).map((k) => localStorage.getItem(k)));
    assert.deepEqual(backups, ["{not json"], "kept aside exactly");
    await expectAccessible(page, "lines notice on the trigger map");
    await page.context().close();
  });

  test("with storage turned off, the map works in memory and says so", async () => {
    const page = await openPage(env.browser);
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
    });
    await openMap(page, env.server.origin);
    await widget(page).locator('[data-storage-notice="unavailable"]').waitFor();
    await addTrigger(page, "Weekends");
    assert.deepEqual(await triggerNames(page), ["Weekends"]);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("a full storage quota is reported and the change is kept in memory", async () => {
    const page = await openPage(env.browser);
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === "iop-widget.trigger-plan" && value.includes("Concerts")) {
          throw new DOMException("full", "QuotaExceededError");
        }
        return setItem.call(this, key, value);
      };
    });
    await openMap(page, env.server.origin);
    await addTrigger(page, "Paydays");
    await keepOnDevice(page);
    await addTrigger(page, "Concerts", { group: "times-and-events" });
    await widget(page).locator('[data-storage-notice="not-saved"]').waitFor();
    assert.deepEqual(await triggerNames(page), ["Paydays", "Concerts"], "the change stays on screen");
    assert.match(await stored(page), /Paydays/);
    assert.doesNotMatch(await stored(page), /Concerts/);
    await page.context().close();
  });

  test("two tabs: a change in one shows in the other instead of being overwritten", async () => {
    const context = await env.browser.newContext();
    const [a, b] = [await context.newPage(), await context.newPage()];
    await openMap(a, env.server.origin);
    await openMap(b, env.server.origin);
    await addTrigger(a, "Old bar on 5th");
    await keepOnDevice(a);
    await widget(b).locator('.iop-trigger[data-trigger="Old bar on 5th"]').waitFor();
    assert.match(await widget(b).locator('[data-storage-notice="merged"]').innerText(), /another tab/);
    await addTrigger(b, "Sunday afternoons", { group: "times-and-events" });
    await widget(a).locator('.iop-trigger[data-trigger="Sunday afternoons"]').waitFor();
    assert.deepEqual(await triggerNames(a), ["Old bar on 5th", "Sunday afternoons"]);
    await context.close();
  });

  test("export, then import the file in a fresh browser profile (preview, then merge)", async () => {
    const page = await openPage(env.browser);
    await openMap(page, env.server.origin);
    await addTrigger(page, "Friday nights", { group: "times-and-events", urge: 8 });
    await addTrigger(page, "Boredom", { group: "emotions", urge: 6 });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      widget(page).getByRole("button", { name: "Download my plan (file)" }).click(),
    ]);
    // A plain name in a shared device's Downloads, dated by the person's own calendar.
    const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`; });
    assert.equal(download.suggestedFilename(), `my-plan-${today}.json`);
    // Said where the file went, and to delete it from a shared device, in a live region.
    const status = widget(page).locator('[data-export-status][role="status"]');
    await status.locator("[data-export-done]").waitFor();
    assert.match(await status.innerText(), /saved as a file in this device’s downloads \(usually the Downloads folder\)/);
    assert.match(await status.innerText(), /If others use this device, delete the file from Downloads/);
    await expectAccessible(page, "export confirmation");
    const bytes = await readFile(await download.path());
    const exported = JSON.parse(bytes.toString("utf8"));
    assert.equal(exported.format, "iop-widget.relapse-prevention-plan");
    await page.context().close();

    const fresh = await openPage(env.browser);
    await openMap(fresh, env.server.origin);
    await addTrigger(fresh, "Boredom", { group: "emotions" });
    await widget(fresh).getByRole("button", { name: "Load a plan from a file" }).click();
    await widget(fresh).getByLabel("Choose the plan file").setInputFiles({ name: download.suggestedFilename(), mimeType: "application/json", buffer: bytes });
    const preview = widget(fresh).locator("[data-import-preview]");
    await preview.waitFor();
    assert.match(await preview.innerText(), /2 triggers, 0 coping actions, 0 contacts and 0 safe places/);
    await expectAccessible(fresh, "import preview");
    await preview.getByRole("button", { name: "Add it to my plan" }).click();
    assert.deepEqual(await triggerNames(fresh), ["Boredom", "Friday nights"], "the duplicate is skipped");
    // Boredom is rated in the file but not here: the plan's own version stays, and is named.
    assert.match(
      await widget(fresh).locator("[data-message]").innerText(),
      /1 added, 1 already there\. Your own version was kept for “Boredom”: the file rates or describes it differently/,
    );
    await fresh.context().close();
  });

  test("a coping action linked to no trigger (from a file) is still shown in the plan", async () => {
    const page = await openPage(env.browser);
    await openMap(page, env.server.origin);
    const w = widget(page);
    const file = planFile([["Payday", "times-and-events", 6]], { coping: [["Walk the dog", []], ["Call Sam", [1]]] });
    const preview = await chooseFile(page, file);
    await preview.getByRole("button", { name: "Add it to my plan" }).click();
    await w.getByRole("button", { name: "See my plan" }).click();
    const plan = w.locator('[data-view="plan"]');
    await plan.waitFor();
    const other = plan.locator("[data-unlinked-coping]");
    assert.match(await other.innerText(), /Walk the dog/);
    assert.doesNotMatch(await other.innerText(), /Call Sam/, "a linked action shows under its trigger");
    assert.match(await plan.locator('[data-trigger="Payday"]').innerText(), /Call Sam/);
    await expectAccessible(page, "plan with other things that help");
    // Any trigger's coping screen offers it, to link or to delete.
    await plan.getByRole("button", { name: "Back" }).click();
    await w.locator(".iop-trigger-list").getByRole("button", { name: "What I can do instead: Payday" }).click();
    const offered = w.locator('[data-view="coping"] [data-unlinked-coping]');
    assert.match(await offered.innerText(), /Walk the dog/);
    assert.equal(await offered.getByRole("button", { name: "Delete: Walk the dog" }).count(), 1);
    await expectAccessible(page, "coping screen offering an unlinked action");
    await offered.getByRole("button", { name: "Add: Walk the dog" }).click();
    await eventually(async () => (await w.locator('.iop-coping-list [data-coping="Walk the dog"]').count()) === 1, "linked to Payday");
    assert.equal(await w.locator("[data-unlinked-coping]").count(), 0);
    await page.context().close();
  });

  test("replacing a plan asks first, says where the plan before went, and one tap does not lose it", async () => {
    const page = await openPage(env.browser);
    await openMap(page, env.server.origin);
    const w = widget(page);
    await addTrigger(page, "Late nights", { group: "times-and-events", urge: 8 });
    await addTrigger(page, "Payday", { group: "times-and-events", urge: 6 });
    // Not kept on this device: the page holds the only copy.
    await w.locator("[data-action=dont-save]").click();
    await w.locator('[data-storage-notice="memory-only"]').waitFor();
    let preview = await chooseFile(page, planFile([["Old friends", "people", 7]]));
    // Focus follows what is new, so a screen reader reads it: what the file holds, the
    // question, and back to the Replace button after "No".
    const focusedText = () => page.evaluate(() => document.querySelector("iop-widget").shadowRoot.activeElement?.textContent.trim());
    await eventually(async () => /This file holds 1 trigger/.test((await focusedText()) ?? ""), "focus on what the file holds");
    await preview.getByRole("button", { name: "Replace my plan with it" }).press("Enter");
    const confirm = w.locator("[data-replace-confirm]");
    await confirm.waitFor();
    assert.match(await confirm.innerText(), /Your plan now holds 2 triggers/);
    await eventually(async () => (await focusedText()) === "No, keep my plan", "focus on the safe answer");
    await expectAccessible(page, "replace confirmation");
    await confirm.getByRole("button", { name: "No, keep my plan" }).press("Enter");
    assert.equal(await confirm.count(), 0);
    await eventually(async () => (await focusedText()) === "Replace my plan with it", "focus back on Replace");
    await w.getByRole("button", { name: "Cancel" }).last().click();
    assert.deepEqual(await triggerNames(page), ["Late nights", "Payday"], "kept as it was");
    preview = await chooseFile(page, planFile([["Old friends", "people", 7]]));
    await preview.getByRole("button", { name: "Replace my plan with it" }).click();
    await w.locator("[data-replace-confirm]").getByRole("button", { name: "Yes, replace my plan" }).click();
    await w.locator('[data-view="overview"]').waitFor();
    assert.deepEqual(await triggerNames(page), ["Old friends"]);
    assert.equal(await w.locator("[data-message]").innerText(), "Your plan was replaced with the file.");
    await page.context().close();

    // Kept on this device: the plan before is kept aside, and the person is told so.
    const kept = await openPage(env.browser);
    await openMap(kept, env.server.origin);
    await addTrigger(kept, "Late nights", { group: "times-and-events", urge: 8 });
    await widget(kept).locator("[data-action=save-on-device]").click();
    await eventually(async () => (await stored(kept)) !== null, "kept on the device");
    preview = await chooseFile(kept, planFile([["Old friends", "people", 7]]));
    await preview.getByRole("button", { name: "Replace my plan with it" }).click();
    await widget(kept).locator("[data-replace-confirm]").getByRole("button", { name: "Yes, replace my plan" }).click();
    await eventually(async () => /A copy of the plan before is kept on this device/.test(await widget(kept).locator("[data-message]").innerText().catch(() => "")), "told where it went");
    const copies = await kept.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("iop-widget.trigger-plan.backup.")));
    assert.equal(copies.length, 1);
    await kept.context().close();
  });

  test("a file that is not a plan gets a specific message and changes nothing", async () => {
    const page = await openPage(env.browser);
    await openMap(page, env.server.origin);
    await addTrigger(page, "Late nights");
    await widget(page).getByRole("button", { name: "Load a plan from a file" }).click();
    await widget(page).getByLabel("Choose the plan file").setInputFiles({
      name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello": "world"}'),
    });
    const error = widget(page).locator("[data-import-error]");
    await error.waitFor();
    assert.match(await error.innerText(), /could not be loaded/);
    await widget(page).getByRole("button", { name: "Cancel" }).click();
    assert.deepEqual(await triggerNames(page), ["Late nights"]);
    await page.context().close();
  });

  test("a file far too large (a video chosen by mistake) is refused by its size, unread, and the map carries on", async () => {
    const page = await openPage(env.browser);
    // Counts every way a page reads a chosen file's bytes.
    await page.addInitScript(() => {
      window.fileReads = 0;
      for (const name of ["text", "arrayBuffer", "stream", "bytes"]) {
        const read = Blob.prototype[name];
        if (read) Blob.prototype[name] = function (...args) { window.fileReads++; return read.apply(this, args); };
      }
      for (const name of ["readAsText", "readAsArrayBuffer", "readAsDataURL", "readAsBinaryString"]) {
        const read = FileReader.prototype[name];
        FileReader.prototype[name] = function (...args) { window.fileReads++; return read.apply(this, args); };
      }
    });
    await openMap(page, env.server.origin);
    await addTrigger(page, "Late nights");
    await widget(page).getByRole("button", { name: "Load a plan from a file" }).click();
    await widget(page).getByLabel("Choose the plan file").setInputFiles({
      name: "holiday.mp4", mimeType: "video/mp4", buffer: Buffer.alloc(5 << 20, 7),
    });
    const error = widget(page).locator("[data-import-error]");
    await error.waitFor();
    assert.match(await error.innerText(), /too large to be a plan/);
    assert.equal(await page.evaluate(() => window.fileReads), 0, "the file's bytes were not read");
    await expectAccessible(page, "a file too large");
    await widget(page).getByRole("button", { name: "Cancel" }).click();
    assert.deepEqual(await triggerNames(page), ["Late nights"]);
    await addTrigger(page, "Payday");
    assert.deepEqual(await triggerNames(page), ["Late nights", "Payday"]);
    await page.context().close();
  });

  test("keyboard only: add a trigger, then delete everything after confirming", async () => {
    const page = await openPage(env.browser);
    await openMap(page, env.server.origin);
    const w = widget(page);
    await w.getByRole("button", { name: "Add a trigger" }).focus();
    await page.keyboard.press("Enter");
    await expectAccessible(page, "trigger form");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Arguments at home");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await w.locator('.iop-trigger[data-trigger="Arguments at home"]').waitFor();
    assert.match(await w.locator('.iop-trigger[data-trigger="Arguments at home"]').innerText(), /Urge 8 of 10/);
    await w.locator("[data-action=save-on-device]").focus();
    await page.keyboard.press("Enter");
    await page.evaluate(() => localStorage.setItem("unrelated-host-key", "kept"));
    await w.getByRole("button", { name: "Delete everything on this device" }).focus();
    await page.keyboard.press("Enter");
    await w.getByRole("button", { name: "Yes, delete everything" }).focus();
    await page.keyboard.press("Enter");
    await w.locator("[data-deleted]").waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.deepEqual(keys, ["unrelated-host-key"], "only the widget's own keys are removed");
    assert.deepEqual(await triggerNames(page), []);
    await page.context().close();
  });

  test("the plan says which strongest triggers still need 3 things to do; a contact with no number has no empty call link", async () => {
    const page = await openPage(env.browser);
    await openMap(page, env.server.origin);
    const w = widget(page);
    await addTrigger(page, "Payday", { group: "times-and-events", urge: 9 });
    await addTrigger(page, "Sunday evenings", { group: "times-and-events", urge: 7 });
    await w.locator("[data-action=dont-save]").click();
    for (const action of ["Call Sam", "Go for a run", "Wait 20 minutes"]) {
      await w.getByRole("button", { name: "What I can do instead: Sunday evenings" }).click();
      await w.getByLabel("What will you do?").fill(action);
      await w.getByLabel("What will you do?").press("Enter");
      await w.getByRole("button", { name: "Done" }).click();
    }
    await w.getByLabel("Name").fill("Sam (sponsor)");
    await w.locator('[data-list="contacts"]').getByRole("button", { name: "Add" }).click();
    // Numbers as people type them: the link dials the number, not the extension or the next one,
    // and words with no number are shown as words, not a link that calls no one.
    for (const [name, phone] of [["Dana", "555 010 0142 ext. 3"], ["Helpline", "1-800-GOT-HELP"], ["Maria", "ask at the front desk"], ["Jo", "555 010 0100 or 555 010 0111"]]) {
      await w.getByLabel("Name").fill(name);
      await w.getByLabel("Phone").fill(phone);
      await w.locator('[data-list="contacts"]').getByRole("button", { name: "Add" }).click();
      await w.locator('[data-list="contacts"]').getByText(name).waitFor();
    }
    await w.getByRole("button", { name: "See my plan" }).click();
    const plan = w.locator('[data-view="plan"]');
    await plan.waitFor();
    await page.emulateMedia({ media: "print" });
    const gaps = await plan.locator("[data-gap=coping]").evaluateAll((ps) => ps.map((p) => p.closest("li[data-trigger]").dataset.trigger + ": " + p.textContent));
    assert.ok(await plan.locator("[data-gap=coping]").first().isVisible(), "on paper too");
    await page.emulateMedia({ media: "screen" });
    assert.deepEqual(gaps, ["Payday: Still to plan: at least 3 things I can do when this comes up (0 so far)."], "only the one not planned yet");
    assert.match(await plan.innerText(), /Sam \(sponsor\)/);
    const empty = await plan.locator("a").evaluateAll((as) => as.filter((a) => !a.textContent.trim()).map((a) => a.getAttribute("href")));
    assert.deepEqual(empty, [], "no link with nothing to read or dial");
    const calls = await plan.locator('a[href^="tel:"]').evaluateAll((as) => Object.fromEntries(as.map((a) => [a.textContent, a.getAttribute("href")])));
    assert.equal(calls["555 010 0142 ext. 3"], "tel:5550100142");
    assert.equal(calls["1-800-GOT-HELP"], "tel:18004684357");
    assert.equal(calls["555 010 0100 or 555 010 0111"], "tel:5550100100");
    assert.equal(calls["ask at the front desk"], undefined, "no call link for words");
    assert.match(await plan.innerText(), /Maria ask at the front desk|Maria: ask at the front desk|Maria.*ask at the front desk/);
    await expectAccessible(page, "plan with a gap and a contact without a number");
    await page.context().close();
  });

  test("a trigger name pasted too long stays whole in the form and is refused with a message", async () => {
    const page = await openPage(env.browser);
    await openMap(page, env.server.origin);
    const w = widget(page);
    await w.getByRole("button", { name: "Add a trigger" }).first().click();
    const long = "When my brother calls about money ".repeat(5) + "THE END";
    await w.getByLabel("Trigger").click();
    await page.keyboard.insertText(long);
    assert.equal(await w.getByLabel("Trigger").inputValue(), long, "nothing is cut off as it is pasted");
    await w.getByRole("button", { name: "Save", exact: true }).click();
    await eventually(async () => /too long/.test(await w.locator("[data-message]").innerText().catch(() => "")), "the message says why");
    assert.equal(await w.getByLabel("Trigger").inputValue(), long, "the words are still there to shorten");
    assert.equal(await w.locator(".iop-trigger").count(), 0);
    await page.context().close();
  });
});
