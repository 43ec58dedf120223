// Refusal-skills practice in the release build: strong and risky paths, retry from a decision,
// keyboard-only play, the person's own lines, filters, axe on every screen.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { eventually, expectAccessible, expectOnlyOwnOrigin, openPage, servedBrowser, tabTo, widgetReady } from "./support.mjs";

const widget = (page) => page.locator("iop-widget");

async function openPractice(page, origin) {
  await page.goto(origin + "/");
  await widgetReady(page);
  await widget(page).getByRole("button", { name: "Start practising" }).click();
  await widget(page).locator('[data-view="list"]').waitFor();
}

/** Answers the first-time question: keep practice on this device. */
async function keepOnDevice(page) {
  await widget(page).locator("[data-action=save-on-device]").click();
  await widget(page).locator("[data-saving-prompt]").waitFor({ state: "detached" });
}

const decisions = (page) => widget(page).locator(".iop-choices .iop-choice");

/** The focused element (through shadow roots): tag, text, attributes, and its scene card if any. */
async function focusedAttrs(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const attrs = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
    return { tag: el.tagName, text: el.textContent.trim(), attrs, scenario: el.closest("[data-scenario]")?.dataset.scenario };
  });
}
const lastFeedback = (page) => widget(page).locator("[data-feedback]");

/**
 * Plays the open scene to its debrief choosing a strong response at every point: tries the
 * choices in order and, after a weaker one, goes back with "Try again from here".
 */
async function playStrong(page, { axe = false } = {}) {
  const w = widget(page);
  for (let turn = 0; turn < 40; turn++) {
    if ((await w.locator("[data-debrief]").count()) > 0) return;
    const count = await decisions(page).count();
    for (let i = 0; i < count; i++) {
      await decisions(page).nth(i).click();
      const rating = await lastFeedback(page).getAttribute("data-feedback");
      if (axe && turn === 0 && i === 0) await expectAccessible(page, "play with feedback");
      if (rating === "strong") break;
      await w.getByRole("button", { name: "Go on" }).click();
      await w.getByRole("button", { name: "Try again from here" }).last().click();
    }
    await w.getByRole("button", { name: "Go on" }).click();
  }
  assert.fail("the scene did not end");
}

