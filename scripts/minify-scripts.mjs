// Release builds: the split main module's bindings (wasm-bindgen's JavaScript, about 55 KB, which
// every visit downloads before the app runs) minified with Terser: local names shortened, whitespace
// and comments dropped. A module's imports and exports and every property name stay as written, so
// the wasm still finds each function it imports under its own name. The chunk loader stays readable:
// the build and the tests read its structure (`chunksByScreen`).
import { minify_sync as terser } from 'terser';

const OPTIONS = { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } };

/** `code`, an ES module named `name`, minified; an error names the file when Terser cannot read it. */
export function minifyScript(code, name) {
  let minified;
  try {
    minified = terser(code, OPTIONS).code;
  } catch (error) {
    throw new Error(`minify-scripts: ${name} could not be minified (${error.message ?? error})`, { cause: error });
  }
  if (!minified) throw new Error(`minify-scripts: Terser returned nothing for ${name}`);
  return minified;
}
