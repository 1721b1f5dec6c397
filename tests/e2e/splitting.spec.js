// Screens outside the first visit's path arrive when first opened (docs/code-splitting.md): the home
// page fetches none of their code, opening one shows it after a short loading state, and a chunk that
// cannot be fetched ends in a plain-words message rather than a page that no longer answers.
import { expect, open, test } from './fixtures.js';

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
  test.use({ expectedProblems: /ERR_INTERNET_DISCONNECTED|Failed to fetch|^page error: unreachable$/ });

  test('a later screen whose code cannot be fetched says so in plain words', async ({ page }) => {
    await page.route(LATER_SCREENS, (route) => route.abort('internetdisconnected'));
    await open(page, '#/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
    await expect(page.getByRole('alert')).toHaveText(/could not be loaded.*Reload the page to carry on/);
  });
});
