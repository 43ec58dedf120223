// Counselor mode: a demo on a projector that leaves nothing on the device.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { expectAccessible, expectOnlyOwnOrigin, openPage, servedBrowser, widgetReady } from "./support.mjs";

const widget = (page) => page.locator("iop-widget");
const storageSnapshot = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));

describe("counselor mode", () => {
  const env = servedBrowser();

  test("a walk through all three exercises leaves local storage exactly as it was", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/examples/counselor.html");
    // Someone's own saved data on this device, which the demo must not touch.
    await page.evaluate(() => {
      localStorage.setItem("iop-widget.refusal-lines", '{"format":"iop-widget/refusal-lines","version":1,"data":[]}');
      localStorage.setItem("host-key", "kept");
    });
    await page.reload();
    await widgetReady(page);
    const before = await storageSnapshot(page);
    const w = widget(page);
    assert.equal(await w.locator("[data-demo]").innerText(), "Demo - nothing is saved");
    const size = await w.locator("section.iop").evaluate((el) => getComputedStyle(el).fontSize);
    assert.equal(size, "22px", "projector-sized type");
    await expectAccessible(page, "counselor home");

    // Screening: each example person reaches their stated outcome, with the rule shown.
    await w.getByRole("button", { name: "Start the self-check" }).click();
    await expectAccessible(page, "counselor screening intro");
    for (const [person, outcome] of [
      ["Maya", "iop-fit"], ["Dan", "withdrawal-first"], ["Leo", "less-intensive"], ["Rosa", "not-substance-use"], ["Sam", "talk-to-us"],
    ]) {
      await w.getByRole("button", { name: new RegExp(`^Show: ${person}`) }).click();
      assert.equal(await w.locator("[data-outcome]").getAttribute("data-outcome"), outcome, person);
      assert.equal(await w.locator("[data-rule]").getAttribute("data-rule"), outcome);
      assert.match(await w.locator("[data-rule]").innerText(), /^The rule that decided this\s+Rule \d/);
      if (person === "Dan") await expectAccessible(page, "example result");
      await w.getByRole("button", { name: "Start over" }).click();
    }
    // And answering live, a question or two.
    await w.getByRole("button", { name: "Begin" }).click();
    await w.locator('[data-option-id="no"]').click();
    await w.getByRole("button", { name: "Next" }).click();

    // Refusal skills: discussion prompt, reveal all, role swap.
    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.getByRole("button", { name: "Start practising" }).click();
    await w.locator('[data-scenario="house-party"]').getByRole("button").click();
    assert.ok(await w.locator("[data-discuss]").isVisible(), "a discussion prompt at the decision");
    await w.getByRole("button", { name: "Reveal all choices" }).click();
    const choices = await w.locator(".iop-choices .iop-choice").count();
    const revealed = w.locator("[data-revealed] [data-reveal-choice]");
    assert.equal(await revealed.count(), choices, "every choice's feedback, side by side");
    for (let i = 0; i < choices; i++) assert.ok((await revealed.nth(i).locator("[data-rating]").count()) === 1);
    await expectAccessible(page, "reveal all");
    for (let turn = 0; turn < 20 && (await w.locator("[data-debrief]").count()) === 0; turn++) {
      await w.locator(".iop-choices .iop-choice").first().click();
      await w.getByRole("button", { name: "Go on" }).click();
    }
    assert.ok(await w.locator("[data-role-swap]").isVisible(), "a role-swap prompt after the scene");

    // Trigger map: starts from an example map, editable.
    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.getByRole("button", { name: "Start my map" }).click();
    await w.locator(".iop-trigger").first().waitFor();
    assert.deepEqual(await w.locator(".iop-trigger strong").allInnerTexts(), ["Payday", "Old friends I used with", "Feeling lonely in the evening"]);
    await w.locator('.iop-trigger[data-trigger="Payday"]').getByRole("button", { name: "Delete" }).click();
    await w.getByRole("button", { name: "Yes, delete" }).click();
    assert.equal(await w.locator(".iop-trigger").count(), 2);

    assert.deepEqual(await storageSnapshot(page), before, "nothing written, nothing removed");

    // Reset demo: everything back to the start, still nothing stored.
    await w.getByRole("button", { name: "Reset demo" }).click();
    await w.locator(".iop-cards").waitFor();
    await w.getByRole("button", { name: "Start my map" }).click();
    assert.equal(await w.locator(".iop-trigger").count(), 3, "the example map is back");
    assert.deepEqual(await storageSnapshot(page), before);
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("a printed demo plan shows the plan, not the demo's bar, shortcut help or buttons", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/examples/counselor.html");
    await widgetReady(page);
    const w = widget(page);
    await w.getByRole("button", { name: "Shortcuts" }).click();
    await w.locator("[data-shortcuts]").waitFor();
    await w.getByRole("button", { name: "Start my map" }).click();
    await w.getByRole("button", { name: "See my plan" }).click();
    await w.locator("[data-view=plan]").waitFor();
    await page.emulateMedia({ media: "print" });
    for (const what of ["[data-demo]", "[data-action=shortcuts]", "[data-action=reset-demo]", "[data-shortcuts]"]) {
      assert.equal(await w.locator(what).isVisible(), false, `${what} is left off the paper`);
    }
    assert.match(await w.locator("[data-view=plan]").innerText(), /My relapse-prevention plan[\s\S]*Payday/);
    await page.context().close();
  });

  test("shortcuts: N next, P previous, R reveal, ? help; typing in a field is not a shortcut", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/examples/counselor.html");
    await widgetReady(page);
    const w = widget(page);
    await w.getByRole("button", { name: "Shortcuts" }).focus();
    await page.keyboard.press("?");
    const help = w.locator("[data-shortcuts]");
    assert.match(await help.innerText(), /Page Down/);
    await expectAccessible(page, "shortcut help");
    await page.keyboard.press("?");
    assert.equal(await help.count(), 0);

    await w.getByRole("button", { name: "Start the self-check" }).click();
    await w.locator('[data-step="intro"]').waitFor();
    await page.keyboard.press("n");
    assert.equal(await w.locator("[data-question-id]").getAttribute("data-question-id"), "safety-now");
    await w.locator('[data-option-id="no"]').click();
    await page.keyboard.press("PageDown");
    assert.equal(await w.locator("[data-question-id]").getAttribute("data-question-id"), "phq-9-item-9");
    await page.keyboard.press("p");
    assert.equal(await w.locator("[data-question-id]").getAttribute("data-question-id"), "safety-now");

    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.getByRole("button", { name: "Start practising" }).click();
    await w.locator('[data-scenario="concert"]').getByRole("button").click();
    await page.keyboard.press("r");
    await w.locator("[data-revealed]").waitFor();
    await w.locator(".iop-choices .iop-choice").first().click();
    await page.keyboard.press("n");
    assert.equal(await w.locator("[data-feedback]").count(), 0, "N goes on after the feedback");

    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.getByRole("button", { name: "Start my map" }).click();
    await w.getByRole("textbox", { name: "Place" }).fill("n p r");
    assert.equal(await w.getByRole("textbox", { name: "Place" }).inputValue(), "n p r", "letters typed in a field stay letters");
    await page.context().close();
  });

  test("Reveal all shows every answer's rating, what it uses and what it misses, at that decision only", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/examples/counselor.html");
    await widgetReady(page);
    const w = widget(page);
    await w.getByRole("button", { name: "Start practising" }).click();
    await w.locator('[data-scenario="house-party"]').getByRole("button").click();
    const first = await w.locator("[data-node]").getAttribute("data-node");
    await w.getByRole("button", { name: "Reveal all choices" }).click();
    const weak = (await w.locator("[data-revealed] [data-reveal-choice]").allInnerTexts()).filter((t) => /Risky|Partly/.test(t));
    assert.ok(weak.length >= 2, "the weak answers are there to compare");
    for (const t of weak) assert.match(t, /Misses: /, `a weak answer shown without what it misses:\n${t}`);
    // The group discusses the next decision before seeing the answers.
    await w.locator('.iop-choices .iop-choice[data-choice="offer-no"]').click();
    await w.getByRole("button", { name: "Go on" }).click();
    await w.locator(`[data-node]:not([data-node="${first}"])`).waitFor();
    assert.equal(await w.locator("[data-revealed]").count(), 0, "the next decision opens unspoiled");
    assert.equal(await w.getByRole("button", { name: "Reveal all choices" }).count(), 1);
    await page.context().close();
  });

  // A presenter's clicker in front of a group: Page Down/Up, or arrows.
  async function demo() {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/examples/counselor.html");
    await widgetReady(page);
    return { page, w: widget(page) };
  }
  async function openScene(w, id = "house-party") {
    await w.getByRole("button", { name: "Start practising" }).click();
    await w.locator(`[data-scenario="${id}"]`).getByRole("button").click();
    await w.locator("[data-node]").waitFor();
  }
  const choices = (w) => w.locator(".iop-choices .iop-choice");

  test("playing a scene again for the next group opens its first offer unspoiled", async () => {
    const { page, w } = await demo();
    await openScene(w);
    await w.getByRole("button", { name: "Reveal all choices" }).click();
    await w.locator("[data-revealed]").waitFor();
    for (let turn = 0; turn < 20 && (await w.locator("[data-debrief]").count()) === 0; turn++) {
      await choices(w).first().click();
      await w.getByRole("button", { name: "Go on" }).click();
    }
    await w.getByRole("button", { name: "Play this scene again" }).click();
    await w.locator("[data-node]").waitFor();
    assert.equal(await w.locator("[data-revealed]").count(), 0, "no answer shown before the group has talked");
    assert.equal(await w.getByRole("button", { name: "Reveal all choices" }).count(), 1);
    await page.context().close();
  });

  test("a clicker's arrows on a screening answer go on or back, and never change the answer", async () => {
    const { page, w } = await demo();
    await w.getByRole("button", { name: "Start the self-check" }).click();
    await w.locator('[data-step="intro"]').waitFor();
    await page.keyboard.press("PageDown");
    const question = w.locator("[data-question-id]");
    await w.locator('[data-question-id="safety-now"]').waitFor();
    await w.locator('[data-option-id="no"]').click();
    await page.keyboard.press("ArrowRight");
    await w.locator('[data-question-id="safety-now"]').waitFor({ state: "detached" });
    const next = await question.getAttribute("data-question-id");
    assert.notEqual(next, "safety-now", "on to the next question");
    assert.equal(await w.locator("[data-interrupt]").count(), 0, "no crisis panel: the answer stayed No");
    await w.locator("input[type=radio]").first().focus();
    await page.keyboard.press("ArrowLeft");
    await w.locator('[data-question-id="safety-now"]').waitFor();
    const checked = await w.locator("input:checked").evaluateAll((inputs) => inputs.map((i) => i.value));
    assert.deepEqual(checked, ["no"], "the group's answer is as they chose it");
    // Up and Down still move between answers, as in any radio group.
    await w.locator("input:checked").focus();
    await page.keyboard.press("ArrowDown");
    assert.notDeepEqual(await w.locator("input:checked").evaluateAll((inputs) => inputs.map((i) => i.value)), ["no"]);
    await page.context().close();
  });

  test("Reset demo starts the next group in the page's language", async () => {
    const { page, w } = await demo();
    await w.getByLabel("Language").selectOption("es");
    await w.locator('section.iop[lang="es"]').waitFor();
    await w.locator("[data-action=reset-demo]").click();
    await w.locator('section.iop[lang="en"]').waitFor();
    assert.equal(await w.getByRole("button", { name: "Start the self-check" }).count(), 1);
    await page.context().close();
  });
});
