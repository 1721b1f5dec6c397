// Release builds only (scripts/post-build.mjs, before the other steps): replaces the one wasm file
// Trunk made with a main module and one chunk per screen marked `#[lazy]`, which the browser fetches
// when that screen is first shown. Trunk 0.21 cannot split wasm itself (trunk-rs/trunk#1022), so this
// redoes its wasm steps on the linker's output (which keeps its relocations, see build.rs):
//
//   wasm-split-cli (crate wasm_split_cli_support) -> wasm-bindgen --target web -> wasm-opt -Oz
//
// (`--keep-lld-exports`: the chunks import the main module's function table, which wasm-bindgen
// otherwise stops exporting)
//
// then names each chunk and the chunk loader after their content, points the main module's import at
// the loader, and updates the integrity hashes Trunk wrote into index.html. The service worker and
// the precompressed copies, written after this, list the new files like any other.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOADER = '__wasm_split.js';

const contentHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const run = (tool, args) => execFileSync(tool, args, { stdio: ['ignore', 'inherit', 'inherit'] });

/**
 * What each split function fetches, read from the loader wasm-split writes: `{ team_screen:
 * ['team_screen-….wasm', 'chunk-….wasm', …] }`, its own module first, then the shared chunks it
 * waits for.
 */
export function chunksByScreen(loader) {
  const shared = new Map();
  for (const [, name, file] of loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) {
    shared.set(name, file);
  }
  const screens = {};
  const exported = /export const __wasm_split_load_(\w+?)(?:_\d+)? = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]\)\);/g;
  for (const [, screen, file, deps] of loader.matchAll(exported)) {
    const depFiles = deps.split(',').map((dep) => dep.trim()).filter(Boolean).map((dep) => {
      if (!shared.has(dep)) throw new Error(`split-wasm: ${LOADER} names ${dep} for ${screen} but never defines it`);
      return shared.get(dep);
    });
    screens[screen] = [file, ...depFiles];
  }
  const exports = [...loader.matchAll(/export const __wasm_split_load_/g)].length;
  if (exports === 0 || Object.keys(screens).length !== exports) {
    throw new Error(`split-wasm: read ${Object.keys(screens).length} of ${exports} loaders in ${LOADER}; has wasm-split-cli changed its output?`);
  }
  return screens;
}

/**
 * Writes the chunks of each screen into index.html's preload script, where it has `{}`, after
 * checking that the script's route table names every screen the split found and no other.
 */
