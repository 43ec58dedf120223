// Writes FILE.gz (gzip -9) and FILE.br (brotli, best) next to every file worth compressing in
// the given folders, for hosts that serve precompressed files (README: "Serving the files").
// Usage: node scripts/compress.mjs DIR [DIR...]
import { readdirSync, readFileSync, statSync, writeFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// Below this a compressed copy saves less than a network round trip's worth of anything.
const SMALL = 1024;
const TEXTUAL = /\.(wasm|js|mjs|css|json|html|svg)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

for (const dir of process.argv.slice(2)) {
  // Old copies first: one of a file that is gone or changed must not stay.
  for (const path of [...files(dir)]) if (/\.(gz|br)$/.test(path)) unlinkSync(path);
  for (const path of [...files(dir)]) {
    if (!TEXTUAL.test(path) || statSync(path).size < SMALL) continue;
    const bytes = readFileSync(path);
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    );
  }
}
