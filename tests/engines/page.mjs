// A page driven over WebDriver the way the Playwright journeys drive one: controls found by role and
// accessible name (worked out in the page, so every engine answers the same way), actions waited on
// by polling for what they cause, never by fixed sleeps, and every page error, console error or
// Content-Security-Policy violation counted against the journey.
import assert from 'node:assert/strict';
import { until } from './browsers.mjs';

/** Runs in the page: an element's text as a screen reader hears it (hidden parts left out). */
const TEXT_OF = `
const squash = (text) => (text || '').replace(/\\s+/g, ' ').trim();
const textOf = (element) => {
  if (element.nodeType === Node.TEXT_NODE) return element.textContent;
  if (element.nodeType !== Node.ELEMENT_NODE) return '';
  if (element.getAttribute('aria-hidden') === 'true') return '';
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden') return '';
  if (element.matches('input, textarea, select')) return '';
  return [...element.childNodes].map(textOf).join('');
};
`;

/**
 * Runs in the page: the visible elements of `role` whose accessible name matches `name` (exact text
 * after collapsing white space, or `{ source, flags }` of a regular expression), inside `scope`. The
 * names follow the accessible-name rules closely enough for this site's markup: aria-labelledby,
 * aria-label, a form control's labels, then the text.
 */
const FIND = `
const [role, name, level, scope] = arguments;
const selectors = {
  button: 'button, [role="button"], input[type="button"], input[type="submit"]',
  link: 'a[href], [role="link"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  radio: 'input[type="radio"], [role="radio"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  textbox: 'textarea, input:not([type]), input[type="text"], input[type="url"], input[type="search"], [role="textbox"]',
  status: '[role="status"], output',
  alert: '[role="alert"]',
  region: 'section[aria-label], section[aria-labelledby], [role="region"]',
  group: 'fieldset, [role="group"]',
  list: 'ul, ol, [role="list"]',
  listitem: 'li, [role="listitem"]',
  table: 'table, [role="table"]',
  img: 'img, svg[role="img"], [role="img"]',
  navigation: 'nav, [role="navigation"]',
};
${TEXT_OF}
const nameOf = (element) => {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return squash(labelledBy.split(/\\s+/).map((id) => textOf(document.getElementById(id) || document.createElement('i'))).join(' '));
  }
  const label = element.getAttribute('aria-label');
  if (label) return squash(label);
  if (element.labels && element.labels.length) return squash([...element.labels].map(textOf).join(' '));
  if (element.matches('fieldset')) return squash(textOf(element.querySelector('legend') || document.createElement('i')));
  if (element.matches('img')) return squash(element.alt);
  if (element.matches('svg')) return squash(element.querySelector('title')?.textContent);
  return squash(textOf(element));
};
const visible = (element) => {
  if (!element.getClientRects().length) return false;
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden';
};
const matches = (text) =>
  name === null ? true : typeof name === 'string' ? text === name : new RegExp(name.source, name.flags).test(text);
const root = scope || document;
return [...root.querySelectorAll(selectors[role])].filter(
  (element) =>
    (role !== 'heading' || level === null || element.tagName === 'H' + level) &&
    (role !== 'radio' && role !== 'checkbox' ? visible(element) : visible(element.labels?.[0] || element)) &&
    matches(nameOf(element)),
);
`;

/** A name to match: a string matches exactly (white space collapsed), a RegExp by test. */
const pattern = (name) => (name instanceof RegExp ? { source: name.source, flags: name.flags } : (name ?? null));

/** Collects what goes wrong in the page, from the moment it runs; kept in the page's window. */
const WATCH = `
if (window.__problems) return;
window.__problems = [];
addEventListener('error', (event) => window.__problems.push('page error: ' + event.message));
addEventListener('unhandledrejection', (event) => window.__problems.push('unhandled rejection: ' + event.reason));
document.addEventListener('securitypolicyviolation', (event) =>
  window.__problems.push('Content-Security-Policy violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI));
const error = console.error;
console.error = (...parts) => { window.__problems.push('console error: ' + parts.join(' ')); error.apply(console, parts); };
`;

export class Page {
  constructor(driver, site, engine) {
    this.driver = driver;
    this.site = site;
    this.engine = engine;
    this.problems = [];
  }

  /** Opens a route (`#/quiz`) of the site, or a whole address, and waits until the app runs. */
  async open(fragment = '#/') {
    await this.collectProblems();
    await this.driver.get(fragment.startsWith('http') ? fragment : `${this.site}${fragment}`);
    await this.untilRunning();
  }