export function writeChunkMap(html, screens) {
  const marker = '/* chunks of each screen */ {}';
  if (!html.includes(marker)) throw new Error(`split-wasm: index.html has no "${marker}" for the chunk map`);
  const listed = new Set([...html.matchAll(/\['#\/[^']*', '(\w+_screen)'\]/g)].map((match) => match[1]));
  const split = Object.keys(screens).filter((name) => name.endsWith('_screen'));
  const unlisted = split.filter((name) => !listed.has(name));
  const gone = [...listed].filter((name) => !split.includes(name));
  if (unlisted.length || gone.length) {
    throw new Error(
      `split-wasm: index.html's preload table and the split disagree: ${unlisted.length ? `add the route of ${unlisted.join(', ')}` : ''}` +
        `${gone.length ? ` remove ${gone.join(', ')} (no such chunk)` : ''}`,
    );
  }
  // Compact, since every first visit downloads it: each shared chunk's hash once, and per screen its
  // own file's name and the places of its shared chunks in that list.
  const hashOf = (file) => /^chunk-([0-9a-f]+)\.wasm$/.exec(file)?.[1];
  const shared = [...new Set(split.flatMap((name) => screens[name].slice(1)))];
  if (shared.some((file) => !hashOf(file))) throw new Error(`split-wasm: a shared chunk is not named chunk-<hash>.wasm: ${shared.join(', ')}`);
  const map = {
    shared: shared.map(hashOf),
    screens: Object.fromEntries(
      split.map((name) => {
        const [own, ...deps] = screens[name];
        return [name, [own.replace(/\.wasm$/, ''), ...deps.map((file) => shared.indexOf(file))]];
      }),
    ),
  };
  return html.replace(marker, JSON.stringify(map));
}

/** Splits the release wasm at `input` into `staging`; returns the chunk files written. */
export function splitWasm(staging, input) {
  const bindings = readdirSync(staging).find((name) => /^culture-check-[0-9a-f]+\.js$/.test(name));
  if (!bindings) throw new Error('split-wasm: no culture-check-<hash>.js in the staging directory');
  const stem = bindings.slice(0, -'.js'.length);
  const wasmName = `${stem}_bg.wasm`;

  const raw = readFileSync(input);
  // Trunk's own wasm-opt is off (index.html: data-wasm-opt="0"): this script optimises every module.
  if (!raw.includes(Buffer.from('__wasm_split_unstable'))) {
    throw new Error('split-wasm: the release wasm has no screen marked #[lazy] (see src/app.rs)');
  }

  const work = mkdtempSync(join(tmpdir(), 'split-wasm-'));
  try {
    const split = join(work, 'split');
    const bound = join(work, 'bound');
    run('wasm-split-cli', ['--out-name', stem, input, split]);
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-name', stem, '--out-dir', bound, join(split, `${stem}.wasm`)]);
    run('wasm-opt', ['-Oz', join(bound, `${stem}_bg.wasm`), '-o', join(staging, wasmName)]);

    let loader = readFileSync(join(split, LOADER), 'utf8');
    const chunks = [];
    for (const name of readdirSync(split).filter((file) => file.endsWith('.wasm') && file !== `${stem}.wasm`)) {
      const optimised = join(work, name);
      // A chunk's toolchain notes (producers, target features) are bytes no browser reads, and many
      // chunks are only a few hundred bytes.
      run('wasm-opt', ['-Oz', '--strip-producers', '--strip-target-features', join(split, name), '-o', optimised]);
      const bytes = readFileSync(optimised);
      // `split_team_screen_<hash of the function's name>.wasm` -> `team_screen-<hash of the content>.wasm`
      const label = name.replace(/^split_/, '').replace(/_\d+\.wasm$/, '').replace(/\.wasm$/, '');
      const hashed = `${label}-${contentHash(bytes)}.wasm`;
      writeFileSync(join(staging, hashed), bytes);
      if (!loader.includes(`"./${name}"`)) throw new Error(`split-wasm: ${LOADER} does not name ${name}`);
      loader = loader.replaceAll(`"./${name}"`, `"./${hashed}"`);
      chunks.push(hashed);
    }
    const loaderName = `wasm-split-${contentHash(loader)}.js`;
    writeFileSync(join(staging, loaderName), loader);

    const js = readFileSync(join(bound, `${stem}.js`), 'utf8');
    // Only the import statements' URL changes (wasm-bindgen writes one per function the main module
    // imports from the loader): the imports object keeps the name the wasm asks for.
    const statement = `from "./${LOADER}"`;
    if (!js.includes(statement)) throw new Error(`split-wasm: wasm-bindgen's module does not import ./${LOADER}`);
    writeFileSync(join(staging, bindings), js.replaceAll(statement, `from "./${loaderName}"`));

    // Trunk's preload links carry integrity hashes of the files it wrote; these are new files.
    const page = join(staging, 'index.html');
    let html = writeChunkMap(readFileSync(page, 'utf8'), chunksByScreen(loader));
    for (const file of [bindings, wasmName]) {
      const pattern = new RegExp(`(href="\\./${file}"[^>]*integrity=")[^"]*(")`);
      if (!pattern.test(html)) throw new Error(`split-wasm: index.html has no integrity for ${file}`);
      html = html.replace(pattern, `$1${integrity(readFileSync(join(staging, file)))}$2`);
    }
    writeFileSync(page, html);
    console.log(`split-wasm: ${wasmName} plus ${chunks.length} chunk(s): ${chunks.join(', ')}`);
    return chunks;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
