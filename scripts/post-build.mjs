// Trunk's post-build hook: the steps that need the finished files, in order (Trunk runs the hooks of
// one stage side by side, so they are one hook). For release builds first the wasm split into a main
// module and chunks, the inlined stylesheets minified, then the entry routes' first screens
// prerendered into index.html; then the Content-Security-Policy, which hashes index.html's inline
// scripts and styles; then, for release builds, the service worker listing the final files, and the
// precompressed copies of all of them (development builds drop the worker's registration instead).
import { minifyStyles } from './minify-styles.mjs';
import { precompress } from './precompress.mjs';
import { prerender } from './prerender.mjs';
import { writeSecurityHeaders } from './security-headers.mjs';
import { withoutServiceWorker, writeServiceWorker } from './service-worker.mjs';
import { splitWasm } from './split-wasm.mjs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (this runs as a Trunk hook)');
  process.exit(1);
}
try {
  if (profile === 'release') {
    const { target_directory: target } = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], { encoding: 'utf8' }));
    splitWasm(staging, join(target, 'wasm32-unknown-unknown', 'release', 'culture-check.wasm'));
    minifyStyles(staging);
    await prerender(staging);
  }
  writeSecurityHeaders(staging, profile);
  if (profile === 'release') {
    writeServiceWorker(staging);
    precompress(staging);
  } else {
    withoutServiceWorker(staging);
  }
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
