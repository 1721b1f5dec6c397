// Where the person stands in the company: the optional first question, the result and its link
// carrying it, statements that part of the company usually cannot see, and the team view by part
// of the company with the widest gap on the agenda.
import { ASKED, ASKED_STATEMENTS as TOTAL } from './content.js';
import { expect, expectNoAxeViolations, open, test } from './fixtures.js';
import { assessmentPayloadFrom, V1_SLOTS } from './links.js';

test('a person chooses their part of the company by keyboard, finishes, and their link carries it', async ({ page, browser }) => {
  await open(page, '#/assessment');
  const group = page.getByRole('group', { name: 'Your part of the company' });
  await expect(group).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which part of the company do you work in?');
  // Arrow keys move the choice without leaving the question; Tab reaches "Next", Enter goes on.
  await page.getByRole('radio', { name: 'Leadership' }).focus();
  await page.keyboard.press('ArrowDown');
  const product = page.getByRole('radio', { name: 'Product, design and engineering' });
  await expect(product).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Statement 1 of ${TOTAL}`)).toBeVisible();

  // Going back from the first statement reopens the question with the choice kept.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(product).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();

  for (let n = 1; n <= TOTAL; n++) {
    await expect(page.getByText(`Statement ${n} of ${TOTAL}`)).toBeVisible();
    await page.keyboard.press('4');
  }
  await expect(page.getByText('Part of the company: product, design and engineering.')).toBeVisible();
  await page.getByRole('button', { name: 'Share this result' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const payload = link.split('#/r/')[1];
  // Format version 2, an assessment: its first byte is 0x21, which base64url starts with "I".
  expect(payload.startsWith('I')).toBe(true);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByText('A shared assessment result.')).toBeVisible();
  await expect(other.getByText(/Part of the company: product, design and engineering\./)).toBeVisible();
  await fresh.close();
});

test('skipping the question takes one press and the result says nothing about it', async ({ page }) => {
  await open(page, '#/assessment');
  await page.getByRole('button', { name: 'Skip this question' }).click();
  for (let n = 1; n <= TOTAL; n++) {
    await expect(page.getByText(`Statement ${n} of ${TOTAL}`)).toBeVisible();
    await page.keyboard.press('3');
  }
  await expect(page.getByText(/Assessment completed on/)).toBeVisible();
  await expect(page.getByText(/Part of the company/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Share this result' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link.split('#/r/')[1].startsWith('E')).toBe(true);
});

test('a statement that part of the company usually cannot see says so', async ({ page }) => {
  const roles = ['leadership', 'product-engineering', 'go-to-market', 'operations-other'];
  const role = roles.find((id) => ASKED.some((statement) => statement.unseenBy.includes(id)));
  test.skip(!role, 'no asked statement is marked unseen_by yet');
  const index = ASKED.findIndex((statement) => statement.unseenBy.includes(role));
  const names = {
    leadership: 'Leadership',
    'product-engineering': 'Product, design and engineering',
    'go-to-market': 'Sales, marketing and customer success',
    'operations-other': 'Operations and other',
  };
  await open(page, '#/assessment');
  await page.getByText(names[role], { exact: true }).click();
  for (let n = 1; n <= index; n++) {
    await expect(page.getByText(`Statement ${n} of ${TOTAL}`)).toBeVisible();
    await page.keyboard.press('4');
  }
  await expect(page.getByText(`Statement ${index + 1} of ${TOTAL}`)).toBeVisible();
  await expect(page.getByText(/often cannot see this from where they sit/)).toContainText('“Don\'t know” is a fine answer here');
});

for (const colorScheme of ['light', 'dark']) {
  test(`the first question has no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, '#/assessment');
    await expectNoAxeViolations(page);
    await page.getByText('Operations and other', { exact: true }).click();
    await expect(page.getByText(`Statement 1 of ${TOTAL}`)).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: 'Operations and other' })).toBeChecked();
    await expectNoAxeViolations(page);
  });
}

/** `count` results from part of the company `role`, each answering `code` throughout (labels keep them apart). */
function results(role, count, code) {
  return Array.from({ length: count }, (_, n) => `#/r/${assessmentPayloadFrom(role, Array(V1_SLOTS).fill(code), `${role} ${n + 1}`)}`);
}

async function pasteLinks(page, lines) {
  // A team with people folds the paste box behind "Add people".
  const addPeople = page.getByRole('button', { name: /^Add people/ });
  if ((await addPeople.count()) > 0 && (await addPeople.getAttribute('aria-expanded')) === 'false') await addPeople.click();
  await page.getByRole('textbox', { name: 'Result links' }).fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Add to team' }).click();
}

for (const colorScheme of ['light', 'dark']) {
  test(`a team shows how each part of the company sees each pillar, and the agenda names the widest gap (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, '#/team');
    await pasteLinks(page, [...results('leadership', 3, 5), ...results('product-engineering', 3, 2)]);
    const section = page.getByRole('region', { name: 'By part of the company' });
    await expect(section.getByRole('columnheader', { name: 'Leadership (3)' })).toBeVisible();
    await expect(section.getByRole('columnheader', { name: 'Product, design and engineering (3)' })).toBeVisible();
    await expect(section.getByText(/^Widest gap: Leadership sees .+ \d+ points higher than product, design and engineering\.$/)).toBeVisible();
    const agenda = page.getByRole('region', { name: 'Workshop agenda' });
    await agenda.getByRole('button', { name: 'Show the agenda' }).click();
    await expect(agenda.getByRole('heading', { name: /Where parts of the company see it differently/ })).toBeVisible();
    await expect(agenda.getByText(/Leadership sees .+ points higher than product, design and engineering\./)).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('a team with small groups says they were merged, and shows no group under three', async ({ page }) => {
  await open(page, '#/team');
  await pasteLinks(page, [
    ...results('leadership', 3, 5),
    ...results('product-engineering', 3, 2),
    ...results('go-to-market', 2, 4),
    ...results('operations-other', 1, 3),
  ]);
  const section = page.getByRole('region', { name: 'By part of the company' });
  await expect(section.getByRole('columnheader', { name: 'Other parts of the company (3)' })).toBeVisible();
  await expect(section.getByText(/Sales, marketing and customer success and Operations and other are shown together as “Other parts of the company”/)).toBeVisible();
  await expect(section.getByRole('columnheader', { name: /Sales, marketing|Operations and other \(/ })).toHaveCount(0);
});
