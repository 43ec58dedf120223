// The screening questionnaire in the release build: the paths CLINICAL.md cares most about,
// resuming after a reload, keyboard-only use, and axe on every step.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { eventually, expectAccessible, expectOnlyOwnOrigin, focused, openPage, servedBrowser, widgetReady, LOW_RISK } from "./support.mjs";

const widget = (page) => page.locator("iop-widget");
const currentQuestion = (page) => widget(page).locator("[data-question-id]").getAttribute("data-question-id");

/** A fresh browser context (fresh storage) on the screening's intro. */
async function freshScreening(browser, origin) {
  const page = await openPage(browser);
  await page.addInitScript(() => {
    // The focused element, looking through shadow roots (for the keyboard test).
    window.deepActive = () => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el;
    };
  });
  await page.goto(origin + "/");
  await widgetReady(page);
  await widget(page).getByRole("button", { name: "Start the self-check" }).click();
  return page;
}

/** Answers questions by mouse until the result (or an interrupt) shows; returns the ids asked. */
async function answerAll(page, changes = {}, { axe = false, stopAtInterrupt = false, until = null } = {}) {
  const answers = { ...LOW_RISK, ...changes };
  const asked = [];
  for (let i = 0; i < 60; i++) {
    const step = widget(page).locator("[data-step]");
    const kind = await step.getAttribute("data-step");
    if (axe) await expectAccessible(page, `screening step ${kind} ${asked.at(-1) ?? ""}`);
    if (kind === "result") return asked;
    if (kind === "interrupt") {
      if (stopAtInterrupt) return asked;
      await widget(page).getByRole("button", { name: /Continue/ }).click();
      continue;
    }
    if (kind === "intro") {
      await widget(page).getByRole("button", { name: /Begin|Carry on/ }).click();
      continue;
    }
    const id = await currentQuestion(page);
    if (id === until) return asked;
    asked.push(id);
    assert.ok(answers[id], `no answer planned for ${id}`);
    for (const option of answers[id]) {
      await widget(page).locator(`[data-question-id="${id}"] [data-option-id="${option}"]`).click();
    }
    await widget(page).getByRole("button", { name: "Next" }).click();
    await page.waitForFunction(
      (prev) => {
        const root = document.querySelector("iop-widget").shadowRoot;
        return root.querySelector("[data-question-id]")?.getAttribute("data-question-id") !== prev;
      },
      id,
    );
  }
  assert.fail("the questionnaire did not end");
}

const outcome = (page) => widget(page).locator("[data-outcome]").getAttribute("data-outcome");

