// The history as a person coming back months later uses it: each result with when it was finished
// (time as well as date, older entries by their date alone, two on one day told apart).
import { ASKED, CONTENT_VERSION, PILLARS, codeFor } from './content.js';
import { expect, open, plantStorage, test } from './fixtures.js';

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

test('each result shows when it was finished, and two from one day are told apart', async ({ page }) => {
  await plantHistory(page, THREE);
  await open(page, '#/history');
  await expect(page.getByRole('listitem').getByRole('heading', { level: 2 })).toHaveText([
    '23 November 2026 at 14:05',
    '4 September 2026, 2 of 2 that day',
    '4 September 2026, 1 of 2 that day',
  ]);
});

test.describe('on a clock in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('a finished assessment is filed with the local time it was finished', async ({ page }) => {
    // 19:05 UTC is 14:05 in New York.
    await page.clock.setFixedTime(new Date('2026-11-23T19:05:00Z'));
    await open(page, '#/assessment');
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