describe("refusal skills", () => {
  const env = servedBrowser();

  test("a scene played with strong responses ends in a debrief, and the list remembers it after a reload", async () => {
    const page = await openPage(env.browser);
    await openPractice(page, env.server.origin);
    await expectAccessible(page, "scene list");
    assert.ok((await widget(page).locator("[data-scenario]").count()) >= 10, "at least ten scenes");
    await widget(page).locator('[data-scenario="house-party"]').getByRole("button").click();
    await playStrong(page, { axe: true });
    const debrief = widget(page).locator("[data-debrief]");
    assert.equal(await debrief.locator("[data-overall]").getAttribute("data-overall"), "strong");
    assert.ok((await debrief.locator("[data-technique]").count()) >= 1, "the techniques used are named");
    await expectAccessible(page, "debrief");
    await keepOnDevice(page);

    await page.reload();
    await openPractice(page, env.server.origin);
    const card = widget(page).locator('[data-scenario="house-party"]');
    assert.match(await card.locator("[data-completed]").innerText(), /Completed/);
    assert.match(await card.locator("[data-completed]").innerText(), /Strong/, "the best rating as a word");
    assert.equal(await card.locator("[data-rating]").getAttribute("data-rating"), "strong");

    // Reset asks first; Cancel keeps everything and gives focus back to the button.
    const w = widget(page);
    await w.getByRole("button", { name: "Reset my progress" }).click();
    assert.match((await focusedAttrs(page)).text, /clears which scenes/);
    await expectAccessible(page, "reset question");
    await w.getByRole("button", { name: "Cancel" }).click();
    assert.equal((await focusedAttrs(page)).attrs["data-action"], "reset");
    assert.equal(await card.locator("[data-completed]").count(), 1);
    await w.getByRole("button", { name: "Reset my progress" }).click();
    await w.getByRole("button", { name: "Yes, reset" }).click();
    assert.match((await focusedAttrs(page)).text, /progress is cleared/);
    assert.equal(await card.locator("[data-completed]").count(), 0);
    await page.reload();
    await openPractice(page, env.server.origin);
    assert.equal(await card.locator("[data-completed]").count(), 0, "the reset is saved");
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("a risky answer brings a second offer, not an ending; the person can retry from that point", async () => {
    const page = await openPage(env.browser);
    await openPractice(page, env.server.origin);
    const w = widget(page);
    await w.locator('[data-scenario="after-shift"]').getByRole("button").click();
    const first = await w.locator("[data-node]").getAttribute("data-node");
    // Find a risky choice at the first offer.
    const count = await decisions(page).count();
    let risky = -1;
    for (let i = 0; i < count && risky < 0; i++) {
      await decisions(page).nth(i).click();
      if ((await lastFeedback(page).getAttribute("data-feedback")) === "risky") risky = i;
      else {
        await w.getByRole("button", { name: "Go on" }).click();
        await w.getByRole("button", { name: "Try again from here" }).last().click();
      }
    }
    assert.ok(risky >= 0, "the first offer has a risky choice");
    await w.getByRole("button", { name: "Go on" }).click();
    const second = await w.locator("[data-node]").getAttribute("data-node");
    assert.notEqual(second, first, "the story goes on to another offer");
    assert.equal(await w.locator("[data-debrief]").count(), 0, "not an ending");
    await w.getByRole("button", { name: "Try again from here" }).first().click();
    assert.equal(await w.locator("[data-node]").getAttribute("data-node"), first, "back at the first offer");
    await playStrong(page);
    assert.equal(await w.locator("[data-overall]").getAttribute("data-overall"), "strong");
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("a weaker answer can be tried again at once; the debrief puts the strong response beside it, with why", async () => {
    const page = await openPage(env.browser);
    await openPractice(page, env.server.origin);
    const w = widget(page);
    await w.locator('[data-scenario="after-shift"]').getByRole("button").click();
    const first = await w.locator("[data-node]").getAttribute("data-node");
    const tryAnother = w.locator("[data-try-another]");
    // Every weaker answer offers another try right in its feedback; a strong one does not.
    const count = await decisions(page).count();
    let risky = null;
    let sawStrong = false;
    for (let i = 0; i < count; i++) {
      const text = (await decisions(page).nth(i).innerText()).trim();
      await decisions(page).nth(i).click();
      const rating = await lastFeedback(page).getAttribute("data-feedback");
      if (rating === "strong") {
        sawStrong = true;
        assert.equal(await tryAnother.count(), 0, "no second try offered after a strong answer");
        await w.getByRole("button", { name: "Go on" }).click();
        await w.getByRole("button", { name: "Try again from here" }).last().click();
        continue;
      }
      if (rating === "risky" && !risky) risky = { index: i, text };
      await tryAnother.click();
      assert.equal(await w.locator("[data-feedback]").count(), 0, "the feedback is gone");
      assert.equal(await w.locator("[data-node]").getAttribute("data-node"), first, "the same offer again");
      await eventually(async () => (await focusedAttrs(page))?.attrs["data-node"] === first, "focus on the offer");
      await expectAccessible(page, "after trying another answer");
    }
    assert.ok(sawStrong && risky, "the first offer has a strong and a risky answer");
    await decisions(page).nth(risky.index).click();
    await w.getByRole("button", { name: "Go on" }).click();
    await playStrong(page);

    // The risky step: its own feedback, the strong response, and that response's own feedback.
    const content = JSON.parse(await (await fetch(env.server.origin + "/content/en/refusal.json")).text());
    const choices = Object.values(content.scenes["after-shift"].nodes[first].choices);
    const step = w.locator(".iop-compare > li").first();
    const stepText = await step.innerText();
    assert.ok(stepText.includes(risky.text), stepText);
    const chosen = choices.find((c) => c.text === risky.text);
    assert.equal((await step.locator("[data-chosen-why]").innerText()).trim(), `Why it falls short: ${chosen.feedback}`, "why the weak answer is weak, said in words");
    const strongText = (await step.locator("strong").innerText()).trim();
    const strong = choices.find((c) => c.text === strongText);
    assert.ok(strong, `the strong response is one of the offer's choices: ${strongText}`);
    assert.equal((await step.locator("[data-strong-why]").innerText()).trim(), `Why it works: ${strong.feedback}`);
    await expectAccessible(page, "debrief with reasons");
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("a scene can be played by keyboard alone (Tab, Enter, Space), focus following the story", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/");
    await widgetReady(page);
    const w = widget(page);
    await tabTo(page, "Start practising");
    await page.keyboard.press("Enter");
    await w.locator('[data-view="list"]').waitFor();
    // Tab to this scene's "Play".
    for (let i = 0; ; i++) {
      assert.ok(i < 60, "Tab reaches the scene");
      await page.keyboard.press("Tab");
      const f = await focusedAttrs(page);
      if (f?.scenario === "just-one" && f.tag === "BUTTON") break;
    }
    await page.keyboard.press("Space");
    await w.locator('[data-view="play"]').waitFor();
    assert.equal((await focusedAttrs(page)).tag, "H2", "the scene's heading has focus");
    for (let turn = 0; turn < 40 && (await w.locator("[data-debrief]").count()) === 0; turn++) {
      await w.locator(".iop-choices").waitFor();
      // From the heading or the new offer, the next Tab reaches the first choice.
      await page.keyboard.press("Tab");
      assert.ok((await focusedAttrs(page)).attrs["data-choice"], "a choice has focus");
      await page.keyboard.press("Space");
      await lastFeedback(page).waitFor();
      assert.match((await focusedAttrs(page)).text, /^How that went/, "focus on the feedback");
      await page.keyboard.press("Tab"); // from the feedback heading to "Go on"
      assert.equal((await focusedAttrs(page)).text, "Go on");
      await page.keyboard.press("Enter");
      const f = await focusedAttrs(page);
      assert.ok(f.attrs["data-node"] || f.text === "How it went", `focus on the new line or the debrief: ${f.text}`);
    }
    assert.equal(await w.locator("[data-debrief]").count(), 1);
    await tabTo(page, "All scenes", 80);
    await page.keyboard.press("Enter");
    await w.locator('[data-view="list"]').waitFor();
    assert.match(await w.locator('[data-scenario="just-one"] [data-completed]').innerText(), /Completed/);
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("my own refusal lines: typed, kept, still there after a reload; a suggested line kept from a debrief", async () => {
    const page = await openPage(env.browser);
    await openPractice(page, env.server.origin);
    const w = widget(page);
    await w.getByRole("button", { name: "My refusal lines" }).click();
    await expectAccessible(page, "refusal lines");
    await w.getByLabel("A line I can use").fill("No thanks, I drive tonight and I'm staying sharp.");
    await w.getByRole("button", { name: "Keep this line" }).click();
    await keepOnDevice(page);
    await w.getByLabel("A line I can use").fill("   ");
    await w.getByRole("button", { name: "Keep this line" }).click();
    assert.match(await w.getByRole("alert").innerText(), /write a line/);

    await w.getByRole("button", { name: "All scenes" }).click();
    await w.locator('[data-scenario="family-toast"]').getByRole("button").click();
    await playStrong(page);
    const keep = w.locator("[data-debrief]").getByRole("button", { name: /^Keep: / }).first();
    const suggestion = (await keep.getAttribute("aria-label")).replace(/^Keep: /, "");
    await keep.click();
    // The button stays where it was and says the line is kept.
    await eventually(async () => (await focusedAttrs(page)).attrs["aria-label"] === `Kept: ${suggestion}`, `focus on the same button, now "Kept: ${suggestion}"`);

    // From the debrief to my lines: the scene's suggestions are there, the kept one marked.
    await w.getByRole("button", { name: "My refusal lines" }).click();
    await w.locator('[data-view="lines"]').waitFor();
    const group = w.locator('[data-suggested-scene="family-toast"]');
    assert.equal(await group.getByRole("button", { name: `Kept: ${suggestion}` }).count(), 1);
    const another = group.getByRole("button", { name: /^Keep: / }).first();
    const second = (await another.getAttribute("aria-label")).replace(/^Keep: /, "");
    await another.click();
    await expectAccessible(page, "refusal lines with suggestions");

    await page.reload();
    await openPractice(page, env.server.origin);
    await w.getByRole("button", { name: "My refusal lines" }).click();
    const kept = await w.locator("[data-lines] li span").allInnerTexts();
    assert.deepEqual(kept, ["No thanks, I drive tonight and I'm staying sharp.", suggestion, second]);
    // After a reload the finished scene still suggests lines.
    assert.ok((await w.locator('[data-suggested-scene="family-toast"] li').count()) >= 2);

    // Remove one: it goes, focus stays in the form, and the change is saved.
    await w.getByRole("button", { name: `Remove: ${second}` }).click();
    await eventually(async () => (await focusedAttrs(page)).tag === "TEXTAREA", "focus in the form after removing a line");
    await page.reload();
    await openPractice(page, env.server.origin);
    await w.getByRole("button", { name: "My refusal lines" }).click();
    assert.deepEqual(await w.locator("[data-lines] li span").allInnerTexts(), kept.slice(0, 2));

    // The trigger map offers the same lines for the plan.
    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.getByRole("button", { name: "Start my map" }).click();
    await w.locator('[data-action="bring-lines"]').click();
    assert.deepEqual(await w.locator('[data-list="refusal-lines"] li span').allInnerTexts(), kept.slice(0, 2));
    assert.equal(await w.locator('[data-action="bring-lines"]').count(), 0, "nothing left to bring");
    // Deleting everything says the refusal lines go too, and they do.
    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.locator("[data-action=delete-everything]").click();
    assert.match(await w.locator('[data-confirm="delete-everything"]').innerText(), /your refusal lines/);
    await w.locator("[data-action=confirm-delete]").click();
    await w.locator('[data-deleted="true"]').waitFor();
    await openPractice(page, env.server.origin);
    await w.getByRole("button", { name: "My refusal lines" }).click();
    assert.equal(await w.locator("[data-lines] li").count(), 0, "no lines left");
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("filters narrow the list", async () => {
    const page = await openPage(env.browser);
    await openPractice(page, env.server.origin);
    const w = widget(page);
    const all = await w.locator("[data-scenario]").count();
    // Before any choice, both filters read "Any".
    for (const label of ["Where", "What is offered"]) {
      const select = w.getByLabel(label);
      assert.equal(await select.inputValue(), "");
      assert.equal(await select.evaluate((el) => el.selectedOptions[0].textContent), "Any", label);
    }
    await w.getByLabel("What is offered").selectOption("opioids");
    const opioids = await w.locator("[data-scenario]").count();
    assert.ok(opioids > 0 && opioids < all, `opioid scenes: ${opioids} of ${all}`);
    await w.getByLabel("Where").selectOption("family");
    const both = await w.locator("[data-scenario]").allInnerTexts();
    assert.ok(both.length >= 1 && both.length <= opioids);
    for (const text of both) assert.match(text, /Family/);
    await w.getByLabel("Where").selectOption("");
    await w.getByLabel("What is offered").selectOption("");
    assert.equal(await w.locator("[data-scenario]").count(), all, "Any shows every scene again");
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("a pasted line too long stays whole in the field and is refused with a message; 150 emoji fit", async () => {
    const page = await openPage(env.browser);
    await openPractice(page, env.server.origin);
    const w = widget(page);
    await w.getByRole("button", { name: "My refusal lines" }).click();
    const field = w.getByLabel("A line I can use");
    const long = "No thanks, I'm good. ".repeat(20) + "THE END";
    await field.click();
    await page.keyboard.insertText(long);
    assert.equal(await field.inputValue(), long, "nothing is cut off as it is pasted");
    await w.getByRole("button", { name: "Keep this line" }).click();
    assert.match(await w.getByRole("alert").innerText(), /200 characters/);
    assert.equal(await field.inputValue(), long, "the words are still there to shorten");
    assert.equal(await w.locator("[data-lines] li").count(), 0, "nothing cut was kept");
    // Emoji are one character each, as the limit counts them (the browser counts two).
    const emoji = "🙅".repeat(150);
    await field.fill("");
    await field.click();
    await page.keyboard.insertText(emoji);
    await w.getByRole("button", { name: "Keep this line" }).click();
    if (await w.locator("[data-action=dont-save]").count()) await w.locator("[data-action=dont-save]").click();
    assert.deepEqual(await w.locator("[data-lines] li span").allInnerTexts(), [emoji]);
    await page.context().close();
  });
});
