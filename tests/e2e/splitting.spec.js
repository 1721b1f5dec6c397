// Screens outside the first visit's path arrive when first opened (docs/code-splitting.md): the home
// page fetches none of their code, opening one shows it after a short loading state, and a chunk that
// cannot be fetched ends in a plain-words message rather than a page that no longer answers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASKED, RECOMMENDATIONS } from './content.js';
import {
  download,
  expect,
  expectNoAxeViolations,
  holdBack,
  open,
  plantFinishedAssessment,
  startAssessment,
  stored,
  test,
} from './fixtures.js';
import { appStarted, backgroundFiles, splitFiles } from './entry-routes.js';
import { QUIZ } from './quiz-content.js';
import { ANA, OFFSITE_TEAM, PARTIAL, UNDECIDED } from './links.js';

// The service worker would fetch every file in the background; these tests watch the page's own.
test.use({ serviceWorkers: 'block' });

const LATER_SCREENS = /\/(team|history|results|shared_result|your_data)_screen-[0-9a-f]+\.wasm$/;

test('the home page fetches no later screen, and the team view fetches its own when opened', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await open(page, '#/');
  await expect(page.getByRole('link', { name: 'Start the assessment' })).toBeVisible();
  expect(fetched.filter((path) => LATER_SCREENS.test(path))).toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(fetched.filter((path) => LATER_SCREENS.test(path))).toEqual([expect.stringMatching(/\/team_screen-/)]);
});

test.describe('with the connection lost', () => {
  test.use({ expectedProblems: /ERR_INTERNET_DISCONNECTED|Failed to fetch/ });

  test('a later screen whose code cannot be fetched is tried again, then said in plain words with a button that tries once more', async ({
    page,
  }) => {
    const tries = [];
    await page.route(LATER_SCREENS, (route) => {
      tries.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await open(page, '#/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
    await expect(page.getByRole('alert')).toHaveText(/could not be loaded.*What you entered is saved in this browser/);
    // The first fetch and two more, a second apart, before the visitor is asked.
    expect(tries.length).toBe(3);
    await page.unroute(LATER_SCREENS);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The app still answers: another screen opens.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
  });
});

// Opened straight from a link, a screen's chunks are fetched beside the main module, not after it:
// the start-up script preloads what the build's map lists for the route, and each file comes once.
// Only the code that writes the data file comes later, in the background, once stored data is open.
for (const [name, fragment, screen, heading] of [
  ['the home page', '#/', 'home_screen', /product-led/],
  ['the assessment', '#/assessment', 'assessment_screen', /part of the company/],
  ['the quiz', '#/quiz', 'quiz_screen', /Test what you know/],
  ['a result link', `#/r/${ANA}`, 'shared_result_screen', 'Mixed or undecided'],
  // A team link: an empty team also fetches the ways to add people at once, a part of their own.
  ['the team view', `#/team/${OFFSITE_TEAM}`, 'team_screen', /\S/],
  ['the history', '#/history', 'history_screen', 'Your history'],
]) {
  test(`${name} preloads exactly its screen's chunks, and fetches each once`, async ({ page }) => {
    const wasm = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname.split('/').pop());
    });
    await open(page, fragment);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel=preload][as=fetch]')].map((link) => new URL(link.href).pathname.split('/').pop()),
    );
    const chunkPreloads = preloaded.filter((file) => !file.startsWith('culture-check-'));
    expect(chunkPreloads.sort()).toEqual([...splitFiles()[screen]].sort());
    const later = backgroundFiles(screen);
    const chunks = wasm.filter((file) => !file.startsWith('culture-check-') && !later.includes(file));
    expect(chunks.sort()).toEqual(chunkPreloads.sort());
    expect(new Set(wasm).size).toBe(wasm.length);
  });
}

// The team view's parts arrive when first opened too (src/ui/team/fold.rs): the ways to add people,
// the agenda, presenter mode, the downloads and the comparison each have a chunk of their own.
const TEAM_PART = /\/team_(tools|agenda|presenter|export|compare)-[0-9a-f]+\.wasm$/;

/** The team parts fetched so far, by name ("agenda"), as the page asks for them. */
function teamPartsFetched(page) {
  const fetched = [];
  page.on('request', (request) => {
    const part = TEAM_PART.exec(new URL(request.url()).pathname);
    if (part) fetched.push(part[1]);
  });
  return fetched;
}

