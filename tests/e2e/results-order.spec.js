// The results in the order a reader needs them: the reading and the three actions at the top, the
// share panel one press away, the way to the next stage after the actions, each pillar folded with the
// answers given (open on paper), and ties or thin results told as they are.
import { ASKED, PILLARS, codeFor } from './content.js';
import { expect, expectNoAxeViolations, open, plantFinishedAssessment, test } from './fixtures.js';
import { ANA } from './links.js';

const DONT_KNOW = 6;

/** Plants a finished assessment in which every statement of a pillar gets the agreement `byPillar` gives. */
async function plantByPillar(page, byPillar) {
  await plantFinishedAssessment(page, (statement) => codeFor(statement, byPillar[statement.pillar]));
}

/** The disclosure of one pillar on the results. */
function pillarGroup(page, pillar) {
  // Within the pillars' own region: a quiz topic below may share a pillar's name.
  return page
    .getByRole('region', { name: 'Pillar by pillar' })
    .getByRole('group')
    .filter({ has: page.locator('summary', { hasText: pillar.name }) });
}

const undecided = Object.fromEntries(PILLARS.map((pillar) => [pillar.id, 50]));

test('the reading and three actions come first, and "Share this result" opens the share panel', async ({ page }) => {
  await plantByPillar(page, undecided);
  await open(page, '#/assessment/results');
  const share = page.getByRole('button', { name: 'Share this result' });
  await expect(share).toBeInViewport();

  // Three actions, then the way to the next stage, then the pillars, in that order down the page.
  const top = async (locator) => (await locator.boundingBox()).y;
  const way = page.getByRole('region', { name: /^The way to/ });
  const actions = page.getByRole('region', { name: 'What to do next' });
  const pillars = page.getByRole('region', { name: 'Pillar by pillar' });
  expect(await top(actions)).toBeLessThan(await top(way));
  expect(await top(way)).toBeLessThan(await top(pillars));
  await expect(actions.getByRole('heading', { level: 3 })).toHaveCount(3);

  // By keyboard: the button moves focus to the share panel's heading and shows it.
  await share.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'Share this result' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Your name or team (optional)')).toBeFocused();
});

test('each pillar folds away its answers, and opens by keyboard', async ({ page }) => {
  await plantByPillar(page, undecided);
  await open(page, '#/assessment/results');
  await expect(page.getByRole('region', { name: 'Pillar by pillar' }).getByRole('group')).toHaveCount(PILLARS.length);

  const pillar = pillarGroup(page, PILLARS[0]);
  const answers = pillar.getByRole('list', { name: 'Your answers' });
  await expect(answers).toBeHidden();
  await pillar.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(answers).toBeVisible();
  // Its figure is in the strip at the top, once.
  await expect(pillar.locator('summary')).not.toContainText(/\d+ of 100/);
  await page.keyboard.press('Space');
  await expect(answers).toBeHidden();
});

test('the answers are listed per pillar, obstacles and "Don\'t know" included, and print open', async ({ page }) => {
  const pillar = PILLARS[1];
  const statements = ASKED.filter((statement) => statement.pillar === pillar.id);
  const obstacle = statements.find((statement) => statement.reverse);
  const unknown = statements.find((statement) => !statement.reverse);
  await plantFinishedAssessment(page, (statement) => {
    if (statement === obstacle) return 4; // "Agree" with an obstacle
    if (statement === unknown) return DONT_KNOW;
    return codeFor(statement, 75);
  });
  await open(page, '#/assessment/results');

  const group = pillarGroup(page, pillar);
  await group.locator('summary').click();
  const answers = group.getByRole('list', { name: 'Your answers' });
  await expect(answers.getByRole('listitem')).toHaveCount(statements.length);
  const agreed = answers.getByRole('listitem').filter({ hasText: obstacle.text });
  await expect(agreed).toContainText('Agree');
  await expect(agreed).toContainText('names an obstacle, so agreeing with it lowers the score');
  await expect(answers.getByRole('listitem').filter({ hasText: unknown.text })).toContainText("Don't know");

  // On paper every pillar's answers are there, folded or not.
  await group.locator('summary').click();
  await expect(answers).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  for (const each of PILLARS) {
    await expect(pillarGroup(page, each).getByRole('list', { name: 'Your answers' })).toBeVisible();
  }
  await expect(agreed).toBeVisible();
  // And so is why the stage is what it is.
  await expect(page.locator('.how-scoring')).toContainText('Mixed or undecided');
  await expect(page.locator('.how-scoring p').first()).toBeVisible();
});

test('pillars tied at the bottom are all marked weakest in the strip, in words and a shape', async ({ page }) => {
  const scores = [75, 25, 75, 50, 50, 25, 50];
  await plantByPillar(page, Object.fromEntries(PILLARS.map((pillar, at) => [pillar.id, scores[at]])));
  await open(page, '#/assessment/results');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: '▼ Weakest' })).toHaveCount(2);
  await expect(rows.nth(2)).toContainText(`${PILLARS[1].name} ▼ Weakest`);
  await expect(rows.nth(6)).toContainText(`${PILLARS[5].name} ▼ Weakest`);
});

test('a result with two answers names no strongest or weakest pillar', async ({ page }) => {
  const two = ASKED.filter((statement) => statement.pillar === PILLARS[0].id).slice(0, 2);
  await plantFinishedAssessment(page, (statement) => (two.includes(statement) ? codeFor(statement, 75) : DONT_KNOW));
  await open(page, '#/assessment/results');
  await expect(page.getByRole('table').getByText(/Strongest|Weakest/)).toHaveCount(0);
  await expect(page.getByText(/^Not on the ladder: 1 pillar was measured, and a stage needs \d+\.$/)).toBeVisible();
});

test('a shared result reads in the same order, with the answers it carries', async ({ page }) => {
  await open(page, `#/r/${ANA}`);
  const actions = page.getByRole('region', { name: /^(What to do next|Worth a look)$/ });
  const pillars = page.getByRole('region', { name: 'Pillar by pillar' });
  expect((await actions.boundingBox()).y).toBeLessThan((await pillars.boundingBox()).y);
  const group = pillarGroup(page, PILLARS[0]);
  await group.locator('summary').click();
  await expect(group.getByRole('list', { name: 'The answers given' }).getByRole('listitem').first()).toBeVisible();
  // Nothing to share from someone else's result: no button that would lead nowhere.
  await expect(page.getByRole('button', { name: 'Share this result' })).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark']) {
  test(`the results with a pillar open have no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await plantByPillar(page, undecided);
    await open(page, '#/assessment/results');
    await pillarGroup(page, PILLARS[0]).locator('summary').click();
    await expectNoAxeViolations(page);
  });
}

test('the results with every pillar open fit a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await plantByPillar(page, undecided);
  await open(page, '#/assessment/results');
  await expect(page.getByRole('button', { name: 'Share this result' })).toBeInViewport();
  for (const pillar of PILLARS) await pillarGroup(page, pillar).locator('summary').click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('Back to the results returns to where the reader was; a link to them opens at the top', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await plantByPillar(page, undecided);
  await open(page, '#/assessment/results');
  const toHistory = page.getByRole('link', { name: 'See your history' });
  await toHistory.scrollIntoViewIfNeeded();
  const left = await page.evaluate(() => scrollY);
  expect(left).toBeGreaterThan(1000);

  await toHistory.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(0);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(left);
  await expect(toHistory).toBeInViewport();

  // Reaching the results by a link, not by Back, opens them at their top.
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeFocused();
  await page.evaluate(() => {
    location.hash = '#/assessment/results';
  });
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText('out of 100 overall')).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBe(0);
});
