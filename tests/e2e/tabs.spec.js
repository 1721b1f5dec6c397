// Two tabs of the site agree: what one saves shows in the other at once, so the other's next answer
// builds on it instead of writing over it.
import { ASKED_STATEMENTS as TOTAL } from './content.js';
import { expect, open, test } from './fixtures.js';
import { ANA } from './links.js';

const PROGRESS = 'culture-check/assessment-progress';

test('answers given in one tab show in another, and the other tab adds to them rather than replace them', async ({ page, context }) => {
  const first = page;
  const second = await context.newPage();
  await open(second, '#/assessment');
  await expect(second.getByText(`Statement 1 of ${TOTAL}`)).toBeVisible();

  await open(first, '#/assessment');
  for (let n = 1; n <= 10; n++) {
    await expect(first.getByText(`Statement ${n} of ${TOTAL}`)).toBeVisible();
    await first.keyboard.press('4');
  }
  await expect(first.getByText(`Statement 11 of ${TOTAL}`)).toBeVisible();

  // The tab opened earlier now shows those ten answers, and its next answer is the eleventh.
  await expect(second.getByText('10 answered')).toBeVisible();
  await second.bringToFront();
  await second.keyboard.press('2');
  await expect(second.getByText('11 answered')).toBeVisible();
  const stored = JSON.parse(await second.evaluate((key) => localStorage.getItem(key), PROGRESS));
  expect(Object.keys(stored.data.answers)).toHaveLength(11);
  await expect(first.getByText('11 answered')).toBeVisible();
});

test('a team saved in one tab appears at once in the saved teams of another', async ({ page, context }) => {
  const second = await context.newPage();
  await open(second, '#/team');
  await open(page, '#/team');
  await page.getByRole('textbox', { name: 'Result links, one per line' }).fill(`${new URL(page.url()).origin}/#/r/${ANA}`);
  await page.getByRole('button', { name: 'Add to team' }).click();
  await page.getByRole('textbox', { name: 'Team name' }).fill('Leadership');
  await page.getByRole('button', { name: 'Save this team' }).click();
  await expect(page.getByRole('heading', { name: 'Saved teams' })).toBeVisible();

  await expect(second.getByRole('heading', { name: 'Saved teams' })).toBeVisible();
  await expect(second.getByText('Leadership').first()).toBeVisible();
});
