// "Take it to the clinic" from a screening result: a printable summary of what the person chose
// to include, and their answers as a FHIR R4 QuestionnaireResponse, checked against the official
// R4 JSON schema. Nothing is written or sent unless the person asks; the page hears only the kind.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expectAccessible, expectOnlyOwnOrigin, openPage, recordHostEvents, servedBrowser, widgetReady, LOW_RISK, eventually } from "./support.mjs";

const widget = (page) => page.locator("iop-widget");
const VALIDATE = resolve(import.meta.dirname, "../fhir/validate.mjs");
const SAFETY = ["safety-now", "phq-9-item-9", "safety-month", "safety-attempt", "harm-others-now", "emergency-now"];

/** Answers the screening from `plan` until the result. */
async function screen(page, origin, plan) {
  const w = widget(page);
  if (origin) {
    await page.goto(origin + "/");
    await widgetReady(page);
  }
  await w.getByRole("button", { name: "Start the self-check" }).click();
  await w.getByRole("button", { name: "Begin" }).click();
  for (let i = 0; i < 80; i++) {
    const kind = await w.locator("[data-step]").getAttribute("data-step");
    if (kind === "result") return;
    if (kind === "interrupt") {
      await w.getByRole("button", { name: /Continue/ }).click();
      continue;
    }
    const id = await w.locator("[data-question-id]").getAttribute("data-question-id");
    for (const option of plan[id]) await w.locator(`[data-question-id="${id}"] [data-option-id="${option}"]`).click();
    await w.getByRole("button", { name: "Next" }).click();
    await page.waitForFunction(
      (prev) => document.querySelector("iop-widget").shadowRoot.querySelector("[data-question-id]")?.getAttribute("data-question-id") !== prev,
      id,
    );
  }
}

/** Downloads the FHIR file; returns it parsed, after the R4 JSON schema accepted it. */
async function download(page) {
  const [file] = await Promise.all([page.waitForEvent("download"), widget(page).locator("[data-action=fhir-download]").click()]);
  const path = join(mkdtempSync(join(tmpdir(), "iop-fhir-")), file.suggestedFilename());
  await file.saveAs(path);
  execFileSync("node", [VALIDATE, path], { stdio: "pipe" });
  return { name: file.suggestedFilename(), resource: JSON.parse(readFileSync(path, "utf8")) };
}

const linkIds = (items) => (items ?? []).flatMap((i) => [i.linkId, ...linkIds(i.item), ...(i.answer ?? []).flatMap((a) => linkIds(a.item))]);

