// The quiz: start screen, answering by keyboard and by mouse, feedback (why a wrong pick is wrong, the
// right answer, the explanation), resuming after a reload, the score with its review, retrying the
// missed questions, the record on the home page, damaged and outdated saved data, and accessibility
// on every screen in both themes.
//
// Questions and options are shuffled per attempt, so the tests never pick by position: they read the
// question on screen and choose an option by its text, looked up in content/quiz.toml, or plant the
// state they need.
import { expect, expectNoAxeViolations, open, plantStorage, startAssessment, test } from './fixtures.js';
import { QUIZ, questionById, questionWith, rightly, wrongly } from './quiz-content.js';

const START_HEADING = 'Test what you know about product-led culture';

const COUNT = QUIZ.questions.length;

test('the content file reads as the quiz the site shows', () => {
  expect(COUNT).toBe(10);
  expect(QUIZ.version).toBeGreaterThan(2);
  expect(QUIZ.mapping).toMatch(/strategic voice/);
  for (const question of QUIZ.questions) {
    expect(question.options, question.id).toHaveLength(4);
    expect(question.options.filter((option) => option.right), question.id).toHaveLength(1);
    for (const option of question.options) expect(Boolean(option.whyWrong), option.id).toBe(!option.right);
  }
});

/** The live region that shows the answer once it is checked. */
function feedback(page) {
  return page.getByRole('status').filter({ hasText: 'The right answer:' });
}

async function startQuiz(page) {
  await open(page, '#/quiz');
  await expect(page.getByRole('heading', { level: 1, name: START_HEADING })).toBeVisible();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByText(`Question 1 of ${COUNT}`, { exact: true })).toBeVisible();
}

/** The "Question N of M" line as numbers. */
/**
 * The texts of `question`'s options in the order the page shows them (each attempt shuffles them),
 * read from the radios' accessible names.
 */
async function shownOptions(page, question) {
  const radios = page.getByRole('radio');
  await expect(radios).toHaveCount(question.options.length);
  const texts = [];
  for (let index = 0; index < question.options.length; index++) {
    for (const option of question.options) {
      const named = page.getByRole('radio', { name: option.text, exact: true });
      if ((await radios.nth(index).and(named).count()) === 1) texts.push(option.text);
    }
  }
  expect(texts).toHaveLength(question.options.length);
  return texts;
}

async function position(page) {
  const text = await page.getByText(/^Question \d+ of \d+$/).textContent();
  const [, number, total] = text.match(/Question (\d+) of (\d+)/);
  return { number: Number(number), total: Number(total) };
}

/**
 * Answers the question on screen with the option `pick` chooses (by default the right one), checked
 * by keyboard or mouse, and checks the feedback: "Right!" for the right option; otherwise "Not
 * quite.", why the picked option is wrong, then the right answer. Returns the prompt and whether the
 * pick was right.
 */
async function answer(page, { keyboard = false, pick = rightly } = {}) {
  const prompt = await page.getByRole('heading', { level: 1 }).textContent();
  const question = questionWith(prompt);
  const options = page.getByRole('radio');
  const texts = await shownOptions(page, question);
  const index = pick(prompt, texts);
  const picked = question.options.find((option) => option.text === texts[index]);
  if (keyboard) {
    await page.keyboard.press(String(index + 1));
    await expect(options.nth(index)).toBeChecked();
    await page.keyboard.press('Enter');
  } else {
    await page.getByText(texts[index], { exact: true }).click();
    await expect(options.nth(index)).toBeChecked();
    await page.getByRole('button', { name: 'Check answer' }).click();
  }
  await expect(feedback(page)).toBeVisible();
  const right = question.options.find((option) => option.right);
  await expect(feedback(page).getByRole('strong')).toHaveText(right.text);
  if (picked.right) {
    await expect(feedback(page).getByText('Right!')).toBeVisible();
    await expect(feedback(page).getByText(/Why your answer is not right/)).toHaveCount(0);
  } else {
    await expect(feedback(page).getByText('Not quite.')).toBeVisible();
    await expect(feedback(page).getByText(`Why your answer is not right: ${picked.whyWrong}`)).toBeVisible();
  }
  return { prompt, wasRight: picked.right };
}

