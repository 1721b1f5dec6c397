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
import { pathToFileURL } from 'node:url';

/**
 * Where Trunk's cargo build left the linked release wasm, read from `cargo metadata` (the target
 * directory moves with CARGO_TARGET_DIR and workspace settings).
 */
export function releaseWasm(metadata) {
  let target;
  try {
    target = JSON.parse(metadata).target_directory;
  } catch (error) {
    throw new Error(`post-build: cargo metadata did not print JSON (${error.message})`, { cause: error });
  }
  if (typeof target !== 'string' || !target) throw new Error('post-build: cargo metadata names no target_directory');
  return join(target, 'wasm32-unknown-unknown', 'release', 'culture-check.wasm');
}

/** Runs every step on Trunk's staging directory, in order; `profile` is Trunk's. */
export async function postBuild(staging, profile) {
  if (profile === 'release') {
    splitWasm(staging, releaseWasm(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], { encoding: 'utf8' })));
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
}

// Run as Trunk's hook; imported by the tests, it only lends its functions.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error('post-build: TRUNK_STAGING_DIR is not set (this runs as a Trunk hook)');
    process.exit(1);
  }
  try {
    await postBuild(staging, process.env.TRUNK_PROFILE);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
