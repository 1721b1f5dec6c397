// The team view as a facilitator uses it: pasting many links at once with bad ones among them,
// reading the team's summary, naming it, sharing it with one link, saving, renaming and deleting it,
// and broken team links.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { countFramesRead, download, expect, expectNoAxeViolations, open, plantFinishedAssessment, plantStorage, startAssessment, test } from './fixtures.js';
import { ANA, assessmentPayload, mistype, OFFSITE_TEAM, PARTIAL, SAM_QUIZ, UNDECIDED, V1_SLOTS } from './links.js';

const SITE = 'https://culture.example.org/check/';

/** The saved teams listed in this browser. */
function savedTeams(page) {
  return page.getByRole('region', { name: 'Saved teams' }).getByRole('listitem');
}

async function pasteLinks(page, lines) {
  // A team with people folds the paste box behind "Add people".
  const addPeople = page.getByRole('button', { name: /^Add people/ });
  if ((await addPeople.count()) > 0 && (await addPeople.getAttribute('aria-expanded')) === 'false') await addPeople.click();
  await page.getByRole('textbox', { name: 'Result links' }).fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Add to team' }).click();
}

test('three links make a team whose own link reopens the same view in a fresh browser', async ({ page, browser }) => {
  await open(page, '#/team');
  await expect(page.getByRole('heading', { level: 1, name: 'Team view' })).toBeVisible();
  await pasteLinks(page, [
    `${SITE}#/r/${ANA}`,
    '',
    `${SITE}#/r/${mistype(UNDECIDED)}`,
    `#/r/${UNDECIDED}`,
    `${SITE}#/r/${ANA}`,
    `${SITE}#/r/${SAM_QUIZ}`,
    `<img src=x onerror=alert(1)>`,
    `  ${PARTIAL}  `,
  ]);
  const report = page.getByRole('status').filter({ hasText: 'results were added' });
  await expect(report).toContainText('3 results were added.');
  const problems = report.getByRole('listitem');
  // A line that holds no link ("<img …>", chat around the links) is not a problem to list.
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toContainText('Line 3');
  await expect(problems.nth(0)).toContainText('does not pass its check');
  await expect(problems.nth(1)).toContainText('Line 5');
  await expect(problems.nth(1)).toContainText('already in the team (person 1)');
  await expect(problems.nth(2)).toContainText('quiz score');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Result links' })).not.toBeEmpty();

  await expect(page.getByRole('heading', { name: '3 people' })).toBeVisible();
  await expect(page.getByText('Stages: 2 × Mixed or undecided. 1 person gave too few answers for a stage.')).toBeVisible();
  const members = page.getByRole('region', { name: '3 people' }).getByRole('listitem');
  await expect(members).toHaveCount(3);
  // Anonymous until names are asked for: places only, no stages or scores.
  await expect(members).toHaveText([/^Person 1/, /^Person 2/, /^Person 3/]);
  await expect(members.nth(0)).not.toContainText('Ana');
  await expect(members.nth(0)).not.toContainText('Mixed or undecided');
  await page.getByRole('checkbox', { name: "Show each person's name, stage and score" }).check();
  await expect(members.nth(0)).toContainText('Ana – Product');
  await expect(members.nth(0)).toContainText('Mixed or undecided (46)');
  await expect(members.nth(1)).toContainText('Person 2 (no name given)');
  await expect(page.getByRole('img', { name: 'Team average per pillar, 0 to 100' })).toBeVisible();
  const table = page.getByRole('table', { name: /average, lowest and highest/ });
  // Strategic voice: Ana 31, the undecided 50, the partial answers 60.
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(['47', '31 to 60', '3 of 3']);
  await expect(page.getByRole('heading', { name: 'Where the team disagrees most' })).toBeVisible();
  const disputes = page.getByRole('region', { name: 'Where the team disagrees most' }).getByRole('listitem');
  await expect(disputes.first().getByRole('heading')).toHaveText(/^How true is this here: “.+”\?$/);

  await page.getByRole('textbox', { name: 'Team name' }).fill('Leadership');
  await expect(page.getByRole('heading', { level: 1, name: 'Leadership' })).toBeVisible();
  // The link to share carries no names or dates unless asked.
  const shareLink = page.getByRole('textbox', { name: 'Share link' });
  const anonymous = await shareLink.inputValue();
  expect(anonymous).toMatch(/#\/team\/[A-Za-z0-9_-]+$/);
  expect(anonymous).not.toBe(page.url());
  await page.getByRole('checkbox', { name: 'Put names and dates in the team link' }).check();
  const teamLink = await shareLink.inputValue();
  // The address follows the team, so a reload keeps it.
  expect(page.url()).toBe(teamLink);
  await page.reload();
  await expect(page.getByRole('heading', { name: '3 people' })).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(anonymous);
  await expect(other.getByRole('heading', { level: 1, name: 'Leadership' })).toBeVisible();
  await other.getByRole('checkbox', { name: "Show each person's name, stage and score" }).check();
  await expect(other.getByRole('region', { name: '3 people' })).not.toContainText('Ana');
  await expect(other.getByRole('table', { name: /average, lowest and highest/ }).getByRole('row').nth(1).getByRole('cell')).toHaveText(['47', '31 to 60', '3 of 3']);
  await other.goto(teamLink);
  await expect(other.getByRole('heading', { level: 1, name: 'Leadership' })).toBeVisible();
  await expect(other.getByRole('heading', { name: '3 people' })).toBeVisible();
  await expect(other.getByRole('table', { name: /average, lowest and highest/ }).getByRole('row').nth(1).getByRole('cell')).toHaveText(['47', '31 to 60', '3 of 3']);
  await fresh.close();
});

test('removing a person updates the summary and the link', async ({ page }) => {
  await open(page, `#/team/${OFFSITE_TEAM}`);
  await expect(page.getByRole('heading', { name: '3 people' })).toBeVisible();
  const before = page.url();
  await page.getByRole('checkbox', { name: "Show each person's name, stage and score" }).check();
  await page.getByRole('button', { name: /^Remove Ana \(.+\) from the team$/ }).click();
  await expect(page.getByRole('heading', { name: '2 people' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Ana \(.+\) was removed from the team\./ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  // The unnamed person moves up a place and is named for it, marked as a stand-in.
  const two = page.getByRole('region', { name: '2 people' }).getByRole('listitem');
  await expect(two).toHaveCount(2);
  await expect(two.nth(0)).toContainText('Person 1 (no name given)');
  await expect(two.nth(1)).toContainText('Ben');
  await page.getByRole('button', { name: /^Remove Ben \(.+\) from the team$/ }).click();
  const one = page.getByRole('region', { name: '1 person' }).getByRole('listitem');
  await expect(one).toHaveCount(1);
  await expect(one).toContainText('Person 1 (no name given)');
  expect(page.url()).not.toBe(before);
  await page.goBack();
  await expect(page).not.toHaveURL(/#\/team/);
});

test('a team link pasted into a team adds everyone in it who is new', async ({ page }) => {
  await open(page, '#/team');
  await pasteLinks(page, [`${SITE}#/r/${UNDECIDED}`]);
  await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
  await expect(page.getByText('Add at least one more person to see where views differ.')).toBeVisible();
  await pasteLinks(page, [`${SITE}#/team/${OFFSITE_TEAM}`]);
  await expect(page.getByRole('heading', { name: '4 people' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Result links' })).toBeEmpty();
});

test('a named team is saved, reopened, renamed and deleted', async ({ page }) => {
  await open(page, '#/team');
  await pasteLinks(page, [`#/r/${ANA}`, `#/r/${UNDECIDED}`]);
  await page.getByRole('button', { name: 'Save this team' }).click();
  await expect(page.getByText('Give the team a name first')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Team name' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Team name' }).fill('Product leads');
  await page.getByRole('button', { name: 'Save this team' }).click();
  await expect(page.getByText('Saved as “Product leads” in this browser.')).toBeVisible();
  await expect(savedTeams(page)).toHaveCount(1);

  // The bare team address reopens the team being built, here the one just saved.
  await open(page, '#/team');
  await expect(page.getByRole('heading', { level: 1, name: 'Product leads' })).toBeVisible();
  const saved = savedTeams(page);
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText('2 people');
  await page.getByRole('link', { name: 'Open Product leads' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Product leads' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '2 people' })).toBeVisible();

  await page.getByRole('button', { name: 'Rename Product leads' }).click();
  const rename = page.getByRole('textbox', { name: 'New name for Product leads' });
  await expect(rename).toBeFocused();
  await rename.fill('   ');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('alert')).toContainText('Give the team a name first');
  await rename.fill('Leads');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Leads' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 3, name: 'Leads' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Leads' }).click();
  await expect(page.getByRole('button', { name: 'Yes, delete it' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByRole('button', { name: 'Delete Leads' })).toBeFocused();
  await expect(savedTeams(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Delete Leads' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(savedTeams(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Saved teams' })).toHaveCount(0);
});

test('a damaged team link is explained and the team view keeps working', async ({ page }) => {
  await open(page, `#/team/${mistype(OFFSITE_TEAM, 20)}`);
  await expect(page.getByRole('alert')).toContainText('This team link could not be opened.');
  await expect(page.getByRole('alert')).toContainText('does not pass its check');
  await open(page, `#/team/${ANA}`);
  await expect(page.getByRole('alert')).toContainText('one person\'s assessment result, not a team link');
  await pasteLinks(page, [`#/r/${ANA}`]);
  await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
});

test('damaged saved teams are set aside with a message', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('planted')) return;
    sessionStorage.setItem('planted', '1');
    localStorage.setItem('culture-check/teams', JSON.stringify({ schema: 1, data: { teams: [{ id: 1, name: 'Gone', link: 'nope', saved_on: 1 }] } }));
  });
  await open(page, '#/team');
  await expect(page.getByRole('status').first()).toContainText('1 saved team was damaged and could not be kept.');
  await expect(savedTeams(page)).toHaveCount(0);
});

test('saved teams from a newer version of the site survive saving a team, which says it was not saved', async ({ page }) => {
  const newer = '{"schema":99,"data":{"teams":[{"id":1,"name":"From the future","folders":[]}]}}';
  await plantStorage(page, { 'culture-check/teams': newer });
  await open(page, `#/team/${OFFSITE_TEAM}`);
  await expect(page.getByRole('status').first()).toContainText('teams was written by a newer version');
  await page.getByRole('textbox', { name: 'Team name' }).fill('Offsite');
  await page.getByRole('button', { name: 'Save this team' }).click();
  const form = page.getByRole('form', { name: 'Name and save the team' });
  await expect(form).toContainText('Not saved: this browser would not store “Offsite” (a newer version');
  await expect(page.getByText('Saved as “Offsite” in this browser.')).toHaveCount(0);
  const file = await download(page, form.getByRole('button', { name: 'Download your data' }));
  expect(file.json.teams.data.teams.map((team) => team.name)).toEqual(['Offsite']);
  // The visit goes on with it.
  await expect(savedTeams(page)).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('culture-check/teams'))).toBe(newer);
});

for (const colorScheme of ['light', 'dark']) {
  test(`the team view has no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, '#/team');
    await expectNoAxeViolations(page);
    await open(page, `#/team/${OFFSITE_TEAM}`);
    await pasteLinks(page, [`#/r/${ANA}`, 'not a link']);
    await page.getByRole('textbox', { name: 'Team name' }).fill('Offsite');
    await page.getByRole('button', { name: 'Save this team' }).click();
    await page.getByRole('button', { name: 'Rename Offsite' }).click();
    await expectNoAxeViolations(page);
  });
}

