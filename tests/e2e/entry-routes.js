// Where people arrive, what counts as that page's first control, and how many bytes its first visit
// may cost. One place for both the byte budgets (`make test`, tests/e2e/budgets.spec.js) and the
// timings (`make bench`, tests/e2e/bench.mjs).
import { ANA } from './links.js';

/**
 * Gzip bytes (HTML, JavaScript, WebAssembly and CSS together) each entry route may download before
 * its first control. A ratchet: today every route loads the whole app (about 321 KB, of which the
 * keyed lists of notices, people and saved teams cost 12 KB and the one stored-state capability 7 KB),
 * and this budget stops it growing further. The goal is 100 KB per route once screens load on demand.
 */
export const FIRST_VISIT_BUDGET_GZIP = 330 * 1024;

/** The entry routes, each with the control a visitor would use first. */
export const ENTRY_ROUTES = [
  { name: 'home', fragment: '#/', control: { role: 'link', name: 'Start the assessment' } },
  { name: 'assessment', fragment: '#/assessment', control: { role: 'radio', name: 'Strongly agree' } },
  { name: 'result link', fragment: `#/r/${ANA}`, control: { role: 'link', name: 'Take it yourself' } },
  { name: 'quiz', fragment: '#/quiz', control: { role: 'button', name: 'Start the quiz' } },
];
