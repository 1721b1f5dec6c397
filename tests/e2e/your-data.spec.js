// A person's data is theirs: everything one browser holds downloads as one file, that file adds back
// by merging (showing first what it adds, never adding twice), "Forget everything" removes it all
// after saying what will go, and damaged data is set aside rather than written over.
import { ASKED, CONTENT_VERSION } from './content.js';
import { download, expect, expectNoAxeViolations, open, plantFinishedAssessment, plantStorage, test } from './fixtures.js';

const HISTORY = 'culture-check/assessment-history';
const TEAMS = 'culture-check/teams';
const SET_ASIDE = 'culture-check/set-aside';

/** Every key the site keeps in this browser. */
async function siteKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('culture-check/')).sort());
}

function dataFile(page) {
  return page.getByLabel('Choose a data file');
}

test('data downloaded from the home page comes back after forgetting everything, and only once', async ({ page }) => {
  await plantFinishedAssessment(page, () => 4);
  await open(page, '#/');
  const file = await download(page, page.getByRole('button', { name: 'Download your data' }));
  expect(file.name).toMatch(/^culture-check-\d{4}-\d{2}-\d{2}\.json$/);
  expect(file.json.format).toBe('culture-check-data');
  expect(file.json.version).toBe(1);
  expect(file.json.assessment_history.data.entries).toHaveLength(1);

  // Forgetting says what will go, and can be called off.
  await page.getByRole('link', { name: 'add data from a file, or forget everything' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What this browser holds' })).toContainText('1 past result');
  await page.getByRole('button', { name: 'Forget everything…' }).click();
  const confirm = page.getByRole('group', { name: 'Forget everything?' });
  await expect(confirm).toContainText('1 past result');
  await expect(confirm.getByRole('heading')).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep my data' }).click();
  await expect(page.getByRole('button', { name: 'Forget everything…' })).toBeFocused();
  expect(await siteKeys(page)).toEqual([HISTORY]);

  await page.getByRole('button', { name: 'Forget everything…' }).click();
  await page.getByRole('button', { name: 'Forget everything', exact: true }).click();
  await expect(page.getByText('everything Culture Check kept in this browser has been removed')).toBeVisible();
  expect(await siteKeys(page)).toEqual([]);
  await expect(page.getByRole('region', { name: 'What this browser holds' })).toContainText('Nothing yet');

  // The file shows what it adds before anything changes.
  await dataFile(page).setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  const preview = page.getByRole('group', { name: 'This file adds' });
  await expect(preview).toContainText('1 past result');
  expect(await siteKeys(page)).toEqual([]);
  await preview.getByRole('button', { name: 'Add to this browser' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to this browser: 1 past result.' })).toBeVisible();
  expect(await siteKeys(page)).toEqual([HISTORY]);

  // The same file again adds nothing.
  await dataFile(page).setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await expect(page.getByRole('group', { name: 'Nothing new in this file' })).toContainText('already in this browser');
  const entries = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).data.entries, HISTORY);
  expect(entries).toHaveLength(1);

  // And the history shows the result again.
  await page.goto('./#/history');
  await expect(page.locator('.history__entry')).toHaveCount(1);
});

test('a first visit offers no download of nothing, only the way to the data page', async ({ page }) => {
  await open(page, '#/');
  await expect(page.getByRole('button', { name: 'Download your data' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'add data from a file, or forget everything' })).toBeVisible();
});

test('a file that is not a data file is refused in plain words and changes nothing', async ({ page }) => {
  await open(page, '#/your-data');
  await dataFile(page).setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.getByRole('alert')).toHaveText(/not a Culture Check data file/);
  await dataFile(page).setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"culture-check-data","version":9}'),
  });
  await expect(page.getByRole('alert')).toHaveText(/saved by a newer version of Culture Check \(format 9\)/);
  expect(await siteKeys(page)).toEqual([]);
});

test('a bad file is described as the file, with its repeats counted once and its impossible figures refused', async ({ page }) => {
  const answers = Object.fromEntries(ASKED.map((statement) => [statement.id, 4]));
  const entry = { id: 1, day: 20780, content_version: CONTENT_VERSION, answers };
  const huge = 4294967295;
  const file = {
    format: 'culture-check-data',
    version: 1,
    // The same result three times, under three ids.
    assessment_history: { schema: 1, data: { entries: [entry, { ...entry, id: 2 }, { ...entry, id: 3 }] } },
    teams: { schema: 1, data: 'nonsense' },
    quiz_record: {
      schema: 1,
      data: { best: { right: huge, out_of: huge }, attempts: huge, last: null, missed_last_time: [] },
    },
    extra: 'DEEP',
  };
  const text = JSON.stringify(file).replace('"DEEP"', '['.repeat(200) + ']'.repeat(200));
  await open(page, '#/your-data');
  await dataFile(page).setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(text) });

  const preview = page.getByRole('group', { name: 'This file adds' });
  await expect(preview.getByRole('listitem')).toContainText([
    '1 past result',
    'The file\'s quiz record gave a score of 4294967295 out of 4294967295, though the quiz asks ten questions, so that figure was left out.',
    'The file\'s quiz record counted 4294967295 attempts, more than anyone could make, so that figure was left out.',
    'The file\'s teams could not be read, so it was left out.',
  ]);
  await expect(preview).not.toContainText(/your saved|starting fresh|quiz record \(best/i);
  expect(await siteKeys(page)).toEqual([]);
  await preview.getByRole('button', { name: 'Add to this browser' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to this browser: 1 past result.' })).toBeVisible();
});

test('damaged data is set aside before anything is written over it, and the download includes it', async ({ page }) => {
  const damaged = '{"schema":1,"data":{"teams":[{"id":1,"name":"Gone","link":"nope","saved_on":1}]}';
  await plantStorage(page, { [TEAMS]: damaged });
  await open(page, '#/team');
  const notice = page.getByRole('status').locator('.notice', { hasText: 'has been set aside' });
  await expect(notice).toContainText('has been set aside');
  const kept = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).data.items, SET_ASIDE);
  expect(kept).toEqual([expect.objectContaining({ key: TEAMS, text: damaged })]);

  const file = await download(page, notice.getByRole('button', { name: 'Download your data' }));
  expect(file.json.set_aside.data.items[0].text).toBe(damaged);
});

for (const colorScheme of ['light', 'dark']) {
  test(`the data page has no accessibility violations in ${colorScheme} mode, and fits a 360 px phone`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 740 });
    await plantFinishedAssessment(page, () => 5);
    await open(page, '#/your-data');
    const file = await download(page, page.getByRole('button', { name: 'Download your data' }));
    await page.getByRole('button', { name: 'Forget everything…' }).click();
    await page.getByRole('button', { name: 'Forget everything', exact: true }).click();
    await dataFile(page).setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await expect(page.getByRole('group', { name: 'This file adds' })).toBeVisible();
    await page.getByRole('button', { name: 'Forget everything…' }).click();
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}
