// Where people arrive, what counts as that page's first control, and how many bytes its first visit
// may cost. One place for both the byte budgets (`make test`, tests/e2e/budgets.spec.js) and the
// timings (`make bench`, tests/e2e/bench.mjs).
import { ANA } from './links.js';

/**
 * Gzip bytes (HTML, JavaScript, WebAssembly and CSS together) each entry route may download before
 * its first control. A ratchet: today every route loads the whole app (about 300 KB), and these
 * budgets stop it growing further. The goal is 100 KB per route once screens load on demand.
 */
export const FIRST_VISIT_BUDGET_GZIP = 310 * 1024;

/** The entry routes, each with the control a visitor would use first. */
export const ENTRY_ROUTES = [
  { name: 'home', fragment: '#/', control: { role: 'link', name: 'Start the assessment' } },
  { name: 'assessment', fragment: '#/assessment', control: { role: 'radio', name: 'Strongly agree' } },
  { name: 'result link', fragment: `#/r/${ANA}`, control: { role: 'link', name: 'Take it yourself' } },
  { name: 'quiz', fragment: '#/quiz', control: { role: 'button', name: 'Start the quiz' } },
];
