// A whole team workshop, as a facilitator and five participants run it, with no server anywhere: the
// facilitator starts a session, each participant opens the invite in their own browser, takes the
// assessment and hands their result back (one as a QR code the facilitator reads from a screenshot,
// the rest as links in a chat), the summary shows the spread without naming anyone, presenter mode
// steps through the disputes, and a second session a quarter later is compared with the first.
import { ASKED } from './content.js';
import { expect, expectNoAxeViolations, open, test } from './fixtures.js';

// Two sessions, a quarter apart (the participants' clocks say so, and their results carry the day).
const Q3 = new Date('2026-11-23T10:00:00');
const Q4 = new Date('2027-02-22T10:00:00');

/** Starts a session in the team view and returns its invite link. */
async function startSession(page, name) {
  await page.getByRole('textbox', { name: 'Session name' }).fill(name);
  const invite = page.getByRole('textbox', { name: 'Invite link' });
  await expect(invite).toHaveValue(/#\/join\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole('img', { name: 'QR code of the invite link' })).toBeVisible();
  return invite.inputValue();
}

/**
 * One participant in a browser of their own, on a phone: opens the invite, answers the statements
 * with the keyboard's 1–5, taking `keys` in turn ("45": 4, 5, 4, 5…) as they read on a plain
 * statement (an obstacle gets the mirrored key, so "5" is the healthy end throughout), and returns how
 * they hand their result back: the link, and a screenshot of its QR code.
 */
async function participate(browser, invite, session, keys, day) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(day);
  await page.goto(invite);
  await expect(page.getByRole('heading', { level: 1, name: `You are invited to “${session}”` })).toBeVisible();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(page.getByText(`For: ${session}`)).toBeVisible();
  await page.getByRole('button', { name: 'Skip this question' }).click();
  const handBack = page.getByRole('region', { name: `Hand your result back to “${session}”` });
  for (let n = 0; n < 60 && !(await handBack.isVisible()); n++) {
    const key = Number(keys[n % keys.length]);
    await page.keyboard.press(String(ASKED[n]?.reverse ? 6 - key : key));
  }
  await expect(handBack).toBeVisible();
  const link = await handBack.getByRole('textbox', { name: 'Your result link' }).inputValue();
  const qr = await handBack.getByRole('img', { name: 'QR code of your result link' }).screenshot();
  await context.close();
  return { link, qr };
}

/**
 * Everyone's hand-backs: the first by QR code, read from a picture; the rest pasted as chat. `alike`
 * of them repeat a result already added (two people who answered alike, on the same day, with no
 * name: their links are one), and the facilitator, who knows they are different people, adds them
 * anyway.
 */
async function collect(page, returned, alike = 0) {
  const [first, ...rest] = returned;
  await page.getByLabel('Or add from a picture of QR codes').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: first.qr });
  await expect(page.getByRole('status').filter({ hasText: '1 result was added.' })).toBeVisible();
  // As chat tools copy them: text around a link, angle brackets, Markdown, two on a line.
  const [b, c, d, e] = rest.map((one) => one.link);
  const chat = [
    '[09:58] Ben: morning all',
    `[09:59] Ben: here's mine <${b}> (sorry, late)`,
    `[10:01] Cleo: [my result](${c}) thanks!`,
    `[10:02] Dev: ${d} and Eun's, she has no signal: ${e}`,
  ].join('\n');
  await page.getByRole('textbox', { name: /^Result links/ }).fill(chat);
  await page.getByRole('button', { name: 'Add to team' }).click();
  const report = page.getByRole('status').filter({ hasText: /results? (was|were) added/ });
  await expect(report).toContainText(`${4 - alike} results were added.`);
  const another = report.getByRole('button', { name: /^Add line \d+ as another person$/ });
  await expect(another).toHaveCount(alike);
  for (let left = alike; left > 0; left--) {
    await another.first().click();
    await expect(another).toHaveCount(left - 1);
  }
  await expect(report).toContainText('4 results were added.');
  const people = page.getByRole('heading', { name: '5 people' });
  await (alike > 0 ? expect(people).toBeFocused() : expect(people).toBeVisible());
}

/**
 * Presenter mode as a room drives it: Next clicked (a mouse or a touch) from the first dispute to the
 * last, a clicker's Page Up back to the first and Page Down forward again, then out. Returns how many
 * disputes there were.
 */
