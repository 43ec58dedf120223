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
const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);

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
    await w.getByLabel("Place").fill("The library");
    await w.locator('[data-list="safe-places"]').getByRole("button", { name: "Add" }).click();
    await expectAccessible(page, "trigger map overview");

    await page.reload();
    await openMap(page, env.server.origin);
    assert.deepEqual(await triggerNames(page), ["Old friends I used with", "Payday"]);
    assert.match(await w.locator('.iop-trigger[data-trigger="Payday"]').innerText(), /Urge 9 of 10 · 3 coping actions/);
    assert.match(await w.locator('[data-list="contacts"]').innerText(), /Sam \(sponsor\)/);
    assert.equal(await w.locator("svg.iop-map circle.iop-map-dot").count(), 2, "one dot per trigger on the map");

    await w.getByRole("button", { name: "See my plan" }).click();
    const plan = w.locator('[data-view="plan"]');
    assert.match(await plan.innerText(), /Pay the rent first thing/);
    assert.match(await plan.innerText(), /The library/);
    await expectAccessible(page, "plan view");
    expectOnlyOwnOrigin(page, env.server.origin);
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
    assert.match(download.suggestedFilename(), /^relapse-prevention-plan-\d{4}-\d{2}-\d{2}\.json$/);
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
    assert.match(await preview.innerText(), /2 triggers/);
    await expectAccessible(fresh, "import preview");
    await preview.getByRole("button", { name: "Add it to my plan" }).click();
    assert.deepEqual(await triggerNames(fresh), ["Boredom", "Friday nights"], "the duplicate is skipped");
    assert.match(await widget(fresh).locator("[data-message]").innerText(), /1 added, 1 already there/);
    await fresh.context().close();
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
});
