// Where people arrive, what counts as that page's first control, and how many bytes its first visit
// may cost. One place for both the byte budgets (`make test`, tests/e2e/budgets.spec.js) and the
// timings (`make bench`, tests/e2e/bench.mjs).
import { ANA } from './links.js';

/**
 * Two budgets per entry route, in gzip bytes of HTML, JavaScript, WebAssembly and CSS together:
 *
 * - `firstControlGzip`: what the visitor downloads before the first control shows. Home, the
 *   assessment and the quiz have their first screen prerendered into the HTML at build time
 *   (scripts/prerender.mjs), with the CSS inlined, so only the HTML counts: the goal is at most 100 KB. A result
 *   link's control depends on the result in the link, which only the app can read, so it has none.
 * - `appGzip`: what the visitor downloads until the app itself runs that control: a ratchet set just
 *   above today's figure, so that no change makes a first visit heavier unnoticed. Raise it only for
 *   a feature that has to be in the main module, and say so in the commit: +2.0 KB for the
 *   prerendered screens in index.html (the first control from ~244 KB to ~12 KB,
 *   docs/first-visit.md); +2.4 KB for finishing on the last answer, changing a filed result and Back
 *   returning to where a screen was left; +1.1 KB for the team being built, which storage, the
 *   tabs' merge and the data file (on every screen's notices) must read and write; +2.0 KB for
 *   reading QR codes from a picture in the team view (wasm-bindgen's glue for canvas and image
 *   decoding lives in the main JS, and the split loader gains the reader's chunk, which itself is
 *   83.5 KB and fetched only when a picture is read); +1.3 KB for team-session invites (the
 *   route, the session named above the assessment, the share panel's options; the invite page
 *   itself is a chunk); +0.9 KB for scanning with the camera (wasm-bindgen's glue for media
 *   streams and video in the main JS, the scanner's style in index.html); +2.4 KB for a
 *   discussion prompt per statement (content text stays in the main module's data: wasm-split
 *   moves code into chunks, not data). A result link's own figure rose 3.5 KB more when the team
 *   view gained its exports and anonymous links: the chunks it shares with the team view grew
 *   (not yet traced to the function). Then down 2.0 KB when release builds began minifying the
 *   stylesheets inlined into index.html (scripts/minify-styles.mjs), after the team view's
 *   person-by-pillar grid and answer bars took 0.6 KB (their style in index.html, and 0.3 KB of
 *   main-module code). Then +1.3 KB for one way to do two jobs: one Confirm for the four
 *   confirmations (the restart's is in the main module; keeping things now puts the focus back on
 *   the control that asked) and the one text field taking pasted links as well as names. A result
 *   link's figure then ended 15 bytes over its own ratchet, raised 1 KB, when the wording of a change
 *   ("Up 6") moved into the core for the team comparison to share. Then +0.3 KB (raised 1 KB) for the
 *   quiz's third edition: a fourth option on every question and explanations that also teach
 *   retrospectives, open analytics and hiring (content data, so in the main module). Then +3.5 KB (a
 *   result link +2.6 KB) for the statements' third edition: 32 new statements with their discussion
 *   prompts, reference periods and the parts of the company that cannot see them, beside the 32 they
 *   replace, which stay because old links still hold answers to them. Then +11 KB (a result link
 *   +4 KB) for the assessment's optional first question, the part of the company: its screen is the
 *   assessment's first, so in the main module, and the role travels in progress, history and links
 *   (format version 2). Then +0.5 KB (raised 1 KB) for the method page (#/method, a chunk of its
 *   own): its route, its loader function and the link on the prerendered home page; a result link
 *   +2.2 KB, as code the method shares with the results moved into shared chunks. With the new stage
 *   reading (bounds over unmeasured pillars, answer counts, near-line notes, obstacles) and the advice
 *   plan together, a result link measured 366,163 bytes, so its ratchet is 358 KB. Then +3.2 KB (275,427
 *   bytes; a result link 369,217) for calm surfaces: the four callout tones, the phone header and the
 *   file pickers in the inlined stylesheet (+0.5 KB), and 2.7 KB of main-module code, for the most
 *   part the tapped answer's saved sign and its timer (the statement screen is the assessment's; not
 *   traced to the function). Then +2.9 KB for a quiz that fits a phone, whose screens are in the
 *   main module: "Start over" confirming through Confirm, the pick marked as one's own, the
 *   explanation folded, and the score across the quiz kept in the record and shown after a retry; a
 *   result link +4.4 KB, its chunks also carrying the learn-more cards and the rule that keeps them
 *   from giving an answer away (278,322 bytes; a result link 376,421). Then the result at a glance (the ladder, the strip's marks, the folded advice and the share
 *   panel on demand), with all of this session's merges: 279,753 bytes (ratchet 274 KB) and a result
 *   link 389,289 (ratchet 381 KB). Screens
 *   outside the first visit's path load on demand
 *   (docs/code-splitting.md), so home, the assessment and the quiz share one main module; a result
 *   link also fetches its screen's chunks.
 */
const KB = 1024;
const FIRST_CONTROL_GOAL = 100 * KB;
/** The entry routes, each with the control a visitor would use first. */
export const ENTRY_ROUTES = [
  {
    name: 'home',
    fragment: '#/',
    control: { role: 'link', name: 'Start the assessment' },
    firstControlGzip: FIRST_CONTROL_GOAL,
    appGzip: 275 * KB,
  },
  {
    name: 'assessment',
    fragment: '#/assessment',
    control: { role: 'radio', name: 'Leadership' },
    firstControlGzip: FIRST_CONTROL_GOAL,
    appGzip: 275 * KB,
  },
  {
    name: 'result link',
    fragment: `#/r/${ANA}`,
    control: { role: 'link', name: 'Take it yourself' },
    firstControlGzip: null,
    appGzip: 383 * KB,
  },
  {
    name: 'quiz',
    fragment: '#/quiz',
    control: { role: 'button', name: 'Start the quiz' },
    firstControlGzip: FIRST_CONTROL_GOAL,
    appGzip: 275 * KB,
  },
];

/** Resolves once the app runs: it has replaced the prerendered screen (or the start-up message). */
export async function appStarted(page) {
  await page.waitForFunction(() => !document.querySelector('#boot, [data-boot]') && document.querySelector('main'));
}