/** Moves on after the answer shows, by Enter on the focused button or by a click. */
async function goOn(page, { keyboard = false } = {}) {
  const next = page.getByRole('button', { name: /^(Next question|See your score)$/ });
  if (keyboard) {
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
  } else {
    await next.click();
  }
}

/**
 * Answers every remaining question, rightly unless `wrongAt(number)` says otherwise for the question
 * numbered `number`; returns how many were right and the prompts missed.
 */
async function answerAll(page, { wrongAt = () => false, ...options } = {}) {
  let rights = 0;
  const missed = [];
  const { number, total } = await position(page);
  for (let question = number; question <= total; question++) {
    await expect(page.getByText(`Question ${question} of ${total}`, { exact: true })).toBeVisible();
    const result = await answer(page, { ...options, pick: wrongAt(question) ? wrongly : rightly });
    if (result.wasRight) rights += 1;
    else missed.push(result.prompt);
    await goOn(page, options);
  }
  await expect(page.getByRole('heading', { level: 1, name: /^\d+ of \d+$/ })).toBeVisible();
  return { rights, total, missed };
}

/** A saved full attempt asking `ids` in that order, options in the content's order, none answered. */
function plannedAttempt(ids, extra = {}) {
  const questions = ids.map((id) => ({
    question: id,
    options: questionById(id).options.map((option) => option.id),
    answer: null,
  }));
  return { content_version: QUIZ.version, kind: 'full', questions, current: ids[0], selected: null, recorded: false, ...extra };
}

test('the start screen says what to expect and how its pillars map to the assessment', async ({ page }) => {
  await open(page, '#/quiz');
  await expect(page.getByRole('heading', { level: 1, name: START_HEADING })).toBeVisible();
  await expect(page.getByText(`${COUNT} questions · about 3 minutes`)).toBeVisible();
  await expect(page.getByText(/short explanation/)).toBeVisible();
  await expect(page.getByText(/retry just the ones you missed/)).toBeVisible();
  await expect(page.getByText('Tip: press 1 to 4 to pick an answer and Enter to check it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry the ones I missed' })).toHaveCount(0);
  const mapping = page.getByRole('region', { name: "The quiz's pillars and the assessment's" });
  await expect(mapping.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(mapping.getByText(QUIZ.mapping, { exact: true })).toBeVisible();
});

test('a wrong pick shows why it is wrong before the right answer and the explanation', async ({ page }) => {
  const first = ['empty-chair', 'vanity-metric'];
  const ids = [...first, ...QUIZ.questions.map((q) => q.id).filter((id) => !first.includes(id))];
  await plantStorage(page, { 'culture-check/quiz-progress': JSON.stringify({ schema: 1, data: plannedAttempt(ids) }) });
  await open(page, '#/quiz');
  const chair = questionById('empty-chair');
  await expect(page.getByRole('heading', { level: 1, name: chair.prompt })).toBeVisible();
  // Its fourth option came with the third edition: the keys go from 1 to 4, as on every question.
  expect(chair.options).toHaveLength(4);
  await expect(page.getByText('Tip: press 1 to 4 to pick an answer and Enter to check it.')).toBeVisible();
  const executive = chair.options.find((option) => option.id === 'seat-for-an-executive');
  await page.getByText(executive.text, { exact: true }).click();
  await page.getByRole('button', { name: 'Check answer' }).click();

  const region = feedback(page);
  await expect(region.getByText('Not quite.')).toBeVisible();
  const paragraphs = await region.getByRole('paragraph').allTextContents();
  const why = paragraphs.findIndex((text) => text === `Why your answer is not right: ${executive.whyWrong}`);
  const right = paragraphs.findIndex((text) => text.startsWith('The right answer:'));
  expect(why, paragraphs.join('\n')).toBeGreaterThan(0);
  expect(right).toBe(why + 1);
  // The explanation is folded under the verdict, one tap away.
  await expect(region.getByText(/^The empty chair is a reminder/)).toBeHidden();
  await region.getByText('The explanation', { exact: true }).click();
  await expect(region.getByText(/^The empty chair is a reminder/)).toBeVisible();
  // The pillar mapping belongs to the pillars question only.
  await expect(region.getByText(QUIZ.mapping)).toHaveCount(0);
  await expect(page.getByText('✗ Your answer')).toBeVisible();

  // A right pick says nothing about being wrong.
  await goOn(page);
  await answer(page, { pick: rightly });
  await expect(feedback(page).getByText(/Why your answer is not right/)).toHaveCount(0);
});

