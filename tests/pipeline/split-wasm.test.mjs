import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import {
  bindingsStem,
  checkLazyScreens,
  checkSharedExports,
  chunkLabel,
  importLoaderAs,
  renameInLoader,
  screensOfLoader,
  withIntegrity,
  writeChunkMap,
} from '../../scripts/split-wasm.mjs';
import { boundBindings, namesVersionOf, sourceIndex, splitLoader, trunkIndex } from './fixtures.mjs';

const STEM = 'culture-check-1d2430b6f9e23394';

test("the bindings' stem is read from the file Trunk staged", () => {
  assert.equal(bindingsStem(['index.html', `${STEM}.js`, `${STEM}_bg.wasm`, 'qr_reader.js']), STEM);
});

test('bindings Trunk names otherwise are an error naming Trunk', () => {
  assert.throws(() => bindingsStem(['index.html', 'culture_check.js']), namesVersionOf('trunk'));
});

test('a release wasm with a screen marked #[lazy] passes the check', () => {
  assert.doesNotThrow(() => checkLazyScreens(Buffer.from('\0asm…__wasm_split_unstable…')));
});

test('a release wasm without the marks wasm-split-cli cuts at is an error naming wasm_split_helpers', () => {
  assert.throws(() => checkLazyScreens(Buffer.from('\0asm')), namesVersionOf('wasm_split_helpers'));
});

test("a screen's module is labelled by its screen and a shared module as a chunk", () => {
  assert.deepEqual(
    ['split_join_screen.wasm', 'split_team_screen_12.wasm', 'chunk_23.wasm'].map(chunkLabel),
    ['join_screen', 'team_screen', 'chunk'],
  );
});

test('a module wasm-split-cli names otherwise is an error naming wasm-split-cli', () => {
  assert.throws(() => chunkLabel('join_screen.part.wasm'), namesVersionOf('wasm-split-cli'));
});

test("the loader fetches each module under its new name", () => {
  const loader = renameInLoader(splitLoader(), 'split_join_screen.wasm', 'join_screen-aa6b814d8d75dce5.wasm');
  assert.match(loader, /fetch\(new URL\("\.\/join_screen-aa6b814d8d75dce5\.wasm", import\.meta\.url\)\)/);
  assert.doesNotMatch(loader, /split_join_screen\.wasm/);
});

test('a module the loader never fetches is an error naming wasm-split-cli', () => {
  assert.throws(() => renameInLoader(splitLoader(), 'split_quiz_screen.wasm', 'quiz_screen-0.wasm'), namesVersionOf('wasm-split-cli'));
});

test("each import of wasm-bindgen's bindings from the loader points at the loader's hashed name", () => {
  const js = importLoaderAs(boundBindings(), 'wasm-split-0123456789abcdef.js');
  assert.equal([...js.matchAll(/^import \* as import\d from "\.\/wasm-split-0123456789abcdef\.js"$/gm)].length, 7);
});

test("the imports object keeps the module name the wasm asks for", () => {
  const js = importLoaderAs(boundBindings(), 'wasm-split-0123456789abcdef.js');
  assert.equal([...js.matchAll(/^ {8}"\.\/__wasm_split\.js": import\d,$/gm)].length, 7);
});

test('bindings that do not import the loader are an error naming wasm-bindgen', () => {
  assert.throws(() => importLoaderAs('import * as import1 from "./split.js"\n', 'wasm-split-0.js'), namesVersionOf('wasm-bindgen'));
});

test("a preload link's integrity becomes the hash of the new file", () => {
  const bytes = Buffer.from('the split main module');
  const expected = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const html = withIntegrity(trunkIndex(), `${STEM}_bg.wasm`, bytes);
  assert.ok(html.includes(`<link rel="preload" href="./${STEM}_bg.wasm" crossorigin="anonymous" integrity="${expected}" as="fetch" type="application/wasm">`));
});

test("only the named file's integrity changes", () => {
  const before = trunkIndex();
  const after = withIntegrity(before, `${STEM}.js`, Buffer.from('bindings'));
  const integrities = (html) => [...html.matchAll(/integrity="([^"]+)"/g)].map((match) => match[1]);
  assert.deepEqual(
    integrities(after).map((value, index) => value === integrities(before)[index]),
    [true, false, true],
  );
});

