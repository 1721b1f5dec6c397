// The assessment as a person takes it: by keyboard and by mouse, reloading mid-way, changing an
// earlier answer, finishing, reading the results, retaking, and managing the history.
import { ASKED_STATEMENTS as TOTAL, CONTENT_VERSION } from './content.js';
import { expect, expectNoAxeViolations, open, plantStorage, startAssessment, stored, test } from './fixtures.js';

/** Answers every remaining statement by pressing `key` (but the last, with `last: false`), checking
 * the counter moves each time. */
async function answerByKey(page, key, from = 1, { last = true } = {}) {
  for (let n = from; n <= (last ? TOTAL : TOTAL - 1); n++) {
    await expect(page.getByText(`Statement ${n} of ${TOTAL}`)).toBeVisible();
    await page.keyboard.press(key);
  }
}

test('taking the whole assessment by keyboard gives a stage, a chart, a table and recommendations', async ({ page }) => {
  await startAssessment(page);
  await expect(page).toHaveTitle('Assessment · Culture Check');
  await expect(page.getByRole('radio', { name: 'Strongly agree' })).toBeVisible();
  // "Neither agree nor disagree" everywhere: every pillar scores 50, so the stage is certain.
  await answerByKey(page, '3');
  // The last answer leads straight to the results.
  await expect(page).toHaveURL(/#\/assessment\/results$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mixed or undecided' })).toBeFocused();
  await expect(page.getByText('out of 100 overall')).toContainText('50');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(8);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(1 + 7);
  await expect(rows.nth(1).getByRole('cell')).toHaveText(['50']);
  // Each recommendation is a card headed by its title; the first three lead, the rest fold away.
  const actions = page.getByRole('region', { name: 'What to do next' });
  await expect(actions.getByRole('heading', { level: 3 })).toHaveCount(3);
  await expect(actions.getByText(/^\d+ more ideas?$/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Blind spots' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Culture Check' }).click();
  await expect(page.getByText(/Latest result \(.+\): Mixed or undecided/)).toBeVisible();
});

test('answers survive a reload, and an earlier answer can be changed by mouse', async ({ page }) => {
  await startAssessment(page);
  for (let n = 1; n <= 6; n++) {
    await expect(page.getByText(`Statement ${n} of ${TOTAL}`)).toBeVisible();
    await page.getByText('Agree', { exact: true }).click();
  }
  await expect(page.getByText(`Statement 7 of ${TOTAL}`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Statement 7 of ${TOTAL}`)).toBeVisible();
  await expect(page.getByText('6 answered')).toBeVisible();
  await page.getByRole('link', { name: 'Culture Check' }).click();
  await expect(page.getByText(`In progress: 6 of ${TOTAL} statements answered.`)).toBeVisible();
  // With answers to go on from, the way in says so.
  await expect(page.getByRole('link', { name: 'Continue the assessment' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the assessment' })).toHaveCount(0);
  await page.goBack();
  await expect(page.getByText(`Statement 7 of ${TOTAL}`)).toBeVisible();

  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByText(`Statement 6 of ${TOTAL}`)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
  await page.getByText("Don't know", { exact: true }).click();
  await expect(page.getByText(`Statement 7 of ${TOTAL}`)).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: "Don't know" })).toBeChecked();
});

test('finishing early lists the unanswered statements first and still gives results', async ({ page }) => {
  await startAssessment(page);
  for (let n = 1; n <= 3; n++) await page.keyboard.press('5');
  await expect(page.getByText(`Statement 4 of ${TOTAL}`)).toBeVisible();
  await page.getByRole('button', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: `${TOTAL - 3} statements are still unanswered` })).toBeVisible();
  await page.getByRole('button', { name: /^Answer:/ }).first().click();
  await expect(page.getByText(`Statement 4 of ${TOTAL}`)).toBeVisible();
  // Answering a statement opened from the overview returns there.
  await page.keyboard.press('4');
  await expect(page.getByRole('heading', { name: `${TOTAL - 4} statements are still unanswered` })).toBeVisible();
  // So does changing one.
  await page.getByRole('button', { name: /^Change:/ }).first().click();
  await expect(page.getByText(`Statement 1 of ${TOTAL}`)).toBeVisible();
  await page.keyboard.press('2');
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage not determined' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Too few answers' }).first()).toBeVisible();
});

test('the results are one step from the answers: changing them files the result again in its place', async ({
  page,
}) => {
  await startAssessment(page);
  await answerByKey(page, '3');
  await expect(page.getByRole('heading', { level: 1, name: 'Mixed or undecided' })).toBeVisible();
  await page.getByRole('button', { name: 'Change your answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'All statements answered' })).toBeFocused();
  await expect(page.getByText('You are changing the answers of your latest result.')).toBeVisible();
  // Every answer is there to change; changing one comes back to this overview.
  await page.getByRole('button', { name: /^Change:/ }).first().click();
  await expect(page.getByRole('radio', { name: 'Neither agree nor disagree' })).toBeChecked();
  await page.keyboard.press('5');
  await expect(page.getByRole('heading', { level: 1, name: 'All statements answered' })).toBeVisible();
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mixed or undecided' })).toBeVisible();
  // One result in the history, with the changed answer: not a second one.
  const history = JSON.parse(await stored(page, 'culture-check/assessment-history')).data.entries;
  expect(history).toHaveLength(1);
  expect(Object.values(history[0].answers)).toContain(5);
  expect(await stored(page, 'culture-check/assessment-progress')).toBeNull();
});

test('starting over asks first, and a retake shows the change per pillar', async ({ page }) => {
  await startAssessment(page);
  await answerByKey(page, '3');
  await expect(page.getByRole('heading', { level: 1, name: 'Mixed or undecided' })).toBeVisible();

  // Taking it again asks where to start from, and can be called off.
  await page.getByRole('button', { name: 'Take it again' }).click();
  const retake = page.getByRole('group', { name: 'Take it again' });
  await expect(retake.getByRole('heading')).toBeFocused();
  await retake.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Take it again' })).toBeFocused();
  // From last time's answers: every statement starts answered as before.
  await page.getByRole('button', { name: 'Take it again' }).click();
  await retake.getByRole('button', { name: "Start from last time's answers" }).click();
  await expect(page.getByText(`Statement 1 of ${TOTAL}`)).toBeVisible();
  await expect(page.getByText(`${TOTAL} answered`)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Neither agree nor disagree' })).toBeChecked();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, start over' }).click();
  // Starting over begins again at the optional first question.
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByText('0 answered')).toBeVisible();
  await page.keyboard.press('5');
  await page.getByRole('button', { name: 'Start over' }).click();
  // Asked in place: Enter would go ahead; keeping the answers puts the focus back where it was.
  await expect(page.getByRole('group', { name: 'Start over' }).getByRole('button', { name: 'Yes, start over' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(page.getByRole('button', { name: 'Start over' })).toBeFocused();
  await expect(page.getByText('1 answered')).toBeVisible();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, start over' }).click();
  // Starting over begins again at the optional first question.
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByText('0 answered')).toBeVisible();

  await answerByKey(page, '0', 1);
  // Everything "Don't know": no stage, and every statement is a blind spot.
  await expect(page.getByRole('heading', { level: 1, name: 'Stage not determined' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Blind spots' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Change' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Not comparable' }).first()).toBeVisible();

  await page.getByRole('link', { name: 'See your history' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
  // Each entry is a list item headed by when it was finished.
  const entries = page.getByRole('region', { name: 'Every result' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(1)).toContainText('Mixed or undecided');
  await entries.nth(0).getByRole('button', { name: /^Delete the assessment of/ }).click();
  await expect(entries.nth(0).getByRole('group', { name: 'Confirm deletion' }).getByRole('button', { name: 'Yes, delete it' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(entries.nth(0).getByRole('button', { name: /^Delete the assessment of/ })).toBeFocused();
  await expect(entries).toHaveCount(2);
  await entries.nth(0).getByRole('button', { name: /^Delete the assessment of/ }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(entries).toHaveCount(1);
  await page.reload();
  await expect(entries).toHaveCount(1);
});

test('saved answers that no longer match are dropped with one message, and the rest are kept', async ({ page }) => {
  await plantStorage(page, {
    'culture-check/assessment-progress': JSON.stringify({
      schema: 1,
      data: {
        content_version: CONTENT_VERSION,
        current: 9999,
        answers: { 'no-such-statement': 4, 'not-a-statement-either': 2, 'product-at-strategy-table': 99 },
      },
    }),
  });
  await open(page, '#/assessment');
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByRole('status')).toContainText('no longer matched');
  await expect(page.getByText(`of ${TOTAL}`)).toBeVisible();
  await page.keyboard.press('4');
});

test('a damaged history does not stop the results page', async ({ page }) => {
  await plantStorage(page, { 'culture-check/assessment-history': '{"schema":1,"data":{"entries":[{"id":"x"}]}}' });
  await open(page, '#/assessment/results');
  await expect(page.getByRole('heading', { level: 1, name: 'No results yet' })).toBeVisible();
  await expect(page.getByRole('status')).not.toBeEmpty();
});


test('saved answers from a newer version of the site survive answering a statement', async ({ page }) => {
  const newer = '{"schema":99,"data":{"content_version":99,"answers":{"from-the-future":1},"current":3}}';
  await plantStorage(page, { 'culture-check/assessment-progress': newer });
  await open(page, '#/assessment');
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByRole('status')).toContainText('assessment answers was written by a newer version');
  await expect(page.getByRole('status')).toContainText('It has been left untouched.');
  await expect(page.getByText(`Statement 1 of ${TOTAL}`)).toBeVisible();
  await page.keyboard.press('4');
  await expect(page.getByText(`Statement 2 of ${TOTAL}`)).toBeVisible();
  expect(await stored(page, 'culture-check/assessment-progress')).toBe(newer);
});

test('a history from a newer version of the site survives finishing an assessment', async ({ page }) => {
  const newer = '{"schema":99,"data":{"entries":"kept in a shape only the future knows"}}';
  await plantStorage(page, { 'culture-check/assessment-history': newer });
  await startAssessment(page);
  await expect(page.getByRole('status')).toContainText('assessment history was written by a newer version');
  await answerByKey(page, '3');
  // The visit goes on with this result, kept in memory; since the history could not take it, the
  // answers stay saved rather than be lost with the tab.
  await expect(page.getByRole('heading', { level: 1, name: 'Mixed or undecided' })).toBeVisible();
  expect(await stored(page, 'culture-check/assessment-history')).toBe(newer);
  expect(JSON.parse(await stored(page, 'culture-check/assessment-progress')).data.current).toBe(TOTAL);
});

for (const colorScheme of ['light', 'dark']) {
  test(`the statement and results screens have no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, '#/assessment');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Skip this question' }).click();
    await expectNoAxeViolations(page);
    await answerByKey(page, '2', 1, { last: false });
    await expectNoAxeViolations(page);
    await page.keyboard.press('2');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(8);
    await expectNoAxeViolations(page);
  });
}

test('the statement screen fits a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await startAssessment(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
