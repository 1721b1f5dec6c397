// Where people arrive, what counts as that page's first control, and how many bytes its first visit
// may cost. One place for both the byte budgets (`make test`, tests/e2e/budgets.spec.js) and the
// timings (`make bench`, tests/e2e/bench.mjs).
import { ANA } from './links.js';

/**
 * Budgets per entry route, in gzip bytes of HTML, JavaScript, WebAssembly and CSS together:
 *
 * - `firstControlGzip`: what the visitor downloads before the first control shows. Home, the
 *   assessment and the quiz have their first screen prerendered into the HTML at build time
 *   (scripts/prerender.mjs), with the CSS inlined, so only the HTML counts: at most 100 KB. A result
 *   link's control depends on the result in the link, which only the app can read, so it has none.
 * - `appGzip`: what the visitor downloads until the app itself runs that control. A ratchet just above
 *   today's figure, so that no change makes a first visit heavier unnoticed: raise it only for a
 *   feature that has to be on the first visit's path, and add the reason to the budget history in
 *   docs/code-splitting.md.
 * - `goalGzip`: where the ratchet is headed (docs/code-splitting.md, "Goals"): a result link's first
 *   control within 100 KB, the app on home, the assessment and the quiz within 150 KB. `make bench`
 *   reports each route against it.
 */
const KB = 1024;
const FIRST_CONTROL_GOAL = 100 * KB;
const APP_GOAL = 150 * KB;
/** The entry routes, each with the control a visitor would use first. */
export const ENTRY_ROUTES = [
  {
    name: 'home',
    fragment: '#/',
    control: { role: 'link', name: 'Start the assessment' },
    firstControlGzip: FIRST_CONTROL_GOAL,
    appGzip: 281 * KB,
    goalGzip: APP_GOAL,
  },
  {
    name: 'assessment',
    fragment: '#/assessment',
    control: { role: 'radio', name: 'Leadership' },
    firstControlGzip: FIRST_CONTROL_GOAL,
    appGzip: 281 * KB,
    goalGzip: APP_GOAL,
  },
  {
    name: 'result link',
    fragment: `#/r/${ANA}`,
    control: { role: 'link', name: 'Take it yourself' },
    firstControlGzip: null,
    appGzip: 389 * KB,
    goalGzip: FIRST_CONTROL_GOAL,
  },
  {
    name: 'quiz',
    fragment: '#/quiz',
    control: { role: 'button', name: 'Start the quiz' },
    firstControlGzip: FIRST_CONTROL_GOAL,
    appGzip: 281 * KB,
    goalGzip: APP_GOAL,
  },
];

/** Resolves once the app runs: it has replaced the prerendered screen (or the start-up message). */
export async function appStarted(page) {
  await page.waitForFunction(() => !document.querySelector('#boot, [data-boot]') && document.querySelector('main'));
}
