// The team view leads with the team: a team link opens on its summary (people, chart, disputes) with
// the ways to add people folded above it, an empty team opens on those tools, the dispute bars wear
// the colours their key names, and the workshop agenda prints on at most two A4 pages headed by the
// session's name and the day.
import { expect, expectNoAxeViolations, open, test } from './fixtures.js';
import { assessmentPayloadFrom, V1_SLOTS } from './links.js';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 900 };

/** Six results from two parts of the company, each answering one code throughout: leadership at the
 * healthy end, product and engineering at the other, so every statement divides the room. */
const SIX = [
  ['leadership', 5, 'Ana'],
  ['leadership', 5, 'Ben'],
  ['leadership', 4, 'Cleo'],
  ['product-engineering', 1, 'Dev'],
  ['product-engineering', 2, 'Eun'],
  ['product-engineering', 1, 'Fay'],
].map(([role, code, name]) => `#/r/${assessmentPayloadFrom(role, Array(V1_SLOTS).fill(code), name)}`);

/** Builds the six-person team in the team view and returns its link (the address follows the team). */
async function buildTeam(page) {
  await open(page, '#/team');
  await page.getByRole('textbox', { name: 'Result links' }).fill(SIX.join('\n'));
  await page.getByRole('button', { name: 'Add to team' }).click();
  await expect(page.getByRole('heading', { name: '6 people' })).toBeVisible();
  return page.url();
}

/** Where an element starts, in pixels from the top of the page. */
function pageTop(locator) {
  return locator.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
}

for (const [device, viewport] of [
  ['phone', PHONE],
  ['laptop', LAPTOP],
]) {
  test(`on a ${device}, a team link opens on the summary: people, chart and the first dispute within two screens`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const link = await buildTeam(page);
    await page.goto(link);
    await page.reload();
    // The team at a glance comes first: how many, their average and stages.
    await expect(page.getByText(/^6 people, average overall score \d+ out of 100\.$/)).toBeInViewport();
    const addPeople = page.getByRole('button', { name: /^Add people/ });
    await expect(addPeople).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('textbox', { name: 'Result links' })).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'Session name' })).toBeHidden();

    const screens = 2 * viewport.height;
    const chart = page.getByRole('region', { name: 'Pillar by pillar' });
    const firstDispute = page.getByRole('region', { name: 'Where the team disagrees most' }).getByRole('listitem').first();
    expect(await pageTop(chart)).toBeLessThan(screens);
    expect(await pageTop(firstDispute)).toBeLessThan(screens);
    // The summary comes before anything done with it.
    expect(await pageTop(firstDispute)).toBeLessThan(await pageTop(page.getByRole('region', { name: /^Workshop agenda/ })));

    // Unfolding the tools shows the invite and the paste box, above the summary.
    await addPeople.click();
    await expect(addPeople).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('textbox', { name: 'Session name' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Result links' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('with nobody in the team, the tools to add people lead and nothing folds them', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, '#/team');
  await expect(page.getByRole('textbox', { name: 'Session name' })).toBeInViewport();
  await expect(page.getByRole('button', { name: /^Add people/ })).toHaveCount(0);
  // "Team view" once at the top, as the heading.
  await expect(page.getByText('Team view', { exact: true })).toHaveCount(1);
  // The first results keep the tools open, with the paste report, while people are still being added.
  await page.getByRole('textbox', { name: 'Result links' }).fill(SIX.slice(0, 2).join('\n'));
  await page.getByRole('button', { name: 'Add to team' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 results were added.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Add people/ })).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: /^Add people/ }).click();
  await expect(page.getByRole('textbox', { name: 'Result links' })).toBeHidden();
  await expect(page.getByText(/^2 people, average overall score/)).toBeInViewport();
});

for (const colorScheme of ['light', 'dark']) {
  test(`the dispute bars use exactly the colours of their key (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await buildTeam(page);
    const disputes = page.getByRole('region', { name: 'Where the team disagrees most' });
    const key = disputes.getByRole('group', { name: 'Key to the bars' });
    await expect(key.locator('.distribution-legend__item')).toHaveText([/blue/, /grey/, /orange/, /Don't know/]);
    const swatches = await key.locator('.distribution-legend__swatch').evaluateAll((spans) =>
      Object.fromEntries(spans.map((span) => [span.className.match(/--(\w+)$/)[1], getComputedStyle(span).backgroundColor])),
    );
    expect(new Set(Object.values(swatches)).size).toBe(4);
    const parts = await disputes.locator('rect').evaluateAll((rects) =>
      rects.map((rect) => ({ side: rect.getAttribute('class').match(/--(\w+)$/)[1], fill: getComputedStyle(rect).fill })),
    );
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) expect(part.fill, part.side).toBe(swatches[part.side]);
    // Both ends of the scale appear: the room is split.
    expect(new Set(parts.map((part) => part.side))).toEqual(new Set(['healthy', 'problem']));
    await expectNoAxeViolations(page);
  });
}

test('removing a person with names hidden says which one: place and overall score, and it can be undone', async ({ page }) => {
  await buildTeam(page);
  const names = page.getByRole('checkbox', { name: "Show each person's name, stage and score" });
  await names.check();
  const third = page.getByRole('region', { name: '6 people' }).getByRole('listitem').nth(2);
  const overall = (await third.textContent()).match(/\((\d+)\)/)[1];
  await names.uncheck();
  await expect(third).not.toContainText(overall);
  await page.getByRole('button', { name: `Remove Person 3 (${overall}) from the team` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Person 3 (${overall}) was removed from the team.` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: '6 people' })).toBeFocused();
});

test('the agenda of a six-person workshop prints on at most two A4 pages, with the session name and the day', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-05T10:00:00'));
  await buildTeam(page);
  // Still unfolded: the team was built from nobody.
  await page.getByRole('textbox', { name: 'Session name' }).fill('Leadership offsite');
  const agenda = page.getByRole('region', { name: 'Workshop agenda: Leadership offsite' });
  await agenda.getByRole('button', { name: 'Show the agenda' }).click();
  await expect(agenda.getByText('5 December 2026 · 6 people · about')).toBeVisible();
  // Five disputes, the gap between the two parts of the company and the weakest pillars: the longest agenda.
  await expect(agenda.getByRole('heading', { name: /Where the team disagrees/ }).locator('+ ol > li')).toHaveCount(5);
  await expect(agenda.getByRole('heading', { name: /Where parts of the company see it differently/ })).toBeVisible();

  // As "Print the agenda" marks the page for the print style sheet.
  await page.evaluate(() => document.documentElement.setAttribute('data-printing', 'agenda'));
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'print' });
  await expect(agenda.getByRole('heading', { level: 2 })).toHaveText('Workshop agenda: Leadership offsite');
  await expect(agenda.getByText('5 December 2026 · 6 people')).toBeVisible();
  await expect(page.getByRole('heading', { name: '6 people' })).toBeHidden();
});
