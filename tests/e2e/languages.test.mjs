// The widget in Spanish, in the release build: all three exercises end to end, how the language
// is chosen (switch > lang attribute > host page's lang > browser > English), the language
// switch keeping the person's place, a missing language file, and the crisis text keyword.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  dist, eventually, expectAccessible, expectOnlyOwnOrigin, hostPage as openHostPage, launch, openPage, serve, widgetReady, LOW_RISK,
} from "./support.mjs";

/** The words as the build under test ships them: the tests look for exactly these. */
const words = async (lang, part) => JSON.parse(await readFile(join(dist, "content", lang, `${part}.json`), "utf8"));
const ES = {}, EN = {};
for (const part of ["shell", "screening", "refusal", "triggers"]) {
  ES[part] = await words("es", part);
  EN[part] = await words("en", part);
}

/** English words that would show if any screen fell back to English. */
const ENGLISH_LEAKS = [
  EN.shell.exercises.screening.start, EN.shell.exercises["refusal-skills"].start, EN.shell.exercises["trigger-map"].start,
  EN.shell.exercises.screening.title, EN.shell.exercises["trigger-map"].title, EN.shell.home_heading,
  EN.shell.back_home, EN.shell.quick_exit, EN.shell.privacy_promise, EN.shell.emergency_call, EN.shell.crisis_heading,
  EN.screening.ui.result_heading, EN.screening.ui.next_steps_heading, EN.screening.ui.not_a_diagnosis,
  EN.screening.ui.choose_one, EN.screening.ui.back, EN.screening.ui.next, EN.screening.ui.begin,
  EN.refusal.ui.go_on, EN.refusal.ui.try_again_here, EN.refusal.ui.feedback, EN.refusal.ui.debrief, EN.refusal.ui.to_list,
  EN.refusal.ui.title, EN.triggers.ui.add_trigger, EN.triggers.ui.view_plan, EN.triggers.ui.title,
  EN.triggers.ui.coping_heading, EN.triggers.ui.plan_heading, EN.triggers.ui.triggers_heading,
];
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const widget = (page) => page.locator("iop-widget");
const root = (page) => widget(page).locator("section.iop");
const currentQuestion = (page) => widget(page).locator("[data-question-id]").getAttribute("data-question-id");
const languageSwitch = (page) => widget(page).locator("select[name=iop-language]");

/** Everything a person sees or hears in the widget: its text and its accessible labels. */
async function widgetText(page) {
  return root(page).evaluate((section) => {
    const labels = [...section.querySelectorAll("[aria-label]")].map((el) => el.getAttribute("aria-label"));
    return [section.innerText, section.textContent, ...labels].join("\n");
  });
}

/** Asserts the widget shows none of the English words (as whole words). */
async function expectNoEnglish(page, where) {
  const text = await widgetText(page);
  const leaked = ENGLISH_LEAKS.filter((s) => new RegExp(`(^|[^\\p{L}])${escape(s)}($|[^\\p{L}])`, "iu").test(text));
  assert.deepEqual(leaked, [], `English words on ${where}`);
}

/** The pages the tests host, each a copy of the release build with its own host page. */
const HOST_PAGES = {
  "attr-es.html": { html: "en", widget: "es" },
  "attr-en.html": { html: "es-MX", widget: "en" },
  "html-es.html": { html: "es-MX" },
  "html-en.html": { html: "en" },
  "no-lang.html": {},
  "attr-de.html": { widget: "de" },
};
const hostPage = ({ html, widget: lang }) => `<!doctype html>
<html${html ? ` lang="${html}"` : ""}>
<head><meta charset="utf-8"><title>Host page</title><script type="module" src="/iop-widget-loader.js"></script></head>
<body><main><h1>Host page</h1><iop-widget${lang ? ` lang="${lang}"` : ""}><p>Loading the self-check.</p></iop-widget></main></body>
</html>`;

function site() {
  const env = {};
  before(async () => {
    env.dir = await mkdtemp(join(tmpdir(), "iop-languages-"));
    await cp(dist, env.dir, { recursive: true });
    for (const [name, page] of Object.entries(HOST_PAGES)) await writeFile(join(env.dir, name), hostPage(page));
    env.server = await serve(env.dir);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
    if (env.dir) await rm(env.dir, { recursive: true, force: true });
  });
  return env;
}

/** A fresh context (its own storage) on `path`, with the widget rendered. */
async function open(env, path, { locale = "en-US", routes = {} } = {}) {
  const page = await openPage(env.browser, { locale });
  for (const [pattern, handler] of Object.entries(routes)) await page.route(pattern, handler);
  await page.goto(env.server.origin + path);
  await widgetReady(page);
  return page;
}

