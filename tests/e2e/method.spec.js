// How the assessment works (#/method): reached from home and from "How the score works", by mouse
// and by keyboard; its headings in the order docs/method.md (written from the same core data) gives
// them; every statement asked today listed with its keying; no accessibility violations on a 360 px
// screen in light and dark mode.
import { readFileSync } from 'node:fs';
import { ASKED, PILLARS, codeFor } from './content.js';
import { expect, expectNoAxeViolations, open, plantFinishedAssessment, test } from './fixtures.js';

const TITLE = 'How the assessment works';
const doc = readFileSync(new URL('../../docs/method.md', import.meta.url), 'utf8');
/** The page's section headings, as the committed docs/method.md gives them. */
const SECTIONS = doc
  .split('\n')
  .filter((line) => line.startsWith('## '))
  .map((line) => line.slice(3));

async function expectMethodShown(page) {
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page).toHaveURL(/#\/method$/);
}

test('the method opens from the home page', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: TITLE }).click();
  await expectMethodShown(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the method opens from how the score works', async ({ page }) => {
  await plantFinishedAssessment(page, (statement) => codeFor(statement, 75));
  await open(page, '#/assessment/results');
  await page.getByText('How the score works').click();
  await page.getByRole('link', { name: TITLE }).click();
  await expectMethodShown(page);
});

test('the method is reached from the home page by keyboard alone', async ({ page }) => {
  await open(page);
  const link = page.getByRole('link', { name: TITLE });
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    if (await link.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expectMethodShown(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the sections come in the order docs/method.md gives, each pillar under its name', async ({ page }) => {
  await open(page, '#/method');
  expect(SECTIONS.length).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(SECTIONS);
  const pillars = page.getByRole('region', { name: 'The pillars and their statements' });
  await expect(pillars.getByRole('heading', { level: 3 })).toHaveText(PILLARS.map((pillar) => pillar.name));
});

test('every statement asked today is listed with its keying', async ({ page }) => {
  await open(page, '#/method');
  const pillars = page.getByRole('region', { name: 'The pillars and their statements' });
  const listed = pillars.getByRole('listitem');
  await expect(listed).toHaveCount(ASKED.length);
  for (const statement of ASKED) {
    const item = listed.filter({ hasText: statement.text });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(statement.reverse ? /scored in reverse/ : /Agreeing is the healthy answer/);
  }
});

test.describe('on a 360 px screen', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  for (const colorScheme of ['light', 'dark']) {
    test(`the method has no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await open(page, '#/method');
      await expect(page.getByRole('heading', { level: 2, name: 'Glossary' })).toBeVisible();
      // Nothing pushes the page sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectNoAxeViolations(page);
    });
  }
});
