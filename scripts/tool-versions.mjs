// The version of every tool whose output the build patches, each read from the one place it is pinned:
// scripts/tool-versions.json for what scripts/install-tools.sh installs with cargo, Cargo.lock for the
// crates (the wasm-bindgen CLI must match its crate), package.json for binaryen's wasm-opt. The
// patches' error messages name these versions, so an upgrade that changes a tool's output says which
// patch to revisit.
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** The version Cargo.lock holds for `crate`, or throws. */
export function lockedVersion(lock, crate) {
  const version = new RegExp(`\\[\\[package\\]\\]\\nname = "${crate}"\\nversion = "([^"]+)"`).exec(lock)?.[1];
  if (!version) throw new Error(`tool-versions: Cargo.lock has no package ${crate}`);
  return version;
}

const pinned = JSON.parse(read('scripts/tool-versions.json'));
const lock = read('Cargo.lock');
const npm = JSON.parse(read('package.json')).devDependencies;

export const toolVersions = {
  trunk: pinned.trunk,
  'wasm-split-cli': pinned['wasm-split-cli'],
  'wasm-bindgen': lockedVersion(lock, 'wasm-bindgen'),
  // The crate that marks a screen #[lazy]; wasm-split-cli reads the marks it leaves.
  wasm_split_helpers: lockedVersion(lock, 'wasm_split_helpers'),
  binaryen: npm.binaryen,
};

const excerpt = (text) => {
  const line = String(text).replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 160)}…` : line || '(nothing)';
};

/**
 * The error a patch throws when a tool's output no longer has the shape it was written for: names the
 * step, the tool and the version the patch expects, what it expected and what it found instead.
 */
export function outputChanged(step, tool, expected, found) {
  const version = toolVersions[tool];
  if (!version) throw new Error(`tool-versions: no pinned version for ${tool}`);
  return new Error(
    `${step}: this patch expects ${expected}, as ${tool} ${version} writes it, but found ${excerpt(found)}. ` +
      `Has ${tool} changed? Update the patch for the installed version (docs/build.md, "Where each tool's output is patched").`,
  );
}
