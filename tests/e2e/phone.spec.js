// The site on a phone: each new screen starts at its top with its progress in view, the home page's
// two ways in show without scrolling, quiz feedback shows with "Next question" focused, keyboard tips
// show only where there are keys, a tap leaves no hover style behind, and headings break between
// words only. Layout is checked in a 390 x 844 window (360 px for headings), by what is in view, not
// only by what is on the page.
import { ASKED_STATEMENTS as TOTAL } from './content.js';
import { expect, expectNoAxeViolations, open, plantFinishedAssessment, startAssessment, test } from './fixtures.js';

const PHONE = { width: 390, height: 844 };
const ASSESSMENT_TIP = 'Tip: press 1 to 5 to answer, 0 for "Don\'t know".';

/** How far the page is scrolled down, in CSS pixels. */
function scrolled(page) {
  return page.evaluate(() => window.scrollY);
}

/** Scrolls to the bottom of the page, as a person who read on before acting would be. */
async function scrollToBottom(page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await scrolled(page)).toBeGreaterThan(0);
}

/** Expects the screen to have opened at its top with `progress` in view and its heading focused. */
async function expectScreenAtTop(page, progress) {
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect.poll(() => scrolled(page)).toBe(0);
  await expect(page.getByText(progress)).toBeInViewport({ ratio: 1 });
}

/** Checks the quiz question's first option; expects "Next question" focused and the verdict in
 * view, and returns both. */
async function checkFirstOption(page) {
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  const next = page.getByRole('button', { name: 'Next question' });
  await expect(next).toBeFocused();
  const feedback = page.getByRole('status').filter({ hasText: 'The right answer:' });
  await expect(feedback.getByRole('paragraph').first()).toBeInViewport({ ratio: 1 });
  return { next, feedback };
}

/** The border colour of every choice row on the screen, top to bottom. */
function rowColours(page) {
  return page.locator('.choice').evaluateAll((rows) => rows.map((row) => getComputedStyle(row).borderTopColor));
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: PHONE });

  test('the home page shows both ways in without scrolling', async ({ page }) => {
    await open(page);
    expect(await scrolled(page)).toBe(0);
    await expect(page.getByRole('link', { name: 'Start the assessment' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('link', { name: 'Start the quiz' })).toBeInViewport({ ratio: 1 });
    // The longer explanation is still there, after them.
    await expect(page.getByText(/culture is the soil/i)).toBeAttached();
    await expectNoAxeViolations(page);
  });

  test('the assessment opens at its top, and each next statement does too', async ({ page }) => {
    await open(page);
    await scrollToBottom(page);
    await page.goto('./#/assessment');
    await page.getByRole('button', { name: 'Skip this question' }).click();
    await expectScreenAtTop(page, `Statement 1 of ${TOTAL}`);
    await expect(page.getByRole('progressbar', { name: 'Progress through the statements' })).toBeInViewport();

    // By a tap on an answer, from further down the page.
    await scrollToBottom(page);
    await page.getByText('Agree', { exact: true }).click();
    await expectScreenAtTop(page, `Statement 2 of ${TOTAL}`);

    // By a number key, from further down the page.
    await scrollToBottom(page);
    await page.keyboard.press('4');
    await expectScreenAtTop(page, `Statement 3 of ${TOTAL}`);

    // Back to the previous statement.
    await scrollToBottom(page);
    await page.getByRole('button', { name: 'Back' }).click();
    await expectScreenAtTop(page, `Statement 2 of ${TOTAL}`);
  });

  test('quiz feedback shows with "Next question" focused, and the next question opens at its top', async ({ page }) => {
    await open(page, '#/quiz');
    await scrollToBottom(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expectScreenAtTop(page, /^Question 1 of \d+$/);

    const { next, feedback } = await checkFirstOption(page);
    // The verdict, the right answer below it and the button below that are all in view (the
    // explanation waits, folded), or, when that is taller than the window, the answer from its verdict down.
    const tall = await page.evaluate(
      () => document.querySelector('#quiz-next').getBoundingClientRect().bottom - document.querySelector('.quiz-feedback').getBoundingClientRect().top > window.innerHeight - 32,
    );
    if (!tall) {
      await expect(feedback.getByText(/^The right answer: /)).toBeInViewport({ ratio: 1 });
      await expect(next).toBeInViewport({ ratio: 1 });
    }

    await next.click();
    await expectScreenAtTop(page, /^Question 2 of \d+$/);

    // The same by keyboard: Enter checks the answer, then Enter on the focused button goes on.
    await page.getByRole('radio').first().check();
    await page.keyboard.press('Enter');
    await expect(next).toBeFocused();
    await expect(feedback.getByRole('paragraph').first()).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Enter');
    await expectScreenAtTop(page, /^Question 3 of \d+$/);
  });
});

// With the explanation folded, feedback fits a 360 px high window; 240 px still makes it taller.
test.describe('in a window only 240 px high, as on a small phone with its keyboard up', () => {
  test.use({ viewport: { width: 390, height: 240 } });

  test('quiz feedback taller than the window shows from its verdict, with "Next question" focused below', async ({ page }) => {
    await open(page, '#/quiz');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    const { next } = await checkFirstOption(page);
    // The verdict is in view (checkFirstOption), so the focus did not scroll to the button: had it,
    // the button would be wholly in view. How much of its edge shows depends on the question drawn.
    await expect(next).not.toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
  });
});

test.describe('on a touch screen', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('no keyboard tips and no key numbers are shown', async ({ page }) => {
    await startAssessment(page);
    await expect(page.getByRole('radio', { name: 'Agree', exact: true })).toBeVisible();
    await expect(page.getByText(ASSESSMENT_TIP)).toBeHidden();
    await expect(page.locator('.choice__key').first()).toBeHidden();

    await open(page, '#/quiz');
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
    await expect(page.getByText(/^Tip: press/)).toBeHidden();
    await page.getByRole('button', { name: 'Start the quiz' }).tap();
    await expect(page.getByText(/^Question 1 of/)).toBeVisible();
    await expect(page.getByText(/^Tip: press/)).toBeHidden();
    await expectNoAxeViolations(page);
  });

  test('a tap leaves every row of the next statement in its plain style', async ({ page }) => {
    // Every row, not only the one under the finger: statements differ in length, so the next
    // statement's rows need not sit where the tapped one was.
    await startAssessment(page);
    const plain = await rowColours(page);
    await page.getByText('Agree', { exact: true }).tap();
    await expect(page.getByText(`Statement 2 of ${TOTAL}`)).toBeVisible();
    expect(await rowColours(page)).toEqual(plain);
  });
});

