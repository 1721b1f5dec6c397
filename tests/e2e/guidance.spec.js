// The results as advice for this person: actions chosen by the answers with the reason for each,
// what to keep doing, the way to the next stage, and how the score works.
import { readFileSync } from 'node:fs';
import { ASKED, codeFor, PILLARS, RECOMMENDATIONS } from './content.js';
import { expect, expectNoAxeViolations, open, plantFinishedAssessment, test } from './fixtures.js';
import { ANA } from './links.js';

/** Plants one finished assessment whose answers give each statement the agreement `agreementOf` picks. */
async function plantResult(page, agreementOf) {
  await plantFinishedAssessment(page, (statement) => codeFor(statement, agreementOf(statement)));
}

const weakest = ASKED.find((statement) => !statement.reverse);

/** Each quiz question's topic, prompt, right option and explanation, from content/quiz.toml. */
const QUIZ_QUESTIONS = readFileSync(new URL('../../content/quiz.toml', import.meta.url), 'utf8')
  .split('\n[[verdict]]\n')[0]
  .split('\n[[question]]\n')
  .slice(1)
  .map((block) => {
    const text = (pattern) => {
      const raw = block.match(pattern)?.[1] ?? '';
      return raw.replace(/\\\n\s*/g, '').replace(/\\(["\\])/g, '$1').trim();
    };
    return {
      topic: text(/^topic = "(.*)"$/m),
      prompt: text(/^prompt = (?:"""([\s\S]*?)"""|"(.*)")$/m) || text(/^prompt = "(.*)"$/m),
      explanation: text(/^explanation = """([\s\S]*?)"""$/m),
      right: text(/^text = "(.*)"\ncorrect = true$/m),
    };
  });

test('the advice follows the one statement answered worst and says why it was chosen', async ({ page }) => {
  // Agreement everywhere except one statement strongly disagreed with.
  await plantResult(page, (statement) => (statement === weakest ? 0 : 75));
  await open(page, '#/assessment/results');

  const actions = page.getByRole('region', { name: 'What to do next' });
  await expect(actions).toBeVisible();
  const reasons = actions.getByText(/^Because you/);
  await expect(reasons.first()).toHaveText(`Because you strongly disagreed with “${weakest.text}”`);
  for (const reason of await reasons.all()) await expect(reason).toContainText(weakest.text);

  // The other pillars are strong: kept up, not fixed, under each pillar's own disclosure.
  const strong = page.getByRole('group').filter({ hasText: 'Keep doing' }).first();
  await strong.locator('summary').click();
  await expect(strong.getByRole('heading', { name: 'Keep doing' })).toBeVisible();

  // The way to the next stage says what would have to become true of the company, the statement
  // answered worst first, not which answer to give.
  const way = page.getByRole('region', { name: /^The way to/ });
  await expect(way).toBeVisible();
  await way.getByText('What would have to change in the company, statement by statement').click();
  const move = way.getByRole('listitem').filter({ hasText: weakest.text });
  await expect(move).toContainText(/Would have to (become true|hold clearly and widely):/);
  await expect(move).toContainText('Answered "Strongly disagree" this time.');

  // The quiz questions on that pillar are offered to try, each under its own topic, never with its
  // answer or explanation.
  const learn = page.getByRole('region', { name: 'Learn more in the quiz' });
  await expect(learn.getByText(/one of the pillars to work on\.$/i).first()).toBeVisible();
  const cards = learn.getByRole('listitem');
  await expect(cards).not.toHaveCount(0);
  for (const card of await cards.all()) {
    const topic = await card.getByRole('heading', { level: 3 }).textContent();
    const question = QUIZ_QUESTIONS.find((candidate) => candidate.topic === topic);
    expect(question, topic).toBeTruthy();
    await expect(card).toContainText(question.prompt);
    await expect(card).not.toContainText(question.right);
    await expect(card).not.toContainText(question.explanation.slice(0, 40));
  }
  await learn.getByRole('link', { name: 'Take the quiz' }).click();
  await expect(page).toHaveURL(/#\/quiz$/);
});

for (const colorScheme of ['light', 'dark']) {
  test(`the learn-more cards have no accessibility violations at 360 px in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 740 });
    await plantResult(page, (statement) => (statement === weakest ? 0 : 75));
    await open(page, '#/assessment/results');
    const learn = page.getByRole('region', { name: 'Learn more in the quiz' });
    await learn.scrollIntoViewIfNeeded();
    await expect(learn.getByRole('heading', { level: 3 }).first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
  });
}

test('a blind spot points to the quiz question that explains its pillar', async ({ page }) => {
  // Everything agreed except one statement answered "Don't know".
  const unknown = ASKED[ASKED.length - 1];
  const DONT_KNOW = 6;
  await plantFinishedAssessment(page, (statement) => (statement === unknown ? DONT_KNOW : codeFor(statement, 100)));
  await open(page, '#/assessment/results');
  await expect(page.getByRole('region', { name: 'Blind spots' })).toContainText(unknown.text);
  await expect(page.getByRole('region', { name: 'Learn more in the quiz' })).toContainText(
    'where you answered “Don’t know”.',
  );
});

test('a result at the top stage is told how to keep it going, not what to fix', async ({ page }) => {
  await plantResult(page, () => 100);
  await open(page, '#/assessment/results');
  await expect(page.getByRole('heading', { level: 1, name: 'Being product-led' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Keep it going' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What to keep doing' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What to do next' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^The way to/ })).toHaveCount(0);
  await expect(page.getByText(/^Because you/)).toHaveCount(0);
});

test('a pillar answered only "Don\'t know" never lifts the stage: the reading names it and claims no stage', async ({
  page,
}) => {
  const data = PILLARS.find((pillar) => pillar.id === 'data-informed');
  // Strong everywhere, "Don't know" (code 6) on every data-informed statement.
  await plantFinishedAssessment(page, (statement) => (statement.pillar === data.id ? 6 : codeFor(statement, 100)));
  await open(page, '#/assessment/results');
  await expect(page.getByRole('heading', { level: 1, name: 'Stage not determined' })).toBeVisible();
  await expect(page.getByText(`${data.name} could not be measured`)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^The way to/ })).toHaveCount(0);
  // Each pillar says what its score rests on; the unmeasured one says it was not measured.
  await expect(page.getByText(/^Rests on \d+ of \d+ answers$/).first()).toBeVisible();
  await expect(page.getByText(/^Not measured: 0 of \d+ answers on the scale$/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('how the score works opens from the results and uses the real rules', async ({ page }) => {
  await plantResult(page, () => 50);
  await open(page, '#/assessment/results');
  const explained = page.getByText('How the score works');
  await expect(page.getByRole('heading', { name: 'The scale' })).toBeHidden();
  await explained.click();
  await page.getByText('The rules', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'The scale' })).toBeVisible();
  await expect(page.getByText(/Strongly disagree 0, Disagree 25, Neither agree nor disagree 50, Agree 75/)).toBeVisible();
  await expect(page.getByText(/Not yet product-led from 0, Mixed or undecided from 38, Becoming product-led from 63/)).toBeVisible();
  // Undecided everywhere: every action is chosen; three lead, from three pillars, and the rest fold away.
  const actions = page.getByRole('region', { name: 'What to do next' });
  await expect(actions.getByRole('heading', { level: 3 })).toHaveCount(3);
  const leadPillars = await actions.locator(':scope > .recommendations > .recommendation > .eyebrow').allTextContents();
  expect(new Set(leadPillars).size).toBe(3);
  // The further ideas fold away in the same place, one level down.
  const more = actions.getByRole('group').filter({ has: page.locator('summary', { hasText: /^\d+ more ideas$/ }) });
  await more.locator('summary').first().click();
  expect(await more.getByRole('heading', { level: 4 }).count()).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
});

test('an action that must come first leads, and says which later idea builds on it', async ({ page }) => {
  // A pillar answered at the unhealthy end where one action builds on another; the rest thriving.
  const later = RECOMMENDATIONS.find((recommendation) => recommendation.after.length > 0);
  const first = RECOMMENDATIONS.find((recommendation) => recommendation.id === later.after[0]);
  await plantResult(page, (statement) => (statement.pillar === later.pillar ? 0 : 100));
  await open(page, '#/assessment/results');

  const actions = page.getByRole('region', { name: /^(What to do next|Worth a look)$/ });
  await expect(actions.getByRole('heading', { level: 3, name: first.title })).toBeVisible();
  await expect(actions.getByText(`It comes first: “${later.title}” builds on it.`)).toBeVisible();

  // The later idea comes after it: further down the lead, or among the further ideas below it.
  const lead = await actions.getByRole('heading', { level: 3 }).allTextContents();
  if (lead.includes(later.title)) {
    expect(lead.indexOf(first.title)).toBeLessThan(lead.indexOf(later.title));
  } else {
    await actions.locator('summary', { hasText: /^\d+ more ideas?$/ }).click();
    await expect(actions.getByRole('heading', { level: 4, name: later.title })).toBeVisible();
  }
});

test('advice on a shared result names whoever answered', async ({ page }) => {
  await open(page, `#/r/${ANA}`);
  // The reasons fold under each action.
  await page.getByText('Why, and the answers behind it').first().click();
  await expect(page.getByText(/^Because Ana – Product .+ with “/).first()).toBeVisible();
  await expect(page.getByText(/^Because you/)).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark']) {
  test(`the advice has no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await plantResult(page, (statement) => (statement === weakest ? 0 : 75));
    await open(page, '#/assessment/results');
    await page.getByText('How the score works').click();
    await expectNoAxeViolations(page);
  });
}
