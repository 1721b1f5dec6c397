// The site's frame: home page, navigation by keyboard, routing, deployment under a sub-path, bad
// storage, narrow screens, no JavaScript, and accessibility in both themes.
import { ASKED_STATEMENTS, ASSESSMENT_MINUTES } from './content.js';
import { blockStorage, expect, expectNoAxeViolations, open, plantStorage, test } from './fixtures.js';

const HOME_HEADING = "How product-led is your company's culture?";

test('the home page explains the idea and offers both ways in', async ({ page }) => {
  await open(page);
  await expect(page).toHaveTitle(/how product-led is your culture/i);
  await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
  await expect(page.getByText(/culture is the soil/i)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the assessment' })).toBeVisible();
  // Counts follow the content: the time from the words asked, by the core's rule.
  await expect(page.getByText(`About ${ASSESSMENT_MINUTES} minutes · ${ASKED_STATEMENTS} statements`)).toBeVisible();
  await expect(page.getByText(/across seven pillars/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the quiz' })).toBeVisible();
  await expect(page.getByText('About 3 minutes · 10 questions')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Everything you enter stays in this browser');
  await expect(page.getByText('Loading Culture Check')).toHaveCount(0);
});

test('the skip link moves focus to the page heading without changing the route', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeFocused();
  expect(new URL(page.url()).hash).toBe('#/');
});

test('the main navigation works by keyboard and marks the current page', async ({ page }) => {
  await open(page);
  const quizLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' });
  for (let presses = 0; presses < 6 && !(await quizLink.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(quizLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/quiz$/);
  await expect(page).toHaveTitle('Quiz · Culture Check');
  await expect(quizLink).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
  await expect(quizLink).not.toHaveAttribute('aria-current', 'page');

  // History has its own item, and only it is marked there.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'History' }).click();
  await expect(page).toHaveTitle('Your history · Culture Check');
  await expect(nav.getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Assessment' })).not.toHaveAttribute('aria-current', 'page');
});

test('an unknown route shows a helpful page with a way home', async ({ page }) => {
  await open(page, '#/no-such-page');
  await expect(page).toHaveTitle('Page not found · Culture Check');
  await expect(page.getByRole('heading', { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByText('/no-such-page')).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
});

test('malformed and enormous fragments still render a page', async ({ page }) => {
  await open(page, '#%E0%A4%A');
  await expect(page.getByRole('heading', { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await open(page, `#/${'x'.repeat(200_000)}`);
  await expect(page.getByRole('heading', { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByText(/x{20}…/)).toBeVisible();
});

test('reloading on a deep link stays on that screen', async ({ page }) => {
  await open(page, '#/quiz');
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page).toHaveTitle('Quiz · Culture Check');
});

test('the build works when deployed under a sub-path', async ({ page }) => {
  await page.goto('/nested/deploy/#/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/nested\/deploy\/#\/$/);
  await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
});

test('blocked storage is explained and the site keeps working', async ({ page }) => {
  await blockStorage(page);
  await open(page);
  await expect(page.getByRole('status')).toContainText('not letting the site save anything');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('not letting the site save anything')).toHaveCount(0);
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('dismissing a notice leaves the others in place', async ({ page }) => {
  await plantStorage(page, {
    'culture-check/assessment-progress': '{"schema":1,"data":',
    'culture-check/assessment-history': '{"schema":99,"data":{}}',
  });
  await open(page);
  const notices = page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Dismiss' }) });
  const dismiss = notices.getByRole('button', { name: 'Dismiss' });
  await expect(dismiss).toHaveCount(2);
  await expect(notices).toContainText('assessment answers could not be read');
  await dismiss.first().click();
  await expect(dismiss).toHaveCount(1);
  await expect(notices).not.toContainText('assessment answers could not be read');
  await expect(notices).toContainText('assessment history was written by a newer version');
});

test('garbage in storage does not stop the site from starting', async ({ page }) => {
  await plantStorage(page, {
    'culture-check/assessment-progress': '{"schema":1,"data":',
    'culture-check/assessment-history': 'null',
    'culture-check/quiz-progress': '<script>alert(1)</script>',
    'culture-check/quiz-record': '{"schema":1,"data":{"best":"lots"}}',
    'culture-check/teams': '{"schema":999,"data":[]}',
  });
  await open(page);
  await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
  await page.getByRole('link', { name: 'Start the assessment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Culture Check' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
});

test('the page fits a 360 px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const fragment of ['#/', '#/no-such-page']) {
    await open(page, fragment);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${fragment} fits`).toBeLessThanOrEqual(360);
  }
});

test('without JavaScript the page says what is needed', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(baseURL);
  await expect(page.getByRole('heading', { name: 'Culture Check needs JavaScript' })).toBeVisible();
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`home and not-found have no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page);
    await expectNoAxeViolations(page);
    await open(page, '#/no-such-page');
    await expectNoAxeViolations(page);
  });
}
