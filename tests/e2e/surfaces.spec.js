// Calm, consistent surfaces: notices in distinct tones (a confirmation before a loss stands out, good
// news looks like good news, information stays quiet), a phone header of one height on every page, a
// tapped answer seen as saved before the next statement, and file inputs that look like buttons and
// take several pictures at once.
import { ASKED_STATEMENTS as TOTAL } from './content.js';
import {
  download,
  expect,
  expectNoAxeViolations,
  open,
  plantFinishedAssessment,
  startAssessment,
  test,
} from './fixtures.js';
import { ANA, OFFSITE_TEAM } from './links.js';

const PHONE = { width: 390, height: 844 };

/** Every kind of page a visitor can land on, with a finished assessment in the history. */
const ROUTES = [
  '#/',
  '#/assessment',
  '#/assessment/results',
  '#/history',
  '#/history/1',
  '#/quiz',
  '#/team',
  `#/team/${OFFSITE_TEAM}`,
  '#/method',
  '#/your-data',
  `#/r/${ANA}`,
  '#/no-such-page',
];

/** What tells a callout's tone apart: its background, its edge and the mark before its text. */
function toneOf(callout) {
  return callout.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      background: style.backgroundColor,
      edge: style.borderLeftColor,
      mark: getComputedStyle(element, '::before').content,
    };
  });
}

/** Opens the data page with a finished assessment held, and the file "Download your data" saves. */
async function openYourData(page) {
  await plantFinishedAssessment(page, () => 4);
  await open(page, '#/your-data');
  return download(page, page.getByRole('button', { name: 'Download your data' }));
}

test.describe('notices', () => {
  test('a neutral preview, good news and a confirmation before a loss each look their own', async ({ page }) => {
    const file = await openYourData(page);

    await page.getByLabel('Choose a data file').setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text),
    });
    const preview = page.getByRole('group', { name: 'Nothing new in this file' });
    const neutral = await toneOf(preview);
    await preview.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Forget everything…' }).click();
    const confirm = page.getByRole('group', { name: 'Forget everything?' });
    const danger = await toneOf(confirm);
    const goAhead = confirm.getByRole('button', { name: 'Forget everything', exact: true });
    const keep = confirm.getByRole('button', { name: 'Keep my data' });
    // The button that loses the data is filled; the one that keeps it is not.
    const fill = (button) => button.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await fill(goAhead)).toBe(danger.edge);
    expect(await fill(keep)).not.toBe(danger.edge);

    await goAhead.click();
    const good = await toneOf(page.getByRole('status').filter({ hasText: 'Done: everything' }));

    for (const [one, other] of [
      [neutral, good],
      [neutral, danger],
      [good, danger],
    ]) {
      expect(one.background).not.toBe(other.background);
      expect(one.edge).not.toBe(other.edge);
      // Colour is never the only signal: each tone has its own mark.
      expect(one.mark).not.toBe(other.mark);
    }
  });

  test('a confirmation in a line is drawn in the danger tone, its go-ahead filled', async ({ page }) => {
    await startAssessment(page);
    await page.getByRole('button', { name: 'Start over', exact: true }).click();
    const confirm = page.locator('.confirm');
    await expect(confirm).toBeVisible();
    const danger = await toneOf(confirm);
    const goAhead = confirm.locator('.button--danger');
    await expect(goAhead).toBeFocused();
    expect(await goAhead.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(danger.edge);
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`the three tones pass axe at 360 px in ${colorScheme} mode`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.emulateMedia({ colorScheme });
      const file = await openYourData(page);
      await page.getByLabel('Choose a data file').setInputFiles({
        name: file.name,
        mimeType: 'application/json',
        buffer: Buffer.from(file.text),
      });
      await expect(page.getByRole('group', { name: 'Nothing new in this file' })).toBeVisible();
      await page.getByRole('button', { name: 'Forget everything…' }).click();
      await expect(page.getByRole('group', { name: 'Forget everything?' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Forget everything', exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Done: everything' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('the phone header', () => {
  for (const width of [360, 390]) {
    test(`keeps one height on every page at ${width} px, under an eighth of the screen`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: PHONE.height });
      await plantFinishedAssessment(page, () => 4);
      const heights = {};
      for (const route of ROUTES) {
        await open(page, route);
        heights[route] = await page.getByRole('banner').evaluate((header) => header.getBoundingClientRect().height);
      }
      const first = heights[ROUTES[0]];
      expect(first).toBeLessThan(PHONE.height / 8);
      for (const route of ROUTES) expect(heights[route], route).toBe(first);
    });
  }

  test('shows every section in one row of links, the current one marked by more than colour', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: PHONE.height });
    await open(page, '#/assessment');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const tops = await nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().top));
    expect(tops).toHaveLength(4);
    expect(new Set(tops).size).toBe(1);
    const current = nav.getByRole('link', { name: 'Assessment' });
    await expect(current).toHaveAttribute('aria-current', 'page');
    expect(await current.evaluate((link) => getComputedStyle(link).textDecorationLine)).toBe('underline');
    await expectNoAxeViolations(page);
  });
});

