import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { lockedVersion, outputChanged, toolVersions } from '../../scripts/tool-versions.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('the fixtures were captured with the tool versions pinned today', () => {
  // Renaming a fixture is part of upgrading a tool: capture its new output and name the file after it.
  // Our copy of wasm-split-cli (vendor/wasm-split-cli) writes what its upstream version writes, only
  // fewer chunks: its fixtures carry the upstream version.
  const upstream = (version) => version.split('+')[0];
  assert.deepEqual(
    { trunk: toolVersions.trunk, 'wasm-split-cli': upstream(toolVersions['wasm-split-cli']), 'wasm-bindgen': toolVersions['wasm-bindgen'] },
    { trunk: '0.21.14', 'wasm-split-cli': '0.2.4', 'wasm-bindgen': '0.2.130' },
  );
});

test("Trunk.toml asks for the wasm-bindgen that Cargo.lock pins", () => {
  assert.match(read('Trunk.toml'), new RegExp(`^wasm_bindgen = "${toolVersions['wasm-bindgen']}"$`, 'm'));
});

test("Trunk.toml asks for the wasm-opt of the binaryen package.json pins", () => {
  assert.match(read('Trunk.toml'), new RegExp(`^wasm_opt = "version_${toolVersions.binaryen.split('.')[0]}"$`, 'm'));
});

test('install-tools.sh takes its pins from tool-versions.json rather than writing them again', () => {
  const script = read('scripts/install-tools.sh');
  for (const version of [toolVersions.trunk, toolVersions['wasm-split-cli']]) assert.doesNotMatch(script, new RegExp(`"${version.replaceAll('.', '\\.')}"`));
  assert.match(script, /tool-versions\.json/);
});

test('a crate missing from Cargo.lock is an error that names it', () => {
  assert.throws(() => lockedVersion('[[package]]\nname = "leptos"\nversion = "0.8.23"\n', 'wasm-bindgen'), /no package wasm-bindgen/);
});

test("a changed tool's output is reported with the step, the tool's pinned version and what was found", () => {
  const error = outputChanged('split-wasm', 'trunk', 'a culture-check-<hash>.js', 'index.html, app.js');
  assert.equal(
    error.message,
    `split-wasm: this patch expects a culture-check-<hash>.js, as trunk ${toolVersions.trunk} writes it, but found index.html, app.js. ` +
      `Has trunk changed? Update the patch for the installed version (docs/build.md, "Where each tool's output is patched").`,
  );
});
