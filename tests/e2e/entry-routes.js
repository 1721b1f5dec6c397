// Where people arrive, what counts as that page's first control, and how many bytes its first visit
// may cost. One place for both the byte budgets (`make test`, tests/e2e/budgets.spec.js) and the
// timings (`make bench`, tests/e2e/bench.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunksByScreen } from '../../scripts/split-wasm.mjs';
import { ANA } from './links.js';

/**
 * Budgets per entry route, in gzip bytes of HTML, JavaScript, WebAssembly and CSS together:
 *
 * - `firstControlGzip`: what the visitor downloads before the first control shows. Home, the
 *   assessment and the quiz have their first screen prerendered into the HTML at build time
 *   (scripts/prerender.mjs), with the CSS inlined, so only the HTML counts: at most 100 KB. A result
 *   link's control depends on the result in the link, which only the app can read, so it has none.
 * - `appGzip`: what the visitor downloads until the app itself runs that control: the goal where it is
 *   met (home), elsewhere a ratchet just above today's figure, so that no change makes a first visit
 *   heavier unnoticed: raise it only for a feature that has to be on the first visit's path, and add
 *   the reason to the budget history in docs/code-splitting.md.
 * - `goalGzip`: where the ratchet is headed (docs/code-splitting.md, "Goals"): a result link's first
 *   control within 100 KB, the app on home, the assessment and the quiz within 150 KB. `make bench`
 *   reports each route against it.
 */
const KB = 1024;
const FIRST_CONTROL_GOAL = 100 * KB;
const APP_GOAL = 150 * KB;
/** The entry routes, each with the control a visitor would use first and its screen's split function. */
export const ENTRY_ROUTES = [
  {
    name: 'home',
    fragment: '#/',
    screen: 'home_screen',
    control: { role: 'link', name: 'Start the assessment' },
    firstControlGzip: FIRST_CONTROL_GOAL,
    appGzip: APP_GOAL,
    goalGzip: APP_GOAL,
  },
  {
    name: 'assessment',
    fragment: '#/assessment',
    screen: 'assessment_screen',
    control: { role: 'radio', name: 'Leadership' },
    firstControlGzip: FIRST_CONTROL_GOAL,
    appGzip: 200 * KB,
    goalGzip: APP_GOAL,
  },
  {
    name: 'result link',
    fragment: `#/r/${ANA}`,
    screen: 'shared_result_screen',
    control: { role: 'link', name: 'Take it yourself' },
    firstControlGzip: null,
    appGzip: 284 * KB,
    goalGzip: FIRST_CONTROL_GOAL,
  },
  {
    name: 'quiz',
    fragment: '#/quiz',
    screen: 'quiz_screen',
    control: { role: 'button', name: 'Start the quiz' },
    firstControlGzip: FIRST_CONTROL_GOAL,
    appGzip: 230 * KB,
    goalGzip: APP_GOAL,
  },
];

/** Resolves once the app runs: it has replaced the prerendered screen (or the start-up message). */
export async function appStarted(page) {
  await page.waitForFunction(() => !document.querySelector('#boot, [data-boot]') && document.querySelector('main'));
}

/**
 * What each split function of the build in dist/ fetches, its own module first
 * (`{ home_screen: ['home_screen-….wasm', 'chunk-….wasm', …], … }`), read from wasm-split's loader as
 * the build reads it.
 */
export function splitFiles(dist = process.env.DIST || 'dist') {
  const loader = readdirSync(dist).find((name) => /^wasm-split-[0-9a-f]+\.js$/.test(name));
  if (!loader) throw new Error(`no wasm-split loader in ${dist}: is it a release build?`);
  return chunksByScreen(readFileSync(join(dist, loader), 'utf8'));
}

/** The split points each entry screen fetches once it runs, beside the data file's. */
const FETCHED_AFTER = { home_screen: ['home_status'], assessment_screen: ['assessment_saving'], quiz_screen: ['quiz_saving'] };

/**
 * The files fetched after a screen runs, never before its first control, less those the screen shares
 * (`screen` is its split function, if it has one): the code that writes the data file (src/ui/stored.rs),
 * fetched once stored data is open, and the code that reads and writes what the screen stores: the
 * home page's stored lines (src/ui/home/status.rs), the assessment's and the quiz's storage code
 * (src/ui/assessment/saving.rs, src/ui/quiz/saving.rs).
 */
export function backgroundFiles(screen, dist) {
  const split = splitFiles(dist);
  const own = screen ? split[screen] : [];
  const after = ['data_file', ...(FETCHED_AFTER[screen] ?? [])];
  return [...new Set(after.flatMap((point) => split[point]))].filter((file) => !own.includes(file));
}
