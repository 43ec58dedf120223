// Loads the widget's wasm module. Once loaded, every <iop-widget> on the page comes to life.
// A file rather than an inline script, so pages with a strict Content-Security-Policy can use it.
import init from "./iop-widget.js";

// The code each exercise needs beyond the first screen, by `start` id, and the languages with
// words: scripts/build-wasm fills these in for a release build (a development build is not split).
const CHUNKS = {};
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
// exercise's code and words at once: fetch them alongside the first-screen module, not after.
const here = new URL(".", import.meta.url);
const wanted = new Set();
for (const el of document.querySelectorAll("iop-widget[start]")) {
  const start = el.getAttribute("start");
  if (!CHUNKS[start]) continue;
  CHUNKS[start].forEach((file) => wanted.add(file));
  const lang = language(el);
  wanted.add(`content/${lang}/${WORDS[start]}.json`);
  if (lang !== "en") wanted.add(`content/${lang}/shell.json`);
}
for (const file of wanted) {
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = new URL(file, here).href;
  link.dataset.iopWidget = "";
  document.head.append(link);
}

init({ module_or_path: new URL("./iop-widget_bg.wasm", import.meta.url) });
