// Screens outside the first visit's path arrive when first opened (docs/code-splitting.md): the home
// page fetches none of their code, opening one shows it after a short loading state, and a chunk that
// cannot be fetched ends in a plain-words message rather than a page that no longer answers.
import { expect, open, test } from './fixtures.js';
import { backgroundFiles, splitFiles } from './entry-routes.js';
import { ANA } from './links.js';

// The service worker would fetch every file in the background; these tests watch the page's own.
test.use({ serviceWorkers: 'block' });

const LATER_SCREENS = /\/(team|history|results|shared_result|your_data)_screen-[0-9a-f]+\.wasm$/;

test('the home page fetches no later screen, and the team view fetches its own when opened', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await open(page, '#/');
  await expect(page.getByRole('link', { name: 'Start the assessment' })).toBeVisible();
  expect(fetched.filter((path) => LATER_SCREENS.test(path))).toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(fetched.filter((path) => LATER_SCREENS.test(path))).toEqual([expect.stringMatching(/\/team_screen-/)]);
});

test.describe('with the connection lost', () => {
  test.use({ expectedProblems: /ERR_INTERNET_DISCONNECTED|Failed to fetch/ });

  test('a later screen whose code cannot be fetched is tried again, then said in plain words with a button that tries once more', async ({
    page,
  }) => {
    const tries = [];
    await page.route(LATER_SCREENS, (route) => {
      tries.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await open(page, '#/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
    await expect(page.getByRole('alert')).toHaveText(/could not be loaded.*What you entered is saved in this browser/);
    // The first fetch and two more, a second apart, before the visitor is asked.
    expect(tries.length).toBe(3);
    await page.unroute(LATER_SCREENS);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The app still answers: another screen opens.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
  });
});

// Opened straight from a link, a screen's chunks are fetched beside the main module, not after it:
// the start-up script preloads what the build's map lists for the route, and each file comes once.
// Only the code that writes the data file comes later, in the background, once stored data is open.
for (const [name, fragment, screen, heading] of [
  ['a result link', `#/r/${ANA}`, 'shared_result_screen', 'Mixed or undecided'],
  ['the team view', '#/team', 'team_screen', /\S/],
  ['the history', '#/history', 'history_screen', 'Your history'],
]) {
  test(`${name} preloads exactly its screen's chunks, and fetches each once`, async ({ page }) => {
    const wasm = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname.split('/').pop());
    });
    await open(page, fragment);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel=preload][as=fetch]')].map((link) => new URL(link.href).pathname.split('/').pop()),
    );
    expect(preloaded.sort()).toEqual([...splitFiles()[screen]].sort());
    const later = backgroundFiles(screen);
    const chunks = wasm.filter((file) => !file.startsWith('culture-check-') && !later.includes(file));
    expect(chunks.sort()).toEqual([...preloaded].sort());
    expect(new Set(wasm).size).toBe(wasm.length);
  });
}

test('the home page preloads no chunk', async ({ page }) => {
  await open(page, '#/');
  const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload][as=fetch]')].map((link) => link.href));
  expect(preloaded.filter((href) => !/culture-check-[0-9a-f]+_bg\.wasm$/.test(href))).toEqual([]);
});

test('the code that writes the data file arrives after the first screen, and downloading works with it', async ({ page }) => {
  await open(page, '#/');
  const own = splitFiles().data_file[0];
  const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload]')].map((link) => link.href));
  expect(preloaded.some((href) => href.endsWith(own))).toBe(false);
  await page.getByRole('link', { name: 'Start the assessment' }).click();
  await page.getByRole('radio', { name: 'Leadership' }).check();
  await page.goto('./#/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download your data' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
});
