// Issue "Nothing typed is ever lost", in the release build: two tabs of the same site, and two
// widgets on one page, change the same saved data at nearly the same time, and storage fails in
// the ways browsers fail. Every case runs in both setups.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { eventually, expectAccessible, servedBrowser, setPassphrase, widgetReady } from "./support.mjs";

const PLAN = "iop-widget.trigger-plan";
const LINES = "iop-widget.refusal-lines";
const SETTINGS = '{"format":"iop-widget/settings","version":1,"data":{"saving":"device"}}';

const TWO_WIDGETS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Two widgets</title>
<script type="module" src="/iop-widget-loader.js"></script></head>
<body><main><h1>Two widgets</h1>
<section aria-label="First"><iop-widget clinic-name="Harbour Recovery Center" clinic-phone="(555) 010-0123"></iop-widget></section>
<section aria-label="Second"><iop-widget clinic-name="Harbour Recovery Center" clinic-phone="(555) 010-0123"></iop-widget></section>
</main></body></html>`;

/**
 * The two setups. Each opens a fresh browser context whose saving choice is "keep on this
 * device" (stored as the widget stores it), runs `seed(page)` on a first page if given, then
 * returns two sides `a` and `b` ({ page, w, name }) ready on the home screen. `initA` (a function
 * and its argument, as for addInitScript) runs in side a's page before the widget loads: in
 * "two widgets" that is the page both widgets are on.
 */
const SETUPS = [
  {
    name: "two tabs",
    async open(env, { initA, seed } = {}) {
      const context = await prepare(env, seed);
      const [pa, pb] = [await context.newPage(), await context.newPage()];
      if (initA) await pa.addInitScript(...initA);
      for (const p of [pa, pb]) {
        await p.goto(env.server.origin + "/");
        await widgetReady(p);
      }
      const a = { page: pa, w: pa.locator("iop-widget"), name: "tab a" };
      const b = { page: pb, w: pb.locator("iop-widget"), name: "tab b" };
      return { context, a, b, pages: [pa, pb] };
    },
  },
  {
    name: "two widgets on one page",
    async open(env, { initA, seed } = {}) {
      const context = await prepare(env, seed);
      const page = await context.newPage();
      if (initA) await page.addInitScript(...initA);
      await page.goto(env.server.origin + "/two-widgets.html");
      await page.locator("iop-widget").nth(1).locator("section.iop").waitFor();
      await widgetReady(page);
      const a = { page, w: page.locator("iop-widget").nth(0), name: "first widget" };
      const b = { page, w: page.locator("iop-widget").nth(1), name: "second widget" };
      return { context, a, b, pages: [page] };
    },
  },
];

async function prepare(env, seed) {
  const context = await env.browser.newContext();
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.fulfill({ contentType: "text/html", body: "<title>Neutral page</title>" }));
  await context.route(env.server.origin + "/two-widgets.html", (r) => r.fulfill({ contentType: "text/html; charset=utf-8", body: TWO_WIDGETS_PAGE }));
  const first = await context.newPage();
  await first.goto(env.server.origin + "/");
  await first.evaluate((s) => localStorage.setItem("iop-widget.settings", s), SETTINGS);
  if (seed) {
    await first.reload();
    await widgetReady(first);
    await seed(first);
  }
  await first.close();
  return context;
}

/** Reloads every page of the setup and waits for its widgets. */
async function reloadAll(setup) {
  for (const p of setup.pages) {
    await p.reload();
    await widgetReady(p);
  }
  if (setup.pages.length === 1) await setup.b.w.locator("section.iop").waitFor();
}

async function openMap(side) {
  const back = side.w.locator("[data-action=home]");
  if (await back.count()) await back.click();
  await side.w.getByRole("button", { name: "Start my map" }).click();
  await side.w.locator('[data-view="overview"]').waitFor();
}

async function fillTrigger(side, name, urge = 5) {
  await side.w.getByRole("button", { name: "Add a trigger" }).first().click();
  await side.w.getByLabel("Trigger").fill(name);
  await side.w.getByLabel("How strong is the urge it brings?").fill(String(urge));
}

const submitTrigger = (side) => side.w.getByRole("button", { name: "Save", exact: true }).click();
const triggerRow = (side, name) => side.w.locator(`[data-view="overview"] .iop-trigger[data-trigger="${name}"]`);

async function addTrigger(side, name) {
  await fillTrigger(side, name);
  await submitTrigger(side);
  await triggerRow(side, name).waitFor();
}

/** Both sides on the map, and "Payday", added in a, showing in b too. */
async function paydayInBoth(s) {
  await openMap(s.a);
  await openMap(s.b);
  await addTrigger(s.a, "Payday");
  await triggerRow(s.b, "Payday").waitFor();
}

const shownTriggers = (side) => side.w.locator('[data-view="overview"] .iop-trigger strong').allInnerTexts();
const raw = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

/** The names of the live triggers saved in the plan (a deleted item has no "v"). */
async function storedTriggers(page) {
  const text = await raw(page, PLAN);
  if (!text) return [];
  const items = JSON.parse(text).data.items;
  return Object.entries(items)
    .filter(([k, v]) => k.startsWith("trigger:") && v && v.v)
    .map(([, v]) => v.v.name)
    .sort();
}

const sorted = (list) => [...list].sort();

/** axe on the page as it is now (with two widgets on one page, both are checked). */
async function accessible(setup, page, where) {
  return expectAccessible(page, where);
}

describe("nothing typed is ever lost", () => {
  const env = servedBrowser();

  for (const setup of SETUPS) {
    test(`racing saves keep every trigger (${setup.name})`, async () => {
      const s = await setup.open(env);
      try {
        await openMap(s.a);
        await openMap(s.b);
        const added = [];
        for (let round = 1; round <= 4; round++) {
          const [na, nb] = [`Round ${round} from ${s.a.name}`, `Round ${round} from ${s.b.name}`];
          await Promise.all([fillTrigger(s.a, na), fillTrigger(s.b, nb)]);
          // Both press Save at (nearly) the same moment.
          await Promise.all([submitTrigger(s.a), submitTrigger(s.b)]);
          await Promise.all([triggerRow(s.a, na).waitFor(), triggerRow(s.b, nb).waitFor()]);
          added.push(na, nb);
        }
        await eventually(async () => JSON.stringify(await storedTriggers(s.a.page)) === JSON.stringify(sorted(added)),
          `every trigger is saved: ${added}`, 10_000);
        for (const side of [s.a, s.b]) {
          await eventually(async () => JSON.stringify(sorted(await shownTriggers(side))) === JSON.stringify(sorted(added)),
            `every trigger shows in ${side.name}`, 10_000);
        }
        await accessible(s, s.a.page, `trigger map after racing saves (${setup.name})`);
      } finally {
        await s.context.close();
      }
    });

    test(`refusal lines kept in one and then the other are both kept (${setup.name})`, async () => {
      const s = await setup.open(env);
      try {
        for (const side of [s.a, s.b]) {
          await side.w.getByRole("button", { name: "Start practising" }).click();
          await side.w.locator('[data-view="list"]').waitFor();
          await side.w.getByRole("button", { name: "My refusal lines" }).click();
          await side.w.locator('[data-view="lines"]').waitFor();
        }
        const lineA = "No thanks, I have an early start tomorrow.";
        const lineB = "I'm good with water, thanks - I'm driving.";
        await s.a.w.getByLabel("A line I can use").fill(lineA);
        await s.a.w.getByRole("button", { name: "Keep this line" }).click();
        await s.a.page.waitForTimeout(800);
        await s.b.w.getByLabel("A line I can use").fill(lineB);
        await s.b.w.getByRole("button", { name: "Keep this line" }).click();
        await eventually(async () => {
          const text = (await raw(s.a.page, LINES)) ?? "";
          return text.includes(lineA) && text.includes(lineB);
        }, "both lines are saved", 10_000);
        for (const side of [s.a, s.b]) {
          await eventually(async () => {
            const shown = await side.w.locator("[data-lines] li span").allInnerTexts();
            return shown.includes(lineA) && shown.includes(lineB);
          }, `both lines show in ${side.name}`, 10_000);
        }
        await accessible(s, s.b.page, `refusal lines from two places (${setup.name})`);
        // And after a reload.
        await reloadAll(s);
        await s.a.w.getByRole("button", { name: "Start practising" }).click();
        await s.a.w.getByRole("button", { name: "My refusal lines" }).click();
        assert.deepEqual(sorted(await s.a.w.locator("[data-lines] li span").allInnerTexts()), sorted([lineA, lineB]));
      } finally {
        await s.context.close();
      }
    });

    test(`the same trigger edited in both keeps both versions to choose from (${setup.name})`, async () => {
      const s = await setup.open(env);
      try {
        await paydayInBoth(s);
        // Both open the same trigger's form; a saves first, b saves after hearing it.
        for (const side of [s.a, s.b]) {
          await triggerRow(side, "Payday").getByRole("button", { name: "Edit" }).click();
          await side.w.getByLabel("Trigger").fill(`Payday from ${side === s.a ? "A" : "B"}`);
        }
        await submitTrigger(s.a);
        await eventually(async () => JSON.stringify(await storedTriggers(s.a.page)) === '["Payday from A"]', "a's edit is saved");
        await submitTrigger(s.b);
        for (const side of [s.a, s.b]) {
          const conflict = side.w.locator("[data-conflicts] [data-conflict]");
          await conflict.waitFor({ timeout: 8000 });
          const versions = await conflict.locator(".iop-conflict-version p").allInnerTexts();
          assert.deepEqual(versions.map((v) => v.replace(/ \(.*$/, "")).sort(), ["Payday from A", "Payday from B"], `${side.name}: ${versions}`);
        }
        await accessible(s, s.a.page, `two versions of one trigger (${setup.name})`);
        // a keeps its own: one trigger again, everywhere, and nothing left to choose.
        await s.a.w.getByRole("button", { name: /^Keep this one: Payday from A/ }).click();
        for (const side of [s.a, s.b]) {
          await eventually(async () => JSON.stringify(await shownTriggers(side)) === '["Payday from A"]', `${side.name} shows the kept one`, 8000);
          await eventually(async () => (await side.w.locator("[data-conflicts]").count()) === 0, `${side.name} has nothing left to choose`, 8000);
        }
        await eventually(async () => JSON.stringify(await storedTriggers(s.a.page)) === '["Payday from A"]', "the kept one is saved");
      } finally {
        await s.context.close();
      }
    });

    // "delete first": a deletes and it is saved; then b saves the edit it had started. "at once":
    // a hears nothing from b until both are done (two tabs only: widgets on one page share memory).
    for (const order of setup.name === "two tabs" ? ["delete first", "at once"] : ["delete first"]) {
      test(`a trigger deleted in one and edited in the other is kept, as edited: ${order} (${setup.name})`,
        {},
        async () => {
          const deaf = () => window.addEventListener("storage", (e) => window.__deaf && e.stopImmediatePropagation());
          const s = await setup.open(env, order === "at once" ? { initA: [deaf] } : {});
          try {
            await paydayInBoth(s);
            if (order === "at once") await s.a.page.evaluate(() => (window.__deaf = true));
            // b starts editing and a asks to delete, both looking at the same trigger.
            await triggerRow(s.b, "Payday").getByRole("button", { name: "Edit" }).click();
            await s.b.w.getByLabel("Trigger").fill("Payday Fridays");
            await s.b.w.getByLabel("How strong is the urge it brings?").fill("9");
            await triggerRow(s.a, "Payday").getByRole("button", { name: "Delete" }).click();
            const confirmDelete = s.a.w.getByRole("button", { name: "Yes, delete" });
            if (order === "delete first") {
              await confirmDelete.click();
              await eventually(async () => (await storedTriggers(s.a.page)).length === 0, "the deletion is saved");
              await submitTrigger(s.b);
            } else {
              await submitTrigger(s.b);
              await eventually(async () => JSON.stringify(await storedTriggers(s.b.page)) === '["Payday Fridays"]', "the edit is saved");
              assert.deepEqual(await shownTriggers(s.a), ["Payday"], "a has not heard of the edit");
              await confirmDelete.click();
              await s.a.page.evaluate(() => (window.__deaf = false));
            }
            for (const side of [s.a, s.b]) {
              await eventually(async () => JSON.stringify(await shownTriggers(side)) === '["Payday Fridays"]',
                `the edited trigger shows in ${side.name}`, 8000);
            }
            await eventually(async () => JSON.stringify(await storedTriggers(s.a.page)) === '["Payday Fridays"]',
              "the edited trigger is saved", 8000);
            assert.match(await triggerRow(s.a, "Payday Fridays").innerText(), /Urge 9 of 10/);
            await accessible(s, s.a.page, `after delete and edit (${setup.name})`);
          } finally {
            await s.context.close();
          }
        });
    }

    // "Delete everything" in one leaves no trace of the trigger the other is editing; the edit
    // saved after it is kept (in memory: the choice to keep went with everything else).
    // In another tab the edit being typed is kept (that page was not cleared); on the same page,
    // "what is open on this page is cleared too", as the confirmation says: the other widget
    // starts afresh.
    const kept = setup.name === "two tabs";
    test(`a trigger being edited when the other deletes everything is ${kept ? "kept as edited, not written" : "cleared with the page"} (${setup.name})`, async () => {
      const s = await setup.open(env);
      try {
        await paydayInBoth(s);
        await triggerRow(s.b, "Payday").getByRole("button", { name: "Edit" }).click();
        await s.b.w.getByLabel("Trigger").fill("Payday Fridays");
        await s.b.w.getByLabel("How strong is the urge it brings?").fill("9");
        await s.a.w.locator("[data-action=delete-everything]").click();
        await s.a.w.locator("[data-action=confirm-delete]").click();
        await s.a.w.locator('[data-deleted="true"]').waitFor();
        assert.equal(await raw(s.a.page, PLAN), null, "the plan is deleted");
        if (!kept) {
          await s.b.w.locator("[data-device-data]").waitFor();
          assert.equal(await s.b.w.locator("form").count(), 0, "the other widget is back at its start");
          await openMap(s.b);
          assert.deepEqual(await shownTriggers(s.b), []);
          assert.equal(await raw(s.b.page, PLAN), null);
          return;
        }
        // b has heard: the map under its form is empty.
        await eventually(async () => (await s.b.w.locator('[data-view="overview"] .iop-trigger').count()) === 0,
          `${s.b.name} follows the deletion`);
        await submitTrigger(s.b);
        await eventually(async () => JSON.stringify(await shownTriggers(s.b)) === '["Payday Fridays"]',
          `the edited trigger shows in ${s.b.name}`);
        assert.match(await triggerRow(s.b, "Payday Fridays").innerText(), /Urge 9 of 10/);
        assert.equal(await s.b.w.locator("[data-message]").count(), 0, "no refusal");
        await s.b.page.waitForTimeout(500);
        assert.equal(await raw(s.b.page, PLAN), null, "nothing is written until the person chooses to keep it again");
        await accessible(s, s.b.page, `edit saved after delete everything (${setup.name})`);
      } finally {
        await s.context.close();
      }
    });

    test(`a trigger deleted in one while the other adds what to do instead: the other says it is gone (${setup.name})`, async () => {
      const s = await setup.open(env);
      try {
        await paydayInBoth(s);
        await triggerRow(s.b, "Payday").getByRole("button", { name: "What I can do instead" }).click();
        await s.b.w.getByLabel("What will you do?").waitFor();
        await triggerRow(s.a, "Payday").getByRole("button", { name: "Delete" }).click();
        await s.a.w.getByRole("button", { name: "Yes, delete" }).click();
        const gone = s.b.w.locator('[data-view="coping"] [data-message]');
        await gone.waitFor({ timeout: 8000 });
        assert.match(await gone.innerText(), /no longer in the plan/);
        await accessible(s, s.b.page, `coping for a trigger deleted elsewhere (${setup.name})`);
        await s.b.w.getByRole("button", { name: "Done" }).click();
        await s.b.w.locator('[data-view="overview"]').waitFor();
        assert.deepEqual(await shownTriggers(s.b), []);
      } finally {
        await s.context.close();
      }
    });

    test(`with storage full the trigger stays on screen, and is saved once there is room (${setup.name})`, async () => {
      const full = () => {
        window.__full = false;
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (window.__full && String(key).startsWith("iop-widget.")) throw new DOMException("full", "QuotaExceededError");
          return setItem.call(this, key, value);
        };
      };
      const s = await setup.open(env, { initA: [full] });
      try {
        await openMap(s.a);
        await openMap(s.b);
        await s.a.page.evaluate(() => (window.__full = true));
        await addTrigger(s.a, "Concert nights");
        const notice = s.a.w.locator('[data-storage-notice="not-saved"]');
        await notice.waitFor();
        assert.match(await notice.innerText(), /full/);
        await accessible(s, s.a.page, `storage full notice (${setup.name})`);
        assert.equal(await raw(s.a.page, PLAN), null, "nothing could be written");
        // Away and back: still there.
        await s.a.w.getByRole("button", { name: "Back to all exercises" }).click();
        await s.a.w.locator("[data-device-data]").waitFor();
        await openMap(s.a);
        assert.deepEqual(await shownTriggers(s.a), ["Concert nights"], "the trigger is still shown");
        await notice.waitFor();
        // Room again: saved within ~10 s without anything else done, and the notice goes.
        await s.a.page.evaluate(() => (window.__full = false));
        await eventually(async () => (await notice.count()) === 0, "the not-saved notice goes", 10_000);
        assert.deepEqual(await storedTriggers(s.a.page), ["Concert nights"]);
        await triggerRow(s.b, "Concert nights").waitFor({ timeout: 10_000 });
      } finally {
        await s.context.close();
      }
    });

    test(`when the saved plan cannot be read, nothing is written over it (${setup.name})`, async () => {
      let before;
      const seed = async (page) => {
        await page.locator("iop-widget").getByRole("button", { name: "Start my map" }).click();
        await addTrigger({ page, w: page.locator("iop-widget"), name: "seed" }, "Saved before");
        await eventually(async () => ((await raw(page, PLAN)) ?? "").includes("Saved before"), "the seed plan is saved");
        before = await raw(page, PLAN);
      };
      const unreadable = (key) => {
        const getItem = Storage.prototype.getItem;
        Storage.prototype.getItem = function (k) {
          if (k === key) throw new DOMException("denied", "SecurityError");
          return getItem.call(this, k);
        };
      };
      const s = await setup.open(env, { initA: [unreadable, PLAN], seed });
      try {
        assert.ok(before.includes("Saved before"));
        await openMap(s.a);
        await openMap(s.b);
        const notice = s.a.w.locator("[data-storage-notice]");
        await notice.first().waitFor();
        assert.match(await notice.first().innerText(), /read/);
        await accessible(s, s.a.page, `read-failed notice (${setup.name})`);
        await addTrigger(s.a, "Added while unreadable");
        assert.ok((await shownTriggers(s.a)).includes("Added while unreadable"), "the new trigger is kept on screen");
        assert.ok(await notice.count() >= 1, "the notice stays");
        // Longer than the widget's retry interval: still not written over.
        await s.a.page.waitForTimeout(5000);
        assert.equal(await storedRaw(s), before, "the stored value is byte-identical");
      } finally {
        await s.context.close();
      }
    });

    test(`an unreadable plan visited 4 times is kept aside exactly once (${setup.name})`, async () => {
      const seed = (page) => page.evaluate((k) => localStorage.setItem(k, "{not json"), PLAN);
      const s = await setup.open(env, { seed });
      try {
        for (let visit = 1; visit <= 4; visit++) {
          if (visit > 1) await reloadAll(s);
          for (const side of [s.a, s.b]) {
            await openMap(side);
            await side.w.locator('[data-storage-notice="unreadable"]').waitFor();
          }
          if (visit === 1) await accessible(s, s.a.page, `unreadable notice (${setup.name})`);
        }
        const backups = await s.a.page.evaluate(() =>
          Object.keys(localStorage).filter((k) => k.startsWith("iop-widget.trigger-plan.backup.")).map((k) => [k, localStorage.getItem(k)]));
        assert.equal(backups.length, 1, `exactly one backup: ${JSON.stringify(backups)}`);
        assert.match(backups[0][0], /^iop-widget\.trigger-plan\.backup\.unreadable\./);
        assert.equal(backups[0][1], "{not json");
        assert.equal(await raw(s.a.page, PLAN), "{not json", "the original is not written over");
      } finally {
        await s.context.close();
      }
    });
  }

  test("a passphrase set in one tab while the other edits: the edit is kept, unlocked where it is, then saved sealed", async () => {
    const s = await SETUPS[0].open(env);
    try {
      await paydayInBoth(s);
      await triggerRow(s.b, "Payday").getByRole("button", { name: "Edit" }).click();
      await s.b.w.getByLabel("Trigger").fill("Payday Fridays");
      await s.a.w.locator("[data-action=home]").click();
      await setPassphrase(s.a.w);
      const unlock = s.b.w.locator('[data-storage-notice="locked-data"]');
      await unlock.waitFor({ timeout: 8000 });
      await submitTrigger(s.b);
      await triggerRow(s.b, "Payday Fridays").waitFor();
      // Told the change is not saved, and to unlock right there (not on another screen).
      const notSaved = s.b.w.locator('[data-storage-notice="locked"]');
      await notSaved.waitFor();
      assert.match(await notSaved.innerText(), /Unlock it below to save them/);
      await accessible(SETUPS[0], s.b.page, "an edit kept while locked");
      assert.ok(!(await raw(s.b.page, PLAN)).includes("Payday Fridays"), "nothing in clear");
      await unlock.getByLabel("Passphrase").fill("correct horse battery");
      await unlock.getByRole("button", { name: "Unlock" }).click();
      await notSaved.waitFor({ state: "detached", timeout: 30_000 });
      await s.b.page.reload();
      await widgetReady(s.b.page);
      await openMap(s.b);
      await unlock.getByLabel("Passphrase").fill("correct horse battery");
      await unlock.getByRole("button", { name: "Unlock" }).click();
      await triggerRow(s.b, "Payday Fridays").waitFor({ timeout: 30_000 });
      assert.deepEqual(await shownTriggers(s.b), ["Payday Fridays"], "saved, sealed, as edited");
    } finally {
      await s.context.close();
    }
  });

  test("another page of the site clearing all storage (a log-out) leaves the open plan on screen, and asks to keep it", async () => {
    const context = await prepare(env);
    try {
      const page = await context.newPage();
      await page.goto(env.server.origin + "/");
      await widgetReady(page);
      const side = { page, w: page.locator("iop-widget"), name: "tab" };
      await openMap(side);
      await addTrigger(side, "Payday");
      await eventually(async () => JSON.stringify(await storedTriggers(page)) === '["Payday"]', "saved");
      const site = await context.newPage();
      await site.goto(env.server.origin + "/nothing-here");
      await site.evaluate(() => localStorage.clear());
      // The widget removes only its own keys; a whole clear is the site's, and nothing typed goes.
      await side.w.locator("[data-action=save-on-device]").waitFor();
      assert.deepEqual(await shownTriggers(side), ["Payday"]);
      assert.equal(await raw(page, PLAN), null, "nothing is written back unasked");
      await accessible(null, page, "after the site cleared storage");
      await side.w.locator("[data-action=save-on-device]").click();
      await eventually(async () => JSON.stringify(await storedTriggers(page)) === '["Payday"]', "kept again once the person chooses");
    } finally {
      await context.close();
    }
  });

  test("two widgets on one page pass axe (their regions can be told apart)", async () => {
    const s = await SETUPS[1].open(env);
    try {
      await expectAccessible(s.a.page, "two widgets on one page, home screens");
    } finally {
      await s.context.close();
    }
  });
});

/** What is stored under the plan's key, read from a page whose getItem works. */
async function storedRaw(setup) {
  const page = await setup.context.newPage();
  await page.goto(setup.a.page.url().replace(/\/[^/]*$/, "/page.css"));
  const value = await page.evaluate((k) => localStorage.getItem(k), PLAN);
  await page.close();
  return value;
}

describe("the keep-on-device choice made in another tab", () => {
  const env = servedBrowser();

  test("\"keep\" chosen in one tab saves the map built in the other; \"don't keep\" leaves the other's map in its memory", async () => {
    const context = await env.browser.newContext();
    const open = async () => {
      const page = await context.newPage();
      await page.goto(env.server.origin + "/");
      await widgetReady(page);
      return { page, w: page.locator("iop-widget"), name: "tab" };
    };
    const [a, b] = [await open(), await open()];
    // The map is built in b before anything was chosen; the choice is made in a.
    await openMap(b);
    await addTrigger(b, "Payday");
    await addTrigger(b, "Old friends");
    await a.w.locator("input[name=iop-saving][value=device]").check();
    await eventually(async () => sorted(await storedTriggers(a.page)).join() === "Old friends,Payday", "b's map is saved on the device");
    assert.equal(await b.w.locator("[data-saving-prompt]").count(), 0, "b no longer asks");
    // Now "don't keep" in a: b still shows and holds its map until it closes.
    await a.w.locator("input[name=iop-saving][value=memory-only]").check();
    await eventually(async () => (await raw(a.page, PLAN)) === null, "nothing kept on the device");
    await b.w.locator('[data-storage-notice="memory-only"]').waitFor();
    await addTrigger(b, "Friday nights");
    assert.deepEqual(sorted(await shownTriggers(b)), ["Friday nights", "Old friends", "Payday"], "b's map is all there");
    assert.equal(await raw(b.page, PLAN), null, "and still nothing is kept");
    // And "keep" again writes it all.
    await a.w.locator("input[name=iop-saving][value=device]").check();
    await eventually(async () => sorted(await storedTriggers(a.page)).join() === "Friday nights,Old friends,Payday", "saved again");
    await context.close();
  });

  test("in one tab: \"don't keep\", then \"keep\" again writes the map that was saved before", async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.server.origin + "/");
    await widgetReady(page);
    const a = { page, w: page.locator("iop-widget"), name: "tab" };
    await openMap(a);
    await addTrigger(a, "Payday");
    await a.w.locator("[data-action=save-on-device]").click();
    await eventually(async () => (await storedTriggers(page)).join() === "Payday", "kept");
    await a.w.locator("[data-action=home]").click();
    await a.w.locator("input[name=iop-saving][value=memory-only]").check();
    await eventually(async () => (await raw(page, PLAN)) === null, "removed from the device");
    await a.w.locator("input[name=iop-saving][value=device]").check();
    await eventually(async () => (await storedTriggers(page)).join() === "Payday", "kept again, from memory");
    await context.close();
  });
});
