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
      run('wasm-opt', ['-Oz', join(split, name), '-o', optimised]);
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
    let html = readFileSync(page, 'utf8');
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
