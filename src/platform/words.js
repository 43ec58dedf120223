// Loads a language's content files from `content/<tag>/` next to the widget's own files, on the
// page's own origin (so a strict CSP's connect-src 'self' allows it). wasm-bindgen places this
// file at snippets/<crate>-<hash>/src/platform/words.js: four levels below the widget's folder.
const base = new URL("../../../../", import.meta.url);

export function contentUrl(tag, file) {
  return new URL(`content/${tag}/${file}.json`, base).href;
}

export async function fetchText(url) {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.text();
}