test('the team view fits a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, `#/team/${OFFSITE_TEAM}`);
  await expect(page.getByRole('heading', { name: '3 people' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the home page and the main navigation lead to the team view', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: 'team view' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team view' })).toBeFocused();
  const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' });
  await expect(nav).toHaveAttribute('aria-current', 'page');
});

test('a team holds up to 50 people, and a link too long for a QR code still shares as text', async ({ page }) => {
  const links = Array.from({ length: 51 }, (_, n) =>
    `#/r/${assessmentPayload(Array.from({ length: V1_SLOTS }, (_, slot) => 1 + ((slot + n) % 6)), `Participant number ${n + 1} of the workshop`)}`,
  );
  // The pinned undecided result decodes the same way the helper encodes.
  expect(assessmentPayload(Array(V1_SLOTS).fill(3))).toBe(UNDECIDED);
  await open(page, '#/team');
  await pasteLinks(page, links);
  const report = page.getByRole('status').filter({ hasText: 'results were added' });
  await expect(report).toContainText('50 results were added.');
  await expect(report).toContainText('already holds 50 results');
  await expect(page.getByRole('heading', { name: '50 people' })).toBeVisible();
  // Without names the link is far shorter; with fifty long names it outgrows any QR code.
  const anonymous = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(anonymous.length).toBeLessThan(2400);
  await page.getByRole('checkbox', { name: 'Put names and dates in the team link' }).check();
  const teamLink = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(teamLink.length).toBeGreaterThan(2400);
  await expect(page.getByRole('img', { name: 'QR code of the share link' })).toHaveCount(0);
  await expect(page.getByText('Scan to open the link on a phone.')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: '50 people' })).toBeVisible();
});

