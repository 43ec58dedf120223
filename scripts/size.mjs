// What a clinic hosts, file by file (raw, gzip -9, brotli), and what a visitor downloads before
// the first screen shows. Exits 1 when that first load passes the budget.
// Usage: node scripts/size.mjs DIST
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// Issue 14: the English widget's first load, every file of it, at most 180 KiB gzip.
export const BUDGET = 180 * 1024;

/** Fetched before the first screen: the loader, the glue, the first-screen module, the chunk
 * loader and the glue's snippets (in snippets/iop-widget/, the stable name scripts/build-wasm
 * gives them: a hashed folder would count as unbudgeted). English's shell words are compiled
 * in. Checked against what the browser really fetches by tests/e2e/embed.test.mjs ("the first
 * screen fetches only"). */
export const firstLoad = (file) =>
  ["iop-widget-loader.js", "iop-widget.js", "iop-widget_bg.wasm", "__wasm_split.js"].includes(file) ||
  /^snippets\/iop-widget\/.*\.js$/.test(file);

// Run as a script; tests import `firstLoad` only.
if (process.argv[1] === fileURLToPath(import.meta.url)) report(process.argv[2] ?? "dist");

function report(dist) {
  const files = [];
  (function walk(dir) {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/\.(gz|br)$/.test(name)) files.push(relative(dist, path));
    }
  })(dist);

  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const measure = (file) => {
    const bytes = readFileSync(join(dist, file));
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, br };
  };
  const groups = [
    ["first load (before the first screen)", (f) => firstLoad(f)],
    ["an exercise's code, when it first opens", (f) => f.endsWith(".wasm")],
    ["words, one part per language, when first needed", (f) => f.startsWith("content/")],
    ["the screening as a FHIR Questionnaire, for the clinic's records", (f) => f.startsWith("fhir/")],
    ["the demo page (a clinic uses its own)", () => true],
  ];
  const seen = new Set();
  const row = (...cells) => console.log(cells[0].padEnd(52) + cells.slice(1).map((c) => c.padStart(11)).join(""));
  let first = null;
  for (const [title, belongs] of groups) {
    const rows = files.filter((f) => !seen.has(f) && belongs(f)).map(measure);
    rows.forEach((r) => seen.add(r.file));
    console.log(`\n${title}`);
    row("file", "raw", "gzip -9", "brotli");
    for (const r of rows) row(r.file, kib(r.raw), kib(r.gzip), kib(r.br));
    const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
    row("total", kib(sum("raw")), kib(sum("gzip")), kib(sum("br")));
    first ??= sum("gzip");
  }
  const verdict = first <= BUDGET ? "within" : "OVER";
  console.log(`\nfirst load: ${kib(first)} gzip, ${verdict} the budget of ${kib(BUDGET)}`);
  if (first > BUDGET) process.exit(1);
}