describe("take it to the clinic", () => {
  const env = servedBrowser();

  test("a summary to print, safety answers only when ticked, the person's own questions; the page hears only the kind", async () => {
    const page = await openPage(env.browser);
    const events = await recordHostEvents(page);
    await page.addInitScript(() => {
      window.printed = 0;
      window.print = () => window.printed++;
    });
    await screen(page, env.server.origin, LOW_RISK);
    const w = widget(page);
    const storageBefore = await page.evaluate(() => JSON.stringify(localStorage));
    const resultTitle = await w.locator('[data-step="result"] h2').innerText();
    // A page that names no clinic gets no lone "the clinic" line, on the result or the summary.
    const alone = (where) => w.locator(where).evaluate((el) => [...el.querySelectorAll("p")].filter((p) => p.textContent.trim() === "the clinic").length);
    assert.equal(await alone('[data-step="result"]'), 0);
    await w.locator("[data-action=handoff]").click();
    const summary = w.locator("[data-summary]");
    await summary.waitFor();
    await eventually(async () => (await page.evaluate(() => document.querySelector("iop-widget").shadowRoot.activeElement?.id)) === "iop-handoff-heading", "focus on the hand-off's heading");
    await expectAccessible(page, "take it to the clinic");
    assert.match(await summary.innerText(), new RegExp(resultTitle.replace(/[.?]/g, "\\$&")), "the outcome, as on the result");
    assert.match(await summary.locator("[data-summary-scores]").innerText(), /PHQ-2: \d+ \/ 6 · /);
    assert.match(await summary.innerText(), /What to have at hand/);
    assert.equal(await summary.locator("[data-summary-safety]").count(), 0, "no safety answers unless ticked");
    assert.equal(await alone("[data-summary]"), 0);
    // The month in words: a numeric "2/12/2026" in a Spanish summary is 12 February to a US clinic.
    assert.match(await summary.innerText(), /Filled in on [A-Z][a-z]+ \d{1,2}, \d{4}/);
    assert.doesNotMatch(await summary.innerText(), /suicide|hurting yourself/i);

    await w.getByLabel("Questions I want to ask the clinic").fill("Do you have evening groups?\nIs there a waiting list?");
    assert.deepEqual(await summary.locator("[data-summary-questions] li").allInnerTexts(), ["Do you have evening groups?", "Is there a waiting list?"]);
    await w.getByLabel(/Include my answers to the questions about safety/).check();
    const safety = await summary.locator("[data-summary-safety] li").allInnerTexts();
    assert.equal(safety.length, 6, `the six safety questions: ${safety}`);
    assert.match(safety[0], /^Right now, are you having thoughts of ending your life.* No$/);
    await expectAccessible(page, "take it to the clinic, safety included");

    await w.locator("[data-action=print-summary]").click();
    assert.equal(await page.evaluate(() => window.printed), 1);
    await page.emulateMedia({ media: "print" });
    assert.ok(await summary.isVisible(), "the summary prints");
    assert.equal(await w.locator("[data-action=print-summary]").isVisible(), false, "the controls do not");
    assert.equal(await w.getByLabel("Questions I want to ask the clinic").isVisible(), false);
    await page.emulateMedia({ media: "screen" });

    const handoffs = events.filter((e) => e.type === "iop:handoff-requested");
    assert.deepEqual(handoffs.map((e) => e.detail), [{ kind: "print-summary" }], "the kind, nothing else");
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), storageBefore, "nothing written");
    expectOnlyOwnOrigin(page, env.server.origin);

    await w.getByRole("button", { name: "Back to my result" }).click();
    await w.locator('[data-step="result"]').waitFor();
    await page.context().close();
  });

  test("questions ticked in What to expect start the summary's list; delete everything forgets them and the answers", async () => {
    const page = await openPage(env.browser);
    const w = widget(page);
    await page.goto(env.server.origin + "/");
    await widgetReady(page);
    await w.getByRole("button", { name: "Read what to expect" }).click();
    await w.locator('[data-part="questions"]').click();
    await w.getByRole("checkbox", { name: "What will it cost me, and do you take my insurance?" }).check();
    await w.getByRole("checkbox", { name: "What happens if I use again during the program?" }).check();
    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await screen(page, null, LOW_RISK);
    await w.locator("[data-action=handoff]").click();
    const asked = ["What will it cost me, and do you take my insurance?", "What happens if I use again during the program?"];
    assert.equal(await w.getByRole("textbox", { name: "Questions I want to ask the clinic" }).inputValue(), asked.join("\n"));
    assert.deepEqual(await w.locator("[data-summary-questions] li").allInnerTexts(), asked, "printed with the summary");
    await w.getByRole("textbox", { name: "Questions I want to ask the clinic" }).fill(asked[0] + "\nCan I start on an evening?");
    assert.deepEqual(await w.locator("[data-summary-questions] li").allInnerTexts(), [asked[0], "Can I start on an evening?"], "the person can change the list");

    // "Delete everything" clears what is open on this page too, as it says: the next person
    // on this device finds neither the answers nor the ticks.
    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.getByRole("button", { name: "Delete everything on this device" }).click();
    await w.getByRole("button", { name: "Yes, delete everything" }).click();
    await w.getByRole("button", { name: "Start the self-check" }).click();
    await w.getByRole("button", { name: "Begin" }).waitFor();
    assert.equal(await w.locator('[data-step="result"]').count(), 0, "the screening starts afresh");
    await w.getByRole("button", { name: "Back to all exercises" }).click();
    await w.getByRole("button", { name: "Read what to expect" }).click();
    await w.locator('[data-part="questions"]').click();
    assert.equal(await w.locator("[data-question] input:checked").count(), 0, "no ticks left");
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("a crisis answer left out reads as the level of care for once safe; ticked, the summary says crisis", async () => {
    const page = await openPage(env.browser);
    await screen(page, env.server.origin, { ...LOW_RISK, "safety-month": ["yes"] });
    const w = widget(page);
    assert.equal(await w.locator("[data-step=result]").getAttribute("data-outcome"), "crisis");
    await w.locator("[data-action=handoff]").click();
    const outcome = w.locator("[data-summary-outcome]");
    await outcome.waitFor();
    assert.notEqual(await outcome.getAttribute("data-summary-outcome"), "crisis");
    const closing = w.locator("article .iop-not-diagnosis");
    assert.match(await closing.innerText(), /confirm this with an assessment/i, "a level of care is confirmed by an assessment");
    await w.getByLabel(/Include my answers to the questions about safety/).check();
    assert.equal(await outcome.getAttribute("data-summary-outcome"), "crisis");
    // A crisis summary, like the crisis result, asks for help now, not for an assessment.
    assert.doesNotMatch(await closing.innerText(), /assessment/i);
    assert.match(await closing.innerText(), /This is not a diagnosis\./);
    await page.context().close();
  });

  test("the FHIR file: valid R4, the questions asked, safety only when ticked, the clinic's canonical; told where it went", async () => {
    const page = await openPage(env.browser, { acceptDownloads: true });
    const events = await recordHostEvents(page);
    await screen(page, env.server.origin, { ...LOW_RISK, substances: ["alcohol"], "audit-1": ["2-3-a-week"], "audit-2": ["3-4"], "audit-3": ["monthly"] });
    const w = widget(page);
    await w.locator("[data-action=handoff]").click();
    await w.locator("[data-action=fhir-download]").waitFor();
    await expectAccessible(page, "the FHIR download");

    const plain = await download(page);
    assert.equal(plain.name, "self-check-answers.json", "a discreet name in Downloads");
    const r = plain.resource;
    assert.equal(r.resourceType, "QuestionnaireResponse");
    assert.equal(r.status, "completed");
    assert.equal(r.subject, undefined, "anonymous");
    const published = await (await page.request.get(env.server.origin + "/fhir/questionnaire.json")).json();
    assert.equal(r.questionnaire, `${published.url}|${published.version}`, "names the Questionnaire the clinic hosts");
    const asked = linkIds(r.item);
    assert.ok(asked.includes("audit-1") && asked.includes("substances"));
    assert.deepEqual(asked.filter((id) => SAFETY.includes(id)), [], "no safety answers unless ticked");
    assert.match(await w.locator("[data-saved]").innerText(), /downloads.*shared device/is);

    await w.getByLabel(/Include my answers to the questions about safety/).check();
    const withSafety = (await download(page)).resource;
    assert.deepEqual(linkIds(withSafety.item).filter((id) => SAFETY.includes(id)).sort(), [...SAFETY].sort());

    // The clinic names its own canonical.
    await page.evaluate(() => document.querySelector("iop-widget").setAttribute("questionnaire-url", "https://harbour.example/fhir/Questionnaire/iop-screening"));
    await eventually(async () => {
      const again = (await download(page)).resource;
      return again.questionnaire.startsWith("https://harbour.example/fhir/Questionnaire/iop-screening|");
    }, "the clinic's canonical in the file");
    assert.ok(events.filter((e) => e.type === "iop:handoff-requested").every((e) => JSON.stringify(e.detail) === '{"kind":"fhir-download"}'));
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("the published Questionnaire is valid FHIR R4 with the instruments' LOINC codes", async () => {
    const page = await openPage(env.browser);
    const response = await page.request.get(env.server.origin + "/fhir/questionnaire.json");
    assert.equal(response.status(), 200);
    const text = await response.text();
    const dir = mkdtempSync(join(tmpdir(), "iop-fhir-"));
    writeFileSync(join(dir, "questionnaire.json"), text);
    execFileSync("node", [VALIDATE, join(dir, "questionnaire.json")], { stdio: "pipe" });
    const codes = JSON.stringify(JSON.parse(text));
    for (const code of ["68518-0", "68519-8", "68520-6", "44250-9", "44255-8", "69725-0", "68509-9", "44260-8"]) {
      assert.ok(codes.includes(`"${code}"`), `LOINC ${code}`);
    }
    await page.context().close();
  });
});