test('a removal can be undone, and the person returns to their place', async ({ page }) => {
  await open(page, `#/team/${OFFSITE_TEAM}`);
  const members = page.getByRole('region', { name: /people/ }).getByRole('listitem');
  const before = await members.allInnerTexts();
  const link = page.url();
  await page.getByRole('button', { name: /^Remove Person 3 \(.+\) from the team$/ }).click();
  await expect(page.getByRole('heading', { name: '2 people' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: '3 people' })).toBeFocused();
  expect(await members.allInnerTexts()).toEqual(before);
  expect(page.url()).toBe(link);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('the team being built is kept on the device until it is cleared, and clearing it asks first', async ({ page }) => {
  await open(page, '#/team');
  await pasteLinks(page, [`#/r/${ANA}`, `#/r/${UNDECIDED}`]);
  await expect(page.getByRole('heading', { name: '2 people' })).toBeVisible();
  await expect(page.getByText('Not saved under a name yet.')).toBeVisible();
  // Away and back by the navigation, and after a reload of the bare team address: still there.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Quiz' }).click();
  await nav.getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { name: '2 people' })).toBeVisible();
  await page.goto('./#/team');
  await expect(page.getByRole('heading', { name: '2 people' })).toBeVisible();

  await page.getByRole('button', { name: 'Start a new team' }).click();
  const confirm = page.getByRole('group', { name: 'Start a new team' });
  await expect(confirm.getByRole('button', { name: 'Yes, start a new team' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep this team' }).click();
  await expect(page.getByRole('button', { name: 'Start a new team' })).toBeFocused();
  await expect(page.getByRole('heading', { name: '2 people' })).toBeVisible();
  await page.getByRole('button', { name: 'Start a new team' }).click();
  await confirm.getByRole('button', { name: 'Yes, start a new team' }).click();
  await expect(page.getByText('No results yet.')).toBeVisible();
  await nav.getByRole('link', { name: 'Quiz' }).click();
  await nav.getByRole('link', { name: 'Team' }).click();
  await expect(page.getByText('No results yet.')).toBeVisible();
});

test('a saved team changed on screen says so, and a saved one starts anew without asking', async ({ page }) => {
  await open(page, '#/team');
  await pasteLinks(page, [`#/r/${ANA}`, `#/r/${UNDECIDED}`]);
  await page.getByRole('textbox', { name: 'Team name' }).fill('Leadership');
  await page.getByRole('button', { name: 'Save this team' }).click();
  await expect(page.getByText('Not saved under a name yet.')).toHaveCount(0);
  await pasteLinks(page, [`#/r/${PARTIAL}`]);
  await expect(page.getByText('Unsaved changes: “Leadership” is saved with 2 people.')).toBeVisible();
  await page.getByRole('button', { name: 'Save this team' }).click();
  await expect(page.getByText(/Unsaved changes/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Start a new team' }).click();
  await expect(page.getByText('No results yet.')).toBeVisible();
  await expect(savedTeams(page)).toHaveCount(1);
});

test('a team opened from a link never costs the unsaved team being built', async ({ page }) => {
  await open(page, '#/team');
  await pasteLinks(page, [`#/r/${ANA}`, `#/r/${UNDECIDED}`]);
  await expect(page.getByRole('heading', { name: '2 people' })).toBeVisible();
  await page.goto(`./#/team/${OFFSITE_TEAM}`);
  await expect(page.getByRole('heading', { name: '3 people' })).toBeVisible();
  // Looking changes nothing; changing the opened team files the earlier one under a name.
  await page.getByRole('button', { name: /^Remove Person 3 \(.+\) from the team$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'kept in Saved teams as “Unsaved team”' })).toBeVisible();
  await expect(savedTeams(page)).toHaveCount(1);
  await expect(savedTeams(page).first()).toContainText('2 people');
});

test('with storage blocked, leaving with an unsaved team asks first', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The user denied access to storage.', 'SecurityError');
      },
    });
  });
  await open(page, '#/team');
  await pasteLinks(page, [`#/r/${ANA}`]);
  await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.accept();
});

