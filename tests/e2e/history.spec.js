// The history as a person coming back months later uses it: each result with when it was finished
// (time as well as date, older entries by their date alone, two on one day told apart), any past
// result opened in full and read only, how the overall score and each pillar moved, and the
// results drawing last time beside this time.
import { ASKED, CONTENT_VERSION, PILLARS, codeFor } from './content.js';
import { expect, expectNoAxeViolations, open, plantStorage, startAssessment, test } from './fixtures.js';

const HISTORY = 'culture-check/assessment-history';

/** A stored history entry in which every pillar gets the agreement (0–100) `agreements` gives, in order. */
function entry(id, day, time, agreements) {
  const answers = Object.fromEntries(
    ASKED.map((statement) => [statement.id, codeFor(statement, agreements[PILLARS.findIndex((p) => p.id === statement.pillar)])]),
  );
  // Entries stored before the time of day was kept have none.
  return { id, day, ...(time === null ? {} : { time }), content_version: CONTENT_VERSION, answers };
}

const LOW = PILLARS.map(() => 25);
const MIDDLE = PILLARS.map(() => 50);
const HIGH = PILLARS.map(() => 75);

/** Three results: two from 4 September 2026, stored before times were kept, then one at 14:05 on 23 November. */
const THREE = [entry(1, 20700, null, LOW), entry(2, 20700, null, MIDDLE), entry(3, 20780, 14 * 60 + 5, HIGH)];

async function plantHistory(page, entries) {
  await plantStorage(page, { [HISTORY]: JSON.stringify({ schema: 1, data: { entries } }) });
}

function results(page) {
  return page.getByRole('region', { name: 'Every result' }).getByRole('listitem');
}

test('each result shows when it was finished, and two from one day are told apart', async ({ page }) => {
  await plantHistory(page, THREE);
  await open(page, '#/history');
  await expect(results(page).getByRole('heading', { level: 3 })).toHaveText([
    '23 November 2026 at 14:05',
    '4 September 2026, 2 of 2 that day',
    '4 September 2026, 1 of 2 that day',
  ]);
});

test('a long history lists its newest 50 results, and more on request, focus moving to the first one added', async ({ page }) => {
  // 120 results, a day apart, the newest on day 20,119 (29 January 2025).
  await plantHistory(page, Array.from({ length: 120 }, (_, index) => entry(index + 1, 20000 + index, null, MIDDLE)));
  await open(page, '#/history');
  const every = page.getByRole('region', { name: 'Every result' });
  await expect(results(page)).toHaveCount(50);
  await expect(every.getByText('The newest 50 of 120 results.')).toBeVisible();
  await page.getByRole('button', { name: 'Show 50 older results' }).click();
  await expect(results(page)).toHaveCount(100);
  await expect(results(page).nth(50).getByRole('heading', { level: 3 })).toBeFocused();
  await expect(every.getByText('The newest 100 of 120 results.')).toBeVisible();
  await page.getByRole('button', { name: 'Show the 20 older results' }).click();
  await expect(results(page)).toHaveCount(120);
  await expect(results(page).nth(100).getByRole('heading', { level: 3 })).toBeFocused();
  await expect(every.getByRole('button', { name: /older result/ })).toHaveCount(0);
  await expect(every.getByText(/^The newest/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a retake that moved the stage says so in the history, naming both stages', async ({ page }) => {
  await plantHistory(page, THREE);
  await open(page, '#/history');
  await expect(results(page).first()).toContainText(
    'Since the previous assessment: up 25, from Mixed or undecided to Becoming product-led.',
  );
  await expect(results(page).nth(1)).toContainText('Since the previous assessment: up 25, from Not yet product-led to Mixed or undecided.');
});

test.describe('on a clock in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('a finished assessment is filed with the local time it was finished', async ({ page }) => {
    // 19:05 UTC is 14:05 in New York.
    await page.clock.setFixedTime(new Date('2026-11-23T19:05:00Z'));
    await startAssessment(page);
    const total = ASKED.length;
    for (let n = 1; n <= total; n++) {
      await expect(page.getByText(`Statement ${n} of ${total}`)).toBeVisible();
      await page.keyboard.press('3');
    }
    await expect(page.getByText('Assessment completed on 23 November 2026 at 14:05.')).toBeVisible();
    const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), HISTORY));
    expect(stored.data.entries[0]).toMatchObject({ day: 20780, time: 14 * 60 + 5 });
  });
});