test('the pillars question explains how its five pillars map to the assessment', async ({ page }) => {
  const record = { best: { right: 9, out_of: 10 }, attempts: 1, last: { right: 9, out_of: 10 } };
  record.missed_last_time = ['five-pillars'];
  await plantStorage(page, { 'culture-check/quiz-record': JSON.stringify({ schema: 1, data: record }) });
  await open(page, '#/quiz');
  await page.getByRole('button', { name: 'Retry the ones I missed' }).click();
  await expect(page.getByText('Question 1 of 1', { exact: true })).toBeVisible();
  await answer(page, { pick: wrongly });
  await feedback(page).getByText('The explanation', { exact: true }).click();
  await expect(feedback(page).getByText(QUIZ.mapping, { exact: true })).toBeVisible();
  await goOn(page);
  await expect(page.getByRole('heading', { level: 1, name: '0 of 1' })).toBeVisible();
  const review = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(review.getByText(QUIZ.mapping, { exact: true })).toBeVisible();
  await expect(review.getByText(/^Why it is not right: /)).toBeVisible();
});

test('an answer marked sure but wrong is pointed out on the score screen', async ({ page }) => {
  await startQuiz(page);
  const sure = page.getByRole('checkbox', { name: "I'm sure of this answer" });
  await expect(sure).not.toBeChecked();
  await sure.check();
  // Being sure survives a reload while the answer is still to check.
  await page.reload();
  await expect(sure).toBeChecked();
  const { prompt } = await answer(page, { pick: wrongly });
  await expect(sure).toBeDisabled();
  await goOn(page);
  // The next question starts unsure.
  await expect(sure).not.toBeChecked();
  await answerAll(page, { wrongAt: (number) => number === 2 });
  await expect(page.getByRole('heading', { level: 1, name: `${COUNT - 2} of ${COUNT}` })).toBeVisible();

  const pointedOut = page.getByRole('region', { name: 'Sure, but wrong' });
  await expect(pointedOut.getByText(/You were sure of 1 answer that turned out wrong/)).toBeVisible();
  await expect(pointedOut.getByRole('listitem')).toHaveCount(1);
  await expect(pointedOut.getByRole('listitem')).toHaveText(prompt);
  const review = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(review.getByText('You were sure of this answer.')).toHaveCount(1);
  const item = review.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: prompt }) });
  await expect(item.getByText('You were sure of this answer.')).toBeVisible();
});

