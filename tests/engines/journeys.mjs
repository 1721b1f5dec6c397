// The journeys that matter most, as people take them, for the engines Playwright cannot drive here:
// the assessment to its result and that result's link in a fresh browser, the quiz with its review
// and retry, storage refused by the browser, a team pasted together, and the site after one visit
// with the network gone. Each journey gets a fresh browser (an empty profile) and fails on any page
// error, console error or Content-Security-Policy violation.
import assert from 'node:assert/strict';
import { ASKED_STATEMENTS as TOTAL } from '../e2e/content.js';
import { ANA, PARTIAL, UNDECIDED } from '../e2e/links.js';
import { QUIZ, questionWith, rightly, wrongly } from '../e2e/quiz-content.js';
import { newBrowser, serveSite, until } from './browsers.mjs';
import { Page } from './page.mjs';

const COUNT = QUIZ.questions.length;
const SITE = 'https://culture.example.org/check/';

/** Opens a fresh browser of `engine` on `site`, runs `journey` with its page, and closes it. */
async function inBrowser(engine, site, options, journey) {
  const driver = await newBrowser(engine, options);
  try {
    const page = new Page(driver, site, engine);
    await journey(page);
    await page.expectNoProblems();
  } finally {
    await driver.quit();
  }
}

/** Opens the assessment, skips the part-of-the-company question and answers every statement with
 * `key`, by keyboard. */
async function takeAssessment(page, key) {
  await page.open('#/assessment');
  await page.click('button', 'Skip this question');
  for (let n = 1; n <= TOTAL; n++) {
    await page.text(new RegExp(`^Statement ${n} of ${TOTAL}\\b`));
    await page.press(key);
  }
}

/** The texts of the options on screen, in the order shown (each attempt shuffles them). */
async function shownOptions(page) {
  const question = questionWith(await (await page.get('heading', null, { level: 1 })).getText());
  const texts = await page.evaluate(
    'return [...document.querySelectorAll(\'input[type="radio"]\')].map((radio) => radio.labels[0].querySelector(".quiz-choice__text").textContent)',
  );
  assert.deepEqual([...texts].sort(), question.options.map((option) => option.text).sort());
  return { question, texts };
}

/** Picks the option `pick` chooses by clicking it, checks the answer and reads the verdict. */
async function answer(page, pick = rightly) {
  const { question, texts } = await shownOptions(page);
  const text = texts[pick(question.prompt, texts)];
  const radio = await page.get('radio', text);
  await page.clickOn(radio, `"${text}"`);
  await until(() => radio.isSelected(), { what: `"${text}" to be picked` });
  await page.click('button', 'Check answer');
  const picked = question.options.find((option) => option.text === text);
  await page.text(picked.right ? 'Right!' : 'Not quite.');
  if (!picked.right) await page.text(`Why your answer is not right: ${picked.whyWrong}`);
  await page.click('button', /^(Next question|See your score)$/);
  return { prompt: question.prompt, wasRight: picked.right };
}

/** Starts the quiz from its start screen. */
async function startQuiz(page) {
  await page.open('#/quiz');
  await page.click('button', 'Start the quiz');
  await page.text(`Question 1 of ${COUNT}`);
}

/** Where each of the question's controls is drawn, relative to the window, and the page's scroll. */
const LAYOUT = `
const box = (element) => {
  if (!element) return null;
  const rect = element.getBoundingClientRect();
  return { top: rect.top, bottom: rect.bottom, width: rect.width, height: rect.height };
};
const button = (name) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
const radios = [...document.querySelectorAll('input[type="radio"]')];
return {
  scrollY,
  viewport: innerHeight,
  prompt: box(document.querySelector('h1')),
  rows: radios.map((radio) => box(radio.closest('label'))),
  radios: radios.map((radio) => {
  const label = radio.labels[0];
  return { text: (label.querySelector('.quiz-choice__text') || label).textContent.trim(), ...box(radio) };
}),
  sure: box([...document.querySelectorAll('label')].find((label) => label.textContent.includes("I'm sure"))),
  check: box(button('Check answer')),
  startOver: box(button('Start over')),
};`;