test('a person recognises their own result in the team, named or not', async ({ page }) => {
  await startAssessment(page);
  for (let n = 0; n < 60; n++) {
    if (await page.getByRole('button', { name: 'Share this result' }).isVisible()) break;
    await page.keyboard.press('4');
  }
  await page.getByRole('button', { name: 'Share this result' }).click();
  const own = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await pasteLinks(page, [`#/r/${ANA}`, own]);
  const members = page.getByRole('region', { name: '2 people' }).getByRole('listitem');
  await expect(members.nth(1)).toHaveText(/^Person 2 · this is you/);
  await expect(members.nth(0)).not.toContainText('this is you');
});

test.describe('with the app\'s own requests in view', () => {
  test.use({ serviceWorkers: 'block' });

  test('a result handed back as a QR code joins the team from a picture of it', async ({ page, browser }) => {
    await open(page, '#/team');
    // A participant finishes in their own browser; their results show the QR code of their link.
    const participantContext = await browser.newContext();
    const participant = await participantContext.newPage();
    await participant.goto(new URL('./#/assessment', page.url()).href);
    await participant.getByRole('button', { name: 'Skip this question' }).click();
    for (let n = 0; n < 60; n++) {
      if (await participant.getByRole('button', { name: 'Share this result' }).isVisible()) break;
      await participant.keyboard.press('2');
    }
    await participant.getByRole('button', { name: 'Share this result' }).click();
    const screenshot = await participant.getByRole('img', { name: 'QR code of the share link' }).screenshot();
    await participantContext.close();

    // The facilitator reads it from a picture; the reader's worker and its code are fetched only now.
    const readers = [];
    page.on('request', (request) => {
      if (/\/qr_reader_bg\.wasm$/.test(new URL(request.url()).pathname)) readers.push(request.url());
    });
    const picture = page.getByLabel('Or add from a picture of QR codes');
    expect(readers).toEqual([]);
    await picture.setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: screenshot });
    await expect(page.getByRole('status').filter({ hasText: '1 result was added.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
    expect(readers).toHaveLength(1);

    // A picture with no code in it is told, and changes nothing.
    const blank = await page.getByRole('heading', { level: 1 }).screenshot();
    await picture.setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: blank });
    await expect(page.getByRole('status').filter({ hasText: 'No QR code could be read in this picture.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
  });
});

test('a session invite leads each person through the assessment and back to the facilitator', async ({ page, browser }) => {
  await open(page, '#/team');
  await page.getByRole('textbox', { name: 'Session name' }).fill('Leadership offsite');
  const invite = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
  expect(invite).toMatch(/#\/join\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole('img', { name: 'QR code of the invite link' })).toBeVisible();
  expect((await page.getByRole('img', { name: 'QR code of the invite link' }).boundingBox()).width).toBeGreaterThan(300);

  const participantContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const participant = await participantContext.newPage();
  await participant.goto(invite);
  await expect(participant.getByRole('heading', { level: 1, name: 'You are invited to “Leadership offsite”' })).toBeVisible();
  await participant.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(participant.getByText('For: Leadership offsite')).toBeVisible();
  await participant.getByRole('button', { name: 'Skip this question' }).click();
  for (let n = 0; n < 60; n++) {
    if (await participant.getByRole('heading', { name: /^Hand your result back/ }).isVisible()) break;
    await participant.keyboard.press('3');
  }
  // The way back comes right after the reading, above everything else.
  const handBack = participant.getByRole('region', { name: 'Hand your result back to “Leadership offsite”' });
  await expect(handBack.getByRole('img', { name: 'QR code of your result link' })).toBeVisible();
  const returned = await handBack.getByRole('textbox', { name: 'Your result link' }).inputValue();
  expect(returned).toMatch(/#\/r\/[A-Za-z0-9_-]+$/);
  await participantContext.close();

  await pasteLinks(page, [`Here is mine: ${returned}`]);
  await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
});

test('an invite link that cannot be read says so and still offers the assessment', async ({ page }) => {
  await open(page, '#/join/%25%25not-an-invite');
  await expect(page.getByRole('heading', { level: 1, name: 'This invite link could not be opened' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Take the assessment' })).toBeVisible();
});

/** A video file for Chromium's fake camera (Y4M, 4:2:0) showing the PNG `picture` still. */
async function stillVideo(page, picture, path) {
  const { width, height, luma } = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    // A white margin around the code, and even sides as 4:2:0 needs.
    const width = (bitmap.width + 80) & ~1;
    const height = (bitmap.height + 80) & ~1;
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 40, 40);
    const rgba = context.getImageData(0, 0, width, height).data;
    const luma = [];
    for (let i = 0; i < rgba.length; i += 4) luma.push(Math.round(0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2]));
    return { width, height, luma };
  }, picture.toString('base64'));
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.from(luma), chroma, chroma]);
  const frames = Array.from({ length: 10 }, () => frame);
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...frames]));
}

