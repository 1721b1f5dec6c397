// Result links as people use them: finishing the assessment and sharing it, opening a link in a
// fresh browser, comparing it with one's own result, sharing a quiz score, and every kind of broken
// link, each with its own message and a page that keeps working.
import { ASKED_STATEMENTS as TOTAL, codeFor } from './content.js';
import { expect, expectNoAxeViolations, open, plantFinishedAssessment, startAssessment, test } from './fixtures.js';
import { ANA, forge, mistype, SAM_QUIZ, OFFSITE_TEAM, UNDECIDED } from './links.js';

/** Takes the whole assessment answering `key` everywhere, opens the results and their share panel. */
async function finishAssessment(page, key) {
  await startAssessment(page);
  for (let n = 1; n <= TOTAL; n++) {
    await expect(page.getByText(`Statement ${n} of ${TOTAL}`)).toBeVisible();
    await page.keyboard.press(key);
  }
  await page.getByRole('button', { name: 'Share this result' }).click();
  await expect(page.getByRole('heading', { name: 'Share this result' })).toBeVisible();
}

/** Everything this site keeps in the browser, to check that opening a link changes none of it. */
async function savedState(page) {
  return page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((key) => key.startsWith('culture-check/')).map((key) => [key, localStorage.getItem(key)])),
  );
}

test('a finished assessment shares a short link that opens the same result in a fresh browser', async ({ page, browser }) => {
  await finishAssessment(page, '3');
  const field = page.getByRole('textbox', { name: 'Share link' });
  await expect(field).toHaveAttribute('readonly', '');
  await expect(page.getByText('Anyone with this link can see these answers')).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code of the share link' })).toBeVisible();
  const unnamed = await field.inputValue();
  expect(new URL(unnamed).hash.length - '#/r/'.length).toBeLessThanOrEqual(80);

  // A name with markup is carried as plain text.
  await page.getByRole('textbox', { name: 'Your name or team (optional)' }).fill('Ana <b>Ops</b>');
  await expect(field).not.toHaveValue(unnamed);
  const link = await field.inputValue();
  expect(link).toMatch(/#\/r\/[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors = [];
  other.on('pageerror', (error) => errors.push(error.message));
  await other.goto(link);
  await expect(other.getByText('A shared assessment result.')).toBeVisible();
  await expect(other.getByRole('heading', { level: 1, name: 'Mixed or undecided' })).toBeVisible();
  await expect(other.getByText('Stage · shared by Ana <b>Ops</b>')).toBeVisible();
  await expect(other.locator('b')).toHaveCount(0);
  await expect(other.getByText('out of 100 overall')).toContainText('50');
  const rows = other.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(1 + 7);
  for (let row = 1; row <= 7; row++) await expect(rows.nth(row).getByRole('cell')).toHaveText(['50']);
  await expect(other.getByRole('heading', { name: 'What to do next' })).toBeVisible();
  await expect(other.getByRole('heading', { name: 'How does your company look to you?' })).toBeVisible();
  await expect(other.getByRole('textbox', { name: 'Share link' })).toHaveCount(0);
  expect(await savedState(other)).toEqual({});
  await other.getByRole('link', { name: 'Take it yourself' }).click();
  await other.getByRole('button', { name: 'Skip this question' }).click();
  await expect(other.getByText(`Statement 1 of ${TOTAL}`)).toBeVisible();
  expect(errors).toEqual([]);
  await fresh.close();
});

test('Copy link confirms, and where the clipboard is refused the link is selected instead', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await finishAssessment(page, '4');
  const field = page.getByRole('textbox', { name: 'Share link' });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());

  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
  });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('This browser did not allow copying.')).toBeVisible();
  await expect(field).toBeFocused();
  const selected = await field.evaluate((input) => input.value.slice(input.selectionStart, input.selectionEnd));
  expect(selected).toBe(await field.inputValue());
});