test('a preload link without an integrity attribute is an error naming Trunk', () => {
  const html = trunkIndex().replace(/(href="\.\/[^"]+_bg\.wasm" crossorigin="anonymous") integrity="[^"]+"/, '$1');
  assert.throws(() => withIntegrity(html, `${STEM}_bg.wasm`, Buffer.from('')), namesVersionOf('trunk'));
});

test("each screen's files are read from the loader: its own module, then the shared chunks it waits for", () => {
  assert.deepEqual(screensOfLoader(splitLoader()), { join_screen: ['split_join_screen.wasm', 'chunk_8.wasm', 'chunk_9.wasm', 'chunk_23.wasm'] });
});

test('a loader whose screens cannot be read is an error naming wasm-split-cli', () => {
  const loader = splitLoader().replaceAll('wrapAsyncCb(makeLoad(', 'wrapAsyncCb(load(');
  assert.throws(() => screensOfLoader(loader), namesVersionOf('wasm-split-cli'));
});

// A module with a function table and a memory, exporting those of `names` it has (wasm's binary format).
function moduleExporting(names) {
  const utf8 = (text) => [text.length, ...Buffer.from(text)];
  const kinds = { __indirect_function_table: 1, memory: 2 };
  const entries = names.flatMap((name) => [...utf8(name), kinds[name], 0]);
  const section = (id, bytes) => [id, bytes.length, ...bytes];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(4, [1, 0x70, 0, 0]),
    ...section(5, [1, 0, 1]),
    ...section(7, [names.length, ...entries]),
  ]);
}

test('a main module that exports the table and memory the chunks import passes the check', () => {
  const loader = 'const { __indirect_function_table, memory,  } = initSync(undefined, undefined);';
  assert.doesNotThrow(() => checkSharedExports(loader, moduleExporting(['__indirect_function_table', 'memory'])));
});

test('a main module no longer exporting its function table is an error naming wasm-bindgen', () => {
  const loader = 'const { __indirect_function_table, memory,  } = initSync(undefined, undefined);';
  assert.throws(() => checkSharedExports(loader, moduleExporting(['memory'])), namesVersionOf('wasm-bindgen'));
});

test("the names the chunks import are read from wasm-split-cli's loader", () => {
  assert.throws(
    () => checkSharedExports(splitLoader(), moduleExporting(['__indirect_function_table', 'memory'])),
    (error) => error.message.includes('still exports __wasm_split_shared0'),
  );
});

test('a loader that takes no imports from initSync is an error naming wasm-split-cli', () => {
  assert.throws(() => checkSharedExports('const imports = {};', moduleExporting([])), namesVersionOf('wasm-split-cli'));
});

// index.html's preload table as the source has it, and a split with every screen it routes to.
const INDEX = sourceIndex();
const SPLIT = {
  home_screen: ['home_screen-1.wasm', 'chunk-aa.wasm'],
  results_screen: ['results_screen-3.wasm'],
  assessment_screen: ['assessment_screen-4.wasm', 'chunk-bb.wasm', 'chunk-aa.wasm'],
  quiz_screen: ['quiz_screen-6.wasm'],
  history_screen: ['history_screen-8.wasm'],
  shared_result_screen: ['shared_result_screen-9.wasm'],
  team_screen: ['team_screen-10.wasm'],
  your_data_screen: ['your_data_screen-11.wasm'],
  method_screen: ['method_screen-12.wasm'],
  join_screen: ['join_screen-13.wasm'],
  // Opened only from within the site: not preloaded, so not in the map.
  team_tools: ['team_tools-14.wasm', 'chunk-dd.wasm'],
};

/** The map writeChunkMap put into index.html. */
const chunkMapOf = (html) => JSON.parse(/\}\)\((\{"shared".*\})\);\s*<\/script>/.exec(html)[1]);

test('the chunk map lists every screen by its own file and the places of its shared chunks, each shared chunk once', () => {
  const map = chunkMapOf(writeChunkMap(INDEX, SPLIT));
  assert.deepEqual(map.shared, ['aa', 'bb']);
  assert.deepEqual(Object.keys(map.screens).sort(), Object.keys(SPLIT).filter((name) => name.endsWith('_screen')).sort());
  assert.deepEqual(map.screens.home_screen, ['home_screen-1', 0]);
  assert.deepEqual(map.screens.assessment_screen, ['assessment_screen-4', 1, 0]);
});

test('a screen the preload table does not route to is an error naming it', () => {
  assert.throws(() => writeChunkMap(INDEX, { ...SPLIT, cards_screen: ['cards_screen-1.wasm'] }), /add the route of cards_screen/);
});

test('a screen the table routes to that the split does not have is an error naming it', () => {
  const without = Object.fromEntries(Object.entries(SPLIT).filter(([name]) => name !== 'quiz_screen'));
  assert.throws(() => writeChunkMap(INDEX, without), /remove quiz_screen \(no such chunk\)/);
});
