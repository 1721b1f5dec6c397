// Nothing a person enters is lost when storage fails: with local storage full, blocked or refusing a
// write, a finished assessment is shown from memory, its answers are removed only once the history
// is safely stored, and every failed write is told in plain words.
import { ASKED, ASKED_STATEMENTS as TOTAL, CONTENT_VERSION, codeFor } from './content.js';
import { blockStorage, download, expect, open, plantStorage, test } from './fixtures.js';

const PROGRESS = 'culture-check/assessment-progress';

/** Every statement answered "Neither agree nor disagree": a finished assessment waiting on the overview. */
const finishedProgress = JSON.stringify({
  schema: 1,
  data: {
    content_version: CONTENT_VERSION,
    current: TOTAL,
    answers: Object.fromEntries(ASKED.map((statement) => [statement.id, codeFor(statement, 50)])),
  },
});

/** Fills the rest of local storage, once, before the app starts, as a full quota would. */
async function fillStorage(page) {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('filled')) return;
    sessionStorage.setItem('filled', '1');
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 2) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`filler-${n++}`, chunk);
      } catch {
        // This size no longer fits: go on with a smaller one, down to a single character.
      }
    }
  });
}

test('with storage full, finishing shows the result and keeps the answers until the history fits', async ({ page }) => {
  await plantStorage(page, { [PROGRESS]: finishedProgress });
  await fillStorage(page);
  await open(page, '#/assessment');
  await expect(page.getByRole('heading', { level: 1, name: 'All statements answered' })).toBeVisible();
  await page.getByRole('button', { name: 'See my results' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Mixed or undecided' })).toBeVisible();
  const notice = page.getByRole('status').locator('.notice', { hasText: 'could not store it in your history' });
  await expect(notice).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS)).toBe(finishedProgress);

  // The notice offers the data download, which holds the result storage would not take.
  const file = await download(page, notice.getByRole('button', { name: 'Download your data' }));
  expect(file.json.assessment_history.data.entries).toHaveLength(1);

  // After a reload the answers are still there, waiting to be filed.
  await page.goto('./#/assessment');
  await expect(page.getByRole('heading', { level: 1, name: 'All statements answered' })).toBeVisible();
});

test('with storage blocked, the finished result is shown rather than "No results yet"', async ({ page }) => {
  await blockStorage(page);
  await open(page, '#/assessment');
  for (let n = 1; n <= TOTAL; n++) {
    await expect(page.getByText(`Statement ${n} of ${TOTAL}`)).toBeVisible();
    await page.keyboard.press('3');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Mixed or undecided' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'No results yet' })).toHaveCount(0);
  // The history page of this visit has it too.
  await page.getByRole('link', { name: 'See your history' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
});

test('a write the browser refuses for another reason is told, and the answer stays on the page', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Writing is not allowed here.', 'InvalidAccessError');
    };
  });
  await open(page, '#/assessment');
  await page.keyboard.press('4');
  await expect(page.getByText(`Statement 2 of ${TOTAL}`)).toBeVisible();
  await expect(page.getByRole('status')).toContainText('This browser refused to save your latest progress');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
});
