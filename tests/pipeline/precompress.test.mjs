import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressedCopies, compressible } from '../../scripts/precompress.mjs';

test('text and wasm files get compressed copies, pictures in other formats and copies do not', () => {
  assert.deepEqual(['index.html', 'a.js', 'b.wasm', 'icon.svg', 'photo.png', 'a.js.gz', '_headers'].filter(compressible), ['index.html', 'a.js', 'b.wasm', 'icon.svg']);
});

test('both copies unpack to the original', () => {
  const body = Buffer.from('<p>Culture Check</p>'.repeat(50));
  const { br, gz } = compressedCopies(body);
  assert.deepEqual([brotliDecompressSync(br), gunzipSync(gz)], [body, body]);
});