test('a past result opens in full, read only, and leads back to the history', async ({ page }) => {
  await plantHistory(page, THREE);
  await open(page, '#/history');
  // By keyboard, from the list.
  const open2 = page.getByRole('link', { name: 'Open the result of 4 September 2026, 2 of 2 that day' });
  await open2.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/history\/2$/);
  await expect(page).toHaveTitle('A past result · Culture Check');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText('Your stage on 4 September 2026, 2 of 2 that day')).toBeVisible();
  // It speaks of then, and says where the latest result stands against it.
  await expect(
    page.getByText(
      'Your latest result, on 23 November 2026 at 14:05, is 75: up 25, from Mixed or undecided to Becoming product-led.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(/\bis \d+ now\b/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  // The reading, the pillar strip with the result before it, and the pillars.
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveText(['Pillar', 'Score', 'Last time', 'Change']);
  await expect(page.getByRole('table').getByRole('row').nth(1).getByRole('cell')).toHaveText(['50', '25', 'Up 25']);
  await expect(page.getByRole('region', { name: 'Pillar by pillar' }).getByRole('group')).toHaveCount(PILLARS.length);
  // Nothing to change, share or retake: it is a record.
  for (const name of ['Change your answers', 'Take it again', 'Share this result', 'Delete']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await page.getByRole('link', { name: 'Back to history' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
  await expect(page).toHaveURL(/#\/history$/);
});

test('the latest result opened from the history is not compared with itself', async ({ page }) => {
  await plantHistory(page, THREE);
  await open(page, '#/history/3');
  await expect(page.getByText('A past result from your history, read only.')).toBeVisible();
  await expect(page.getByText(/^Your latest result/)).toHaveCount(0);
});

test('an address for a result that is not in the history says so', async ({ page }) => {
  await plantHistory(page, THREE);
  await open(page, '#/history/99');
  await expect(page.getByRole('heading', { level: 1, name: 'This result is not in your history' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to history' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
});

test('the history charts the overall score and each pillar over time, with every figure in words', async ({ page }) => {
  await plantHistory(page, THREE);
  await open(page, '#/history');
  const trends = page.getByRole('region', { name: 'How your results moved' });
  const overall = trends.getByRole('img', { name: /^Overall score over time: / });
  await expect(overall).toBeVisible();
  await expect(overall).toHaveAttribute('aria-label', /on 4 September 2026, 1 of 2 that day; .+ on 23 November 2026 at 14:05\.$/);
  await expect(overall.locator('circle')).toHaveCount(3);
  await expect(trends.getByText(/^Up \d+ since the first result: \d+ now, \d+ then\.$/).first()).toBeVisible();

  // Each pillar, a press away.
  const pillars = trends.getByRole('group');
  await expect(pillars.getByRole('img')).toHaveCount(0);
  await pillars.locator('summary').click();
  await expect(pillars.getByRole('img')).toHaveCount(PILLARS.length);
  await expect(pillars.getByRole('img', { name: new RegExp(`^${PILLARS[0].name} over time: 25 on`) })).toBeVisible();
  await expect(pillars.getByText('Oldest first: 25, 50, 75.').first()).toBeVisible();
});

test('two results of one day are labelled apart on the trend chart, by their times or their places in the day', async ({
  page,
}) => {
  await plantHistory(page, [entry(1, 20780, 9 * 60 + 10, MIDDLE), entry(2, 20780, 14 * 60 + 5, HIGH)]);
  await open(page, '#/history');
  const overall = page.getByRole('img', { name: /^Overall score over time: / });
  await expect(overall.locator('text')).toContainText(['23 Nov 2026, 09:10', '23 Nov 2026, 14:05']);
  await expect(overall).toHaveAttribute('aria-label', /on 23 November 2026 at 09:10; .+ on 23 November 2026 at 14:05\.$/);

  // The same two stored before times were kept.
  const untimed = [entry(1, 20780, null, MIDDLE), entry(2, 20780, null, HIGH)];
  await page.evaluate(([key, entries]) => localStorage.setItem(key, JSON.stringify({ schema: 1, data: { entries } })), [HISTORY, untimed]);
  await page.reload();
  await expect(overall.locator('text')).toContainText(['1st on 23 Nov 2026', '2nd on 23 Nov 2026']);
});

test('with one result, the history says a trend needs two', async ({ page }) => {
  await plantHistory(page, [entry(1, 20780, 600, MIDDLE)]);
  await open(page, '#/history');
  const trends = page.getByRole('region', { name: 'How your results moved' });
  await expect(trends).toContainText('with two results or more');
  await expect(trends.getByRole('img')).toHaveCount(0);
});

test('the results draw last time beside this time, in the chart, its legend and the table', async ({ page }) => {
  await plantHistory(page, THREE);
  await open(page, '#/assessment/results');
  await expect(page.getByText('Assessment completed on 23 November 2026 at 14:05.')).toBeVisible();
  await expect(
    page.getByText(/^Overall since 4 September 2026, 2 of 2 that day: up 25, from Mixed or undecided to Becoming product-led\./),
  ).toBeVisible();
  const chart = page.locator('figure.chart');
  // The legend says "Last time"; its date is in the line under the score, just above.
  await expect(chart.getByRole('listitem')).toHaveText(['Your result', 'Last time']);
  // A second bar per pillar, and a second line on the radar.
  await expect(chart.locator('svg.bars rect.series-2')).toHaveCount(PILLARS.length);
  await expect(chart.locator('svg.radar g.series-2 polygon')).toHaveCount(1);
  await expect(chart.getByRole('table').getByRole('row').nth(1).getByRole('cell')).toHaveText(['75', '50', 'Up 25']);
});

for (const colorScheme of ['light', 'dark']) {
  test(`the history and a past result have no accessibility violations at 360 px in ${colorScheme} mode`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme });
    await plantHistory(page, THREE);
    await open(page, '#/history');
    await page.getByRole('group').locator('summary').click();
    await expectNoAxeViolations(page);
    await open(page, '#/history/3');
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}
