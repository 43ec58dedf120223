// WebCrypto for the passphrase lock (see src/core/lock.rs for what is stored). Only the
// browser's own crypto is used; nothing leaves the device. Keys are never extractable.
const enc = new TextEncoder();
const dec = new TextDecoder();

function b64(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
function unb64(text) {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function cryptoAvailable() {
  return !!(globalThis.crypto && crypto.subtle && globalThis.isSecureContext !== false);
}

export function randomSalt() {
  return b64(crypto.getRandomValues(new Uint8Array(16)));
}

export function randomU32() {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

export async function deriveKey(passphrase, salt, iterations) {
  const base = await crypto.subtle.importKey("raw", enc.encode(passphrase), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: unb64(salt), iterations },
    base,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

// Returns [iv, ciphertext] as base64. `aad` binds the value to its storage key.
export async function seal(key, text, aad) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: enc.encode(aad) }, key, enc.encode(text));
  return [b64(iv), b64(new Uint8Array(ct))];
}

// Rejects when the key (the passphrase) is wrong or the value was changed.
export async function unseal(key, iv, ct, aad) {
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: unb64(iv), additionalData: enc.encode(aad) },
    key,
    unb64(ct),
  );
  return dec.decode(plain);
}
