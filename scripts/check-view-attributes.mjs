// Leptos's view! reads an attribute's value up to the first `>` when the value is not in braces, so
// `disabled=index + 1 >= total` ends the tag at `>=`: the button stays disabled and the rest of the
// expression becomes text on the page. The compiler accepts it, so this check looks for it: every
// attribute value that holds a comparison must be written in braces (`disabled={index + 1 >= total}`).
//
// Usage: node scripts/check-view-attributes.mjs [dir]   (default src/; exits 1 and names each place)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// An attribute name, `=`, a value that starts with neither a brace nor a quote, and, before any brace
// or quote, a `>` or `>=` standing alone as an operator (spaces around it).
const CUT_ATTRIBUTE = /(?:^|\s)([a-z][a-z0-9:_-]*)=(?![{"\s])[^{}"\n]*?\s(>=?)\s/g;

/** The places in one file's text where an attribute value is cut by `>`: [{ line, attribute }]. */
export function cutAttributes(text) {
  const found = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.trimStart().startsWith('//')) return;
    for (const match of line.matchAll(CUT_ATTRIBUTE)) {
      found.push({ line: index + 1, attribute: match[1] });
    }
  });
  return found;
}

function rustFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return rustFiles(path);
    return entry.name.endsWith('.rs') ? [path] : [];
  });
}

function selfTest() {
  const cut = cutAttributes('<button disabled=index + 1 >= total on:click=go>"Next"</button>');
  const braced = cutAttributes('<button disabled={index + 1 >= total} on:click=go>"Next"</button>');
  const closure = cutAttributes('<button disabled=move || count.get() > 3>"Next"</button>');
  const plain = cutAttributes('<Show when=move || ready.get()>"x"</Show> <p class="a > b">');
  if (cut.length !== 1 || braced.length !== 0 || closure.length !== 1 || plain.length !== 0) {
    throw new Error('check-view-attributes: the check itself no longer tells cut attributes from sound ones');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  selfTest();
  const root = process.argv[2] ?? 'src';
  const problems = rustFiles(root).flatMap((file) =>
    cutAttributes(readFileSync(file, 'utf8')).map(({ line, attribute }) => `${file}:${line}: \`${attribute}=\` holds a \`>\` outside braces; write {…}`),
  );
  if (problems.length > 0) {
    console.error(`In view!, an unbraced attribute value ends at its first '>':\n${problems.join('\n')}`);
    process.exit(1);
  }
}
