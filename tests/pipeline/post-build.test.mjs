import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { releaseWasm } from '../../scripts/post-build.mjs';
import { fixture } from './fixtures.mjs';

test("the linked release wasm is found under cargo's target directory", () => {
  assert.equal(releaseWasm(fixture('cargo-1.95-metadata.json')), join('/work/culture-check/target', 'wasm32-unknown-unknown', 'release', 'culture-check.wasm'));
});

test('metadata without a target directory is an error that says so', () => {
  assert.throws(() => releaseWasm('{"packages":[]}'), /names no target_directory/);
});

test('output of cargo metadata that is not JSON is an error that says so', () => {
  assert.throws(() => releaseWasm('warning: …'), /did not print JSON/);
});