describe("screening", () => {
  const env = servedBrowser();

  test("a crisis answer shows the crisis line before the next question, and the person can go on", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    await widget(page).getByRole("button", { name: "Begin" }).click();
    assert.equal(await currentQuestion(page), "safety-now");
    await widget(page).locator('[data-option-id="yes"]').click();
    await widget(page).getByRole("button", { name: "Next" }).click();
    const panel = widget(page).locator('[data-interrupt="crisis"]');
    await panel.waitFor();
    assert.equal(await widget(page).locator("[data-question-id]").count(), 0, "no further question while the panel shows");
    assert.equal(await panel.locator('a[href="tel:988"]').count(), 1);
    assert.equal(await panel.locator('a[href="sms:988"]').count(), 1);
    assert.equal(await panel.locator('a[href="tel:911"]').count(), 1);
    assert.equal((await focused(page)).tag, "H2", "the panel takes focus so it is announced");
    await expectAccessible(page, "crisis panel");
    await widget(page).getByRole("button", { name: /Continue/ }).click();
    assert.equal(await currentQuestion(page), "phq-9-item-9");
    await answerAll(page, { "safety-now": ["yes"] });
    assert.equal(await outcome(page), "crisis");
    const steps = await widget(page).locator("[data-outcome] > .iop-next-steps li").allInnerTexts();
    assert.match(steps[0], /crisis line/i, "a crisis result leads with its own next step");
    assert.ok((await widget(page).locator("[data-then] .iop-next-steps li").count()) >= 2, "then the steps for later");
    assert.ok(await widget(page).locator('[data-outcome] a[href="tel:988"]').count() >= 1);
    expectOnlyOwnOrigin(page, env.server.origin);
  });

  test("a medical emergency answer shows the emergency number at once", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    const asked = await answerAll(page, { "emergency-now": ["seizure", "confusion"] }, { stopAtInterrupt: true });
    assert.deepEqual(asked, ["safety-now", "phq-9-item-9", "safety-month", "safety-attempt", "harm-others-now", "emergency-now"]);
    const panel = widget(page).locator('[data-interrupt="medical-emergency"]');
    await panel.waitFor();
    assert.equal(await panel.locator("a.iop-button").first().getAttribute("href"), "tel:911", "emergency number first");
  });

  test("daily drinking with shakes leads to withdrawal care first", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    const asked = await answerAll(page, {
      substances: ["alcohol"], "use-days": ["daily"], "audit-1": ["4-plus-a-week"], "audit-2": ["7-9"],
      "audit-3": ["daily"], "withdrawal-signs": ["shakes"],
    });
    assert.ok(asked.includes("audit-1") && asked.includes("withdrawal-signs"), "alcohol follow-ups are asked");
    assert.equal(await outcome(page), "withdrawal-first");
    assert.ok(await widget(page).locator('[data-instrument="audit-c"]').isVisible(), "AUDIT-C score shown");
    assert.match(await widget(page).locator('[data-instrument="audit-c"]').innerText(), /11 \/ 12/);
    await expectAccessible(page, "withdrawal-first result");
  });

  test("regular use with cravings and loss of control: IOP looks like a fit; opioids bring up medication", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    const events = await page.evaluateHandle(() => {
      const seen = [];
      document.addEventListener("iop:screening-complete", (e) => seen.push(e.detail));
      return seen;
    });
    const asked = await answerAll(page, {
      substances: ["opioids"], "opioid-use": ["not-as-prescribed"], "use-days": ["3-5"], control: ["often"],
      cravings: ["strong"], problems: ["some"],
    });
    assert.ok(!asked.includes("audit-1"), "no alcohol questions for someone who does not drink");
    assert.equal(await outcome(page), "iop-fit");
    assert.equal(await widget(page).locator('[data-flag="ask-about-medication"]').count(), 1);
    assert.match(await widget(page).locator('[data-flag="overdose-safety"]').innerText(), /naloxone/);
    const text = await widget(page).locator("[data-outcome]").innerText();
    assert.match(text, /not a diagnosis/i);
    assert.match(text, /often drink or use more than you meant to/, "the finding says what was answered");
    assert.deepEqual(await events.jsonValue(), [{ outcome: "iop-fit", flags: ["overdose-safety", "ask-about-medication"] }]);
  });

  test("low-risk answers and a stable home: less intensive care may be enough (axe on every step)", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    await expectAccessible(page, "screening intro");
    await answerAll(page, {}, { axe: true });
    assert.equal(await outcome(page), "less-intensive");
    const chart = widget(page).locator(".iop-chart");
    assert.equal(await chart.locator("[data-dimension]").count(), 6, "one row per dimension");
    expectOnlyOwnOrigin(page, env.server.origin);
  });

  test("declining a safety question shows the crisis contacts gently before the next question", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    await widget(page).getByRole("button", { name: "Begin" }).click();
    await widget(page).locator('[data-question-id="safety-now"] [data-option-id="yes"]').waitFor();
    await answerAll(page, { "safety-now": ["no"], "phq-9-item-9": ["prefer-not"] }, { stopAtInterrupt: true });
    const panel = widget(page).locator('[data-interrupt="safety-declined"]');
    await panel.waitFor();
    assert.equal(await panel.getAttribute("data-after"), "phq-9-item-9");
    assert.equal(await widget(page).locator("[data-question-id]").count(), 0, "no further question while the panel shows");
    assert.match(await panel.innerText(), /You don't have to answer/);
    assert.equal(await panel.locator('a[href="tel:988"]').count(), 1);
    assert.equal(await panel.locator('a[href="tel:911"]').count(), 1);
    assert.equal((await focused(page)).tag, "H2", "the panel is announced");
    await expectAccessible(page, "declined panel");
    await widget(page).getByRole("button", { name: "Continue the questions" }).click();
    assert.equal(await currentQuestion(page), "safety-month");
    await answerAll(page, { "phq-9-item-9": ["prefer-not"] });
    assert.equal(await outcome(page), "talk-to-us", "a declined safety question never reads as an all-clear");
    assert.equal(await widget(page).locator('[data-flag="safety-not-confirmed"]').count(), 1);
    await expectAccessible(page, "talk-to-us result");
  });

  test("thoughts of seriously harming someone now interrupt like a crisis", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    const asked = await answerAll(page, { "harm-others-now": ["yes"] }, { stopAtInterrupt: true });
    assert.equal(asked.at(-1), "harm-others-now");
    const panel = widget(page).locator('[data-interrupt="crisis"][data-after="harm-others-now"]');
    await panel.waitFor();
    assert.match(await panel.locator("h2").innerText(), /before anyone gets hurt/);
    assert.equal(await panel.locator("a.iop-button").first().getAttribute("href"), "tel:911", "emergency first");
    assert.equal(await panel.locator('a[href="tel:988"]').count(), 1);
    await expectAccessible(page, "harm-others panel");
    await widget(page).getByRole("button", { name: /Continue/ }).click();
    assert.equal(await currentQuestion(page), "emergency-now");
    const rest = await answerAll(page, { "harm-others-now": ["yes"] });
    assert.ok(!rest.includes("harm-others"), "the past-month question is not asked again");
    assert.equal(await outcome(page), "crisis");
    const result = await widget(page).locator("[data-outcome]").innerText();
    assert.doesNotMatch(result, /assessment/, "a crisis result asks for help now, not an assessment");
    assert.match(result, /reach the crisis line or the emergency number now/);
  });

  test("no substance use in the past year: not told IOP fits, pointed to the clinic or a doctor", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    const asked = await answerAll(page, {
      substances: ["none"], "phq-1": ["more-than-half"], "phq-2": ["nearly-every-day"],
    }, { axe: true });
    assert.ok(!asked.includes("use-days") && !asked.includes("cravings"), "no questions about use");
    assert.equal(await outcome(page), "not-substance-use");
    const text = await widget(page).locator("[data-outcome]").innerText();
    assert.match(text, /alcohol or drug use/);
    assert.match(text, /doctor/);
    assert.doesNotMatch(text, /intensive outpatient program \(IOP\) may fit|less intensive kind of care/);
  });

  test("more than half of the risk questions unanswered: talk to us, never a fit", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    const all = {};
    for (const id of Object.keys(LOW_RISK)) all[id] = ["prefer-not"];
    await answerAll(page, all);
    assert.equal(await outcome(page), "talk-to-us");
    const text = await widget(page).locator("[data-outcome]").innerText();
    // Rule 9: the person is told the answers cannot tell, and invited to talk.
    assert.match(text, /we can't tell from your answers which care would fit/);
    assert.match(text, /Talking with our team/);
    assert.doesNotMatch(text, /may fit you well/);
    await expectAccessible(page, "talk-to-us result");
  });

  test("an unsafe home: recovery residence advice, IOP not vetoed, and the clinic's domestic-violence line if it set one", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    await page.evaluate(() => document.querySelector("iop-widget").setAttribute("violence-line", "1-800-799-7233"));
    const unsafe = { substances: ["alcohol"], "use-days": ["3-5"], "audit-1": ["2-3-a-week"], "audit-2": ["5-6"], "audit-3": ["weekly"], "home-safe": ["no"] };
    await answerAll(page, unsafe);
    assert.equal(await outcome(page), "iop-fit", "an unsafe home does not veto IOP (rule 7)");
    assert.equal(await widget(page).locator('[data-flag="recovery-residence"]').count(), 1);
    const line = widget(page).locator("[data-violence-line]");
    assert.match(await line.innerText(), /domestic-violence line/);
    assert.equal(await line.getByRole("link").getAttribute("href"), "tel:18007997233");
    await expectAccessible(page, "unsafe-home result");
    await page.context().close();

    // A clinic that named no line: no number is made up.
    const other = await freshScreening(env.browser, env.server.origin);
    await answerAll(other, { ...unsafe, "home-safe": ["no"] });
    assert.equal(await widget(other).locator("[data-violence-line]").count(), 0, "no line is made up");
    await other.context().close();
  });

  test("IOP fits but the person cannot attend 9 hours: the result says so and names what helps", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    const asked = await answerAll(page, {
      substances: ["alcohol"], "use-days": ["3-5"], "audit-1": ["2-3-a-week"], "audit-2": ["5-6"], "audit-3": ["weekly"],
      hours: ["no"], barriers: ["childcare", "work"], importance: ["prefer-not"], confidence: ["prefer-not"],
    });
    assert.ok(asked.includes("confidence"), "the confidence ruler is asked");
    assert.equal(await outcome(page), "iop-fit");
    const result = widget(page).locator("[data-outcome]");
    assert.equal(await result.getAttribute("data-cannot-attend"), "");
    const text = await result.innerText();
    assert.doesNotMatch(text, /right amount of support/);
    assert.match(text, /can't make 9 or more hours a week/);
    assert.match(text, /evening or online groups/);
    assert.equal(await widget(page).locator('[data-flag="schedule-help"]').count(), 1);
    await expectAccessible(page, "cannot-attend result");
  });

  test("the AUDIT-C questions explain the drink for the region and credit WHO and Bush et al.", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    await answerAll(page, { substances: ["alcohol"] }, { stopAtInterrupt: true, until: "audit-1" });
    const help = await widget(page).locator('[data-question-id="audit-1"] .iop-help').allInnerTexts();
    assert.ok(help.some((h) => /12 oz can of beer/.test(h)), "the US standard drink");
    assert.match(await widget(page).locator('[data-question-id="audit-1"]').innerText(), /Bush/);
  });

  test("answers stay in memory: going home and back keeps them, a reload does not, nothing is written", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    await widget(page).getByRole("button", { name: "Begin" }).click();
    await answerAll(page, { substances: ["cannabis"] }, { until: "use-days" });
    await widget(page).getByRole("button", { name: "Back to all exercises" }).click();
    await widget(page).getByRole("button", { name: "Start the self-check" }).click();
    await widget(page).getByRole("button", { name: "Next" }).waitFor();
    assert.equal(await currentQuestion(page), "use-days", "the person is where they were");
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("iop-widget.")));
    assert.deepEqual(keys, [], "nothing written unless asked");
    await page.reload();
    await widgetReady(page);
    await widget(page).getByRole("button", { name: "Start the self-check" }).click();
    assert.equal(await widget(page).getByRole("button", { name: "Carry on where I left off" }).count(), 0);
  });

  test("saved to finish later: resumes after a reload without the safety answers, and start over removes them", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    const save = widget(page).locator('[data-save-answers] input[type="checkbox"]');
    await save.check();
    await expectAccessible(page, "intro with the save choice");
    await widget(page).getByRole("button", { name: "Begin" }).click();
    await answerAll(page, { substances: ["alcohol"] }, { until: "audit-1" });
    const stored = await page.evaluate(() => localStorage.getItem("iop-widget.screening"));
    for (const q of ["safety-now", "phq-9-item-9", "safety-month", "safety-attempt", "harm-others-now", "emergency-now"]) {
      assert.ok(!stored.includes(q), `${q} is never written`);
    }
    assert.match(stored, /"substances":\["alcohol"\]/);
    await page.reload();
    await widgetReady(page);
    await widget(page).getByRole("button", { name: "Start the self-check" }).click();
    await widget(page).getByRole("button", { name: "Carry on where I left off" }).click();
    assert.equal(await currentQuestion(page), "safety-now", "the safety questions are asked again");
    await widget(page).getByRole("button", { name: "Back", exact: true }).click();
    await widget(page).getByRole("button", { name: "Start over" }).click();
    assert.ok(await widget(page).getByRole("button", { name: "Begin" }).isVisible());
    assert.equal(await page.evaluate(() => localStorage.getItem("iop-widget.screening")), null);
  });

  test("saved to finish later in two tabs: a correction made in one is not put back by the other's next answer", async () => {
    const a = await freshScreening(env.browser, env.server.origin);
    await widget(a).locator('[data-save-answers] input[type="checkbox"]').check();
    await widget(a).getByRole("button", { name: "Begin" }).click();
    const plan = { substances: ["alcohol"], "use-days": ["daily"] };
    await answerAll(a, plan, { until: "audit-1" });
    // The same person opens the screening in a second tab, carries on, and corrects how often.
    const b = await a.context().newPage();
    await b.goto(env.server.origin + "/");
    await widgetReady(b);
    await widget(b).getByRole("button", { name: "Start the self-check" }).click();
    await widget(b).getByRole("button", { name: "Carry on where I left off" }).click();
    await answerAll(b, plan, { until: "substances" });
    await widget(b).getByRole("button", { name: "Next" }).click();
    assert.equal(await currentQuestion(b), "use-days");
    await widget(b).locator('[data-question-id="use-days"] [data-option-id="1-2"]').click();
    await widget(b).getByRole("button", { name: "Next" }).click();
    const saved = async () => JSON.parse(await a.evaluate(() => localStorage.getItem("iop-widget.screening"))).data.answers;
    await eventually(async () => (await saved())["use-days"]?.[0] === "1-2", "b's correction saved");
    // Back in the first tab, the next answer is saved without undoing it.
    await widget(a).locator('[data-question-id="audit-1"] [data-option-id="2-4-a-month"]').click();
    await widget(a).getByRole("button", { name: "Next" }).click();
    await eventually(async () => (await saved())["audit-1"]?.[0] === "2-4-a-month", "a's answer saved");
    assert.deepEqual((await saved())["use-days"], ["1-2"], "the correction made in the other tab stays");
    // Nor does the first tab's screen opening again (home and back) write its older copy over it.
    await widget(a).locator("[data-action=home]").click();
    await widget(a).getByRole("button", { name: "Start the self-check" }).click();
    await widget(a).locator("[data-step]").waitFor();
    await a.waitForTimeout(300);
    assert.deepEqual((await saved())["use-days"], ["1-2"], "still the correction after the screen reopens");
    assert.deepEqual((await saved())["audit-1"], ["2-4-a-month"]);
    await a.context().close();
  });

  test("Next without an answer says what is needed", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    await widget(page).getByRole("button", { name: "Begin" }).click();
    await widget(page).getByRole("button", { name: "Next" }).click();
    assert.ok(await widget(page).getByRole("alert").isVisible());
    assert.equal(await currentQuestion(page), "safety-now");
  });

  test("the whole screening can be completed by keyboard alone", async () => {
    const page = await freshScreening(env.browser, env.server.origin);
    const answers = { ...LOW_RISK, substances: ["alcohol", "cannabis"] };
    await pressUntil(page, (f) => f?.text === "Begin");
    await page.keyboard.press("Enter");
    for (let i = 0; i < 60; i++) {
      if ((await widget(page).locator("[data-outcome]").count()) > 0) break;
      const id = await currentQuestion(page);
      assert.equal((await focused(page)).tag, "H2", `focus starts at the question (${id})`);
      for (const option of answers[id]) {
        await pressUntil(page, (f) => f?.value === option && f?.name === id, id);
        if (!(await page.evaluate(() => deepActive().checked))) await page.keyboard.press("Space");
      }
      await pressUntil(page, (f) => f?.text === "Next");
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        (prev) => document.querySelector("iop-widget").shadowRoot.querySelector("[data-question-id]")?.getAttribute("data-question-id") !== prev,
        id,
      );
    }
    assert.equal(await outcome(page), "less-intensive");
  });
});

/** Presses Tab (and the arrow keys inside a radio group) until `match` holds for the focus. */
async function pressUntil(page, match, radioGroup) {
  for (let i = 0; i < 50; i++) {
    const f = await page.evaluate(() => {
      const el = deepActive();
      return el ? { tag: el.tagName, text: el.textContent.trim(), value: el.value, name: el.name, type: el.type } : null;
    });
    if (match(f)) return;
    const inGroup = radioGroup && f?.type === "radio" && f?.name === radioGroup;
    await page.keyboard.press(inGroup ? "ArrowDown" : "Tab");
  }
  assert.fail("keyboard focus never reached the target");
}
