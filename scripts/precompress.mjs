// After release builds (scripts/post-build.mjs): writes a brotli (.br) and a gzip (.gz) copy beside
// each text or WebAssembly asset, at the highest levels, for hosts that serve precompressed files
// (nginx's gzip_static and brotli_static, Caddy's precompressed, many CDNs). Hosts that compress on
// the fly simply ignore them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.json', '.webmanifest']);

/** Whether a file is text or wasm, worth a compressed copy. */
export const compressible = (name) => COMPRESSIBLE.has(extname(name));

/** The brotli (quality 11) and gzip (level 9) copies of `body`. */
export function compressedCopies(body) {
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  return { br, gz: gzipSync(body, { level: 9 }) };
}

/** Writes the .br and .gz copies of every compressible file in `staging`. */
export function precompress(staging) {
  let written = 0;
  for (const name of readdirSync(staging)) {
    if (!compressible(name)) continue;
    const { br, gz } = compressedCopies(readFileSync(join(staging, name)));
    writeFileSync(join(staging, `${name}.br`), br);
    writeFileSync(join(staging, `${name}.gz`), gz);
    written += 1;
  }
  console.log(`precompress: .br and .gz beside ${written} files`);
}
