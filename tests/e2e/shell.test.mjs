// The widget's shell on the standalone page, in the release build, as a person uses it.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { expectAccessible, expectOnlyOwnOrigin, focused, hostPage, openPage, tabTo, servedBrowser, widgetReady } from "./support.mjs";

// id, card title, start button, heading of the exercise's first screen
const EXERCISES = [
  ["screening", "Could an intensive outpatient program fit me?", "Start the self-check", "Could an intensive outpatient program fit me?"],
  ["refusal-skills", "Practise saying no", "Start practising", "Practise saying no"],
  ["trigger-map", "My trigger map", "Start my map", "My trigger map"],
  ["what-to-expect", "What to expect", "Read what to expect", "What to expect in an intensive outpatient program"],
];

describe("widget shell", () => {
  const env = servedBrowser();

  test("home shows the exercises, the privacy promise, quick exit and the crisis line", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/");
    await widgetReady(page);
    const widget = page.locator("iop-widget");
    for (const [id, title, start] of EXERCISES) {
      const card = widget.locator(`[data-exercise=${id}]`);
      await assert.doesNotReject(card.getByRole("heading", { name: title }).waitFor());
      assert.ok(await card.getByRole("button", { name: start }).isVisible());
    }
    assert.equal(await widget.getByText("Everything you enter stays on this device.").count(), 1);
    assert.ok(await widget.getByRole("button", { name: "Quick exit" }).isVisible());
    const footer = widget.locator("footer");
    assert.match(await footer.innerText(), /988/);
    assert.equal(await footer.locator('a[href="tel:988"]').count(), 1);
    assert.equal(await footer.locator('a[href="sms:988"]').count(), 1);
    assert.equal(await footer.locator('a[href="tel:911"]').count(), 1);
    // The loading fallback is hidden once the widget runs.
    assert.equal(await page.getByText("Loading the self-check").isVisible(), false);
    await expectAccessible(page, "home");
    assert.deepEqual(page.errors, []);
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("every exercise screen can be reached and left by keyboard alone, without touching the URL", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/#host-anchor");
    await widgetReady(page);
    const url = page.url();
    const historyLength = await page.evaluate(() => history.length);
    for (const [id, , start, heading] of EXERCISES) {
      await page.evaluate(() => document.activeElement?.blur());
      await tabTo(page, start);
      await page.keyboard.press("Enter");
      await page.locator(`iop-widget .iop-screen [data-exercise=${id}] h2`).first().waitFor();
      assert.deepEqual(await focused(page), { tag: "H2", text: heading }, "focus moves to the new screen's heading");
      await expectAccessible(page, `${id} screen`);
      await tabTo(page, "Back to all exercises");
      await page.keyboard.press("Enter");
      await page.locator("iop-widget .iop-cards").waitFor();
      assert.equal(page.url(), url, "the host page's URL and hash stay as they were");
      assert.equal(await page.evaluate(() => history.length), historyLength);
    }
    assert.equal(await page.title(), "Self-check and skills practice", "the host's title is untouched");
    expectOnlyOwnOrigin(page, env.server.origin);
    await page.context().close();
  });

  test("quick exit replaces the page, so Back does not return to the widget", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/nothing-here");
    await page.goto(env.server.origin + "/");
    await widgetReady(page);
    await page.locator("iop-widget").getByRole("button", { name: "Quick exit" }).click();
    await page.waitForURL("https://www.google.com/");
    await page.goBack();
    assert.equal(page.url(), env.server.origin + "/nothing-here");
    await page.context().close();
  });

  test("Escape pressed three times is a quick exit too", async () => {
    const page = await openPage(env.browser);
    await page.goto(env.server.origin + "/");
    await widgetReady(page);
    await tabTo(page, "Start the self-check");
    for (let i = 0; i < 3; i++) await page.keyboard.press("Escape");
    await page.waitForURL("https://www.google.com/");
    await page.context().close();
  });

  test("an exit address a browser cannot open is named as a setup problem, and quick exit still leaves", async () => {
    for (const how of ["button", "Escape"]) {
      const page = await openPage(env.browser);
      // A template's placeholder pasted as it was.
      await hostPage(page, env.server.origin, "/exit.html", `<iop-widget exit-url="https://&lt;your-neutral-site&gt;/"></iop-widget>`);
      const w = page.locator("iop-widget");
      await w.locator("[data-setup-problem]").waitFor();
      assert.match(await w.locator("[data-setup-problem]").innerText(), /exit-url/);
      assert.ok(await w.locator('a[href="tel:988"]').first().isVisible(), "the crisis line stays on screen");
      if (how === "button") await w.getByRole("button", { name: "Quick exit" }).click();
      else for (let i = 0; i < 3; i++) await page.keyboard.press("Escape");
      await page.waitForURL("https://www.google.com/");
      await page.context().close();
    }
  });

  test("a number written +44 (0)20 ... dials without the 0 after the country code", async () => {
    const page = await openPage(env.browser);
    await hostPage(page, env.server.origin, "/uk.html", `<iop-widget region="uk" clinic-name="Harbour" clinic-phone="+44 (0)20 7946 0958"></iop-widget>`);
    const w = page.locator("iop-widget");
    const link = w.locator(".iop-footer a", { hasText: "+44 (0)20 7946 0958" });
    await link.waitFor();
    assert.equal(await link.getAttribute("href"), "tel:+442079460958");
    await page.context().close();
  });

  test("the footer reads as the clinic set it: a phone without a name, and a UK line with texting turned off", async () => {
    const page = await openPage(env.browser);
    await hostPage(page, env.server.origin, "/phone-only.html",
      `<iop-widget region="uk" crisis-text="none" clinic-phone="020 7946 0958"></iop-widget>`);
    const w = page.locator("iop-widget");
    const clinic = (await w.locator('[data-contact="clinic"]').innerText()).replace(/\s+/g, " ").trim();
    assert.equal(clinic, "Talk to us: Call 020 7946 0958", "no lone “the clinic”");
    const crisis = await w.locator('[data-contact="crisis"]').innerText();
    assert.match(crisis, /116 123/);
    assert.doesNotMatch(crisis, /text/i, "nothing about texting when the clinic turned it off");
    await page.context().close();
  });

  test("if the widget cannot load, the page still shows the crisis and emergency numbers", async () => {
    const page = await openPage(env.browser);
    await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(env.server.origin + "/");
    const fallback = page.getByText("Loading the self-check");
    await fallback.waitFor();
    assert.equal(await page.locator('iop-widget a[href="tel:988"]').isVisible(), true);
    assert.equal(await page.locator('iop-widget a[href="tel:911"]').isVisible(), true);
    await page.context().close();
  });
});