test('a team link fetches none of the team view\'s parts, and "Add people" fetches the ways to add people', async ({ page }) => {
  const fetched = teamPartsFetched(page);
  await open(page, `#/team/${OFFSITE_TEAM}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Leadership offsite' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Workshop agenda: Leadership offsite' })).toBeVisible();
  expect(fetched).toEqual([]);

  await page.getByRole('button', { name: /^Add people/ }).click();
  await expect(page.getByRole('textbox', { name: 'Result links' })).toBeVisible();
  expect(fetched).toEqual(['tools']);
});

test('each part of the team view is fetched the first time it is opened, and shown', async ({ page }) => {
  const fetched = teamPartsFetched(page);
  await open(page, '#/team');
  // An empty team opens on the ways to add people.
  await page.getByRole('textbox', { name: 'Result links' }).fill([ANA, UNDECIDED, PARTIAL].map((payload) => `#/r/${payload}`).join('\n'));
  await page.getByRole('button', { name: 'Add to team' }).click();
  await expect(page.getByRole('heading', { name: '3 people' })).toBeVisible();
  expect(fetched).toEqual(['tools']);

  const agenda = page.getByRole('region', { name: 'Workshop agenda' });
  await agenda.getByRole('button', { name: 'Show the agenda' }).click();
  await expect(agenda.getByRole('button', { name: 'Print the agenda' })).toBeVisible();
  expect(fetched).toEqual(['tools', 'agenda']);

  await page.getByRole('button', { name: 'Present the disputes' }).click();
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  expect(fetched).toEqual(['tools', 'agenda', 'presenter']);

  await page.getByRole('button', { name: 'Show the downloads' }).click();
  await expect(page.getByRole('button', { name: 'Download as CSV' })).toBeVisible();
  expect(fetched).toEqual(['tools', 'agenda', 'presenter', 'export']);

  await page.getByRole('button', { name: 'Choose the earlier session' }).click();
  await expect(page.getByRole('textbox', { name: 'Or paste an earlier team link' })).toBeVisible();
  expect(fetched).toEqual(['tools', 'agenda', 'presenter', 'export', 'compare']);

  // Folded and unfolded again, a part is not fetched again, and keeps what was typed in it.
  await page.getByRole('textbox', { name: 'Or paste an earlier team link' }).fill('last quarter');
  await page.getByRole('button', { name: 'Choose the earlier session' }).click();
  await expect(page.getByRole('textbox', { name: 'Or paste an earlier team link' })).toBeHidden();
  await page.getByRole('button', { name: 'Choose the earlier session' }).click();
  await expect(page.getByRole('textbox', { name: 'Or paste an earlier team link' })).toHaveValue('last quarter');
  expect(fetched).toHaveLength(5);
});

test('a team part says "Loading…" in its place until its code arrives', async ({ page }) => {
  const release = await holdBack(page, /\/team_export-[0-9a-f]+\.wasm$/);
  await open(page, `#/team/${OFFSITE_TEAM}`);
  const downloads = page.getByRole('region', { name: 'Take the summary elsewhere' });
  await downloads.getByRole('button', { name: 'Show the downloads' }).click();
  await expect(downloads.getByRole('status')).toHaveText('Loading…');
  release();
  await expect(downloads.getByRole('button', { name: 'Download as CSV' })).toBeVisible();
  await expect(downloads.getByText('Loading…')).toHaveCount(0);
});

test('a team part whose code arrives after the person has left the team view changes nothing, and the app goes on', async ({ page }) => {
  const release = await holdBack(page, /\/team_tools-[0-9a-f]+\.wasm$/);
  const requested = page.waitForRequest(/\/team_tools-[0-9a-f]+\.wasm$/);
  // An empty team fetches the ways to add people at once.
  await open(page, '#/team');
  await requested;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
  const arrived = page.waitForResponse(/\/team_tools-[0-9a-f]+\.wasm$/);
  release();
  await arrived;
  // The app still answers (and the fixture finds no page error).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
});

test.describe('with the connection lost before a team part is opened', () => {
  test.use({ expectedProblems: /ERR_INTERNET_DISCONNECTED|Failed to fetch/ });

  test('the part is tried again, then said in plain words in its place with a button that tries once more', async ({ page }) => {
    const tries = [];
    await open(page, `#/team/${OFFSITE_TEAM}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Leadership offsite' })).toBeVisible();
    await page.route(TEAM_PART, (route) => {
      tries.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    const compare = page.getByRole('region', { name: 'Compare with an earlier session' });
    await compare.getByRole('button', { name: 'Choose the earlier session' }).click();
    await expect(compare.getByRole('alert')).toHaveText(/could not be loaded.*What you entered is saved in this browser/);
    // The first fetch and two more, a second apart, before the visitor is asked.
    expect(tries.length).toBe(3);
    // The rest of the team view still answers.
    await expect(page.getByRole('heading', { name: '3 people' })).toBeVisible();
    await page.unroute(TEAM_PART);
    await compare.getByRole('button', { name: 'Try again' }).click();
    await expect(compare.getByRole('textbox', { name: 'Or paste an earlier team link' })).toBeVisible();
    await expect(compare.getByRole('alert')).toHaveCount(0);
  });
});

test('the home page runs before the code that reads its stored lines, which then say where the assessment stands', async ({ page }) => {
  await plantFinishedAssessment(page, () => 4);
  const release = await holdBack(page, ownFileOf('home_status'));
  await open(page, '#/');
  await appStarted(page);
  const start = page.getByRole('link', { name: 'Start the assessment' });
  await expect(start).toBeVisible();
  await expect(page.getByText(/Latest result/)).toHaveCount(0);
  release();
  await expect(page.getByText(/Latest result \(.+\): /)).toBeVisible();
  await expect(page.getByRole('link', { name: 'See it again' })).toBeVisible();
});

/** Matches the URL of split point `point`'s own file (what `page.route` takes). */
function ownFileOf(point) {
  const own = splitFiles()[point][0];
  return (url) => url.pathname.endsWith(own);
}

// The assessment's and the quiz's storage code is a chunk of its own (src/ui/lazy.rs, `storage_later`).
test('on a first visit the assessment runs before its storage code, and what is answered meanwhile is saved once it arrives', async ({
  page,
}) => {
  const release = await holdBack(page, ownFileOf('assessment_saving'));
  await open(page, '#/assessment');
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByText(/^Statement 1 of \d+/)).toBeVisible();
  await page.getByText('Agree', { exact: true }).click();
  await expect(page.getByText(/^Statement 2 of \d+/)).toBeVisible();
  // Not saved yet, and not said to be: no tick showed on the answer.
  await expect(page.locator('.choice--saved')).toHaveCount(0);
  expect(await stored(page, 'culture-check/assessment-progress')).toBeNull();
  release();
  await expect.poll(async () => JSON.parse((await stored(page, 'culture-check/assessment-progress')) ?? 'null')?.data.current).toBe(1);
  // Answered now, with the code here: saved at once, and the tick says so.
  await page.getByText('Disagree', { exact: true }).click();
  await expect(page.locator('.choice--saved')).toHaveCount(1);
  await expect(page.getByText(/^Statement 3 of \d+/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^Statement 3 of \d+/)).toBeVisible();
  await expect(page.getByText('2 answered')).toBeVisible();
});

test('a returning visitor\'s place in the assessment is read before the statements show', async ({ page }) => {
  await startAssessment(page);
  for (const [n, answer] of ['Agree', 'Agree', 'Disagree'].entries()) {
    await expect(page.getByText(new RegExp(`^Statement ${n + 1} of \\d+`))).toBeVisible();
    await page.getByText(answer, { exact: true }).click();
  }
  await expect(page.getByText(/^Statement 4 of \d+/)).toBeVisible();
  const release = await holdBack(page, ownFileOf('assessment_saving'));
  await page.reload();
  await appStarted(page);
  await expect(page.getByRole('status')).toHaveText('Loading…');
  await expect(page.getByText(/^Statement \d+ of \d+/)).toHaveCount(0);
  release();
  await expect(page.getByText(/^Statement 4 of \d+/)).toBeVisible();
  await expect(page.getByText('3 answered')).toBeVisible();
});

test('on a first visit the quiz starts before its storage code, and the attempt is saved once it arrives', async ({ page }) => {
  const release = await holdBack(page, ownFileOf('quiz_saving'));
  await open(page, '#/quiz');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('button', { name: 'Next question' })).toBeVisible();
  expect(await stored(page, 'culture-check/quiz-progress')).toBeNull();
  release();
  const answered = async () =>
    JSON.parse((await stored(page, 'culture-check/quiz-progress')) ?? 'null')?.data.questions.filter((question) => question.answer !== null).length;
  await expect.poll(answered).toBe(1);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Next question' })).toBeVisible();
});

test.describe('with the connection lost before the storage code arrives', () => {
  test.use({ expectedProblems: /ERR_INTERNET_DISCONNECTED|Failed to fetch/ });

  test('the assessment says its answers are not saved yet, keeps them, and saves them when "Try again" fetches the code', async ({
    page,
  }) => {
    const own = new RegExp(`${splitFiles().assessment_saving[0]}$`);
    const tries = [];
    await page.route(own, (route) => {
      tries.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await open(page, '#/assessment');
    await page.getByRole('button', { name: 'Skip this question' }).click();
    await page.getByText('Agree', { exact: true }).click();
    await expect(page.getByText(/^Statement 2 of \d+/)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(/cannot be saved in this browser yet.*kept on this page meanwhile/);
    // The first fetch and two more, a second apart, before the visitor is told.
    expect(tries.length).toBe(3);
    await expectNoAxeViolations(page);
    await page.unroute(own);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect.poll(async () => JSON.parse((await stored(page, 'culture-check/assessment-progress')) ?? 'null')?.data.current).toBe(1);
    await expect(page.getByText(/^Statement 2 of \d+/)).toBeVisible();
  });
});

test('the code that writes the data file arrives after the first screen, and the download works with it', async ({ page }) => {
  await plantFinishedAssessment(page, () => 4);
  const own = splitFiles().data_file[0];
  const fetched = page.waitForRequest((request) => request.url().endsWith(own));
  await open(page, '#/');
  const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload]')].map((link) => link.href));
  expect(preloaded.some((href) => href.endsWith(own))).toBe(false);
  // Fetched in the background once home has read what is stored.
  await fetched;
  const file = await download(page, page.getByRole('button', { name: 'Download your data' }));
  expect(file.json.assessment_history.data.entries).toHaveLength(1);
});

// A screen a link can open waits for its own chunk and at most 6 shared ones; a screen or part opened
// from within the site for at most 10 shared ones, most of them loaded already by the screen before it.
const LINKED_SCREENS = ['home_screen', 'assessment_screen', 'quiz_screen', 'shared_result_screen', 'team_screen'];

test('a screen a link can open waits for at most 7 wasm files of its own and shared chunks, 8 with the main module', () => {
  const split = splitFiles();
  for (const screen of LINKED_SCREENS) expect(split[screen].length, `${screen}: ${split[screen].join(', ')}`).toBeLessThanOrEqual(7);
});

test('a screen or part opened from within the site waits for at most 11 wasm files of its own and shared chunks', () => {
  for (const [split, files] of Object.entries(splitFiles())) expect(files.length, `${split}: ${files.join(', ')}`).toBeLessThanOrEqual(11);
});

// Content texts are tables of their own (core/build/checks.rs, `write_text_table`), fetched with the
// code that shows them: looked for in the wasm files each entry route fetches, its main module included.
test('each entry route fetches only the kinds of content text its screen can show', () => {
  const dist = process.env.DIST || 'dist';
  const main = readdirSync(dist).find((name) => /^culture-check-[0-9a-f]+_bg\.wasm$/.test(name));
  const split = splitFiles(dist);
  const samples = {
    statement: ASKED[0].text,
    discussion: ASKED[0].discussion,
    recommendation: RECOMMENDATIONS[0].title,
    quiz: QUIZ.questions[0].prompt,
  };
  const kindsIn = (files) => {
    const bytes = Buffer.concat([main, ...files].map((file) => readFileSync(join(dist, file))));
    return Object.keys(samples).filter((kind) => bytes.includes(Buffer.from(samples[kind])));
  };
  expect(kindsIn([])).toEqual([]);
  expect(kindsIn(split.home_screen)).toEqual([]);
  // The assessment's "learn more" names quiz questions; a result link may hold a quiz result.
  const assessment = kindsIn(split.assessment_screen);
  expect(assessment).toContain('statement');
  expect(assessment).not.toContain('discussion');
  expect(assessment).not.toContain('recommendation');
  const quiz = kindsIn(split.quiz_screen);
  expect(quiz).toContain('quiz');
  expect(quiz).not.toContain('discussion');
  expect(quiz).not.toContain('recommendation');
  const resultLink = kindsIn(split.shared_result_screen);
  expect(resultLink).toEqual(expect.arrayContaining(['statement', 'recommendation']));
  expect(resultLink).not.toContain('discussion');
  expect(kindsIn(split.team_screen)).toContain('discussion');
});
