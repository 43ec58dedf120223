// Click-to-paint on the heaviest screens, at 4x CPU slowdown, against the release build: a
// benchmark that reports figures (issue 14: every click re-rendered within one 16 ms frame),
// not a pass/fail test. Run with `scripts/perf` after `trunk build --release`.
//
// Each click is timed in the page with the Performance Timeline (performance.mark/measure):
// - "work":  from the click's dispatch to the last change Yew makes to the widget's DOM;
// - "frame": the browser's style, layout and paint of the frame that shows it (from that frame's
//   requestAnimationFrame to a task queued behind its rendering);
// - busy = work + frame, the main-thread time one click costs (the wait for the display's next
//   vsync is not work and is left out); "to paint" is the wall time from click to painted frame.
// Chromium's own Event Timing entries (durations of 16 ms or more, including the vsync wait) are
// listed too.
import { launch, serve, widgetReady } from "../e2e/support.mjs";

const SLOWDOWN = 4;
const FRAME_MS = 16;

/** Installed before the page's scripts: times every click into window.iopClicks. */
function instrument() {
  window.iopClicks = [];
  window.iopEventTiming = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === "click") window.iopEventTiming.push(Math.round(e.duration));
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
  let lastMutation = 0;
  const observer = new MutationObserver(() => (lastMutation = performance.now()));
  const watch = () => {
    for (const host of document.querySelectorAll("iop-widget")) {
      if (host.shadowRoot && !host.iopWatched) {
        observer.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
        host.iopWatched = true;
      }
    }
  };
  const afterRendering = (then) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(0);
  };
  addEventListener(
    "click",
    (event) => {
      watch();
      const n = window.iopClicks.length;
      const start = `click-${n}`;
      performance.mark(start);
      const t0 = performance.now();
      lastMutation = 0;
      const label = (event.composedPath()[0]?.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 48);
      // Wait for a frame after which nothing changed any more (Yew may render in a later task).
      const frame = (seen) =>
        requestAnimationFrame((rafTime) => {
          const rafStart = performance.now();
          afterRendering((painted) => {
            if (lastMutation !== seen) return frame(lastMutation);
            const work = Math.max(0, lastMutation - t0);
            const rendering = painted - rafStart;
            performance.measure(`click-to-paint-${n}`, { start, end: painted });
            window.iopClicks.push({ label, work, rendering, busy: work + rendering, toPaint: painted - t0, changed: lastMutation > 0 });
          });
        });
      setTimeout(() => frame(lastMutation), 0);
    },
    true,
  );
}

async function openPage(browser, origin, seed) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  if (seed) await page.addInitScript(...seed);
  await page.goto(`${origin}/index.html`);
  await widgetReady(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOWDOWN });
  return page;
}

const widget = (page) => page.locator("iop-widget");

/** Waits until every click so far has been timed, and returns the timings. */
async function timings(page) {
  await page.waitForFunction(() => window.iopClicks.length >= window.iopClickCount, null, { timeout: 20000 }).catch(() => {});
  return page.evaluate(() => ({ clicks: window.iopClicks, eventTiming: window.iopEventTiming }));
}

async function click(page, locator) {
  await page.evaluate(() => (window.iopClickCount = (window.iopClickCount ?? 0) + 1));
  await locator.click();
  // One click at a time, as a person would: the next waits until this one is painted, and a
  // moment more (no one clicks again within 150 ms), so work a click leaves for after its frame
  // (saving) is not timed as part of the next click.
  await page.waitForFunction(() => window.iopClicks.length >= window.iopClickCount, null, { timeout: 20000 });
  await page.waitForTimeout(150);
}

// ---- screens ----

const ANSWERS = {
  "safety-now": "no", "phq-9-item-9": "not-at-all", "safety-month": "no", "safety-attempt": "no",
  "harm-others-now": "no", "emergency-now": "none", substances: "alcohol", "use-days": "daily",
  "audit-sex": "men", "audit-1": "4-or-more-a-week", "audit-2": "5-6", "audit-3": "weekly",
  "withdrawal-signs": "none", "withdrawal-history": "no", mixing: "no", overdose: "no", pregnant: "not-applicable",
  medical: "no", "phq-1": "several-days", "phq-2": "more-than-half", "gad-1": "several-days", "gad-2": "several-days",
  psychosis: "no", mania: "none", "harm-others": "no", importance: "8", confidence: "5", hours: "yes",
  barriers: "none", control: "often", cravings: "strong", problems: "work", "past-treatment": "never",
  "home-safe": "yes", "home-use": "no", housing: "stable", support: "yes",
};

/** The whole screening, every option and Next timed, to its result; then the result's own buttons. */
async function screening(page) {
  const w = widget(page);
  await click(page, w.getByRole("button", { name: "Start the self-check" }));
  await click(page, w.getByRole("button", { name: /Begin/ }));
  for (let i = 0; i < 80; i++) {
    const kind = await w.locator("[data-step]").getAttribute("data-step");
    if (kind === "result") break;
    if (kind === "interrupt") {
      await click(page, w.getByRole("button", { name: /Continue/ }));
      continue;
    }
    const id = await w.locator("[data-question-id]").getAttribute("data-question-id");
    const question = w.locator(`[data-question-id="${id}"]`);
    const planned = question.locator(`[data-option-id="${ANSWERS[id]}"]`);
    await click(page, (await planned.count()) ? planned : question.locator("[data-option-id]").first());
    await click(page, w.getByRole("button", { name: "Next" }));
  }
  const result = await timings(page);
  const last = result.clicks.at(-1);
  return { label: "screening: Next on the last question, which draws the result", clicks: result.clicks, highlight: last };
}

