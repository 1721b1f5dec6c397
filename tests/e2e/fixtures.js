// Shared test setup: every test fails on an uncaught page error or a console error (a panic in
// WebAssembly shows up as both, and so does anything the Content-Security-Policy blocks), and on any
// request that leaves the site's own origin.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import { ASKED, CONTENT_VERSION } from './content.js';

export const test = base.extend({
  // Problems a test provokes on purpose (a chunk that cannot be fetched), as one pattern; nothing
  // else may go wrong.
  expectedProblems: [null, { option: true }],
  page: async ({ page, baseURL, expectedProblems }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    // Anything the Content-Security-Policy blocks is a bug: report it as a console error.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`Content-Security-Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`),
      );
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        problems.push(`request left the origin: ${url}`);
      }
    });
    await use(page);
    const unexpected = problems.filter((problem) => !expectedProblems?.test(problem));
    expect(unexpected, 'no page errors, console errors or outside requests').toEqual([]);
  },
});

export { expect };

/** Opens a route (`#/quiz`) and waits until the app runs (a first visit's prerendered screen has been
 * taken over) and has rendered its heading. */
export async function open(page, fragment = '#/') {
  await page.goto(`./${fragment}`);
  await expect(page.locator('#boot, [data-boot]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Runs axe-core on the page and expects zero violations, naming any that appear. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Makes `window.localStorage` throw, as browsers do when site data is blocked. */
export async function blockStorage(page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The user denied access to storage.', 'SecurityError');
      },
    });
  });
}

/** The raw text local storage holds under `key` (null when nothing is stored). */
export function stored(page, key) {
  return page.evaluate((name) => localStorage.getItem(name), key);
}

/** Holds back every request for `url` (what `page.route` takes) until the returned function is called. */
export async function holdBack(page, url) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Plants raw text in local storage before the app starts. */
export async function plantStorage(page, entries) {
  await page.addInitScript((planted) => {
    if (sessionStorage.getItem('planted')) return;
    sessionStorage.setItem('planted', '1');
    for (const [key, value] of Object.entries(planted)) localStorage.setItem(key, value);
  }, entries);
}

/** Plants one finished assessment in the history, with the answer code (1–6) `codeOf` picks for each
 * statement asked today. */
export async function plantFinishedAssessment(page, codeOf) {
  const answers = Object.fromEntries(ASKED.map((statement) => [statement.id, codeOf(statement)]));
  const entry = { id: 1, day: 20780, content_version: CONTENT_VERSION, answers };
  await plantStorage(page, {
    'culture-check/assessment-history': JSON.stringify({ schema: 1, data: { entries: [entry] } }),
  });
}

/** Clicks `button` and returns the file it downloads: its suggested name, text and parsed JSON. */
export async function download(page, button) {
  const started = page.waitForEvent('download');
  await button.click();
  const file = await started;
  const text = await readFile(await file.path(), 'utf8');
  return { name: file.suggestedFilename(), text, json: JSON.parse(text) };
}

/** Opens the assessment and skips its optional first question (the part of the company), as a
 * person who would rather not say does, arriving at the first statement. */
export async function startAssessment(page) {
  await open(page, '#/assessment');
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByText(/^Statement 1 of \d+/)).toBeVisible();
}

/**
 * Counts, in `window.framesRead`, the messages the page hands to its workers: with no barcode
 * detector (Chromium on Linux), each is a camera frame sent to the QR reader. One frame is read at a
 * time, so a count two past some moment means a frame sent after it has been read.
 */
export async function countFramesRead(page) {
  await page.addInitScript(() => {
    window.framesRead = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (...args) {
      window.framesRead += 1;
      return post.apply(this, args);
    };
  });
}
