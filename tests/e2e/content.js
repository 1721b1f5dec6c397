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

/** The statements asked today, in order: { id, pillar, text, discussion, reverse, unseenBy: [part of the company ids] }. */
export const ASKED = statementBlocks
  .filter((block) => !/^retired\s*=\s*true\s*$/m.test(block))
  .map((block) => ({
    id: /^id\s*=\s*"([^"]+)"/m.exec(block)?.[1],
    pillar: /^pillar\s*=\s*"([^"]+)"/m.exec(block)?.[1],
    text: /^text\s*=\s*"([^"]+)"/m.exec(block)?.[1],
    discussion: /^discussion\s*=\s*"([^"]+)"/m.exec(block)?.[1],
    reverse: /^reverse\s*=\s*true\s*$/m.test(block),
    unseenBy: [...(/^unseen_by\s*=\s*\[([^\]]*)\]/m.exec(block)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map((match) => match[1]),
  }));

if (ASKED.some((statement) => !statement.id || !statement.pillar || !statement.text || !statement.discussion)) {
  throw new Error('a statement in content/assessment.toml could not be read for the end-to-end tests');
}

/** Words in the statements asked today, counted as the core counts them (split at white space). */
const ASKED_WORDS = ASKED.reduce((sum, statement) => sum + statement.text.split(/\s+/).filter(Boolean).length, 0);

/**
 * The assessment's "about N minutes", by the core's rule (core/src/content/mod.rs): the words read at
 * 150 a minute plus five seconds to choose each answer, rounded up to a whole minute.
 */
export const ASSESSMENT_MINUTES = Math.max(1, Math.ceil((ASKED_WORDS * 60 + ASKED_STATEMENTS * 5 * 150) / (60 * 150)));

/**
 * The answer code (1 strongly disagree … 5 strongly agree) that gives `statement` an agreement of
 * `agreement` (0, 25, 50, 75 or 100), turning obstacles around as the scoring does.
 */
export function codeFor(statement, agreement) {
  const points = agreement / 25 + 1;
  return statement.reverse ? 6 - points : points;
}

/** The pillars, in order: { id, name }. */
export const PILLARS = toml
  .split(/^\[\[/m)
  .filter((block) => block.startsWith('pillar]]'))
  .map((block) => ({ id: /^id\s*=\s*"([^"]+)"/m.exec(block)?.[1], name: /^name\s*=\s*"([^"]+)"/m.exec(block)?.[1] }));

if (PILLARS.length === 0 || PILLARS.some((pillar) => !pillar.id || !pillar.name)) {
  throw new Error('the pillars in content/assessment.toml could not be read for the end-to-end tests');
}

/** The recommendations: { id, pillar, title, after }, `after` naming those that must come first. */
export const RECOMMENDATIONS = toml
  .split(/^\[\[/m)
  .filter((block) => block.startsWith('recommendation]]'))
  .map((block) => block.replace(/^#.*$/gm, ''))
  .map((block) => ({
    id: /^id\s*=\s*"([^"]+)"/m.exec(block)?.[1],
    pillar: /^pillar\s*=\s*"([^"]+)"/m.exec(block)?.[1],
    title: /^title\s*=\s*"([^"]+)"/m.exec(block)?.[1],
    after: [...(/^after\s*=\s*\[([^\]]*)\]/m.exec(block)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map((match) => match[1]),
  }));

if (RECOMMENDATIONS.length === 0 || RECOMMENDATIONS.some((r) => !r.id || !r.pillar || !r.title)) {
  throw new Error('the recommendations in content/assessment.toml could not be read for the end-to-end tests');
}
