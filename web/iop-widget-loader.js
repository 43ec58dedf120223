// Loads the widget's wasm module. Once loaded, every <iop-widget> on the page comes to life.
// A file rather than an inline script, so pages with a strict Content-Security-Policy can use it.
// It asks for every file it knows the widget will need at once, and only then imports the glue:
// a static import would hold all of it back until the glue and each module it imports arrived,
// one round trip after another (on a slow phone network, 150 ms or more each).

// Filled in by scripts/fill-loader for a release build (a development build is not split): the
// code each exercise needs beyond the first screen, by `start` id (files of 4 KiB or more, then
// smaller ones, largest first; 37 is chunk_37.wasm); the modules the glue imports; the
// first-screen module's bytes; the languages with words.
const CHUNKS = {};
const MODULES = [];
const FIRST_SCREEN_BYTES = 0;
const LANGUAGES = ["en"];
const WORDS = { screening: "screening", "refusal-skills": "refusal", "trigger-map": "triggers", "what-to-expect": "expect" };

// The widget's language as it will choose it (its choice on this page, the lang attribute, the
// page's, the browser's, English); a wrong guess only costs an unused file.
function language(el) {
  let chosen = null;
  try {
    chosen = sessionStorage.getItem("iop-widget.language");
  } catch {}
  const tags = [chosen, el.getAttribute("lang"), document.documentElement.lang, ...(navigator.languages ?? [])];
  return tags.map((t) => (t ?? "").trim().split(/[-_]/)[0].toLowerCase()).find((t) => LANGUAGES.includes(t)) ?? "en";
}

// A page that opens the widget at an exercise (<iop-widget start="screening">) needs that
// exercise's code and words at once. The first-screen module comes first all the same: it is the
// largest file, nothing runs before it has arrived, and files fetched beside it share the phone's
// bandwidth with it. So small files (whose cost is the round trip, not the bytes) are asked for at
// once, and large ones the moment the first-screen module has arrived, while it starts up.
const here = new URL(".", import.meta.url);
const wasm = (chunk) => (typeof chunk === "number" ? `chunk_${chunk}.wasm` : `${chunk}.wasm`);
const early = new Set();
const late = new Set();
for (const el of document.querySelectorAll("iop-widget[start]")) {
  const start = el.getAttribute("start");
  if (!CHUNKS[start]) continue;
  const lang = language(el);
  if (lang !== "en") early.add(`content/${lang}/shell.json`);
  late.add(`content/${lang}/${WORDS[start]}.json`);
  CHUNKS[start].large.forEach((chunk) => late.add(wasm(chunk)));
  CHUNKS[start].small.forEach((chunk) => early.add(wasm(chunk)));
}
// A page may have asked for some already (<link rel="preload"> in its head): not twice.
const linked = new Set([...document.querySelectorAll("link[rel=preload], link[rel=modulepreload]")].map((l) => l.href));
function ask(file, rel) {
  const href = new URL(file, here).href;
  if (linked.has(href)) return;
  linked.add(href);
  const link = document.createElement("link");
  link.rel = rel;
  if (rel === "preload") link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = href;
  link.dataset.iopWidget = "";
  document.head.append(link);
}
for (const file of ["iop-widget.js", ...MODULES]) ask(file, "modulepreload");
for (const file of early) ask(file, "preload");

// The first-screen module is compiled as it streams in; a second reader of the same bytes tells
// how much has arrived. The large files are asked for when three quarters have: a phone network's
// round trip later, the module is in and they use the bandwidth it leaves. At the latest, with the
// last byte, which is before the module can run and ask for anything itself.
let asked = false;
const askLate = () => {
  if (asked) return;
  asked = true;
  for (const file of late) ask(file, "preload");
};
const firstScreen = fetch(new URL("iop-widget_bg.wasm", here)).then((response) => {
  if (!late.size || !response.ok || !response.body) {
    askLate();
    return response;
  }
  const [compile, watch] = response.body.tee();
  const reader = watch.getReader();
  let received = 0;
  const drain = () =>
    reader.read().then(({ done, value }) => {
      received += value?.byteLength ?? 0;
      if (done || received >= FIRST_SCREEN_BYTES * 0.75) {
        askLate();
        reader.cancel(); // the compiling reader goes on alone
      } else drain();
    }, askLate);
  drain();
  const { status, statusText, headers } = response;
  return new Response(compile, { status, statusText, headers });
});
import("./iop-widget.js").then(({ default: init }) => init({ module_or_path: firstScreen }));
