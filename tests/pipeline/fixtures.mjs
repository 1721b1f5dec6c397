// The tool output the pipeline's patches were written against, captured from a release build with
// the pinned tools and trimmed (tests/pipeline/fixtures/), and the check that an error names a tool
// at its pinned version.
import { readFileSync } from 'node:fs';
import { toolVersions } from '../../scripts/tool-versions.mjs';

export const fixture = (name) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

/** index.html as the source has it, before Trunk: its start-up scripts and the preload table. */
export const sourceIndex = () => readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

export const trunkIndex = () => fixture('trunk-0.21.14-index.html');
export const splitLoader = () => fixture('wasm-split-cli-0.2.4-loader.js');
export const boundBindings = () => fixture('wasm-bindgen-0.2.130-bindings.js');

/** What assert.throws accepts for an error that names `tool` at the version pinned for it. */
export const namesVersionOf = (tool) => (error) =>
  error instanceof Error && error.message.includes(`${tool} ${toolVersions[tool]}`) && error.message.includes('this patch expects');