test('the quiz can be taken by keyboard alone, with focus following along', async ({ page }) => {
  await startQuiz(page);
  const group = page.getByRole('group');
  await expect(group.getByRole('radio')).not.toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeDisabled();
  // Enter with nothing picked does nothing.
  await page.keyboard.press('Enter');
  await expect(feedback(page)).toHaveCount(0);
  // A pick can be changed before checking.
  await page.keyboard.press('2');
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeEnabled();
  await page.keyboard.press('1');
  await expect(page.getByRole('radio').nth(0)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(feedback(page)).toBeVisible();
  const firstRight = (await feedback(page).getByText('Right!').count()) === 1;
  // Once checked, the options are locked and the number keys change nothing.
  for (const radio of await page.getByRole('radio').all()) await expect(radio).toBeDisabled();
  await page.keyboard.press('2');
  await expect(page.getByRole('radio').nth(0)).toBeChecked();
  await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Question 2 of ${COUNT}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  const { rights } = await answerAll(page, { keyboard: true, wrongAt: (number) => number % 3 === 0 });
  const score = rights + (firstRight ? 1 : 0);
  await expect(page.getByRole('heading', { level: 1, name: `${score} of ${COUNT}` })).toBeFocused();
});

test('the score matches the answers, the review says why each miss is wrong, and retrying asks only the missed', async ({
  page,
}) => {
  await startQuiz(page);
  // Miss the questions asked third, sixth and seventh, whichever they are this time.
  const first = await answerAll(page, { wrongAt: (number) => [3, 6, 7].includes(number) });
  expect(first.missed).toHaveLength(3);
  const rights = COUNT - 3;
  await expect(page.getByRole('heading', { level: 1, name: `${rights} of ${COUNT}` })).toBeVisible();
  const review = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(review.getByRole('listitem')).toHaveCount(COUNT);
  await expect(review.getByText(/Your answer:/)).toHaveCount(COUNT);
  await expect(review.getByText('✓ Right')).toHaveCount(rights);
  await expect(review.getByText('✗ Missed')).toHaveCount(3);
  await expect(review.getByText(/^Why it is not right: /)).toHaveCount(3);
  for (const prompt of first.missed) {
    const item = review.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: prompt }) });
    const question = questionWith(prompt);
    const picked = await item.getByText(/Your answer:/).textContent();
    const wrong = question.options.find((option) => picked.endsWith(option.text));
    await expect(item.getByText(`Why it is not right: ${wrong.whyWrong}`, { exact: true })).toBeVisible();
    await expect(item.getByRole('strong')).toHaveText(question.options.find((option) => option.right).text);
  }
  await expect(page.getByText(`1 attempt · last ${rights} of ${COUNT}`)).toBeVisible();

  await page.getByRole('button', { name: 'Retry the ones I missed' }).click();
  await expect(page.getByText('Question 1 of 3', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const retried = [];
  for (let number = 1; number <= 3; number++) {
    retried.push((await answer(page)).prompt);
    await goOn(page);
  }
  expect(retried.sort()).toEqual([...first.missed].sort());
  // The retry leads with the score across the quiz: the three missed are right now.
  await expect(page.getByRole('heading', { level: 1, name: `Now ${COUNT} of ${COUNT}` })).toBeFocused();
  await expect(page.getByText('You got all 3 questions you had missed right this time.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry the ones I missed' })).toHaveCount(0);

  // The home page shows the record: the best full score, both attempts, the last one and where that
  // leaves the whole quiz.
  await page.getByRole('link', { name: 'Culture Check' }).first().click();
  await expect(page.getByText(`Best ${rights} of ${COUNT} · 2 attempts · last 3 of 3, now ${COUNT} of ${COUNT}`)).toBeVisible();

  // A reload on the score keeps it and does not count the attempt twice.
  await open(page, '#/quiz');
  await expect(page.getByRole('heading', { level: 1, name: `Now ${COUNT} of ${COUNT}` })).toBeVisible();
  await page.reload();
  await expect(page.getByText(/2 attempts/)).toBeVisible();
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByText(`Question 1 of ${COUNT}`, { exact: true })).toBeVisible();
});

