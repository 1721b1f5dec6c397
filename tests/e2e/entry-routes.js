// Where people arrive, what counts as that page's first control, and how many bytes its first visit
// may cost. One place for both the byte budgets (`make test`, tests/e2e/budgets.spec.js) and the
// timings (`make bench`, tests/e2e/bench.mjs).
import { ANA } from './links.js';

/**
 * Gzip bytes (HTML, JavaScript, WebAssembly and CSS together) each entry route may download before
 * its first control: a ratchet per route, set just above today's figure so that no change makes a
 * first visit heavier unnoticed. Screens outside the first visit's path load on demand
 * (docs/code-splitting.md), so home, the assessment and the quiz share one main module (about
 * 243 KB); a result link also fetches its screen's chunks. The goal is 100 KB per route, which needs
 * the first screen's markup prerendered at build time as well.
 */
const KB = 1024;
/** The entry routes, each with the control a visitor would use first. */
export const ENTRY_ROUTES = [
  { name: 'home', fragment: '#/', control: { role: 'link', name: 'Start the assessment' }, budgetGzip: 239 * KB },
  {
    name: 'assessment',
    fragment: '#/assessment',
    control: { role: 'radio', name: 'Strongly agree' },
    budgetGzip: 239 * KB,
  },
  {
    name: 'result link',
    fragment: `#/r/${ANA}`,
    control: { role: 'link', name: 'Take it yourself' },
    budgetGzip: 325 * KB,
  },
  { name: 'quiz', fragment: '#/quiz', control: { role: 'button', name: 'Start the quiz' }, budgetGzip: 239 * KB },
];