/** Waits until the home screen speaks `shell`'s language. */
async function homeIn(page, shell) {
  await widget(page).getByRole("heading", { name: shell.home_heading }).waitFor();
}

/** Answers questions by mouse until the result or `until`; `ui` is the screening's words. */
async function answerAll(page, ui, changes = {}, { axe = false, until = null, prompts = null } = {}) {
  const answers = { ...LOW_RISK, ...changes };
  const asked = [];
  const w = widget(page);
  for (let i = 0; i < 60; i++) {
    const step = w.locator("[data-step]");
    const kind = await step.getAttribute("data-step");
    if (axe) await expectAccessible(page, `screening step ${kind} ${asked.at(-1) ?? ""}`);
    if (kind === "result") return asked;
    if (kind === "interrupt") {
      await w.getByRole("button", { name: new RegExp(escape(ui.continue_after_declined)) }).click();
      continue;
    }
    if (kind === "intro") {
      await w.getByRole("button", { name: new RegExp(`^(${escape(ui.begin)}|${escape(ui.resume)})$`) }).click();
      continue;
    }
    const id = await currentQuestion(page);
    if (id === until) return asked;
    asked.push(id);
    if (prompts) {
      assert.equal(await w.locator(`[data-question-id="${id}"] h2`).innerText(), prompts[id].prompt, `the question ${id} in Spanish`);
    }
    assert.ok(answers[id], `no answer planned for ${id}`);
    for (const option of answers[id]) await w.locator(`[data-question-id="${id}"] [data-option-id="${option}"]`).click();
    await w.getByRole("button", { name: ui.next, exact: true }).click();
    await page.waitForFunction(
      (prev) => document.querySelector("iop-widget").shadowRoot.querySelector("[data-question-id]")?.getAttribute("data-question-id") !== prev,
      id,
    );
  }
  assert.fail("the questionnaire did not end");
}

/** Plays the open scene to its debrief with strong responses (as in refusal.test.mjs). */
async function playStrong(page, ui, { axe = false } = {}) {
  const w = widget(page);
  const choices = w.locator(".iop-choices .iop-choice");
  for (let turn = 0; turn < 40; turn++) {
    if ((await w.locator("[data-debrief]").count()) > 0) return;
    const count = await choices.count();
    for (let i = 0; i < count; i++) {
      await choices.nth(i).click();
      const feedback = w.locator("[data-feedback]");
      const rating = await feedback.getAttribute("data-feedback");
      if (turn === 0 && i === 0) {
        assert.match(await feedback.innerText(), new RegExp(escape(ui.feedback)), "feedback heading in Spanish");
        assert.match(await feedback.innerText(), new RegExp(escape(ES.refusal.ratings[rating])), "the rating as a Spanish word");
        await expectNoEnglish(page, "refusal feedback");
        if (axe) await expectAccessible(page, "refusal feedback");
      }
      if (rating === "strong") break;
      await w.getByRole("button", { name: ui.go_on, exact: true }).click();
      await w.getByRole("button", { name: ui.try_again_here }).last().click();
    }
    await w.getByRole("button", { name: ui.go_on, exact: true }).click();
  }
  assert.fail("the scene did not end");
}

/** Adds a trigger through the form, with the trigger map's words `ui`. */
async function addTrigger(page, ui, name, { group = "people", urge = 5 } = {}) {
  const w = widget(page);
  await w.getByRole("button", { name: ui.add_trigger }).first().click();
  await w.getByLabel(ui.trigger_name, { exact: true }).fill(name);
  await w.getByLabel(ui.category).selectOption(group);
  await w.getByLabel(ui.urge).fill(String(urge));
  await w.getByRole("button", { name: ui.save, exact: true }).click();
  await w.locator(`[data-view="overview"] .iop-trigger[data-trigger="${name}"]`).waitFor();
}

const triggerNames = (page) => widget(page).locator(".iop-trigger strong").allInnerTexts();
const contentRequests = (page) =>
  [...new Set(page.requests.filter((u) => u.includes("/content/")).map((u) => new URL(u).pathname))].sort();