test('a reload resumes at the same question, with the pick and a shown answer kept', async ({ page }) => {
  await startQuiz(page);
  await answer(page);
  await goOn(page);
  const prompt = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('radio').nth(1).check();

  await page.reload();
  await expect(page.getByText(`Question 2 of ${COUNT}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: prompt })).toBeVisible();
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await page.getByRole('button', { name: 'Check answer' }).click();
  const explanation = await feedback(page).textContent();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: prompt })).toBeVisible();
  await expect(feedback(page)).toHaveText(explanation);
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await expect(page.getByRole('radio').nth(1)).toBeDisabled();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByText(`Question 3 of ${COUNT}`, { exact: true })).toBeVisible();

  // Starting over, once confirmed, drops the attempt and offers a fresh start.
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('group', { name: 'Start over' }).getByRole('button', { name: 'Yes, start over' }).click();
  await expect(page.getByRole('heading', { level: 1, name: START_HEADING })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: START_HEADING })).toBeVisible();
});

test('a damaged saved attempt is explained and the quiz still works', async ({ page }) => {
  await plantStorage(page, {
    'culture-check/quiz-progress': '<script>alert(1)</script>',
    'culture-check/quiz-record': '{"schema":1,"data":{"best":"lots","attempts":2}}',
  });
  await open(page, '#/quiz');
  await expect(page.getByText(/quiz in progress could not be read/)).toBeVisible();
  await expect(page.getByText(/Part of your quiz record was damaged/)).toBeVisible();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, { keyboard: true });
  await goOn(page, { keyboard: true });
  await expect(page.getByText(`Question 2 of ${COUNT}`, { exact: true })).toBeVisible();
  // The notice is told once, not again on every change.
  await expect(page.getByText(/quiz in progress could not be read/)).toHaveCount(1);
});

test('an attempt saved by an older quiz is adjusted, explained and resumed', async ({ page }) => {
  const outdated = {
    content_version: 0,
    kind: 'full',
    questions: [
      { question: 'a-retired-question', options: ['a', 'b'], answer: 'a' },
      { question: 'five-pillars', options: ['no-such-option'], answer: 'no-such-option' },
    ],
    current: 'five-pillars',
    selected: null,
    recorded: false,
  };
  await plantStorage(page, { 'culture-check/quiz-progress': JSON.stringify({ schema: 1, data: outdated }) });
  await open(page, '#/quiz');
  await expect(page.getByText(/The quiz has changed since you started/)).toBeVisible();
  await expect(page.getByText(`Question 1 of ${COUNT}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /five pillars/ })).toBeVisible();
  await answer(page);
  await goOn(page);
  await expect(page.getByText(`Question 2 of ${COUNT}`, { exact: true })).toBeVisible();
});

test('an attempt saved half-way through the first edition of the quiz keeps what still fits', async ({ page }) => {
  // The ten questions of content version 1, four answered; four of them have since been retired and
  // "feature-volume" is no longer an option of five-pillars.
  const first = [
    ['doing-versus-being', 'doing-not-being'],
    ['five-pillars', 'feature-volume'],
    ['soil-greenhouse-seeds', 'soil'],
    ['feature-factory', 'incentives-and-reviews'],
    ['working-backwards', null],
    ['empty-chair', null],
    ['first-step', null],
    ['winning-over-sales', null],
    ['beyond-software', null],
    ['how-long', null],
  ];
  const saved = {
    content_version: 1,
    kind: 'full',
    questions: first.map(([question, answer]) => ({ question, options: [], answer })),
    current: 'five-pillars',
    selected: null,
    recorded: false,
  };
  await plantStorage(page, { 'culture-check/quiz-progress': JSON.stringify({ schema: 1, data: saved }) });
  await open(page, '#/quiz');
  await expect(
    page.getByText(
      'The quiz has changed since you started, so your attempt was adjusted: 4 questions no longer in the quiz ' +
        'were taken out; 1 answer no longer fits and will be asked again; 4 new questions were added. ' +
        'Everything else was kept.',
    ),
  ).toBeVisible();
  // The reworded pillars question is asked again, where the visitor was.
  await expect(page.getByText(`Question 2 of ${COUNT}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: questionById('five-pillars').prompt })).toBeVisible();
  // The answered questions are skipped, so the numbers jump: answer whatever comes next.
  let prompt = '';
  for (let asked = 0; asked < COUNT - 2; asked++) {
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(prompt);
    prompt = (await answer(page)).prompt;
    await goOn(page);
  }
  // The two answers kept were right, and so was everything asked now.
  await expect(page.getByRole('heading', { level: 1, name: `${COUNT} of ${COUNT}` })).toBeVisible();
});

test('the start screen offers to retry the questions missed last time', async ({ page }) => {
  const record = { best: { right: 8, out_of: 10 }, attempts: 3, last: { right: 8, out_of: 10 } };
  record.missed_last_time = ['five-pillars', 'doing-versus-being'];
  await plantStorage(page, { 'culture-check/quiz-record': JSON.stringify({ schema: 1, data: record }) });
  await open(page);
  await expect(page.getByText('Best 8 of 10 · 3 attempts · last 8 of 10')).toBeVisible();
  await open(page, '#/quiz');
  await expect(page.getByText('Best 8 of 10 · 3 attempts · last 8 of 10')).toBeVisible();
  await page.getByRole('button', { name: 'Retry the ones I missed' }).click();
  await expect(page.getByText('Question 1 of 2', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('saved quiz data from a newer version of the site is left untouched', async ({ page }) => {
  const newer = '{"schema":99,"data":{"future":true}}';
  await plantStorage(page, { 'culture-check/quiz-progress': newer, 'culture-check/quiz-record': newer });
  await open(page, '#/quiz');
  await expect(page.getByText(/quiz in progress was written by a newer version/)).toBeVisible();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page);
  await goOn(page);
  const stored = await page.evaluate(() => [
    localStorage.getItem('culture-check/quiz-progress'),
    localStorage.getItem('culture-check/quiz-record'),
  ]);
  expect(stored).toEqual([newer, newer]);
});

test('"Start over" asks first: keeping the answers keeps them, going ahead starts afresh', async ({ page }) => {
  await startQuiz(page);
  await answer(page);
  await goOn(page);
  const prompt = await page.getByRole('heading', { level: 1 }).textContent();
  const startOver = page.getByRole('button', { name: 'Start over' });
  await startOver.click();
  const asking = page.getByRole('group', { name: 'Start over' });
  await expect(asking).toContainText('Discard your 1 answer in this attempt and go back to the start?');
  await expect(asking.getByRole('button', { name: 'Yes, start over' })).toBeFocused();
  await asking.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(asking).toHaveCount(0);
  await expect(startOver).toBeFocused();
  await expect(page.getByText(`Question 2 of ${COUNT}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: prompt })).toBeVisible();

  await startOver.click();
  await expect(asking.getByRole('button', { name: 'Yes, start over' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: START_HEADING })).toBeFocused();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByText(`Question 1 of ${COUNT}`, { exact: true })).toBeVisible();
});