test('the camera reads a QR code held up to it and adds the result once', async ({ page, baseURL }, testInfo) => {
  // A participant's results, with the QR code of their link.
  await plantFinishedAssessment(page, () => 4);
  await open(page, '#/assessment/results');
  await page.getByRole('button', { name: 'Share this result' }).click();
  const picture = await page.getByRole('img', { name: 'QR code of the share link' }).screenshot();
  const video = testInfo.outputPath('qr.y4m');
  await stillVideo(page, picture, video);

  const camera = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    const facilitator = await (await camera.newContext({ serviceWorkers: 'block' })).newPage();
    const errors = [];
    facilitator.on('pageerror', (error) => errors.push(error.message));
    await countFramesRead(facilitator);
    await facilitator.goto(new URL('./#/team', baseURL).href);
    await facilitator.getByRole('button', { name: 'Scan QR codes with the camera' }).click();
    await expect(facilitator.getByRole('button', { name: 'Stop scanning' })).toBeFocused();
    await expect(facilitator.getByText('1 person added by the camera.')).toBeVisible({ timeout: 15_000 });
    await expect(facilitator.getByRole('heading', { name: '1 person' })).toBeVisible();
    // The same code, still in view, is not added again: once a frame handed over after the add has
    // been read (one frame is read at a time, so the one after it was sent once that read ended).
    const readBefore = await facilitator.evaluate(() => window.framesRead);
    await expect.poll(() => facilitator.evaluate(() => window.framesRead), { timeout: 15_000 }).toBeGreaterThan(readBefore + 1);
    await expect(facilitator.getByRole('heading', { name: '1 person' })).toBeVisible();
    await facilitator.getByRole('button', { name: 'Stop scanning' }).click();
    await expect(facilitator.getByRole('button', { name: 'Scan QR codes with the camera' })).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await camera.close();
  }
});

