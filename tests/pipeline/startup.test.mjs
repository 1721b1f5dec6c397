// The start-up scripts inline in index.html, run in jsdom over the page as the source has it, with
// prerendered screens (fixtures/prerendered-screens.html) where the prerender puts them. "The app"
// here is what src/browser/document.rs does when it starts: it puts its own markup, the same as the
// prerendered screen's, in place of the prerendered nodes, then Trunk's loader says it has started.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { JSDOM, VirtualConsole } from 'jsdom';
import { fixture, sourceIndex } from './fixtures.mjs';

const source = sourceIndex();
const open = [];

afterEach(() => {
  while (open.length) open.pop().window.close();
});

/** index.html at `hash`, as a first visit sees it unless `stored` holds some of the app's keys. */
function visit(hash, { stored = {}, chunkMap = '{}', storage = true } = {}) {
  const problems = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (error) => problems.push(error.message));
  virtualConsole.on('error', (message) => problems.push(String(message)));
  const html = source
    .replace('<!-- prerendered screens -->', fixture('prerendered-screens.html'))
    .replace('/* chunks of each screen */ {}', chunkMap);
  const dom = new JSDOM(html, {
    url: `https://culture-check.test/${hash}`,
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    virtualConsole,
    beforeParse(window) {
      window.scrollTo = () => {};
      for (const [key, value] of Object.entries(stored)) window.localStorage.setItem(key, value);
      if (!storage) {
        Object.defineProperty(window, 'localStorage', { get: () => { throw new window.DOMException('blocked', 'SecurityError'); } });
      }
    },
  });
  open.push(dom);
  dom.problems = problems;
  return dom;
}

/**
 * What the app does when it starts (its markup with `before` at the top of <main>, the focus on
 * `focus` if given); returns the text of each of the app's buttons pressed from then on.
 */
function startApp(dom, { before = '', focus = null } = {}) {
  const { document } = dom.window;
  const key = document.querySelector('main[data-boot]') && screenKey(dom);
  const template = document.querySelector(`template[data-boot-screen="${key}"]`);
  const own = template.content.cloneNode(true);
  for (const node of own.querySelectorAll('[data-boot]')) node.removeAttribute('data-boot');
  own.querySelector('main').insertAdjacentHTML('afterbegin', before);
  for (const node of document.querySelectorAll('[data-boot]')) node.remove();
  document.querySelector('#boot').after(own);
  if (focus) document.querySelector(focus).focus();
  const pressed = [];
  for (const button of document.querySelectorAll('button')) {
    button.addEventListener('click', () => pressed.push(button.textContent));
  }
  document.querySelector('#boot').remove();
  dom.window.dispatchEvent(new dom.window.Event('culture-check-started'));
  return pressed;
}

const screenKey = (dom) => {
  const { document } = dom.window;
  for (const template of document.querySelectorAll('template[data-boot-screen]')) {
    const heading = template.content.querySelector('main h1')?.textContent;
    if (heading !== undefined && heading === document.querySelector('main h1')?.textContent) return template.getAttribute('data-boot-screen');
  }
  return null;
};

const shown = (dom) => dom.window.document.querySelector('main[data-boot] h1')?.textContent ?? null;

test("a first visit sees the prerendered screen of its address at once, under the screen's title", () => {
  const dom = visit('#/quiz');
  assert.deepEqual([shown(dom), dom.window.document.title], ['Quiz', 'Quiz · Culture Check']);
});

test('the start-up message is hidden while a prerendered screen shows', () => {
  assert.equal(visit('#/').window.document.getElementById('boot').hidden, true);
});

test('an address with no fragment shows the home screen', () => {
  assert.equal(shown(visit('')), 'How product-led is your culture?');
});

test('every address under a prefix shows that screen', () => {
  assert.equal(visit('#/r/AbC123').window.document.querySelector('main[data-boot] [role=status]').textContent, 'Loading…');
});

test('an address with no prerendered screen keeps the start-up message', () => {
  const dom = visit('#/team');
  assert.deepEqual([shown(dom), dom.window.document.getElementById('boot').hidden], [null, false]);
});

test("a returning visitor gets the start-up message, since their screens depend on what is stored", () => {
  assert.equal(shown(visit('#/', { stored: { 'culture-check/quiz-record': '{}' } })), null);
});

test("another site's keys in storage do not make a returning visitor", () => {
  assert.equal(shown(visit('#/', { stored: { 'other-app/state': '{}' } })), 'How product-led is your culture?');
});

test('storage the browser blocks counts as a first visit', () => {
  assert.equal(shown(visit('#/', { storage: false })), 'How product-led is your culture?');
});

test('a link followed before the app runs shows the next prerendered screen, its heading focused', async () => {
  const dom = visit('#/');
  dom.window.document.querySelector('main a[href="#/quiz"]').click();
  await new Promise((resolve) => dom.window.addEventListener('hashchange', resolve, { once: true }));
  assert.equal(dom.window.document.activeElement.textContent, 'Quiz');
});

test('the skip link focuses the content rather than changing the address', () => {
  const dom = visit('#/');
  dom.window.document.querySelector('.skip-link').click();
  assert.deepEqual([dom.window.location.hash, dom.window.document.activeElement.tagName], ['#/', 'H1']);
});

test('a button pressed before the app runs is pressed again for the app, found by its data-replay name', () => {
  const dom = visit('#/quiz');
  dom.window.document.querySelector('[data-replay="quiz-start"] b').click();
  // The app's markup puts a notice before it: the button is found by its name, not by its place.
  assert.deepEqual(startApp(dom, { before: '<p><button type="button">Dismiss</button></p>' }), ['Start the quiz']);
});