test('a shared result beside your own shows both on one chart and where you differ', async ({ page }) => {
  await finishAssessment(page, '3');
  const before = await savedState(page);
  await open(page, `#/r/${ANA}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mixed or undecided' })).toBeVisible();
  await expect(page.getByText('Ana – Product completed this assessment on 23 November 2026.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Compared with your latest result' })).toBeVisible();
  // Stage and overall first, in words, then the pillars.
  const comparison = page.getByRole('region', { name: 'Compared with your latest result' });
  await expect(comparison.getByText('Stage: both read Mixed or undecided.')).toBeVisible();
  await expect(comparison.getByText(/^Overall: yours 50, “Ana – Product” \d+, so yours is \d+ points? (higher|lower)\.$/)).toBeVisible();
  await expect(comparison.getByText(/^Furthest apart: .+\.$/)).toBeVisible();
  // The figures per pillar are a press away.
  await comparison.getByText('Every pillar, side by side').click();
  await expect(page.getByRole('img', { name: 'Pillar scores compared, 0 to 100' })).toBeVisible();
  const compared = page.getByRole('table', { name: 'Score per pillar in both results, 0 to 100' });
  await expect(compared.getByRole('columnheader')).toHaveText(['Pillar', '“Ana – Product”', 'You', 'Difference']);
  await expect(compared.getByRole('row').nth(1).getByRole('cell')).toHaveText(['31', '50', 'You 19 higher']);
  await expect(page.getByRole('heading', { name: 'Statements you answered furthest apart' })).toBeVisible();
  // Each statement item sets both answers side by side ("Ana – Product: …", "You: …"), at most five,
  // among the statements both results answered (Ana's link is older than today's statements).
  const items = comparison.getByRole('listitem').filter({ hasText: /You: / });
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeLessThanOrEqual(5);
  expect(await savedState(page)).toEqual(before);
});

test('a full quiz attempt shares its score, and the link shows it with the questions answered rightly', async ({ page }) => {
  await open(page, '#/quiz');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let n = 1; n <= 10; n++) {
    await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: /^(Next question|See your score)$/ }).click();
  }
  const score = await page.getByRole('heading', { level: 1 }).textContent();
  await expect(page.getByRole('heading', { name: 'Share your score' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Your name (optional)' }).fill('Sam');
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.goto(link);
  await expect(page.getByText('A shared quiz score.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: score })).toBeVisible();
  await expect(page.getByText('Quiz score · shared by Sam')).toBeVisible();
  await expect(page.getByText(`Your own best score is ${score}.`)).toBeVisible();
});

test('a pinned quiz link shows its score and its right answers, and names no misses from an older quiz', async ({ page }) => {
  await open(page, `#/r/${SAM_QUIZ}`);
  await expect(page.getByRole('heading', { level: 1, name: '7 of 10' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Answered rightly' })).toBeVisible();
  // No question is listed as missed, so every list item on the page is a question answered rightly:
  // six of Sam's seven, the seventh (slot 4) having been retired since.
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(6);
  // Sam took the first edition of the quiz: the questions Sam missed have been replaced since.
  await expect(page.getByRole('heading', { name: 'Missed' })).toHaveCount(0);
  await expect(page.getByText(/the quiz has changed since it was taken/)).toBeVisible();
  await expect(page.getByText('You have not taken the quiz in this browser yet: ten questions, about three minutes.')).toBeVisible();
  await page.getByRole('link', { name: 'Take the quiz yourself' }).click();
  await expect(page).toHaveURL(/#\/quiz$/);
});

const BROKEN = [
  ['a mistyped link', mistype(ANA), 'does not pass its check'],
  ['a truncated link', ANA.slice(0, 20), 'does not pass its check'],
  ['a link cut one character into a block', ANA.slice(0, 21), 'too short'],
  ['text that is not base64url', 'EQEE!SM62', 'which never appears in a Culture Check link'],
  ['a link from a future version', forge([0x31, 1, 4, 0x21, 0, 0]), 'made by a newer version of Culture Check'],
  ['bytes that are not a Culture Check link', forge([0x00, 1, 2, 3]), 'is not a Culture Check result link'],
  ['an enormous fragment', 'A'.repeat(20_000), 'far longer than any Culture Check link'],
  ['a name hiding a text-direction override', forge([0x11, 1, 4, 0x21, 0, 4, 0xe2, 0x80, 0xae, 0x41]), 'invisible or control characters'],
];

for (const [what, payload, message] of BROKEN) {
  test(`${what} gets its own message and a working page`, async ({ page }) => {
    await open(page, `#/r/${payload}`);
    await expect(page.getByRole('heading', { level: 1, name: 'This link could not be opened' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(message);
    await page.getByRole('link', { name: 'Take the assessment yourself' }).click();
    await page.getByRole('button', { name: 'Skip this question' }).click();
    await expect(page.getByText(`Statement 1 of ${TOTAL}`)).toBeVisible();
  });
}

test('a link from the first edition shows the statements that edition asked, and rests on them', async ({ page }) => {
  await open(page, `#/r/${ANA}`);
  // Ana answered the first edition's five statements per pillar, four of them on the scale here.
  const strategy = page.locator('details.pillar-detail', { hasText: 'Strategic voice' });
  await expect(strategy.locator('summary')).toContainText('Rests on 4 of 5 answers');
  await strategy.locator('summary').click();
  await expect(strategy.locator('.given-answers > li')).toHaveCount(5);
  await expect(page.getByText(/^Rests on \d+ of (?!5 )\d+ answers$/)).toHaveCount(0);
});

test('a team link opened as a result offers the team view', async ({ page }) => {
  await open(page, `#/r/${OFFSITE_TEAM}`);
  await expect(page.getByRole('alert')).toContainText('This is a team link');
  await page.getByRole('link', { name: 'Open it in the team view' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leadership offsite' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark']) {
  test(`shared results and broken links have no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, `#/r/${UNDECIDED}`);
    await expectNoAxeViolations(page);
    await open(page, `#/r/${SAM_QUIZ}`);
    await expectNoAxeViolations(page);
    await open(page, `#/r/${mistype(ANA)}`);
    await expectNoAxeViolations(page);
  });

  test(`a shared result leading with its comparison has no accessibility violations at 360 px in ${colorScheme} mode`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme });
    await plantFinishedAssessment(page, (statement) => codeFor(statement, 25));
    await open(page, `#/r/${ANA}`);
    await expect(page.getByRole('heading', { name: 'Compared with your latest result' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('a shared result with its comparison fits a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await finishAssessment(page, '3');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await open(page, `#/r/${ANA}`);
  await expect(page.getByRole('heading', { name: 'Compared with your latest result' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("a result taken after opening someone's link offers the comparison with it, which then leads the link on a phone", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, `#/r/${ANA}`);
  await page.getByRole('link', { name: 'Take it yourself' }).click();
  await page.getByRole('button', { name: 'Skip this question' }).click();
  for (let n = 1; n <= TOTAL; n++) {
    await expect(page.getByText(`Statement ${n} of ${TOTAL}`)).toBeVisible();
    await page.keyboard.press('4');
  }
  await expect(page.getByText(/^You took this after opening “Ana/)).toBeVisible();
  await page.getByRole('link', { name: 'Compare the two results' }).click();
  const heading = page.getByRole('heading', { name: 'Compared with your latest result' });
  await expect(heading).toBeVisible();
  // Reopened after finishing one's own, the link leads with the comparison, within two phone screens,
  // and "Take it yourself" waits below it.
  const top = (locator) => locator.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  const comparisonTop = await top(heading);
  expect(comparisonTop).toBeLessThan(2 * 844);
  expect(comparisonTop).toBeLessThan(await top(page.getByRole('link', { name: 'Take it yourself' })));
  await expect(page.getByRole('heading', { name: 'How does your company look to you?' })).toHaveCount(0);
});

test('results taken without opening a link first offer no such comparison', async ({ page }) => {
  await finishAssessment(page, '4');
  await expect(page.getByRole('link', { name: 'Compare the two results' })).toHaveCount(0);
});
