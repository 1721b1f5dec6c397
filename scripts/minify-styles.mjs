// Release builds: the stylesheets inlined into index.html (every first visit downloads them) lose
// their comments and the spaces nothing needs. Deliberately small: comments out, whitespace runs
// collapsed, spaces around `{ } ; ,` dropped and a rule's last `;`. Nothing else is rewritten, so
// selectors, `calc()` and strings read as written (the stylesheets hold no `/*`, `{` or `;` inside a
// string). Runs before the Content-Security-Policy hashes each <style>.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputChanged } from './tool-versions.mjs';

/** The CSS with comments and needless whitespace removed. */
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** index.html with each inlined stylesheet (Trunk's <style> for each `rel="inline"` CSS link) minified. */
export function minifyInlineStyles(html) {
  let styles = 0;
  const minified = html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open, css, close) => {
    const small = minifyCss(css);
    const braces = (text) => [...text].filter((character) => character === '{' || character === '}').length;
    if (braces(small) !== braces(css.replace(/\/\*[\s\S]*?\*\//g, ''))) {
      throw new Error('minify-styles: a stylesheet lost a brace; is there a comment or brace inside a string?');
    }
    styles += 1;
    return open + small + close;
  });
  if (styles === 0) throw outputChanged('minify-styles', 'trunk', 'the stylesheets inlined as <style> elements in index.html', 'no <style> element');
  return minified;
}

/** Minifies the stylesheets inlined in `staging`/index.html. */
export function minifyStyles(staging) {
  const path = join(staging, 'index.html');
  writeFileSync(path, minifyInlineStyles(readFileSync(path, 'utf8')));
}