async function present(page) {
  await page.getByRole('button', { name: 'Present the disputes' }).click();
  const presenter = page.getByRole('dialog');
  await expect(presenter.getByRole('heading', { level: 2 })).toBeFocused();
  const total = Number((await presenter.textContent()).match(/Dispute 1 of (\d+)/)[1]);
  const next = presenter.getByRole('button', { name: 'Next' });
  const previous = presenter.getByRole('button', { name: 'Previous' });
  await expect(previous).toBeDisabled();
  for (let at = 1; at <= total; at++) {
    await expect(presenter).toContainText(`Dispute ${at} of ${total}`);
    await expect(presenter.getByRole('img', { name: /^How the room answered: / })).toBeVisible();
    if (at < total) {
      await expect(next).toBeEnabled();
      await next.click();
    }
  }
  await expect(next).toBeDisabled();
  for (let at = total - 1; at >= 1; at--) {
    await page.keyboard.press('PageUp');
    await expect(presenter).toContainText(`Dispute ${at} of ${total}`);
  }
  await expect(previous).toBeDisabled();
  await page.keyboard.press('PageDown');
  await expect(presenter).toContainText(`Dispute ${Math.min(2, total)} of ${total}`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  return total;
}

test('a whole workshop: invite, five people hand back, an anonymous summary, presenter mode, and a quarter later', async ({
  page,
  browser,
}) => {
  // Ten people take the assessment in browsers of their own.
  test.setTimeout(240_000);
  await page.clock.setFixedTime(Q3);
  await open(page, '#/team');

  // Session one: the room is split, two at the unhealthy end throughout (the first and the fourth,
  // whose results are therefore one and the same link), two at the healthy end, one undecided.
  const first = 'Leadership offsite';
  const invite = await startSession(page, first);
  const returned = [];
  for (const keys of ['1', '5', '4', '1', '3']) returned.push(await participate(browser, invite, first, keys, Q3));
  expect(returned[3].link).toBe(returned[0].link);
  await collect(page, returned, 1);

  // The summary names nobody: places only, and a grid whose rows follow the scores, not who came when.
  const people = page.getByRole('region', { name: '5 people' }).getByRole('listitem');
  await expect(people).toHaveText([/^Person 1/, /^Person 2/, /^Person 3/, /^Person 4/, /^Person 5/]);
  const grid = page.getByRole('region', { name: "Table of each person's scores" });
  await expect(grid.locator('tbody th')).toHaveText(['Person 1', 'Person 2', 'Person 3', 'Person 4', 'Person 5']);
  const overall = (await grid.locator('tbody td:last-child').allTextContents()).map(Number);
  expect(overall).toEqual([...overall].sort((a, b) => b - a));
  const disputes = page.getByRole('region', { name: 'Where the team disagrees most' }).getByRole('listitem');
  await expect(disputes).toHaveCount(5);
  await expect(disputes.first().getByRole('img', { name: /^How the room answered: / })).toBeVisible();
  await expectNoAxeViolations(page);

  expect(await present(page)).toBeGreaterThan(1);

  // The team is saved for next time, under the session's name.
  await page.getByRole('textbox', { name: 'Team name' }).fill(`${first}, Q3`);
  await page.getByRole('button', { name: 'Save this team' }).click();
  await expect(page.getByText(`Saved as “${first}, Q3” in this browser.`)).toBeVisible();

  // Session two, a quarter later: the room has come together.
  await page.clock.setFixedTime(Q4);
  // Saved, so a new team starts without asking.
  await page.getByRole('button', { name: 'Start a new team' }).click();
  await expect(page.getByText('No results yet.')).toBeVisible();
  const second = 'Leadership offsite, Q4';
  const secondInvite = await startSession(page, second);
  const later = [];
  for (const keys of ['4', '5', '45', '54', '445']) later.push(await participate(browser, secondInvite, second, keys, Q4));
  await collect(page, later);
  await expect(page.getByRole('region', { name: 'Where the team disagrees most' })).toContainText('No statement splits the team');

  // What changed since last quarter: every pillar rose, and the disputes of last time are settled.
  const compare = page.getByRole('region', { name: 'Compare with an earlier session' });
  await compare.getByRole('button', { name: 'Choose the earlier session' }).click();
  const earlier = compare.getByRole('combobox', { name: 'Earlier team' });
  await expect(earlier.getByRole('option')).toHaveText([`${first}, Q3 · 5 people · saved 23 November 2026`]);
  await compare.getByRole('button', { name: 'Compare with this team' }).click();
  const change = page.getByRole('region', { name: `Changes since “${first}, Q3”` });
  await expect(change.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(change).toContainText('5 people before, 5 now.');
  await expect(change.getByText(/^The average overall score went up \d+ points?/)).toBeVisible();
  const pillars = change.getByRole('table').locator('tbody tr');
  await expect(pillars).toHaveCount(7);
  for (const row of await pillars.all()) {
    await expect(row.getByRole('cell').nth(2)).toHaveText(/^Up \d+$/);
    await expect(row.getByRole('cell').nth(3)).toHaveText('More alike');
  }
  // The most divided five, and how many more.
  const settled = change.getByRole('region', { name: 'Disputes settled' });
  await expect(settled.getByRole('listitem')).toHaveCount(5);
  await expect(settled.getByText(/^And \d+ more statements, each less evenly divided\.$/)).toBeVisible();
  await expect(change.getByRole('region', { name: 'New disputes' }).getByRole('listitem')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Workshop agenda' })).toBeVisible();
  await expectNoAxeViolations(page);
});