test('a retry of the missed questions says the score across the quiz: now 6 of 10, not 3 of 7', async ({ page }) => {
  const missed = QUIZ.questions.slice(0, 7).map((question) => question.id);
  const three = { right: 3, out_of: COUNT };
  const record = { best: three, attempts: 1, last: three, missed_last_time: missed, standing: three };
  await plantStorage(page, { 'culture-check/quiz-record': JSON.stringify({ schema: 1, data: record }) });
  await open(page, '#/quiz');
  await page.getByRole('button', { name: 'Retry the ones I missed' }).click();
  await expect(page.getByText('Question 1 of 7', { exact: true })).toBeVisible();
  for (let number = 1; number <= 7; number++) {
    await answer(page, { pick: number <= 3 ? rightly : wrongly });
    await goOn(page);
  }
  await expect(page.getByRole('heading', { level: 1, name: `Now 6 of ${COUNT}` })).toBeFocused();
  await expect(page.getByText('3 of the 7 questions you had missed were right this time.')).toBeVisible();
  await expect(page.getByText('Your score across the quiz')).toBeVisible();
  await expect(page.getByText(`Best 3 of ${COUNT} · 2 attempts · last 3 of 7, now 6 of ${COUNT}`)).toBeVisible();
});

test.describe('on a 390 x 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('every question shows all its options and "Check answer" without scrolling', async ({ page }) => {
    await startQuiz(page);
    for (let number = 1; number <= COUNT; number++) {
      await expect(page.getByText(`Question ${number} of ${COUNT}`, { exact: true })).toBeVisible();
      const question = questionWith(await page.getByRole('heading', { level: 1 }).textContent());
      for (const option of question.options) {
        await expect(page.getByRole('radio', { name: option.text, exact: true })).toBeInViewport({ ratio: 1 });
        await expect(page.getByText(option.text, { exact: true })).toBeInViewport({ ratio: 1 });
      }
      await expect(page.getByRole('button', { name: 'Check answer' })).toBeInViewport({ ratio: 1 });
      await answer(page, { pick: number % 2 ? wrongly : rightly });
      await goOn(page);
    }
  });

  test('after checking, the pick stays marked as one\'s own, and the verdict shows with "Next question"', async ({
    page,
  }) => {
    await startQuiz(page);
    for (let number = 1; number <= COUNT; number++) {
      const prompt = await page.getByRole('heading', { level: 1 }).textContent();
      const texts = await shownOptions(page, questionWith(prompt));
      const picked = wrongly(prompt, texts);
      await answer(page, { pick: wrongly });
      // The pick is still checked and says so in words; the right answer is marked too.
      await expect(page.getByRole('radio').nth(picked)).toBeChecked();
      const rows = page.getByRole('group').getByText(/✓ Right answer|✗ Your answer/);
      await expect(rows).toHaveCount(2);
      await expect(page.getByText('✗ Your answer')).toBeVisible();
      await expect(page.getByText('✓ Right answer')).toBeVisible();
      // The verdict, the reason and the way on fit one screen; the explanation waits, folded.
      await expect(feedback(page).getByText('Not quite.')).toBeInViewport({ ratio: 1 });
      await expect(feedback(page).getByText(/^Why your answer is not right: /)).toBeInViewport({ ratio: 1 });
      const next = page.getByRole('button', { name: /^(Next question|See your score)$/ });
      await expect(next).toBeInViewport({ ratio: 1 });
      const card = await feedback(page).evaluate((region) => region.getBoundingClientRect().height);
      expect(card, `feedback on question ${number}`).toBeLessThanOrEqual(480);
      await goOn(page);
    }
  });

  test('a right pick is marked as one\'s own answer and the right one', async ({ page }) => {
    await startQuiz(page);
    await answer(page, { pick: rightly });
    await expect(page.getByText('✓ Your answer, the right one')).toBeVisible();
    await expect(page.getByText('✓ Right answer')).toHaveCount(0);
  });
});

