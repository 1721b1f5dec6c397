// Nothing a person enters is lost when storage fails: with local storage full, blocked or refusing a
// write, a finished assessment is shown from memory, its answers are removed only once the history
// is safely stored, and every failed write is told in plain words. Every promise on screen is true:
// "Saved", "Added" and "still saved" show only once storage took the write, and set-aside data,
// newer or damaged, is never written over.
import { ASKED, ASKED_STATEMENTS as TOTAL, CONTENT_VERSION, codeFor } from './content.js';
import { blockStorage, download, expect, open, plantStorage, startAssessment, stored, test } from './fixtures.js';
import { ANA } from './links.js';

const PROGRESS = 'culture-check/assessment-progress';
const HISTORY = 'culture-check/assessment-history';
const TEAMS = 'culture-check/teams';
const SET_ASIDE = 'culture-check/set-aside';

/** Makes every write to storage throw, as a browser that refuses them does. */
async function refuseWrites(page) {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Writing is not allowed here.', 'InvalidAccessError');
    };
  });
}


/** Adds one person's result link to the team on screen. */
async function addToTeam(page, payload) {
  const addPeople = page.getByRole('button', { name: /^Add people/ });
  if ((await addPeople.count()) > 0 && (await addPeople.getAttribute('aria-expanded')) === 'false') await addPeople.click();
  await page.getByRole('textbox', { name: 'Result links' }).fill(`${new URL(page.url()).origin}/#/r/${payload}`);
  await page.getByRole('button', { name: 'Add to team' }).click();
}

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
  await startAssessment(page);
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
  await startAssessment(page);
  await page.keyboard.press('4');
  await expect(page.getByText(`Statement 2 of ${TOTAL}`)).toBeVisible();
  await expect(page.getByRole('status')).toContainText('This browser refused to save your latest progress');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
});

test('a team storage refuses is not called saved: the message beside the button says so and offers the download', async ({ page }) => {
  await refuseWrites(page);
  await open(page, '#/team');
  await addToTeam(page, ANA);
  await expect(page.getByText('it is kept on this page only until you leave')).toBeVisible();
  await expect(page.getByText('this browser keeps it as the team you are building')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Team name' }).fill('Leadership');
  await page.getByRole('button', { name: 'Save this team' }).click();
  const form = page.getByRole('form', { name: 'Name and save the team' });
  await expect(form).toContainText('Not saved: this browser would not store “Leadership” (it refused the write)');
  await expect(page.getByText('Saved as “Leadership” in this browser.')).toHaveCount(0);
  const file = await download(page, form.getByRole('button', { name: 'Download your data' }));
  expect(file.json.teams.data.teams.map((team) => team.name)).toEqual(['Leadership']);
  expect(await stored(page, TEAMS)).toBeNull();
});

test('an answer storage refuses shows no tick, and finishing does not claim the answers are still saved', async ({ page }) => {
  await refuseWrites(page);
  await startAssessment(page);
  await page.getByText('Agree', { exact: true }).click();
  await expect(page.getByText(`Statement 2 of ${TOTAL}`)).toBeVisible();
  await expect(page.locator('.choice--saved')).toHaveCount(0);
  for (let n = 2; n <= TOTAL; n++) {
    await expect(page.getByText(`Statement ${n} of ${TOTAL}`)).toBeVisible();
    await page.keyboard.press('3');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Mixed or undecided' })).toBeVisible();
  const notice = page.getByRole('status').locator('.notice', { hasText: 'could not store it in your history' });
  await expect(notice).toContainText('nor your answers');
  await expect(notice).not.toContainText('still saved');
});

test('a file storage will not take is not called added: the outcome says what was not kept and offers the download', async ({ page }) => {
  await refuseWrites(page);
  await open(page, '#/your-data');
  const statement = ASKED[0];
  const history = { schema: 1, data: { entries: [{ id: 1, day: 20779, content_version: CONTENT_VERSION, answers: { [statement.id]: codeFor(statement, 75) } }] } };
  const text = JSON.stringify({ format: 'culture-check-data', version: 1, saved_on: '2026-11-23', assessment_history: history });
  await page.getByLabel('Choose a data file').setInputFiles({ name: 'data.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('group', { name: 'This file adds' }).getByRole('button', { name: 'Add to this browser' }).click();
  const outcome = page.getByRole('alert').filter({ hasText: 'Not added: this browser would not store it' });
  await expect(outcome).toContainText('1 past result');
  await expect(page.getByText('Added to this browser')).toHaveCount(0);
  const file = await download(page, outcome.getByRole('button', { name: 'Download your data' }));
  expect(file.json.assessment_history.data.entries).toHaveLength(1);
  expect(await stored(page, HISTORY)).toBeNull();
});

test('set-aside data from a newer version is never written over, and the damaged teams it would take stay where they were', async ({ page }) => {
  const damaged = JSON.stringify({ schema: 1, data: { teams: [{ id: 1, name: 'Gone', link: 'nope', saved_on: 1 }] } });
  const newer = '{"schema":2,"data":{"items":"kept by a newer version"}}';
  await plantStorage(page, { [TEAMS]: damaged, [SET_ASIDE]: newer });
  await open(page, '#/team');
  await expect(page.getByRole('status').first()).toContainText('could not be set aside, so it is left as it was');
  await addToTeam(page, ANA);
  await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText('newer version of Culture Check has saved data');
  expect(await stored(page, SET_ASIDE)).toBe(newer);
  expect(await stored(page, TEAMS)).toBe(damaged);
});

test('damaged set-aside data is kept whole inside the set-aside data that replaces it', async ({ page }) => {
  const damaged = JSON.stringify({ schema: 1, data: { teams: [{ id: 1, name: 'Gone', link: 'nope', saved_on: 1 }] } });
  const torn = '{"schema":1,"data":{"items":[{"key":"culture-check/teams","day":3,"te';
  await plantStorage(page, { [TEAMS]: damaged, [SET_ASIDE]: torn });
  await open(page, '#/team');
  await expect(page.getByRole('status').first()).toContainText('has been set aside');
  const kept = JSON.parse(await stored(page, SET_ASIDE)).data.items.map((item) => [item.key, item.text]);
  expect(kept).toEqual([[SET_ASIDE, torn], [TEAMS, damaged]]);
});