describe("languages", () => {
  const env = site();

  test("Spanish end to end: home, the whole screening, a refusal scene and a trigger plan, all in Spanish", async () => {
    const page = await open(env, "/attr-es.html");
    const w = widget(page);
    // Home.
    await homeIn(page, ES.shell);
    assert.equal(await root(page).getAttribute("lang"), "es");
    assert.equal(await root(page).getAttribute("aria-label"), ES.shell.widget_label);
    for (const id of ["screening", "refusal-skills", "trigger-map", "what-to-expect"]) {
      const card = w.locator(`[data-exercise=${id}]`);
      assert.ok(await card.getByRole("heading", { name: ES.shell.exercises[id].title }).isVisible(), `${id} title`);
      assert.ok(await card.getByRole("button", { name: ES.shell.exercises[id].start }).isVisible(), `${id} start`);
    }
    assert.ok(await w.getByText(ES.shell.privacy_promise).isVisible());
    assert.ok(await w.getByRole("button", { name: ES.shell.quick_exit }).isVisible());
    assert.equal(await languageSwitch(page).inputValue(), "es", "the switch shows the language in use");
    assert.equal(await w.getByRole("combobox", { name: ES.shell.language_label }).count(), 1, "the switch is named in Spanish");
    await expectNoEnglish(page, "home");
    await expectAccessible(page, "home in Spanish");

    // Screening: intro, every question, the result.
    const sui = ES.screening.ui;
    await w.getByRole("button", { name: ES.shell.exercises.screening.start }).click();
    await w.getByRole("button", { name: sui.begin, exact: true }).waitFor();
    assert.match(await w.locator('[data-step="intro"]').innerText(), new RegExp(escape(sui.intro.slice(0, 40))));
    assert.ok(await w.getByText(ES.shell.device.save_answers_label).isVisible(), "the save choice in Spanish");
    assert.ok(await w.getByRole("button", { name: ES.shell.back_home }).isVisible());
    await expectNoEnglish(page, "screening intro");
    const asked = await answerAll(page, sui, {}, { axe: true, prompts: ES.screening.questions });
    assert.ok(asked.length >= 30, `${asked.length} questions asked`);
    const result = w.locator("[data-outcome]");
    assert.equal(await result.getAttribute("data-outcome"), "less-intensive");
    const resultText = await result.innerText();
    assert.match(resultText, new RegExp(escape(ES.screening.outcomes["less-intensive"].title)));
    assert.match(resultText, new RegExp(escape(sui.not_a_diagnosis)));
    assert.equal(await w.locator("[data-step=result] .iop-eyebrow").textContent(), sui.result_heading, "Su resultado");
    assert.ok(await w.getByRole("heading", { name: sui.next_steps_heading }).isVisible(), "Qué hacer ahora");
    assert.doesNotMatch(await widgetText(page), new RegExp(escape(EN.screening.outcomes["less-intensive"].title)));
    await expectNoEnglish(page, "screening result");
    // The summary for the clinic dates itself with the month in words ("2 de diciembre de
    // 2026"): a numeric 2/12/2026 is 12 February to a US clinic.
    await w.locator("[data-action=handoff]").click();
    const taken = ES.screening.handoff.taken_on.replace("{date}", "");
    assert.match(await w.locator("[data-summary]").innerText(), new RegExp(`${escape(taken)}\\d{1,2} de [a-z]+ de \\d{4}`));

    // Refusal skills: a scene played to its debrief.
    const rui = ES.refusal.ui;
    await w.getByRole("button", { name: ES.shell.back_home }).click();
    await w.getByRole("button", { name: ES.shell.exercises["refusal-skills"].start }).click();
    await w.locator('[data-view="list"]').waitFor();
    assert.ok(await w.getByRole("heading", { name: rui.title }).isVisible());
    const card = w.locator('[data-scenario="house-party"]');
    assert.match(await card.innerText(), new RegExp(escape(ES.refusal.scenes["house-party"].title)));
    await expectNoEnglish(page, "scene list");
    await expectAccessible(page, "scene list in Spanish");
    await card.getByRole("button", { name: new RegExp(escape(rui.play)) }).click();
    await w.locator('[data-view="play"]').waitFor();
    assert.match(await w.locator('[data-view="play"]').innerText(), new RegExp(escape(ES.refusal.scenes["house-party"].intro.slice(0, 40))));
    await playStrong(page, rui, { axe: true });
    const debrief = w.locator("[data-debrief]");
    assert.equal(await debrief.locator("[data-overall]").getAttribute("data-overall"), "strong");
    const debriefText = await debrief.innerText();
    assert.match(debriefText, new RegExp(escape(rui.debrief)));
    assert.match(debriefText, new RegExp(escape(rui.overall)));
    assert.match(debriefText, new RegExp(escape(ES.refusal.ratings.strong)));
    await expectNoEnglish(page, "debrief");
    await expectAccessible(page, "debrief in Spanish");
    await w.locator("[data-saving-prompt]").waitFor();
    assert.match(await w.locator("[data-saving-prompt]").innerText(), new RegExp(escape(ES.shell.device.saving_prompt_heading)));
    await w.locator("[data-action=save-on-device]").click();
    await w.locator("[data-saving-prompt]").waitFor({ state: "detached" });

    // Trigger map: a trigger, a coping action, the plan.
    const tui = ES.triggers.ui;
    await w.getByRole("button", { name: ES.shell.back_home }).click();
    await w.getByRole("button", { name: ES.shell.exercises["trigger-map"].start }).click();
    await w.locator('[data-view="overview"]').waitFor();
    assert.ok(await w.getByRole("heading", { name: tui.title }).isVisible());
    await expectNoEnglish(page, "empty trigger map");
    await expectAccessible(page, "empty trigger map in Spanish");
    await addTrigger(page, tui, "Los viernes de quincena", { group: "times-and-events", urge: 9 });
    assert.match(await w.locator('.iop-trigger[data-trigger="Los viernes de quincena"]').innerText(), new RegExp(escape(tui.urge_value.replace("{n}", "9"))));
    await w.locator('.iop-trigger[data-trigger="Los viernes de quincena"]').getByRole("button", { name: tui.coping_heading }).click();
    await w.getByLabel(tui.coping_text).waitFor();
    await expectNoEnglish(page, "coping editor");
    await expectAccessible(page, "coping editor in Spanish");
    await w.getByLabel(tui.coping_text).fill("Pagar la renta a primera hora");
    await w.getByRole("button", { name: tui.add, exact: true }).click();
    assert.equal(await w.locator(".iop-coping-list li").count(), 1);
    await w.getByRole("button", { name: tui.done, exact: true }).click();
    assert.match(await w.locator('.iop-trigger[data-trigger="Los viernes de quincena"]').innerText(), new RegExp(escape(ES.triggers.plurals.coping.one.replace("{n}", "1"))));
    await expectNoEnglish(page, "trigger map overview");
    await expectAccessible(page, "trigger map overview in Spanish");
    await w.getByRole("button", { name: tui.view_plan }).click();
    const plan = w.locator('[data-view="plan"]');
    await plan.waitFor();
    const planText = await plan.innerText();
    assert.match(planText, new RegExp(escape(tui.plan_heading)));
    assert.match(planText, /Los viernes de quincena/);
    assert.match(planText, /Pagar la renta a primera hora/);
    // On paper too: texting AYUDA to 988, and pressing 2 for Spanish.
    assert.equal(await plan.locator('a[href="sms:988?&body=AYUDA"]').count(), 1);
    assert.match(planText, new RegExp(escape(ES.shell.crisis_call_notes.us)));
    await expectNoEnglish(page, "plan");
    await expectAccessible(page, "plan in Spanish");

    assert.equal(await root(page).getAttribute("lang"), "es", "still Spanish at the end");
    assert.deepEqual(page.errors, []);
    expectOnlyOwnOrigin(page, env.server.origin);
    assert.deepEqual(contentRequests(page), [
      "/content/es/refusal.json", "/content/es/screening.json", "/content/es/shell.json", "/content/es/triggers.json",
    ], "only the Spanish words are fetched");
    await page.context().close();
  });

  describe("which language", () => {
    /** Opens `path` with the browser set to `locale`; returns the widget's language as shown. */
    async function shown(path, locale) {
      const page = await open(env, path, { locale });
      const lang = await root(page).getAttribute("lang");
      await homeIn(page, lang === "es" ? ES.shell : EN.shell);
      const result = {
        lang,
        switch: await languageSwitch(page).inputValue(),
        start: await widget(page).locator("[data-exercise=screening] button").innerText(),
        problem: await widget(page).getByRole("heading", { name: new RegExp(`${escape(EN.shell.setup_problem_heading)}|${escape(ES.shell.setup_problem_heading)}`) }).count(),
      };
      return { page, result };
    }
    const spanish = { lang: "es", switch: "es", start: ES.shell.exercises.screening.start, problem: 0 };
    const english = { lang: "en", switch: "en", start: EN.shell.exercises.screening.start, problem: 0 };

    test("the lang attribute beats the host page's lang, both ways", async () => {
      for (const [path, expected] of [["/attr-es.html", spanish], ["/attr-en.html", english]]) {
        const { page, result } = await shown(path, path === "/attr-es.html" ? "en-US" : "es-ES");
        assert.deepEqual(result, expected, path);
        await page.context().close();
      }
    });

    test("the host page's lang beats the browser's language, both ways", async () => {
      for (const [path, locale, expected] of [["/html-es.html", "fr-FR", spanish], ["/html-en.html", "es-ES", english]]) {
        const { page, result } = await shown(path, locale);
        assert.deepEqual(result, expected, `${path} with the browser in ${locale}`);
        await page.context().close();
      }
    });

    test("with no lang anywhere the browser's language is used: es-ES gives Spanish, fr-FR English", async () => {
      for (const [locale, expected] of [["es-ES", spanish], ["fr-FR", english]]) {
        const { page, result } = await shown("/no-lang.html", locale);
        assert.deepEqual(result, expected, locale);
        if (locale === "fr-FR") assert.deepEqual(contentRequests(page), [], "English needs no file on the home screen");
        await page.context().close();
      }
    });

    test(
      "an unknown lang attribute (de) is not a reason to refuse: the browser's language is used, and the console says why",
      async () => {
        for (const [locale, expected] of [["es-ES", spanish], ["fr-FR", english]]) {
          const page = await openPage(env.browser, { locale });
          const warnings = [];
          page.on("console", (m) => ["warning", "error"].includes(m.type()) && warnings.push(m.text()));
          await page.goto(env.server.origin + "/attr-de.html");
          await widgetReady(page);
          await page.waitForTimeout(300); // the page's or browser's words may still be on their way
          const problem = new RegExp(`${escape(EN.shell.setup_problem_heading)}|${escape(ES.shell.setup_problem_heading)}`);
          assert.equal(await widget(page).getByRole("heading", { name: problem }).count(), 0, `no setup problem (${locale})`);
          await homeIn(page, expected.lang === "es" ? ES.shell : EN.shell);
          assert.equal(await root(page).getAttribute("lang"), expected.lang, locale);
          assert.equal(await widget(page).locator("[data-exercise=screening] button").innerText(), expected.start);
          assert.ok(warnings.some((t) => t.includes('lang="de"')), "the web person is told on the console");
          await page.context().close();
        }
      },
    );
  });

  describe("the language switch", () => {
    test("Español mid-screening keeps the answers and the place; a reload keeps Spanish, a new tab does not", async () => {
      const page = await open(env, "/html-en.html");
      const w = widget(page);
      const url = page.url();
      const historyLength = await page.evaluate(() => history.length);
      await w.getByRole("button", { name: EN.shell.exercises.screening.start }).click();
      const changes = { substances: ["alcohol", "cannabis"] };
      const asked = await answerAll(page, EN.screening.ui, changes, { until: "use-days" });
      assert.ok(asked.includes("substances"));
      assert.equal(await currentQuestion(page), "use-days");

      await w.getByRole("combobox", { name: EN.shell.language_label }).selectOption("es");
      await w.locator('[data-question-id="use-days"] h2', { hasText: ES.screening.questions["use-days"].prompt }).waitFor();
      assert.equal(await currentQuestion(page), "use-days", "the same question after switching");
      assert.equal(await root(page).getAttribute("lang"), "es");
      assert.ok(await w.getByRole("button", { name: ES.screening.ui.next, exact: true }).isVisible());
      assert.ok(await w.getByRole("button", { name: ES.shell.back_home }).isVisible(), "the shell switched too");
      await expectNoEnglish(page, "question after switching");
      await expectAccessible(page, "question after switching");
      assert.equal(page.url(), url, "the switch does not touch the URL");
      assert.equal(await page.evaluate(() => history.length), historyLength, "nor the history");

      // Back to the substances question: the earlier answers are still chosen.
      await w.getByRole("button", { name: ES.screening.ui.back, exact: true }).click();
      await eventually(async () => (await currentQuestion(page)) === "substances", "back at the substances question");
      for (const option of ["alcohol", "cannabis"]) {
        assert.ok(await w.locator(`[data-question-id="substances"] [data-option-id="${option}"] input`).isChecked(), `${option} still chosen`);
      }
      assert.equal(await w.locator('[data-question-id="substances"] input:checked').count(), 2);
      await w.getByRole("button", { name: ES.screening.ui.next, exact: true }).click();
      await eventually(async () => (await currentQuestion(page)) !== "substances", "on from the substances question");

      // A reload in this tab keeps Spanish; nothing of it is in the URL.
      assert.equal(page.url(), url);
      await page.reload();
      await widgetReady(page);
      await homeIn(page, ES.shell);
      assert.equal(await root(page).getAttribute("lang"), "es");
      assert.equal(await languageSwitch(page).inputValue(), "es");

      // Another tab of the same browser, and another browser profile, start from the page's language.
      const tab = await page.context().newPage();
      await tab.goto(url);
      await widgetReady(tab);
      await homeIn(tab, EN.shell);
      assert.equal(await root(tab).getAttribute("lang"), "en", "a new tab does not inherit the choice");
      const other = await open(env, "/html-en.html");
      await homeIn(other, EN.shell);
      assert.equal(await root(other).getAttribute("lang"), "en", "a new context does not either");
      await other.context().close();

      // Choosing English again is kept too.
      await widget(page).getByRole("combobox", { name: ES.shell.language_label }).selectOption("en");
      await homeIn(page, EN.shell);
      await page.reload();
      await widgetReady(page);
      await homeIn(page, EN.shell);
      assert.deepEqual(page.errors, []);
      expectOnlyOwnOrigin(page, env.server.origin);
      await page.context().close();
    });

    test("on a page whose widget has lang=\"es\", a person who chooses English still reads English after a reload", async () => {
      const page = await open(env, "/attr-es.html");
      await homeIn(page, ES.shell);
      await widget(page).getByRole("combobox", { name: ES.shell.language_label }).selectOption("en");
      await homeIn(page, EN.shell);
      await page.reload();
      await widgetReady(page);
      await homeIn(page, EN.shell);
      assert.equal(await root(page).getAttribute("lang"), "en", "the person's choice for this tab comes first");
      assert.equal(await languageSwitch(page).inputValue(), "en");
      await page.context().close();
    });

    test("Español mid trigger map keeps the triggers, saved or only in memory", async () => {
      const page = await open(env, "/html-en.html");
      const w = widget(page);
      await w.getByRole("button", { name: EN.shell.exercises["trigger-map"].start }).click();
      await w.locator('[data-view="overview"]').waitFor();
      await addTrigger(page, EN.triggers.ui, "Payday", { group: "times-and-events", urge: 9 });
      await w.locator("[data-action=save-on-device]").click();
      await w.locator("[data-saving-prompt]").waitFor({ state: "detached" });
      await addTrigger(page, EN.triggers.ui, "Old friends", { group: "people", urge: 6 });
      await w.getByRole("combobox", { name: EN.shell.language_label }).selectOption("es");
      await w.getByRole("heading", { name: ES.triggers.ui.title }).waitFor();
      assert.deepEqual(await triggerNames(page), ["Payday", "Old friends"], "the triggers are still there");
      assert.match(await w.locator('.iop-trigger[data-trigger="Payday"]').innerText(), new RegExp(escape(ES.triggers.ui.urge_value.replace("{n}", "9"))));
      await expectNoEnglish(page, "trigger map after switching");
      // And it goes on in Spanish.
      await addTrigger(page, ES.triggers.ui, "Domingos por la tarde", { group: "times-and-events", urge: 4 });
      assert.deepEqual(await triggerNames(page), ["Payday", "Old friends", "Domingos por la tarde"]);
      await page.reload();
      await widgetReady(page);
      await w.getByRole("button", { name: ES.shell.exercises["trigger-map"].start }).click();
      await w.locator('[data-view="overview"]').waitFor();
      assert.deepEqual(await triggerNames(page), ["Payday", "Old friends", "Domingos por la tarde"], "kept on the device");
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });

    test("a trigger being typed when the language is switched is not lost", async () => {
      const page = await open(env, "/html-en.html");
      const w = widget(page);
      await w.getByRole("button", { name: EN.shell.exercises["trigger-map"].start }).click();
      await w.locator('[data-view="overview"]').waitFor();
      await w.getByRole("button", { name: EN.triggers.ui.add_trigger }).first().click();
      await w.getByLabel(EN.triggers.ui.trigger_name, { exact: true }).fill("Arguments at home");
      await w.getByRole("combobox", { name: EN.shell.language_label }).selectOption("es");
      // The form stays open, now in Spanish.
      const field = w.getByLabel(ES.triggers.ui.trigger_name, { exact: true });
      await field.waitFor();
      assert.equal(await field.count(), 1, "the form is still open");
      assert.ok(await w.getByRole("button", { name: ES.triggers.ui.save, exact: true }).isVisible());
      assert.equal(await field.inputValue(), "Arguments at home", "what was typed is still there");
      await page.context().close();
    });
  });

  describe("a language file that cannot load", () => {
    const notFound = (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "not found" });

    test("Spanish screening words missing: the shell stays Spanish and the screening opens in English", async () => {
      const page = await open(env, "/attr-es.html", { routes: { "**/content/es/screening.json": notFound } });
      const w = widget(page);
      await homeIn(page, ES.shell);
      await w.getByRole("button", { name: ES.shell.exercises.screening.start }).click();
      await w.getByRole("button", { name: EN.screening.ui.begin, exact: true }).waitFor();
      assert.ok(await w.getByRole("button", { name: ES.shell.back_home }).isVisible(), "the shell is still Spanish");
      assert.ok(await w.getByRole("button", { name: ES.shell.quick_exit }).isVisible());
      assert.match(await w.locator("footer").innerText(), /988/, "the crisis line is there");
      await w.getByRole("button", { name: EN.screening.ui.begin, exact: true }).click();
      assert.equal(await currentQuestion(page), "safety-now");
      assert.equal(await w.locator('[data-question-id="safety-now"] h2').innerText(), EN.screening.questions["safety-now"].prompt);
      await expectAccessible(page, "English screening in a Spanish shell");
      assert.ok(contentRequests(page).includes("/content/en/screening.json"), "English fetched as the fallback");
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });

    /** Opens the screening with both its Spanish and English files failing; returns the message. */
    async function bothMissing() {
      const page = await open(env, "/attr-es.html", {
        routes: { "**/content/es/screening.json": notFound, "**/content/en/screening.json": notFound },
      });
      const w = widget(page);
      await homeIn(page, ES.shell);
      await w.getByRole("button", { name: ES.shell.exercises.screening.start }).click();
      const missing = w.locator('[data-part-missing="failed"]');
      await missing.waitFor();
      return { page, w, missing };
    }

    test("Spanish and English screening words both missing: a clear message in Spanish with a retry button", async () => {
      const { page, w, missing } = await bothMissing();
      assert.ok(await missing.getByRole("heading", { name: ES.shell.error_heading }).isVisible());
      assert.equal(await missing.getByRole("alert").innerText(), ES.shell.load_failed);
      assert.equal(await missing.locator('[data-action="retry"]').innerText(), ES.shell.retry);
      assert.ok(await w.getByRole("button", { name: ES.shell.back_home }).isVisible(), "the way back is there");
      assert.equal(await w.locator('footer a[href="tel:988"]').count(), 1, "the numbers still show");
      await expectAccessible(page, "failed part");
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });

    test(
      "retry after a failed part loads it once the file is back",
      async () => {
        const { page, w, missing } = await bothMissing();
        await page.unrouteAll();
        const before = page.requests.length;
        await missing.locator('[data-action="retry"]').click();
        await eventually(async () => page.requests.slice(before).some((u) => u.includes("/content/")), "retry fetches the words again");
        await w.getByRole("button", { name: ES.screening.ui.begin, exact: true }).waitFor({ timeout: 3000 });
        assert.equal(await w.locator("[data-part-missing]").count(), 0);
        assert.deepEqual(page.errors, []);
        await page.context().close();
      },
    );

    test("Spanish shell words missing: the widget shows the English shell, not a blank box", async () => {
      const page = await open(env, "/attr-es.html", { routes: { "**/content/es/shell.json": notFound } });
      const w = widget(page);
      await homeIn(page, EN.shell);
      for (const id of ["screening", "refusal-skills", "trigger-map", "what-to-expect"]) {
        assert.ok(await w.locator(`[data-exercise=${id}]`).getByRole("button", { name: EN.shell.exercises[id].start }).isVisible());
      }
      assert.ok(await w.getByRole("button", { name: EN.shell.quick_exit }).isVisible());
      assert.equal(await w.locator('footer a[href="tel:988"]').count(), 1);
      // The exercises still open (their own words are there).
      await w.getByRole("button", { name: EN.shell.exercises.screening.start }).click();
      await w.locator('[data-step="intro"]').waitFor();
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  });

  test("the US crisis text link carries the Spanish keyword in Spanish, and none in English", async () => {
    const es = await open(env, "/attr-es.html");
    await homeIn(es, ES.shell);
    const esLink = widget(es).locator('footer [data-contact="crisis"] a[href^="sms:"]');
    assert.equal(await esLink.getAttribute("href"), "sms:988?&body=AYUDA");
    assert.equal(await esLink.innerText(), ES.shell.text_keyword.replace("{keyword}", "AYUDA").replace("{number}", "988"));
    // Switching to English changes the link at once.
    await widget(es).getByRole("combobox", { name: ES.shell.language_label }).selectOption("en");
    await homeIn(es, EN.shell);
    assert.equal(await widget(es).locator('footer [data-contact="crisis"] a[href^="sms:"]').getAttribute("href"), "sms:988");
    await es.context().close();

    const en = await open(env, "/attr-en.html");
    await homeIn(en, EN.shell);
    const enLink = widget(en).locator('footer [data-contact="crisis"] a[href^="sms:"]');
    assert.equal(await enLink.getAttribute("href"), "sms:988");
    assert.match(await enLink.innerText(), /988/);
    await en.context().close();
  });

  test("the README's snippet (988 written out, an English name) still tells a Spanish speaker how to reach 988 in Spanish", async () => {
    const page = await openPage(env.browser, { locale: "es-US" });
    await openHostPage(page, env.server.origin, "/readme-es.html",
      `<iop-widget lang="es" clinic-name="Harbour Recovery Center" clinic-phone="(555) 010-0123"
        crisis-label="988 Suicide &amp; Crisis Lifeline" crisis-call="988" crisis-text="988"
        emergency-number="911" region="us"></iop-widget>`, "", 'lang="es"');
    await homeIn(page, ES.shell);
    const crisis = widget(page).locator('footer [data-contact="crisis"]');
    const line = await crisis.innerText();
    assert.match(line, new RegExp(escape(ES.shell.crisis_call_notes.us)), "how to reach Spanish on the call");
    assert.equal(await crisis.locator('a[href^="sms:"]').getAttribute("href"), "sms:988?&body=AYUDA");
    // Said once, plainly: no brackets inside brackets, AYUDA once (on the text link).
    assert.ok(!line.includes("))") && (line.match(/AYUDA/g) ?? []).length === 1, line);
    // The region's preset alone reads the same way.
    await openHostPage(page, env.server.origin, "/us-es.html", `<iop-widget lang="es" region="us"></iop-widget>`, "", 'lang="es"');
    await homeIn(page, ES.shell);
    const preset = await crisis.innerText();
    assert.match(preset, new RegExp(escape(ES.shell.crisis_call_notes.us)));
    assert.ok(!preset.includes("))") && (preset.match(/AYUDA/g) ?? []).length === 1, preset);
    // "Press 2" is about the call: said with it, never after the text-message link.
    const note = ES.shell.crisis_call_notes.us;
    for (const text of [line, preset]) assert.ok(text.indexOf(note) < text.indexOf("AYUDA"), text);
    // On the printable plan too.
    await widget(page).getByRole("button", { name: ES.shell.exercises["trigger-map"].start }).click();
    await widget(page).getByRole("button", { name: ES.triggers.ui.view_plan }).click();
    const planLine = (await widget(page).locator('[data-view="plan"]').innerText()).split("\n").find((l) => l.includes(note)) ?? "";
    assert.ok(planLine && planLine.indexOf(note) < planLine.indexOf("AYUDA"), planLine);
    // And on the crisis panel, where it matters most: on the call button itself.
    await widget(page).getByRole("button", { name: ES.shell.back_home }).click();
    await widget(page).getByRole("button", { name: ES.shell.exercises.screening.start }).click();
    await widget(page).getByRole("button", { name: ES.screening.ui.begin, exact: true }).click();
    await widget(page).locator('[data-question-id="safety-now"] [data-option-id="yes"]').click();
    await widget(page).getByRole("button", { name: ES.screening.ui.next, exact: true }).click();
    const call = widget(page).locator('[data-step="interrupt"] [data-contact="crisis-call"]');
    assert.match(await call.innerText(), new RegExp(`988 \\(${escape(note)}\\)`));
    assert.doesNotMatch(await widget(page).locator('[data-step="interrupt"] .iop-actions-note').innerText(), /marque 2/);
    await page.context().close();
  });

  test("English shown inside the Spanish widget is marked lang=en: the GAD-2 in its original words (explained in Spanish), and setup details", async () => {
    const page = await openPage(env.browser, { locale: "es-MX" });
    await openHostPage(page, env.server.origin, "/es-gad.html", `<iop-widget lang="es" region="mx" start="screening"></iop-widget>`, "", 'lang="es-MX"');
    const w = widget(page);
    await w.getByRole("button", { name: ES.screening.ui.begin, exact: true }).click();
    for (let i = 0; i < 60; i++) {
      const id = await currentQuestion(page);
      if (id === "gad-1") break;
      for (const o of LOW_RISK[id]) await w.locator(`[data-question-id="${id}"] [data-option-id="${o}"]`).click();
      await w.getByRole("button", { name: ES.screening.ui.next, exact: true }).click();
      await eventually(async () => (await currentQuestion(page)) !== id, `past ${id}`);
    }
    const q = w.locator('[data-question-id="gad-1"]');
    assert.equal(await q.locator("h2").getAttribute("lang"), "en", "the English prompt is read with an English voice");
    const langs = await q.locator("[data-option-id] span").evaluateAll((spans) =>
      spans.map((s) => [s.closest("[data-option-id]").dataset.optionId, s.closest("[lang]").getAttribute("lang")]));
    for (const [option, lang] of langs) assert.equal(lang, option === "prefer-not" ? "es" : "en", option);
    // A Spanish speaker can still tell what is asked and what each answer means.
    const help = await q.locator(".iop-help:not([data-stem])").first().innerText();
    assert.match(help, /nervioso\(a\)/);
    assert.match(help, /en orden: ningún día, varios días/);
    assert.doesNotMatch(help, /Several days|Not at all/, "no English inside the Spanish help (it would be read with a Spanish voice)");
    // Asked as published: the stem, then the item, in English and marked so.
    const stem = w.locator("[data-stem]");
    assert.equal(await stem.innerText(), ES.screening.instruments["gad-2"].stem);
    assert.equal(await stem.getAttribute("lang"), "en");
    await expectAccessible(page, "a GAD-2 question in the Spanish widget");
    // The setup problem's details are for the web person, in English.
    await openHostPage(page, env.server.origin, "/es-setup.html", `<iop-widget lang="es" region="mx" clinic-phone="llamar"></iop-widget>`, "", 'lang="es-MX"');
    const problems = w.locator("[data-setup-problem] ul");
    assert.match(await problems.innerText(), /must be a phone number/);
    assert.equal(await problems.getAttribute("lang"), "en");
    await page.context().close();
  });
});
