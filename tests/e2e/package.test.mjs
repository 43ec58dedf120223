// The clinic's archive that scripts/package writes (README, "Embed it"): its checksum verifies, it
// holds exactly the files dist/ serves for the widget (under iop/, snippets in a folder without a
// hash) plus the example page, and that page works when the archive is unpacked and served as
// plain static files. Needs scripts/package and the release build (dist/) of the same sources.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { consoleErrors, dist, expectOnlyOwnOrigin, launch, openPage, serve, widgetReady } from "./support.mjs";

const root = resolve(import.meta.dirname, "../..");
const archives = process.env.IOP_ARCHIVE_DIR ?? join(root, "dist-archive");
const pkg = process.env.IOP_PKG ?? join(root, "pkg");

/** Every file under `dir`, relative to it, sorted. */
async function list(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath ?? e.path, e.name))).sort();
}

/** dist/'s standalone page and examples: not part of what a clinic hosts. */
const demoPage = (file) => file === "index.html" || file.startsWith("page.css") || file.startsWith("examples/");

describe("the clinic's archive", () => {
  const env = {};
  before(async () => {
    const version = (await readFile(join(root, "Cargo.toml"), "utf8")).match(/^version = "(.+)"$/m)[1];
    env.name = `iop-widget-site-${version}`;
    env.archive = `${env.name}.tar.gz`;
    await stat(join(archives, env.archive)).catch(() => assert.fail(`no ${env.archive} in ${archives}: run scripts/package first`));
    env.unpacked = await mkdtemp(join(tmpdir(), "iop-archive-"));
    execFileSync("tar", ["-xzf", join(archives, env.archive), "-C", env.unpacked]);
    env.site = join(env.unpacked, env.name);
  });
  after(async () => {
    if (env.unpacked) await rm(env.unpacked, { recursive: true, force: true });
  });

  test("its checksum file, next to it, verifies with sha256sum -c", () => {
    const out = execFileSync("sha256sum", ["-c", `${env.archive}.sha256`], { cwd: archives, encoding: "utf8" });
    assert.equal(out.trim(), `${env.archive}: OK`);
  });

  test("it holds one folder: exactly the files dist/ serves for the widget under iop/, and the example page", async () => {
    assert.deepEqual(await readdir(env.unpacked), [env.name]);
    const files = await list(env.site);
    assert.deepEqual(files.filter((f) => !f.startsWith("iop/")), ["clinic.css", "clinic.html"]);
    const hosted = (await list(dist)).filter((f) => !demoPage(f));
    assert.deepEqual(files.filter((f) => f.startsWith("iop/")).map((f) => f.slice("iop/".length)), hosted);
    for (const file of ["iop-widget-loader.js", "iop-widget.js", "iop-widget_bg.wasm", "iop-widget_bg.wasm.br", "content/en/screening.json"]) {
      assert.ok(hosted.includes(file), `dist/ serves ${file}`);
    }
    // The loader knows each exercise's chunks, as dist/'s does, and the size of the first-screen
    // module next to it (the archive's own build, a few bytes off dist/'s).
    const loader = await readFile(join(env.site, "iop/iop-widget-loader.js"), "utf8");
    const bytes = (await stat(join(env.site, "iop/iop-widget_bg.wasm"))).size;
    assert.match(loader, new RegExp(`^const FIRST_SCREEN_BYTES = ${bytes};$`, "m"));
    const sized = /^const FIRST_SCREEN_BYTES = \d+;$/m;
    // The same chunks for each exercise; their order (largest first) may differ where two are
    // within a few bytes of each other, as the two builds are a few bytes apart.
    const chunks = /^const CHUNKS = (.*);$/m;
    const same = (text) => {
      const map = JSON.parse(text.match(chunks)[1]);
      for (const lists of Object.values(map)) for (const list of Object.values(lists)) list.sort();
      return text.replace(sized, "").replace(chunks, JSON.stringify(map));
    };
    assert.equal(same(loader), same(await readFile(join(dist, "iop-widget-loader.js"), "utf8")));
  });

  test("the snippets' folder has the same name in every build: dist/, pkg/ and the archive", async () => {
    for (const [where, dir] of [["dist/", dist], ["pkg/", pkg], ["the archive", join(env.site, "iop")]]) {
      assert.deepEqual(await readdir(join(dir, "snippets")), ["iop-widget"], `${where} snippets/`);
      const glue = await readFile(join(dir, "iop-widget.js"), "utf8");
      const imports = [...glue.matchAll(/^import .* from ["'](\.\/snippets\/[^"']+)["']/gm)].map((m) => m[1]);
      assert.ok(imports.length > 0 && imports.every((i) => i.startsWith("./snippets/iop-widget/")), `${where} glue imports ${imports}`);
    }
  });

  test("unpacked and served as static files, the example page shows the widget and opens an exercise", async () => {
    const server = await serve(env.site);
    const browser = await launch();
    try {
      const page = await openPage(browser);
      const errors = consoleErrors(page);
      const failed = [];
      page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      await page.goto(server.origin + "/clinic.html");
      await widgetReady(page);
      const w = page.locator("iop-widget");
      assert.match(await w.locator(".iop-brand").innerText(), /Harbour Recovery Center/);
      await w.getByRole("button", { name: "Start the self-check" }).click();
      await w.locator("[data-step=intro]").waitFor();
      assert.deepEqual(failed, []);
      assert.deepEqual([...errors, ...page.errors], []);
      expectOnlyOwnOrigin(page, server.origin);
      const paths = page.requests.map((u) => new URL(u).pathname);
      assert.deepEqual([...new Set(paths.filter((p) => !p.startsWith("/iop/")))].sort(), ["/clinic.css", "/clinic.html"], "the widget's files all come from iop/");
      assert.ok(paths.includes("/iop/split_screening.wasm") && paths.includes("/iop/content/en/screening.json"));
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
