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
// the loader, minifies the main module's bindings (scripts/minify-scripts.mjs), and updates the
// integrity hashes Trunk wrote into index.html. The service worker and the precompressed copies,
// written after this, list the new files like any other. Each patch of another tool's output is a
// function below, tested against that tool's output (tests/pipeline).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minifyScript } from './minify-scripts.mjs';
import { outputChanged } from './tool-versions.mjs';

const LOADER = '__wasm_split.js';
// wasm-split makes a shared chunk for every set of screens that share code (over 150 for this app);
// they are merged until a screen a link can open waits for at most 6, so it fetches at most 8 wasm
// files (the main module, its own and these), and a screen opened from within the site for at most
// 10, most of them already loaded by the screen that led there. One bound for all made the merges
// for the team view's parts put their code into chunks the home page fetched.
const LINKED_SCREENS = ['home_screen', 'assessment_screen', 'quiz_screen', 'shared_result_screen', 'team_screen'];
const LINKED_SCREEN_CHUNKS = 6;
const MAX_SHARED_CHUNKS = 10;
// The screens people arrive at from an address (tests/e2e/entry-routes.js, and a team link): when
// chunks are merged, the bytes one of them would fetch without need count many times those of
// another screen, so a merge lands on them only when no other merge would do. Where a merge must
// land on one of them, the weights decide: the home page, where most visits start, first, then a
// shared result, how most people meet the site. Measured on one build (docs/code-splitting.md,
// "Storage code after the first control"): with all four at 32, one 21 KB merge landed on the home
// page; these weights keep every route within 3 KB of its best.
const ARRIVAL_WEIGHTS = { home_screen: 64, shared_result_screen: 48, assessment_screen: 32, quiz_screen: 32, team_screen: 8 };

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
  const listed = new Set([...html.matchAll(/\['#\/[^']*', '(\w+_screen)'(?:, true)?\]/g)].map((match) => match[1]));
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

/** The stem of the bindings Trunk staged, `culture-check-<hash>`, from the staging directory's files. */
export function bindingsStem(files) {
  const bindings = files.find((name) => /^culture-check-[0-9a-f]+\.js$/.test(name));
  if (!bindings) throw outputChanged('split-wasm', 'trunk', 'a culture-check-<hash>.js in the staging directory', files.join(', '));
  return bindings.slice(0, -'.js'.length);
}

/** Throws unless the linked wasm carries the marks wasm-split-cli cuts at (some screen is `#[lazy]`). */
export function checkLazyScreens(wasm) {
  if (!wasm.includes(Buffer.from('__wasm_split_unstable'))) {
    throw outputChanged('split-wasm', 'wasm_split_helpers', 'a "__wasm_split_unstable" import for each screen marked #[lazy] (see src/app.rs)', 'a release wasm without one');
  }
}

/**
 * What a module wasm-split-cli wrote is called once named after its content: `split_team_screen.wasm`
 * (or `split_team_screen_<number>.wasm`) is a `team_screen`, `chunk_8.wasm` a shared `chunk`.
 */
export function chunkLabel(file) {
  const match = /^(?:split_(\w+?)(?:_\d+)?|(chunk)_\d+)\.wasm$/.exec(file);
  if (!match) throw outputChanged('split-wasm', 'wasm-split-cli', 'modules named split_<screen>.wasm or chunk_<number>.wasm', file);
  return match[1] ?? match[2];
}

/** The loader with every URL of `file` pointed at `renamed`. */
export function renameInLoader(loader, file, renamed) {
  const url = `"./${file}"`;
  if (!loader.includes(url)) throw outputChanged('split-wasm', 'wasm-split-cli', `${LOADER} to fetch new URL(${url}, …)`, `a loader that never names ${file}`);
  return loader.replaceAll(url, `"./${renamed}"`);
}

/**
 * The main module's bindings importing the renamed loader. Only the import statements' URL changes
 * (wasm-bindgen writes one per function the main module imports from the loader): the imports object
 * keeps the name the wasm asks for.
 */
export function importLoaderAs(js, loaderName) {
  const statement = `from "./${LOADER}"`;
  if (!js.includes(statement)) {
    throw outputChanged('split-wasm', 'wasm-bindgen', `import … ${statement} in the bindings of the split main module`, js.split('\n', 1)[0]);
  }
  return js.replaceAll(statement, `from "./${loaderName}"`);
}

/** index.html with the integrity hash of `file`'s preload link replaced by the hash of `bytes`. */
export function withIntegrity(html, file, bytes) {
  const pattern = new RegExp(`(href="\\./${file}"[^>]*integrity=")[^"]*(")`);
  if (!pattern.test(html)) {
    const links = html.match(/<link rel="(?:module)?preload"[^>]*>/g) ?? [];
    throw outputChanged('split-wasm', 'trunk', `a preload link href="./${file}" with an integrity="…" attribute in index.html`, links.join(' ') || 'no preload link');
  }
  return html.replace(pattern, `$1${integrity(bytes)}$2`);
}

/**
 * Throws unless the main module exports everything the loader hands the chunks (its function table,
 * memory, shared functions): wasm-bindgen drops the table's export unless run with
 * `--keep-lld-exports`, and the chunks would then fail to instantiate only when a screen first opens.
 */
export function checkSharedExports(loader, mainWasm) {
  const names = /const \{([^}]*)\} = initSync\(undefined, undefined\);/.exec(loader)?.[1];
  if (!names) throw outputChanged('split-wasm', 'wasm-split-cli', `a ${LOADER} that takes the chunks' imports from initSync(undefined, undefined)`, loader.split('\n', 12).join(' '));
  const exported = new Set(WebAssembly.Module.exports(new WebAssembly.Module(mainWasm)).map((entry) => entry.name));
  const missing = names.split(',').map((name) => name.trim()).filter((name) => name && !exported.has(name));
  if (missing.length) {
    throw outputChanged('split-wasm', 'wasm-bindgen', `a main module that, run with --keep-lld-exports, still exports ${missing.join(', ')}`, exported.size ? `exports ${[...exported].join(', ')}` : 'a module with no exports');
  }
}

/** chunksByScreen, its error naming the wasm-split-cli version the reading was written for. */
export function screensOfLoader(loader) {
  try {
    return chunksByScreen(loader);
  } catch (error) {
    throw outputChanged('split-wasm', 'wasm-split-cli', `a ${LOADER} that chunksByScreen can read`, error.message);
  }
}

/** Splits the release wasm at `input` into `staging`; returns the chunk files written. */
export function splitWasm(staging, input) {
  const stem = bindingsStem(readdirSync(staging));
  const bindings = `${stem}.js`;
  const wasmName = `${stem}_bg.wasm`;

  let raw;
  try {
    raw = readFileSync(input);
  } catch (error) {
    throw new Error(`split-wasm: the linked release wasm is not at ${input} (${error.code ?? error.message}); has Trunk or cargo moved it?`, { cause: error });
  }
  // Trunk's own wasm-opt is off (index.html: data-wasm-opt="0"): this script optimises every module.
  checkLazyScreens(raw);

  const work = mkdtempSync(join(tmpdir(), 'split-wasm-'));
  try {
    const split = join(work, 'split');
    const bound = join(work, 'bound');
    const limits = LINKED_SCREENS.flatMap((screen) => ['--limit', `${screen}=${LINKED_SCREEN_CHUNKS}`]);
    const weights = Object.entries(ARRIVAL_WEIGHTS).flatMap(([screen, weight]) => ['--weigh', `${screen}=${weight}`]);
    run('wasm-split-cli', ['--out-name', stem, '--max-shared-chunks', String(MAX_SHARED_CHUNKS), ...limits, ...weights, input, split]);
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
      const hashed = `${chunkLabel(name)}-${contentHash(bytes)}.wasm`;
      writeFileSync(join(staging, hashed), bytes);
      loader = renameInLoader(loader, name, hashed);
      chunks.push(hashed);
    }
    checkSharedExports(loader, readFileSync(join(staging, wasmName)));
    const loaderName = `wasm-split-${contentHash(loader)}.js`;
    writeFileSync(join(staging, loaderName), loader);

    const js = readFileSync(join(bound, `${stem}.js`), 'utf8');
    writeFileSync(join(staging, bindings), minifyScript(importLoaderAs(js, loaderName), bindings));

    // Trunk's preload links carry integrity hashes of the files it wrote; these are new files.
    const page = join(staging, 'index.html');
    let html = writeChunkMap(readFileSync(page, 'utf8'), screensOfLoader(loader));
    for (const file of [bindings, wasmName]) html = withIntegrity(html, file, readFileSync(join(staging, file)));
    writeFileSync(page, html);
    console.log(`split-wasm: ${wasmName} plus ${chunks.length} chunk(s): ${chunks.join(', ')}`);
    return chunks;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