/** The layout once the page has drawn what just happened: the same over two frames in a row. */
async function settledLayout(page) {
  let last = await page.evaluate(LAYOUT);
  return until(async () => {
    await page.evaluate('return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))');
    const now = await page.evaluate(LAYOUT);
    const settled = JSON.stringify(now) === JSON.stringify(last) && now;
    last = now;
    return settled;
  }, { what: 'the layout to settle' });
}

export const JOURNEYS = [
  {
    name: 'the assessment by keyboard gives a result whose link opens the same result in a fresh browser',
    async run(engine, site) {
      let link;
      await inBrowser(engine, site, {}, async (page) => {
        await takeAssessment(page, '3');
        await page.get('heading', 'Mixed or undecided', { level: 1 });
        await page.click('button', 'Share this result');
        const field = await page.get('textbox', 'Share link');
        const unnamed = await field.getAttribute('value');
        // Entered in one go, so the link read next carries the whole name.
        await page.paste(await page.get('textbox', 'Your name or team (optional)'), 'Ana <b>Ops</b>');
        link = await until(async () => {
          const value = await field.getAttribute('value');
          return value !== unnamed && value;
        }, { what: 'the link to carry the name' });
        assert.match(link, /#\/r\/[A-Za-z0-9_-]+$/);
      });
      await inBrowser(engine, site, {}, async (page) => {
        await page.open(link);
        await page.text('A shared assessment result.');
        await page.get('heading', 'Mixed or undecided', { level: 1 });
        await page.text('Stage · shared by Ana <b>Ops</b>');
        assert.equal(await page.evaluate('return document.querySelectorAll("main b").length'), 0, 'the name stays text');
        await page.get('heading', 'What to do next');
        const saved = await page.evaluate('return Object.keys(localStorage).filter((key) => key.startsWith("culture-check/"))');
        assert.deepEqual(saved, [], 'opening a link saves nothing');
      });
    },
  },
  {
    name: 'the quiz: a score that matches the answers, a review of each miss, and a retry of only the missed',
    async run(engine, site) {
      await inBrowser(engine, site, {}, async (page) => {
        await startQuiz(page);
        const missed = [];
        for (let number = 1; number <= COUNT; number++) {
          await page.text(`Question ${number} of ${COUNT}`);
          const { prompt, wasRight } = await answer(page, [3, 6, 7].includes(number) ? wrongly : rightly);
          if (!wasRight) missed.push(prompt);
        }
        await page.get('heading', `${COUNT - 3} of ${COUNT}`, { level: 1 });
        assert.equal((await page.all('listitem', /Your answer:/)).length, COUNT, 'every question is reviewed');
        for (const prompt of missed) {
          const item = await page.get('listitem', new RegExp(`^${prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*✗ Missed`));
          assert.match(await item.getText(), /Why it is not right: /);
        }
        await page.click('button', 'Retry the ones I missed');
        await page.text('Question 1 of 3');
        const retried = [];
        for (let number = 1; number <= 3; number++) retried.push((await answer(page)).prompt);
        assert.deepEqual(retried.sort(), missed.sort());
        await page.get('heading', `Now ${COUNT} of ${COUNT}`, { level: 1 });
      });
    },
  },
  {
    name: "the quiz's controls stay put when an answer is picked, and every radio keeps its size",
    everywhere: true,
    async run(engine, site) {
      await inBrowser(engine, site, { width: 390, height: 844 }, async (page) => {
        const width = await page.evaluate('return innerWidth');
        // Firefox's and MiniBrowser's windows cannot be narrower than 500 and 447 px: still a phone's
        // layout, which starts below 640 px.
        assert.ok(width < 640, `a phone-sized window (${width} px)`);
        await page.open('#/assessment');
        await page.click('button', 'Skip this question');
        const [assessmentRadio] = (await page.evaluate(LAYOUT)).radios;
        assert.equal(assessmentRadio.width, assessmentRadio.height, "the assessment's radios are round");
        assert.ok(assessmentRadio.width >= 16, `the assessment's radios are ${assessmentRadio.width} px`);

        await startQuiz(page);
        const longest = QUIZ.questions.flatMap((question) => question.options).reduce((a, b) => (b.text.length > a.text.length ? b : a));
        let sawLongest = false;
        for (let number = 1; number <= COUNT; number++) {
          await page.text(`Question ${number} of ${COUNT}`);
          const before = await settledLayout(page);
          assert.ok(before.check.bottom <= before.viewport, `question ${number}: "Check answer" shows without scrolling`);
          for (const radio of before.radios) {
            assert.deepEqual([radio.width, radio.height], [assessmentRadio.width, assessmentRadio.height], `the radio of "${radio.text}"`);
            sawLongest ||= radio.text === longest.text;
          }
          const { question, texts } = await shownOptions(page);
          const radio = await page.get('radio', texts[wrongly(question.prompt, texts)]);
          await page.clickOn(radio, 'an option');
          await until(() => radio.isSelected(), { what: 'the pick' });
          const after = await settledLayout(page);
          for (const [what, box] of Object.entries(after)) {
            assert.deepEqual(box, before[what], `question ${number} (${question.id}): ${what} did not move when an answer was picked`);
          }
          await page.click('button', 'Check answer');
          await page.click('button', /^(Next question|See your score)$/);
        }
        assert.ok(sawLongest, 'the longest option was shown');
      });
    },
  },
  {
    name: 'with site data refused by the browser, a finished assessment still shows its result and says nothing is kept',
    async run(engine, site) {
      await inBrowser(engine, site, { storage: 'refused' }, async (page) => {
        await takeAssessment(page, '3');
        await page.get('heading', 'Mixed or undecided', { level: 1 });
        assert.equal((await page.all('heading', 'No results yet')).length, 0);
        await page.text(/not letting the site/);
        await page.click('link', 'See your history');
        await until(async () => (await page.all('heading', null, { level: 2 })).length > 0, { what: 'the history of this visit' });
      });
    },
  },
  {
    name: 'links pasted into the team view make a team, bad lines told apart',
    async run(engine, site) {
      await inBrowser(engine, site, {}, async (page) => {
        await page.open('#/team');
        await page.get('heading', 'Team view', { level: 1 });
        const lines = [`${SITE}#/r/${ANA}`, '', 'not a link', `#/r/${UNDECIDED}`, `  ${PARTIAL}  `, `${SITE}#/r/${ANA}`];
        await page.paste(await page.get('textbox', 'Result links'), lines.join('\n'));
        await page.click('button', 'Add to team');
        const report = await page.get('status', /results were added/);
        assert.match(await report.getText(), /3 results were added\./);
        assert.match(await report.getText(), /Line 6.*already in the team \(person 1\)/s);
        await page.get('heading', '3 people');
        await page.text('Stages: 2 × Mixed or undecided. 1 person gave too few answers for a stage.');
      });
    },
  },
  {
    name: 'after one visit the site starts and works with the network gone',
    async run(engine) {
      const own = await serveSite();
      try {
        await inBrowser(engine, own.url, {}, async (page) => {
          await page.open('#/');
          await page.evaluate('return navigator.serviceWorker.ready.then(() => true)');
          await until(() => page.evaluate('return navigator.serviceWorker.controller !== null'), { what: 'the service worker to take over' });
          await own.stop();
          await page.reload();
          await page.click('link', 'Start the quiz');
          await page.click('button', 'Start the quiz');
          const [first] = await page.all('radio', null);
          await page.clickOn(first, 'the first option');
          await page.click('button', 'Check answer');
          await page.get('button', /^(Next question|See your score)$/);
          // A screen whose code this page never fetched comes from the worker's cache too.
          const [main] = await page.all('navigation', 'Main');
          await page.click('link', 'Team', { within: main });
          await page.get('heading', 'Team view', { level: 1 });
          assert.equal((await page.all('alert', null)).length, 0, 'no alert');
        });
      } finally {
        await own.stop();
      }
    },
  },
];