  /** Reloads the way a person does (`location.reload()`: Firefox's WebDriver refresh skips the
   * service worker). */
  async reload() {
    await this.collectProblems();
    await this.driver.executeScript('document.documentElement.dataset.reloading = "yes"; location.reload()');
    await until(() => this.driver.executeScript('return document.readyState === "complete" && !document.documentElement.dataset.reloading'), {
      what: 'the reload',
    });
    await this.untilRunning();
  }

  /** Waits until the prerendered first screen is taken over and a heading shows. */
  async untilRunning() {
    await until(() => this.driver.executeScript('return !document.querySelector("#boot, [data-boot]") && !!document.querySelector("h1")'), {
      within: 20_000,
      what: 'the app to start',
    });
    await this.driver.executeScript(WATCH);
  }

  /** Everything that went wrong in the page since it was opened. */
  async collectProblems() {
    try {
      const found = await this.driver.executeScript('const found = window.__problems || []; window.__problems = []; return found');
      this.problems.push(...found);
    } catch {
      // No page yet.
    }
  }

  /** Fails the journey on any page error, console error or blocked resource. */
  async expectNoProblems() {
    await this.collectProblems();
    if (await this.evaluate('return document.getElementById("update-banner") !== null').catch(() => false)) {
      this.problems.push('a new version was offered, though the site never changed');
    }
    assert.deepEqual(this.problems, [], `no page errors, console errors or CSP violations in ${this.engine}`);
  }

  /** The visible elements of `role` named `name`, now. */
  async all(role, name, { level = null, within = null } = {}) {
    return this.driver.executeScript(FIND, role, pattern(name), level, within);
  }

  /** Waits for exactly one visible element of `role` named `name` and returns it. */
  async get(role, name, options = {}) {
    const found = await until(
      async () => {
        const elements = await this.all(role, name, options);
        return elements.length === 1 && elements[0];
      },
      { what: `one ${role} named ${name ?? '(any)'}` },
    );
    return found;
  }

  /** Waits until no visible element of `role` is named `name`. */
  async gone(role, name, options = {}) {
    await until(async () => (await this.all(role, name, options)).length === 0, { what: `no ${role} named ${name}` });
  }

  /** Clicks the one control of `role` named `name`, as a pointer would (WebDriver scrolls it into view). */
  async click(role, name, options) {
    await this.clickOn(await this.get(role, name, options), `the ${role} ${name}`);
  }

  /** Clicks `element` once it has stopped moving; when something else is drawn over it, says what. */
  async clickOn(element, what = 'the element') {
    await this.steady(element, what);
    try {
      await element.click();
    } catch (error) {
      if (error.name !== 'ElementClickInterceptedError') throw error;
      const cover = await this.evaluate(
        `const rect = arguments[0].getBoundingClientRect();
         const over = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
         return JSON.stringify({ rect, scrollY, innerHeight, over: over && over.outerHTML.slice(0, 200) });`,
        element,
      );
      throw new Error(`${this.engine} could not click ${what}: something else is drawn over it ${cover}`);
    }
  }

  /**
   * Waits until `element` is drawn in the same place in two frames in a row, as Playwright does
   * before a click: WebDriver reads where to click and then clicks, so a page still scrolling a
   * moment after a change (the quiz reveals its verdict a frame after drawing it) could take the
   * click somewhere else.
   */
  async steady(element, what = 'the element') {
    await until(
      () =>
        this.driver.executeAsyncScript(
          `const [element, done] = arguments;
           const box = () => JSON.stringify(element.getBoundingClientRect());
           requestAnimationFrame(() => {
             const first = box();
             requestAnimationFrame(() => done(element.isConnected && first === box()));
           });`,
          element,
        ),
      { what: `${what} to stop moving` },
    );
  }

  /** Presses keys on whatever has the focus. */
  async press(keys) {
    await this.driver.actions().sendKeys(keys).perform();
  }

  /** Waits until some visible element's own text is `text` (or matches it). */
  async text(text) {
    const wanted = pattern(text);
    return until(
      () =>
        this.driver.executeScript(
          `${TEXT_OF}
           const [wanted] = arguments;
           const test = (element) => {
             const text = squash(textOf(element));
             return typeof wanted === 'string' ? text === wanted : new RegExp(wanted.source, wanted.flags).test(text);
           };
           return [...document.body.querySelectorAll('*')].find((element) =>
             element.getClientRects().length && test(element) && ![...element.children].some(test));`,
          wanted,
        ),
      { what: `the text ${text}` },
    );
  }

  /** Puts `text` into a text field as one paste does: WebKitWebDriver drops newlines when typing. */
  async paste(field, text) {
    await this.clickOn(field, 'the text field');
    await this.driver.executeScript('arguments[0].select(); document.execCommand("insertText", false, arguments[1])', field, text);
  }

  /** Runs `script` in the page with `args` and returns its value. */
  async evaluate(script, ...args) {
    return this.driver.executeScript(script, ...args);
  }
}