test.describe('with a mouse and a keyboard', () => {
  test('keyboard tips show, the quiz\'s counting the options of the question shown', async ({ page }) => {
    await startAssessment(page);
    await expect(page.getByText(ASSESSMENT_TIP)).toBeVisible();

    await open(page, '#/quiz');
    await expect(page.getByText(/^Tip: press 1 to \d to pick an answer and Enter to check it\.$/)).toBeVisible();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    for (let question = 1; question <= 3; question++) {
      await expect(page.getByText(new RegExp(`^Question ${question} of`))).toBeVisible();
      const options = await page.getByRole('radio').count();
      await expect(page.getByText(`Tip: press 1 to ${options} to pick an answer and Enter to check it.`)).toBeVisible();
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Next question' }).click();
    }
  });

  test('a row takes its hover style under the mouse', async ({ page }) => {
    await startAssessment(page);
    const row = page.locator('.choice').filter({ hasText: 'Disagree' }).first();
    const plain = await row.evaluate((element) => getComputedStyle(element).borderTopColor);
    await row.hover();
    await expect.poll(() => row.evaluate((element) => getComputedStyle(element).borderTopColor)).not.toBe(plain);
  });
});

/**
 * The headings in view whose text breaks onto a new line right after a hyphen between two letters,
 * each as "heading text: word".
 */
function headingsBrokenAtHyphens(page) {
  return page.evaluate(() => {
    const broken = [];
    for (const heading of document.querySelectorAll('h1, h2, h3')) {
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.data;
        for (let at = text.indexOf('-'); at > 0 && at < text.length - 1; at = text.indexOf('-', at + 1)) {
          if (!/\p{L}/u.test(text[at - 1]) || !/\p{L}/u.test(text[at + 1])) continue;
          const box = (from) => {
            const range = document.createRange();
            range.setStart(node, from);
            range.setEnd(node, from + 1);
            return range.getBoundingClientRect();
          };
          // The letter after the hyphen starts a new line when it sits below the hyphen.
          if (box(at + 1).top >= box(at).bottom - 1) {
            const word = text.slice(0, at + 2).split(/\s/).pop();
            broken.push(`${heading.textContent.trim()}: ${word}…`);
          }
        }
      }
    }
    return broken;
  });
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('headings break between words, never after the hyphen of "product-led"', async ({ page }) => {
    await plantFinishedAssessment(page, () => 3);
    for (const fragment of ['#/', '#/quiz', '#/assessment/results']) {
      await open(page, fragment);
      expect(await headingsBrokenAtHyphens(page), fragment).toEqual([]);
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Mixed or undecided' })).toBeVisible();

    await startAssessment(page);
    for (let n = 1; n <= TOTAL; n++) {
      await expect(page.getByText(`Statement ${n} of ${TOTAL}`)).toBeVisible();
      expect(await headingsBrokenAtHyphens(page), `statement ${n}`).toEqual([]);
      await page.keyboard.press('3');
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Mixed or undecided' })).toBeVisible();
    await page.getByRole('button', { name: 'Change your answers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'All statements answered' })).toBeVisible();
    expect(await headingsBrokenAtHyphens(page), 'the overview').toEqual([]);
  });
});
