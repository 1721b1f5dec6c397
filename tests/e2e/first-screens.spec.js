// A first visit paints its entry route's first screen from the HTML, prerendered at build time by the
// app itself (scripts/prerender.mjs), and the app takes it over when its code has arrived: nothing
// moves, and nothing the visitor did in between is lost.
import { appStarted } from './entry-routes.js';
import { expect, holdBack, plantStorage, test } from './fixtures.js';

// The service worker would fetch the app's code in the background; these tests hold it back.
test.use({ serviceWorkers: 'block' });

/** Holds the main WebAssembly module back until the returned function is called. */
function holdTheApp(page) {
  return holdBack(page, /culture-check-[0-9a-f]+_bg\.wasm$/);
}

/** Where the main landmarks and the given control are, and what the page says. */
async function layout(page, control) {
  const box = async (locator) => {
    const { x, y, width, height } = await locator.boundingBox();
    return { x, y, width, height };
  };
  return {
    title: await page.title(),
    heading: await box(page.getByRole('heading', { level: 1 })),
    control: await box(control),
    footer: await box(page.locator('footer')),
    text: await page.locator('main').innerText(),
  };
}

const SCREENS = [
  { fragment: '#/', heading: /How product-led is your company/, control: { role: 'link', name: 'Start the assessment' } },
  { fragment: '#/assessment', heading: /part of the company/, control: { role: 'radio', name: 'Leadership' } },
  { fragment: '#/quiz', heading: /Test what you know/, control: { role: 'button', name: 'Start the quiz' } },
];

for (const screen of SCREENS) {
  test(`${screen.fragment} shows its first screen before the app runs, and the app takes it over without a jump`, async ({
    page,
  }) => {
    const release = await holdTheApp(page);
    await page.goto(`./${screen.fragment}`, { waitUntil: 'commit' });
    const control = page.getByRole(screen.control.role, { name: screen.control.name, exact: true });
    await expect(control).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.heading);
    await expect(page.getByText('Loading Culture Check…')).toBeHidden();
    await expect(page.locator('[data-boot]').first()).toBeAttached();
    const before = await layout(page, control);

    release();
    await appStarted(page);
    expect(await layout(page, control)).toEqual(before);
  });
}

test('a shared result shows the site around it while it opens', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('./#/r/anything', { waitUntil: 'commit' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Loading…');
  expect(await page.title()).toBe('Shared result · Culture Check');
  release();
  await appStarted(page);
  await expect(page.getByRole('heading', { name: 'This link could not be opened' })).toBeVisible();
});

test('the answer picked before the app runs is kept, and the assessment moves on', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('./#/', { waitUntil: 'commit' });
  await page.getByRole('link', { name: 'Start the assessment' }).click();
  // The assessment's first screen, its optional first question, from the HTML too, with its heading
  // focused as in the app.
  const first = page.getByRole('heading', { level: 1 });
  await expect(first).toBeFocused();
  const question = await first.innerText();
  expect(await page.title()).toBe('Assessment · Culture Check');
  await page.getByText('Sales, marketing and customer success', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Sales, marketing and customer success' })).toBeChecked();

  release();
  await appStarted(page);
  await expect(page.getByText(/Statement 1 of \d+ · 0 answered/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(question);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Sales, marketing and customer success' })).toBeChecked();
});

test('a part of the company chosen by keyboard before the app runs is kept', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('./#/assessment', { waitUntil: 'commit' });
  const leadership = page.getByRole('radio', { name: 'Leadership' });
  await leadership.focus();
  await page.keyboard.press('Space');
  await expect(leadership).toBeChecked();
  release();
  await appStarted(page);
  await expect(page.getByText(/Statement 1 of \d+ · 0 answered/)).toBeVisible();
});

test('a button pressed before the app runs is pressed for the app', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('./#/quiz', { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  release();
  await appStarted(page);
  await expect(page.getByText(/Question 1 of 10/)).toBeVisible();
});

test('the keyboard focus stays where it was when the app takes over', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('./#/', { waitUntil: 'commit' });
  const start = page.getByRole('link', { name: 'Start the quiz' });
  await start.focus();
  await expect(start).toBeFocused();
  release();
  await appStarted(page);
  await expect(start).toBeFocused();
});

test('a returning visitor sees the start-up message, not a first visit’s screen', async ({ page }) => {
  await plantStorage(page, { 'culture-check/quiz-record': '{"schema":1,"data":{"best":7,"attempts":1}}' });
  const release = await holdTheApp(page);
  await page.goto('./#/', { waitUntil: 'commit' });
  await expect(page.getByText('Loading Culture Check…')).toBeVisible();
  await expect(page.locator('[data-boot]')).toHaveCount(0);
  release();
  await appStarted(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