test("the quiz's radios are round and the size of the assessment's", async ({ page }) => {
  const sizes = async () =>
    page.getByRole('radio').evaluateAll((radios) =>
      radios.map((radio) => {
        const box = radio.getBoundingClientRect();
        return [Math.round(box.width * 10) / 10, Math.round(box.height * 10) / 10];
      }),
    );
  await page.setViewportSize({ width: 360, height: 740 });
  await startAssessment(page);
  const [assessment] = await sizes();
  expect(assessment[0]).toBeGreaterThanOrEqual(16);
  expect(assessment[0]).toBe(assessment[1]);
  await startQuiz(page);
  for (let number = 1; number <= 3; number++) {
    for (const size of await sizes()) expect(size).toEqual(assessment);
    await answer(page);
    await goOn(page);
  }
});

for (const colorScheme of ['light', 'dark']) {
  test(`question, feedback and score have no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, '#/quiz');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    const prompt = await page.getByRole('heading', { level: 1 }).textContent();
    const texts = await shownOptions(page, questionWith(prompt));
    await page.keyboard.press(String(wrongly(prompt, texts) + 1));
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    // A wrong pick: the feedback shows why, and the page stays clean with it.
    await expect(feedback(page).getByText(/^Why your answer is not right: /)).toBeVisible();
    await feedback(page).getByText('The explanation', { exact: true }).click();
    await expectNoAxeViolations(page);
    // Asking before starting over is clean too.
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('group', { name: 'Start over' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Keep my answers' }).click();
    // Keeping the answers hands the focus back to "Start over" once the question has re-rendered;
    // wait for that before moving it on, or the hand-back takes it away again.
    await expect(page.getByRole('button', { name: 'Start over' })).toBeFocused();
    await page.getByRole('button', { name: /^(Next question|See your score)$/ }).focus();
    await goOn(page, { keyboard: true });
    await answerAll(page, { keyboard: true, wrongAt: (number) => number % 2 === 0 });
    await expect(page.getByText(/^Why it is not right: /).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the quiz fits a 360 px wide phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const fits = async (what) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${what} fits`).toBeLessThanOrEqual(360);
  };
  await open(page, '#/quiz');
  await fits('start');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, { pick: wrongly });
  await fits('feedback');
  await goOn(page);
  await answerAll(page, { wrongAt: (number) => number % 2 === 0 });
  await fits('score');
});
