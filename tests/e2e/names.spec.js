// Names people attach to links cannot deceive or break the page: invisible characters are gone, a
// name that mixes alphabets is flagged, "You" stays the visitor's own, and a long unbroken name wraps
// on a phone.
import { codeFor } from './content.js';
import { expect, open, plantFinishedAssessment, test } from './fixtures.js';
import { assessmentPayload, V1_SLOTS } from './links.js';

const undecided = Array(V1_SLOTS).fill(3);
const LONG = 'W'.repeat(40);

test('a long unbroken name wraps on a 375 px phone, on a shared result and in the team view', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const link = `#/r/${assessmentPayload(undecided, LONG)}`;
  await open(page, link);
  await expect(page.getByText(`Stage · shared by ${LONG}`)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await open(page, '#/team');
  await page.getByRole('textbox', { name: 'Result links' }).fill(new URL(link, page.url()).href);
  await page.getByRole('button', { name: 'Add to team' }).click();
  await page.getByRole('checkbox', { name: "Show each person's name, stage and score" }).check();
  await expect(page.getByText(LONG).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('a name mixing look-alike alphabets is flagged on the shared result', async ({ page }) => {
  await open(page, `#/r/${assessmentPayload(undecided, '\u0410na')}`); // a Cyrillic capital A
  await expect(page.getByRole('note').filter({ hasText: 'mixes letters from different alphabets' })).toBeVisible();
});

test('a name of only invisible characters is no name, and invisible ones vanish from a name', async ({ page }) => {
  await open(page, `#/r/${assessmentPayload(undecided, 'A\u2060n\u3164a')}`);
  await expect(page.getByText('Stage · shared by Ana', { exact: true })).toBeVisible();
});

test('a shared result named "You" never reads as the visitor in the comparison', async ({ page }) => {
  await plantFinishedAssessment(page, (statement) => codeFor(statement, 75));
  await open(page, `#/r/${assessmentPayload(undecided, 'You')}`);
  const comparison = page.getByRole('region', { name: 'Compared with your latest result' });
  await expect(comparison.getByText(/^Stage: yours reads one stage higher, .+ for “You”\.$/)).toBeVisible();
  await comparison.getByText('Every pillar, side by side').click();
  await expect(comparison.getByRole('columnheader', { name: '“You”' })).toBeVisible();
  await expect(comparison.getByRole('columnheader', { name: 'You', exact: true })).toBeVisible();
});

test('in the team view a stand-in name is marked, so a label reading "Person 2" cannot pass for one', async ({ page }) => {
  await open(page, '#/team');
  const origin = new URL(page.url()).origin;
  const lines = [
    `${origin}/#/r/${assessmentPayload(undecided, 'Person 2')}`,
    `${origin}/#/r/${assessmentPayload(Array(V1_SLOTS).fill(4))}`,
    `${origin}/#/r/${assessmentPayload(Array(V1_SLOTS).fill(2), '\u0410na')}`,
  ];
  await page.getByRole('textbox', { name: 'Result links' }).fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Add to team' }).click();
  const people = page.getByRole('region', { name: '3 people' });
  await page.getByRole('checkbox', { name: "Show each person's name, stage and score" }).check();
  await expect(people.getByRole('listitem').filter({ hasText: 'Person 2' })).toHaveCount(2);
  await expect(people.getByRole('listitem').filter({ hasText: '(no name given)' })).toHaveCount(1);
  await expect(people.getByRole('listitem').filter({ hasText: '(no name given)' })).toContainText('Person 2');
  await expect(people.getByRole('listitem').filter({ hasText: 'This name mixes alphabets' })).toContainText('\u0410na');
});
