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

// A clinic's own file (its program facts), named relative to the page: fetched only from the
// page's own origin, and refused if a redirect took it elsewhere.
export async function fetchOwnText(url) {
  const address = new URL(url, document.baseURI);
  if (address.origin !== location.origin) throw new Error("other-origin");
  const response = await fetch(address, { credentials: "same-origin" });
  if (new URL(response.url).origin !== location.origin) throw new Error("other-origin");
  if (!response.ok) throw new Error(`${response.status}`);
  return response.text();
}