test('a button without a data-replay name is not pressed again', () => {
  const dom = visit('#/quiz');
  dom.window.document.querySelector('button.help').click();
  assert.deepEqual(startApp(dom), []);
});

test('the answer picked last for a question is the one picked again for the app', () => {
  const dom = visit('#/assessment');
  const { document } = dom.window;
  document.getElementById('role-leadership').click();
  document.getElementById('role-go-to-market').click();
  startApp(dom);
  assert.deepEqual(
    ['role-leadership', 'role-go-to-market'].map((id) => document.getElementById(id).checked),
    [false, true],
  );
});

test('answers and presses are replayed in the order they were made', () => {
  const dom = visit('#/assessment');
  const { document } = dom.window;
  const order = [];
  document.getElementById('role-leadership').click();
  document.querySelector('[data-replay="role-next"]').click();
  document.addEventListener('click', (event) => order.push(event.target.id || event.target.getAttribute('data-replay')), true);
  startApp(dom);
  assert.deepEqual(order, ['role-leadership', 'role-next']);
});

test("a number key picks the assessment's answer with that number before the app runs", () => {
  const dom = visit('#/assessment');
  const { document } = dom.window;
  document.querySelector('fieldset').insertAdjacentHTML('beforeend', '<input type="radio" id="answer-3" name="answer">');
  document.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: '3', bubbles: true }));
  assert.equal(document.getElementById('answer-3').checked, true);
});

test('the link that had the keyboard focus has it again in the app, found by its address and place among links to it', () => {
  const dom = visit('#/');
  const { document } = dom.window;
  document.querySelector('main a[href="#/quiz"]').focus();
  startApp(dom);
  const links = [...document.querySelectorAll('a[href="#/quiz"]')];
  assert.deepEqual([links.indexOf(document.activeElement), document.activeElement.textContent], [1, 'Start the quiz']);
});

test('the control that had the keyboard focus is found again by its id', () => {
  const dom = visit('#/assessment');
  const { document } = dom.window;
  document.getElementById('role-go-to-market').focus();
  startApp(dom);
  assert.equal(document.activeElement.id, 'role-go-to-market');
});

test('the focus is left where the app put it', () => {
  const dom = visit('#/');
  const { document } = dom.window;
  document.querySelector('main a[href="#/quiz"]').focus();
  startApp(dom, { focus: 'main h1' });
  assert.equal(document.activeElement.tagName, 'H1');
});

test('once the app runs, the script leaves presses alone', () => {
  const dom = visit('#/quiz');
  const pressed = startApp(dom);
  dom.window.document.querySelector('[data-replay="quiz-start"]').click();
  assert.deepEqual(pressed, ['Start the quiz']);
});

test("a screen opened from its address preloads its own module and its shared chunks", () => {
  const map = JSON.stringify({ shared: ['aaaa', 'bbbb'], screens: { team_screen: ['team_screen-1234', 1] } });
  const links = [...visit('#/team/abc', { chunkMap: map }).window.document.querySelectorAll('link[rel=preload]')];
  assert.deepEqual(links.map((link) => link.getAttribute('href')), ['team_screen-1234.wasm', 'chunk-bbbb.wasm']);
});

test('home preloads its own screen for the bare address and for #/, and no other screen', () => {
  const map = JSON.stringify({ shared: ['aaaa'], screens: { home_screen: ['home_screen-1234', 0], team_screen: ['team_screen-5678'] } });
  for (const address of ['', '#', '#/']) {
    const links = [...visit(address, { chunkMap: map }).window.document.querySelectorAll('link[rel=preload]')];
    assert.deepEqual(links.map((link) => link.getAttribute('href')), ['home_screen-1234.wasm', 'chunk-aaaa.wasm'], address);
  }
});

test('the results preload their own screen, not the assessment\'s, whose address starts theirs', () => {
  const map = JSON.stringify({ shared: [], screens: { assessment_screen: ['assessment_screen-1'], results_screen: ['results_screen-2'] } });
  const links = [...visit('#/assessment/results', { chunkMap: map }).window.document.querySelectorAll('link[rel=preload]')];
  assert.deepEqual(links.map((link) => link.getAttribute('href')), ['results_screen-2.wasm']);
});

test('an address no screen has preloads no chunk', () => {
  const map = JSON.stringify({ shared: ['aaaa'], screens: { home_screen: ['home_screen-1234', 0] } });
  assert.equal(visit('#/nowhere', { chunkMap: map }).window.document.querySelectorAll('link[rel=preload]').length, 0);
});

test('an error before the app starts says it could not start, as an alert', () => {
  const dom = visit('#/');
  dom.window.dispatchEvent(new dom.window.ErrorEvent('error', { message: 'failed to fetch' }));
  const boot = dom.window.document.getElementById('boot');
  assert.deepEqual([boot.hidden, boot.getAttribute('role'), boot.textContent.slice(0, 40)], [false, 'alert', 'Culture Check could not start in this br']);
});

test('an error after the app starts leaves the page alone', () => {
  const dom = visit('#/');
  dom.window.dispatchEvent(new dom.window.Event('culture-check-started'));
  dom.window.dispatchEvent(new dom.window.ErrorEvent('error', { message: 'later' }));
  assert.equal(dom.window.document.getElementById('boot').getAttribute('role'), null);
});

test('the scripts run without an error of their own', () => {
  const dom = visit('#/assessment');
  startApp(dom);
  assert.deepEqual(dom.problems, []);
});