test('the workshop runs from the agenda: a presenter mode steps through the disputes, and the agenda prints alone', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => {
      window.printedPart = document.documentElement.dataset.printing;
    };
  });
  await open(page, '#/team');
  await pasteLinks(page, [`#/r/${ANA}`, `#/r/${UNDECIDED}`, `#/r/${PARTIAL}`]);
  const agenda = page.getByRole('region', { name: 'Workshop agenda' });
  await agenda.getByRole('button', { name: 'Show the agenda' }).click();
  await expect(agenda.getByText(/^\d+ \w+ \d{4} · 3 people · about \d+ minutes$/)).toBeVisible();
  await expect(agenda.getByRole('heading', { name: '2. The weakest pillars' })).toBeVisible();
  await expect(agenda.getByText(/^15 min · How true is this here/)).toBeVisible();

  await page.getByRole('button', { name: 'Present the disputes' }).click();
  const presenter = page.getByRole('dialog');
  await expect(presenter.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(presenter).toContainText(/Dispute 1 of (\d+)/);
  const total = Number((await presenter.textContent()).match(/Dispute 1 of (\d+)/)[1]);
  await expect(presenter.getByRole('img', { name: /^How the room answered: / })).toBeVisible();
  await expectNoAxeViolations(page);
  if (total > 1) {
    await page.keyboard.press('ArrowRight');
    await expect(presenter).toContainText(`Dispute 2 of ${total}`);
    await page.keyboard.press('ArrowLeft');
    await expect(presenter).toContainText(`Dispute 1 of ${total}`);
  }
  await page.keyboard.press('ArrowLeft');
  await expect(presenter).toContainText(`Dispute 1 of ${total}`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Present the disputes' })).toBeFocused();

  await page.getByRole('button', { name: 'Print the agenda' }).click();
  expect(await page.evaluate(() => window.printedPart)).toBe('agenda');
  // On paper, with the agenda printing alone, nothing else of the team view shows.
  await page.evaluate(() => document.documentElement.setAttribute('data-printing', 'agenda'));
  await page.emulateMedia({ media: 'print' });
  await expect(agenda).toBeVisible();
  await expect(page.getByRole('heading', { name: '3 people' })).toBeHidden();
});