/** Records, from now on, every answer row that shows as saved and the statement shown beside it. */
function watchSavedRows(page) {
  return page.evaluate(() => {
    window.savedRows = [];
    new MutationObserver(() => {
      for (const row of document.querySelectorAll('.choice--saved')) {
        const statement = document.querySelector('.assessment__progress p')?.textContent ?? '';
        window.savedRows.push({ row: row.textContent, statement });
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

test.describe('a tapped answer', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('shows as saved on its own statement before the next one, which opens at its top', async ({ page }) => {
    await startAssessment(page);
    await watchSavedRows(page);
    await page.getByText('Agree', { exact: true }).tap();
    await expect(page.getByText(`Statement 2 of ${TOTAL}`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    const seen = await page.evaluate(() => window.savedRows);
    expect(seen.length).toBeGreaterThan(0);
    for (const { row, statement } of seen) {
      expect(row).toMatch(/^Agree\s*✓ Saved/);
      expect(statement).toMatch(`Statement 1 of ${TOTAL}`);
    }
    // The next statement starts plain, with no answer shown as saved.
    await expect(page.locator('.choice--saved')).toHaveCount(0);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  });

  test('still shows as saved, without its animation, when motion is reduced', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await startAssessment(page);
    await page.evaluate(() => {
      window.savedAnimation = null;
      new MutationObserver(() => {
        const tick = document.querySelector('.choice--saved .choice__saved');
        if (tick) window.savedAnimation = parseFloat(getComputedStyle(tick).animationDuration);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByText('Disagree', { exact: true }).tap();
    await expect(page.getByText(`Statement 2 of ${TOTAL}`)).toBeVisible();
    const duration = await page.evaluate(() => window.savedAnimation);
    expect(duration).not.toBeNull();
    expect(duration).toBeLessThan(0.01);
  });

  test('a number key moves on at once, answering each statement in turn', async ({ page }) => {
    await startAssessment(page);
    await watchSavedRows(page);
    for (let n = 1; n <= 3; n++) await page.keyboard.press('4');
    await expect(page.getByText(`Statement 4 of ${TOTAL}`)).toBeVisible();
    await expect(page.getByText('3 answered')).toBeVisible();
    expect(await page.evaluate(() => window.savedRows)).toEqual([]);
  });
});

test.describe('file inputs', () => {
  test.use({ serviceWorkers: 'block' });

  /** A real QR code of a finished assessment's result link, answering every statement with `code`. */
  async function qrOfResult(context, code) {
    const other = await context.newPage();
    await plantFinishedAssessment(other, () => code);
    await open(other, '#/assessment/results');
    await other.getByRole('button', { name: 'Share this result' }).click();
    const picture = await other.getByRole('img', { name: 'QR code of the share link' }).screenshot();
    await other.close();
    return picture;
  }

  test('two pictures of QR codes chosen at once add both people, each picture reported', async ({ page, context }) => {
    const agreeing = await qrOfResult(context, 4);
    const disagreeing = await qrOfResult(context, 2);
    await open(page, '#/team');
    const picker = page.getByLabel('Or add from a picture of QR codes');
    await picker.setInputFiles([
      { name: 'ana.png', mimeType: 'image/png', buffer: agreeing },
      { name: 'ben.png', mimeType: 'image/png', buffer: disagreeing },
    ]);
    await expect(page.getByRole('status').filter({ hasText: '2 results were added.' })).toBeVisible();
    // Each picture's line stands beside the input that chose it.
    const pictures = page.locator('.file-pick').getByRole('status');
    await expect(pictures.getByText('“ana.png”: 1 QR code read.')).toBeVisible();
    await expect(pictures.getByText('“ben.png”: 1 QR code read.')).toBeVisible();
    await expect(page.getByRole('heading', { name: '2 people' })).toBeVisible();
  });

  test('a picture without a code is named in the report beside one that added someone', async ({ page, context }) => {
    const agreeing = await qrOfResult(context, 4);
    await open(page, '#/team');
    const blank = await page.getByRole('heading', { level: 1 }).screenshot();
    await page.getByLabel('Or add from a picture of QR codes').setInputFiles([
      { name: 'ana.png', mimeType: 'image/png', buffer: agreeing },
      { name: 'blank.png', mimeType: 'image/png', buffer: blank },
    ]);
    await expect(page.getByRole('status').filter({ hasText: '1 result was added.' })).toBeVisible();
    const pictures = page.locator('.file-pick').getByRole('status');
    await expect(pictures.getByText(/^“blank.png”: No QR code could be read in this picture\./)).toBeVisible();
    await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
  });

  test('both pickers show as buttons, reached with the keyboard', async ({ page }) => {
    for (const [route, name] of [
      ['#/team', 'Or add from a picture of QR codes'],
      ['#/your-data', 'Choose a data file'],
    ]) {
      await open(page, route);
      const input = page.getByLabel(name);
      await expect(input).toHaveAttribute('type', 'file');
      const label = page.locator(`label[for="${await input.getAttribute('id')}"]`);
      await expect(label).toHaveClass(/\bbutton\b/);
      expect(await label.evaluate((element) => getComputedStyle(element).cursor)).toBe('pointer');
      // The input itself stays in the tab order, so a keyboard opens it as a pointer does.
      expect(await input.evaluate((element) => element.tabIndex)).toBe(0);
    }
    await expect(page.getByLabel('Choose a data file')).not.toHaveAttribute('multiple', '');
    await open(page, '#/team');
    await expect(page.getByLabel('Or add from a picture of QR codes')).toHaveAttribute('multiple', '');
  });
});
