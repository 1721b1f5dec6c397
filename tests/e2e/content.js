// What the tests need to know about the assessment content, read from content/assessment.toml when
// the tests start, so that adding or retiring statements never needs a hand edit here.
import { readFileSync } from 'node:fs';

const toml = readFileSync(new URL('../../content/assessment.toml', import.meta.url), 'utf8');

/** The [[statement]] blocks of the file, each as its own text (comments included). */
const statementBlocks = toml
  .split(/^\[\[/m)
  .filter((block) => block.startsWith('statement]]'))
  .map((block) => block.replace(/^#.*$/gm, ''));

/** How many statements the assessment asks today: "Statement 1 of ASKED_STATEMENTS". */
export const ASKED_STATEMENTS = statementBlocks.filter((block) => !/^retired\s*=\s*true\s*$/m.test(block)).length;

/** The content version of the statements the site asks today. */
export const CONTENT_VERSION = Number(/^content_version\s*=\s*(\d+)\s*$/m.exec(toml)?.[1]);

if (!(ASKED_STATEMENTS > 0) || !(CONTENT_VERSION > 0)) {
  throw new Error('content/assessment.toml could not be read for the end-to-end tests');
}