test('the summary shows the spread: a person-by-pillar grid without names, and each dispute with how the room answered', async ({
  page,
}) => {
  await open(page, '#/team');
  // Two who strongly disagree throughout, two who strongly agree, one who agrees.
  const codes = [1, 5, 1, 5, 4];
  const names = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eun'];
  await pasteLinks(
    page,
    codes.map((code, index) => `#/r/${assessmentPayload(Array(V1_SLOTS).fill(code), names[index])}`),
  );
  await expect(page.getByRole('heading', { name: '5 people' })).toBeVisible();

  const grid = page.getByRole('region', { name: "Table of each person's scores" }).getByRole('table');
  const rows = grid.getByRole('row');
  await expect(rows).toHaveCount(6);
  await expect(rows.first().getByRole('columnheader')).toHaveCount(9);
  // Anonymous rows, from the highest overall score down, whoever was pasted first.
  const people = grid.locator('tbody th');
  await expect(people).toHaveText(['Person 1', 'Person 2', 'Person 3', 'Person 4', 'Person 5']);
  for (const name of names) await expect(grid).not.toContainText(name);
  const overall = grid.locator('tbody tr td:last-child');
  const scores = (await overall.allTextContents()).map(Number);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(scores[0]).toBeGreaterThan(scores[4]);
  // Names shown: the team's order and the names people gave.
  await page.getByRole('checkbox', { name: "Show each person's name, stage and score" }).check();
  await expect(people).toHaveText(names);
  await page.getByRole('checkbox', { name: "Show each person's name, stage and score" }).uncheck();
  await expect(grid).not.toContainText('Ana');

  const disputes = page.getByRole('region', { name: 'Where the team disagrees most' }).getByRole('listitem');
  await expect(disputes).toHaveCount(5);
  await expect(page.getByRole('region', { name: 'Where the team disagrees most' })).toContainText('most evenly divided first');
  for (const dispute of await disputes.all()) {
    // The bar is named by its counts, written out beside it as well.
    const bar = dispute.getByRole('img', { name: /^How the room answered: / });
    await expect(bar).toBeVisible();
    const counts = (await bar.getAttribute('aria-label')).replace('How the room answered: ', '');
    await expect(dispute.locator('figcaption')).toHaveText(counts);
    // A prompt written for the statement, not only the statement.
    await expect(dispute.locator('.disagreement__prompt')).not.toBeEmpty();
    // The bar starts, like the words, with the healthy answers: disagreeing, on an obstacle.
    const obstacle = /^This names an obstacle/.test(await dispute.getByRole('heading').textContent());
    await expect(dispute.locator('rect title').first()).toHaveText(obstacle ? /^Strongly disagree: / : /^Strongly agree: /);
    await expect(dispute.locator('rect').first()).toHaveClass(/distribution__part--healthy/);
  }
  await expectNoAxeViolations(page);

  // On a phone the grid scrolls in its own region; the page does not scroll sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  const region = page.getByRole('region', { name: "Table of each person's scores" });
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the team summary downloads as CSV and Markdown, without names unless asked', async ({ page }) => {
  await open(page, `#/team/${OFFSITE_TEAM}`);
  await page.getByRole('button', { name: 'Show the downloads' }).click();
  const csv = page.getByRole('button', { name: 'Download as CSV' });
  const started = page.waitForEvent('download');
  await csv.click();
  const file = await started;
  expect(file.suggestedFilename()).toMatch(/^culture-check-team-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await file.path(), 'utf8');
  expect(text).toContain('Person 1');
  expect(text).not.toContain('Ana');

  await page.getByRole('checkbox', { name: "Include each person's name and date" }).check();
  const markdown = page.getByRole('button', { name: 'Download as Markdown' });
  const again = page.waitForEvent('download');
  await markdown.click();
  const named = await again;
  expect(named.suggestedFilename()).toMatch(/\.md$/);
  const wiki = readFileSync(await named.path(), 'utf8');
  expect(wiki).toMatch(/^# Leadership offsite/m);
  expect(wiki).toContain('Ana');
});
