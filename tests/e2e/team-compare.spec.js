// Comparing the team on screen with an earlier session, as a facilitator does a quarter later: pick
// last quarter's saved team or paste its team link, and read each pillar's change and the disputes
// settled or new since. Anonymous throughout.
import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, open, test } from './fixtures.js';
import { ANA, assessmentPayload, mistype, OFFSITE_TEAM, V1_SLOTS } from './links.js';

const toml = readFileSync(new URL('../../content/assessment.toml', import.meta.url), 'utf8');

/** The statements links of content version 1 carry (slots 0–34): { slot, pillar, text, reverse }. */
const V1_STATEMENTS = toml
  .split(/^\[\[/m)
  .filter((block) => block.startsWith('statement]]'))
  .map((block) => block.replace(/^#.*$/gm, ''))
  .map((block) => ({
    slot: Number(/^slot\s*=\s*(\d+)/m.exec(block)?.[1]),
    pillar: /^pillar\s*=\s*"([^"]+)"/m.exec(block)?.[1],
    text: /^text\s*=\s*"([^"]+)"/m.exec(block)?.[1],
    reverse: /^reverse\s*=\s*true\s*$/m.test(block),
  }))
  .filter((statement) => statement.slot < V1_SLOTS);

const PILLAR_NAMES = Object.fromEntries(
  toml
    .split(/^\[\[/m)
    .filter((block) => block.startsWith('pillar]]'))
    .map((block) => [/^id\s*=\s*"([^"]+)"/m.exec(block)?.[1], /^name\s*=\s*"([^"]+)"/m.exec(block)?.[1]]),
);

const bySlot = (slot) => V1_STATEMENTS.find((statement) => statement.slot === slot);
/** The two statements the disputes are about: both agreed with is the healthy answer. */
const SETTLED = bySlot(0);
const APPEARED = bySlot(1);

/**
 * One person's result link: `agreement` (0, 25, 50, 75, 100) per pillar id, 50 elsewhere, and per slot
 * where given, obstacles turned around as the scoring does.
 */
function person({ pillars = {}, slots = {} }, label = '') {
  const codes = Array.from({ length: V1_SLOTS }, (_, slot) => {
    const statement = bySlot(slot);
    const agreement = slots[slot] ?? pillars[statement.pillar] ?? 50;
    const points = agreement / 25 + 1;
    return statement.reverse ? 6 - points : points;
  });
  return `#/r/${assessmentPayload(codes, label)}`;
}

// Last quarter: three people, split on the first statement, one keen on experimentation.
const LAST_QUARTER = [
  person({ slots: { 0: 100 }, pillars: { experimentation: 100 } }, 'Ana'),
  person({ slots: { 0: 0 } }, 'Ben'),
  person({ slots: { 0: 100 } }, 'Cleo'),
];
// This quarter: four people, agreed on the first statement, split on the second, one keen on data.
const THIS_QUARTER = [
  person({ slots: { 0: 75, 1: 100 }, pillars: { 'data-informed': 100 } }, 'Ana'),
  person({ slots: { 0: 75, 1: 0 } }, 'Ben'),
  person({ slots: { 0: 75, 1: 0 } }, 'Cleo'),
  person({}, 'Dev'),
];

async function pasteLinks(page, lines) {
  // A team with people folds the paste box behind "Add people".
  const addPeople = page.getByRole('button', { name: /^Add people/ });
  if ((await addPeople.count()) > 0 && (await addPeople.getAttribute('aria-expanded')) === 'false') await addPeople.click();
  await page.getByRole('textbox', { name: 'Result links' }).fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Add to team' }).click();
}

/** Builds last quarter's team and saves it, then starts this quarter's; returns last quarter's
 * anonymous team link. */
async function lastQuarterSavedThenThisQuarter(page) {
  await open(page, '#/team');
  await pasteLinks(page, LAST_QUARTER);
  await expect(page.getByRole('heading', { name: '3 people' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Team name' }).fill('Last quarter');
  await page.getByRole('button', { name: 'Save this team' }).click();
  await expect(page.getByText('Saved as “Last quarter” in this browser.')).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.getByRole('button', { name: 'Start a new team' }).click();
  await expect(page.getByText('No results yet.')).toBeVisible();
  await pasteLinks(page, THIS_QUARTER);
  await expect(page.getByRole('heading', { name: '4 people' })).toBeVisible();
  return link;
}

/** Unfolds the comparison, fetched when first opened, and returns its section. */
async function openCompare(page) {
  const region = page.getByRole('region', { name: 'Compare with an earlier session' });
  await region.getByRole('button', { name: 'Choose the earlier session' }).click();
  return region;
}

function comparison(page) {
  return page.getByRole('region', { name: 'Changes since “Last quarter”' });
}

/** The pillar table's row for a pillar: its cells Before, Now, Change, Views. */
function pillarRow(page, id) {
  return comparison(page).getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: PILLAR_NAMES[id] }) });
}

async function expectTheChange(page) {
  const change = comparison(page);
  await expect(change.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(change).toContainText('3 people before, 4 now.');
  await expect(change.getByText(/^The average overall score (went up|went down|stayed at)/)).toBeVisible();
  await expect(change.getByRole('img', { name: 'Team average per pillar, before and now, 0 to 100' })).toBeAttached();
  // Experimentation: 100, 50, 50 before (67), everyone at 50 now.
  await expect(pillarRow(page, 'experimentation').getByRole('cell')).toHaveText(['67', '50', 'Down 17', 'More alike']);
  // Data: everyone at 50 before; 100, 50, 50, 50 now (63).
  await expect(pillarRow(page, 'data-informed').getByRole('cell')).toHaveText(['50', '63', 'Up 13', 'Further apart']);
  await expect(pillarRow(page, 'customer-empathy').getByRole('cell')).toHaveText(['50', '50', 'No change', 'About as before']);

  const settled = change.getByRole('region', { name: 'Disputes settled' }).getByRole('listitem');
  await expect(settled).toHaveCount(1);
  await expect(settled).toContainText(SETTLED.text.replace(/\.$/, ''));
  // As it stood before.
  await expect(settled.getByRole('img', { name: 'How the room answered: 2 agree, 1 disagrees' })).toBeVisible();
  const appeared = change.getByRole('region', { name: 'New disputes' }).getByRole('listitem');
  await expect(appeared).toHaveCount(1);
  await expect(appeared).toContainText(APPEARED.text.replace(/\.$/, ''));
  await expect(appeared).toContainText('1 agrees, 1 is undecided, 2 disagree');
  // Nobody is named.
  for (const name of ['Ana', 'Ben', 'Cleo', 'Dev']) await expect(change).not.toContainText(name);
}

test('this quarter is compared with last quarter saved in this browser', async ({ page }) => {
  await lastQuarterSavedThenThisQuarter(page);
  const region = await openCompare(page);
  const earlier = region.getByRole('combobox', { name: 'Earlier team' });
  await expect(earlier.getByRole('option')).toHaveText([/^Last quarter · 3 people · saved /]);
  await earlier.selectOption({ label: await earlier.getByRole('option').first().textContent() });
  await region.getByRole('button', { name: 'Compare with this team' }).click();
  await expectTheChange(page);
  // The team on screen, once saved, is not offered against itself.
  await page.getByRole('textbox', { name: 'Team name' }).fill('This quarter');
  await page.getByRole('button', { name: 'Save this team' }).click();
  await expect(earlier.getByRole('option')).toHaveCount(1);
  await expect(earlier.getByRole('option')).toHaveText([/^Last quarter/]);
});

test('this quarter is compared with last quarter from its pasted team link', async ({ page }) => {
  const link = await lastQuarterSavedThenThisQuarter(page);
  const region = await openCompare(page);
  await region.getByRole('textbox', { name: 'Or paste an earlier team link' }).fill(`Last quarter's team: ${link} (from the wiki)`);
  await region.getByRole('button', { name: 'Compare with this link' }).click();
  await expectTheChange(page);
  await expect(comparison(page)).toContainText('Compared with the team link you pasted.');
});

test('a pasted link that cannot be compared says why', async ({ page }) => {
  await open(page, '#/team');
  await pasteLinks(page, THIS_QUARTER);
  const region = await openCompare(page);
  // Nothing saved yet: only the link can be pasted.
  await expect(region.getByRole('combobox')).toHaveCount(0);
  const field = region.getByRole('textbox', { name: 'Or paste an earlier team link' });
  const compare = region.getByRole('button', { name: 'Compare with this link' });
  const status = region.getByRole('status');
  await compare.click();
  await expect(status).toHaveText('Paste the earlier team\'s link first.');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill(`#/team/${mistype(OFFSITE_TEAM, 20)}`);
  await compare.click();
  await expect(status).toContainText('does not pass its check');
  await field.fill(`https://example.org/#/r/${ANA}`);
  await compare.click();
  await expect(status).toContainText('one person\'s result, not a team link');
  await field.fill('it was on the whiteboard');
  await compare.click();
  await expect(status).toContainText('No team link was found');
  await expect(region.getByRole('heading', { level: 3 })).toHaveCount(0);
  // A good link clears the message.
  await field.fill(`#/team/${OFFSITE_TEAM}`);
  await compare.click();
  await expect(region.getByRole('heading', { level: 3, name: 'Changes since “Leadership offsite”' })).toBeFocused();
  await expect(status).toHaveText('');
  await expect(field).not.toHaveAttribute('aria-invalid');
});

test('the comparison fits a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await lastQuarterSavedThenThisQuarter(page);
  await openCompare(page);
  await page.getByRole('button', { name: 'Compare with this team' }).click();
  await expect(comparison(page)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

for (const colorScheme of ['light', 'dark']) {
  test(`the comparison has no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await lastQuarterSavedThenThisQuarter(page);
    await openCompare(page);
    await page.getByRole('button', { name: 'Compare with this link' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Compare with this team' }).click();
    await expect(comparison(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