/** A scene played to its debrief (first choice at each point, retrying weak ones once). */
async function refusal(page) {
  const w = widget(page);
  await click(page, w.getByRole("button", { name: "Start practising" }));
  await click(page, w.locator('[data-scenario="house-party"]').getByRole("button"));
  for (let turn = 0; turn < 40; turn++) {
    if ((await w.locator("[data-debrief]").count()) > 0) break;
    await click(page, w.locator(".iop-choices .iop-choice").first());
    await click(page, w.getByRole("button", { name: "Go on" }));
  }
  const result = await timings(page);
  return { label: "refusal: Go on, which draws the debrief", clicks: result.clicks, highlight: result.clicks.at(-1) };
}

/** A saved plan with `count` triggers and a coping action each, opened on the map. */
function seedTriggers(count) {
  const categories = ["people", "places", "things", "times-and-events", "emotions", "thoughts", "body-sensations"];
  const triggers = [], coping = [];
  for (let i = 1; i <= count; i++) {
    triggers.push({ id: i, name: `Trigger number ${i}`, category: categories[i % 7], urge: i % 11,
      frequency: "often", warning_signs: "I notice it first", notes: "" });
    coping.push({ id: 1000 + i, kind: "distract", text: `Coping action ${i}`, triggers: [i] });
  }
  if (!localStorage.getItem("iop-widget.trigger-plan")) {
    localStorage.setItem("iop-widget.settings", '{"format":"iop-widget/settings","version":1,"data":{"saving":"device"}}');
    localStorage.setItem("iop-widget.trigger-plan", JSON.stringify({ format: "iop-widget/trigger-plan", version: 2,
      data: { triggers, coping, refusal_lines: [], contacts: [], safe_places: [], next_id: 2001 } }));
  }
}

/** The map's own clicks on a map of `count` triggers: move, delete and keep, edit and save, the plan. */
const triggers = (count) => async (page) => {
  const w = widget(page);
  const card = (n) => w.locator(".iop-trigger[data-trigger]").nth(n);
  await click(page, w.getByRole("button", { name: "Start my map" }));
  await card(count - 1).waitFor();
  await click(page, card(count - 1).getByRole("button", { name: "Move up" }));
  await click(page, card(Math.floor(count / 2)).getByRole("button", { name: "Delete" }));
  await click(page, w.getByRole("button", { name: "Cancel" }).first());
  await click(page, card(Math.floor(count / 10)).getByRole("button", { name: "Edit" }));
  await click(page, w.getByRole("button", { name: "Save" }));
  await click(page, w.getByRole("button", { name: "See my plan" }));
  const result = await timings(page);
  return { label: `trigger map with ${count} triggers`, clicks: result.clicks, highlight: result.clicks.at(-1) };
};

// ---- report ----

const ms = (v) => `${v.toFixed(1)} ms`;
const server = await serve(process.env.IOP_DIST);
const browser = await launch();
let worst = 0;
try {
  // 100 triggers is the heaviest case; 12 is a full map as people make them.
  const runs = [["result", screening], ["debrief", refusal], ["100-trigger map", triggers(100), 100], ["12-trigger map", triggers(12), 12]];
  // `scripts/perf map` runs only the screens whose name holds "map".
  const only = process.argv[2] ?? "";
  for (const [name, run, count] of runs.filter(([name]) => name.includes(only))) {
    const page = await openPage(browser, server.origin, count && [seedTriggers, count]);
    const { clicks } = await run(page);
    const eventTiming = (await timings(page)).eventTiming;
    // The click that opens an exercise also fetches and compiles its code: shown apart.
    const opening = clicks.filter((c) => /^Start /.test(c.label));
    for (const c of opening) console.log(`\n${name}: opening "${c.label}" (fetches the exercise's code): ${ms(c.toPaint)} to paint`);
    clicks.splice(0, clicks.length, ...clicks.filter((c) => !opening.includes(c)));
    const sorted = [...clicks].sort((a, b) => b.busy - a.busy);
    const median = [...clicks].sort((a, b) => a.busy - b.busy)[Math.floor(clicks.length / 2)];
    console.log(`\n${name}: ${clicks.length} clicks at ${SLOWDOWN}x CPU slowdown`);
    console.log(`  median busy ${ms(median.busy)}; slowest:`);
    for (const c of sorted.slice(0, 5)) {
      console.log(`  busy ${ms(c.busy).padStart(9)}  (work ${ms(c.work)}, frame ${ms(c.rendering)}, to paint ${ms(c.toPaint)})  "${c.label}"`);
    }
    console.log(`  Event Timing entries of 16 ms or more (click, incl. the vsync wait): ${eventTiming.length ? eventTiming.join(", ") + " ms" : "none"}`);
    worst = Math.max(worst, sorted[0].busy);
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nslowest click anywhere: busy ${ms(worst)} (${worst <= FRAME_MS ? "within" : "over"} one ${FRAME_MS} ms frame)`);
