// Two tabs of the site agree: what one saves shows in the other at once, so the other's next answer
// builds on it instead of writing over it.
import { ASKED, ASKED_STATEMENTS as TOTAL, codeFor } from './content.js';
import { expect, open, startAssessment, test } from './fixtures.js';
import { ANA, OFFSITE_TEAM, PARTIAL, UNDECIDED } from './links.js';

const PROGRESS = 'culture-check/assessment-progress';
const TEAMS = 'culture-check/teams';

/** Writes to local storage as another tab would, in the same instant: this page hears no event. */
async function writeElsewhere(page, key, change) {
  await page.evaluate(
    ([key, text]) => localStorage.setItem(key, text),
    [key, JSON.stringify(change(JSON.parse(await page.evaluate((key) => localStorage.getItem(key), key))))],
  );
}

test('answers given in one tab show in another, and the other tab adds to them rather than replace them', async ({ page, context }) => {
  const first = page;
  const second = await context.newPage();
  await startAssessment(second);
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
  await page.getByRole('textbox', { name: 'Result links' }).fill(`${new URL(page.url()).origin}/#/r/${ANA}`);
  await page.getByRole('button', { name: 'Add to team' }).click();
  await page.getByRole('textbox', { name: 'Team name' }).fill('Leadership');
  await page.getByRole('button', { name: 'Save this team' }).click();
  await expect(page.getByRole('heading', { name: 'Saved teams' })).toBeVisible();

  await expect(second.getByRole('heading', { name: 'Saved teams' })).toBeVisible();
  await expect(second.getByText('Leadership').first()).toBeVisible();
});

test("an answer saved before another tab's write is heard adds to that write instead of replacing it", async ({ page }) => {
  await startAssessment(page);
  await page.keyboard.press('4');
  await expect(page.getByText(`Statement 2 of ${TOTAL}`)).toBeVisible();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), PROGRESS)).not.toBeNull();
  // Another tab answers ten more statements and saves; its storage event has not arrived yet.
  await writeElsewhere(page, PROGRESS, (stored) => {
    for (const statement of ASKED.slice(2, 12)) stored.data.answers[statement.id] = codeFor(statement, 75);
    return stored;
  });
  await page.keyboard.press('2');
  await expect(page.getByText(`Statement 3 of ${TOTAL}`)).toBeVisible();
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), PROGRESS));
  expect(Object.keys(stored.data.answers)).toHaveLength(12);
  // The page shows the merge too.
  await expect(page.getByText('12 answered')).toBeVisible();
});

test("a team saved before another tab's save is heard keeps both teams", async ({ page }) => {
  await open(page, '#/team');
  await page.evaluate(
    ([key, link]) =>
      localStorage.setItem(key, JSON.stringify({ schema: 1, data: { teams: [{ id: 1, name: 'Leadership offsite', link, saved_on: 20780 }] } })),
    [TEAMS, OFFSITE_TEAM],
  );
  await page.getByRole('textbox', { name: 'Result links' }).fill(`${new URL(page.url()).origin}/#/r/${ANA}`);
  await page.getByRole('button', { name: 'Add to team' }).click();
  await page.getByRole('textbox', { name: 'Team name' }).fill('Leadership');
  await page.getByRole('button', { name: 'Save this team' }).click();
  const saved = page.getByRole('region', { name: 'Saved teams' }).getByRole('listitem');
  await expect(saved).toHaveCount(2);
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), TEAMS));
  expect(stored.data.teams.map((team) => team.name).sort()).toEqual(['Leadership', 'Leadership offsite']);
});

/** Adds one person's result link to the team on screen. */
async function addToTeam(page, payload) {
  const addPeople = page.getByRole('button', { name: /^Add people/ });
  if ((await addPeople.count()) > 0 && (await addPeople.getAttribute('aria-expanded')) === 'false') await addPeople.click();
  await page.getByRole('textbox', { name: 'Result links' }).fill(`${new URL(page.url()).origin}/#/r/${payload}`);
  await page.getByRole('button', { name: 'Add to team' }).click();
}

test('two tabs show the same team being built, and adding in one never replaces the other', async ({ page, context }) => {
  const second = await context.newPage();
  await open(second, '#/team');
  await open(page, '#/team');

  await addToTeam(page, ANA);
  await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
  // The other tab shows the person at once.
  await expect(second.getByRole('heading', { name: '1 person' })).toBeVisible();

  await second.bringToFront();
  await addToTeam(second, PARTIAL);
  await expect(second.getByRole('heading', { name: '2 people' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '2 people' })).toBeVisible();

  // Nothing was filed away as an unsaved team, and storage holds the one team with both people.
  for (const tab of [page, second]) await expect(tab.getByRole('heading', { name: 'Saved teams' })).toHaveCount(0);
  const teams = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), TEAMS));
  expect(teams.data.teams).toEqual([]);
  expect(teams.data.working.link).toBe(new URL(page.url()).hash.replace('#/team/', ''));
});

test('people added in two tabs before either hears the other are all kept in the team being built', async ({ page, browser }) => {
  // What the other tab will have stored: the same team with one more person, built elsewhere.
  const elsewhere = await browser.newContext();
  const builder = await elsewhere.newPage();
  await open(builder, '#/team');
  await addToTeam(builder, ANA);
  await expect(builder.getByRole('heading', { name: '1 person' })).toBeVisible();
  await addToTeam(builder, PARTIAL);
  await expect(builder.getByRole('heading', { name: '2 people' })).toBeVisible();
  const theirs = new URL(builder.url()).hash.replace('#/team/', '');
  await elsewhere.close();

  await open(page, '#/team');
  await addToTeam(page, ANA);
  await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
  await expect.poll(async () => JSON.parse(await page.evaluate((key) => localStorage.getItem(key), TEAMS))?.data.working).toBeTruthy();
  // The other tab saves its team; its storage event has not arrived yet.
  await writeElsewhere(page, TEAMS, (stored) => ({ ...stored, data: { ...stored.data, working: { link: theirs } } }));
  await addToTeam(page, UNDECIDED);
  await expect(page.getByRole('heading', { name: '3 people' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Saved teams' })).toHaveCount(0);
});
