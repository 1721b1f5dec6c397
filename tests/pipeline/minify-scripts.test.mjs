import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyScript } from '../../scripts/minify-scripts.mjs';

// Shaped like wasm-bindgen's bindings of the split main module: imports from the loader, an imports
// object whose keys are the names the wasm asks for, and the two exports the page and the loader use.
const BINDINGS = `import * as import1 from "./wasm-split-0123456789abcdef.js"

let wasm;

function getStringFromWasm0(pointer, length) {
    // A comment the browser never needs.
    const decoded = new TextDecoder().decode(new Uint8Array(wasm.memory.buffer, pointer, length));
    return decoded;
}

function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_log_4b6f1fd37f4bd95a: function(arg0, arg1) {
            console.log(getStringFromWasm0(arg0, arg1));
        },
    };
    return {
        __proto__: null,
        "./culture-check-1d2430b6f9e23394_bg.js": import0,
        "./wasm-split-0123456789abcdef.js": import1,
    };
}

function initSync(module) {
    const instance = new WebAssembly.Instance(module, __wbg_get_imports());
    wasm = instance.exports;
    return wasm;
}

async function __wbg_init(module_or_path) {
    const { instance } = await WebAssembly.instantiateStreaming(fetch(module_or_path), __wbg_get_imports());
    wasm = instance.exports;
    return wasm;
}

export { initSync, __wbg_init as default };
`;

test('the bindings lose their comments and long local names', () => {
  const small = minifyScript(BINDINGS, 'bindings.js');
  assert.ok(small.length < BINDINGS.length * 0.6, `${small.length} of ${BINDINGS.length} characters`);
  assert.doesNotMatch(small, /A comment|getStringFromWasm0/);
});

test('the bindings keep their import from the loader, their exports and the names the wasm imports', () => {
  const small = minifyScript(BINDINGS, 'bindings.js');
  assert.match(small, /from\s*"\.\/wasm-split-0123456789abcdef\.js"/);
  assert.match(small, /\bexport\s*\{[^}]*\binitSync\b[^}]*\}/);
  assert.match(small, /\bexport\s*\{[^}]*\bas default\b[^}]*\}/);
  assert.match(small, /__wbg_log_4b6f1fd37f4bd95a/);
  assert.match(small, /"\.\/culture-check-1d2430b6f9e23394_bg\.js"/);
});

test('minifying is deterministic, so a file keeps its name and integrity from one build to the next', () => {
  assert.equal(minifyScript(BINDINGS, 'bindings.js'), minifyScript(BINDINGS, 'bindings.js'));
});

test('a file Terser cannot read is an error naming it', () => {
  assert.throws(() => minifyScript('export {', 'broken.js'), /minify-scripts: broken\.js could not be minified/);
});
