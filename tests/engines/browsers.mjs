// Starting the three engines over WebDriver: Firefox ESR through geckodriver, WebKitGTK's MiniBrowser
// through WebKitWebDriver on a virtual display, and Debian's Chromium through chromedriver. Every
// process started here is stopped by `stopAll`; nothing is downloaded (the drivers are started by
// hand, so Selenium never looks for a driver of its own).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { lineMatching, serveSite as serve } from '../e2e/serve.mjs';

const started = [];
const scratch = [];

/** Waits until `check` returns something truthy, asking every `every` ms, for at most `within` ms. */
export async function until(check, { within = 10_000, every = 50, what = 'a condition' } = {}) {
  const deadline = Date.now() + within;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${within} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

function track(child, name) {
  started.push(child);
  child.on('error', (error) => console.error(`${name} could not start: ${error.message}`));
  return child;
}

/** A free port on loopback, for a driver that must be told one. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Serves `dist` (or `DIST`) as the end-to-end tests do (tests/e2e/serve.mjs), stopped with the rest. */
export async function serveSite(dist) {
  const site = await serve(dist);
  track(site.process, 'the test server');
  return site;
}

let display;

/** One X server for the whole run (`xvfb-run -a` races when sessions start side by side): it picks its
 * own display number and says which. */
async function virtualDisplay() {
  if (!display) {
    const xvfb = track(
      spawn('Xvfb', ['-displayfd', '3', '-noreset', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      }),
      'Xvfb',
    );
    display = lineMatching(xvfb.stdio[3], /^(\d+)\n/, 'Xvfb').then((number) => `:${number}`);
  }
  return display;
}

const drivers = new Map();

/** Starts the engine's WebDriver server once per run; resolves with its address. */
function driverFor(engine) {
  if (!drivers.has(engine)) drivers.set(engine, startDriver(engine));
  return drivers.get(engine);
}

async function startDriver(engine) {
  const port = await freePort();
  if (engine === 'firefox') {
    const geckodriver = process.env.GECKODRIVER || join(homedir(), '.cargo/bin/geckodriver');
    track(spawn(geckodriver, ['--port', String(port), '--log', 'fatal'], { stdio: 'ignore' }), 'geckodriver');
  } else if (engine === 'webkit') {
    const env = { ...process.env, DISPLAY: await virtualDisplay() };
    track(spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' }), 'WebKitWebDriver');
  } else if (engine === 'chromium') {
    const chromedriver = process.env.CHROMEDRIVER || '/usr/bin/chromedriver';
    track(spawn(chromedriver, [`--port=${port}`], { stdio: 'ignore' }), 'chromedriver');
  } else {
    throw new Error(`unknown engine ${engine}: firefox, webkit or chromium`);
  }
  const url = `http://127.0.0.1:${port}`;
  await until(() => fetch(`${url}/status`).then((response) => response.ok), { what: `the ${engine} driver` });
  return url;
}

const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** What to ask of a new session. `storage: 'refused'` starts the browser with site data refused, the
 * way a person who blocks it runs it. */
function capabilities(engine, { storage = 'allowed' } = {}) {
  if (engine === 'firefox') {
    const prefs = {
      // No first-run pages, updates or telemetry reaching for the closed network.
      'app.update.disabledForTesting': true,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    };
    // Blocking every cookie blocks local storage too: it throws a SecurityError.
    if (storage === 'refused') prefs['network.cookie.cookieBehavior'] = 2;
    return {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: process.env.FIREFOX || '/usr/bin/firefox-esr', args: ['-headless'], prefs },
    };
  }
  if (engine === 'webkit') {
    const args = ['--automation'];
    // MiniBrowser takes WebKit's settings as options: without local storage, `localStorage` is null.
    if (storage === 'refused') args.push('--enable-html5-local-storage=false');
    return { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } };
  }
  const profile = mkdtempSync(join(tmpdir(), 'culture-check-chromium-'));
  scratch.push(profile);
  const args = [...chromiumArgs, '--headless', `--user-data-dir=${profile}`];
  if (storage === 'refused') throw new Error('refused storage is tested in Chromium by Playwright');
  return { browserName: 'chrome', 'goog:chromeOptions': { binary: chromiumPath, args } };
}

/** A fresh browser of `engine` (its own empty profile) with a viewport of `width` x `height`. */
export async function newBrowser(engine, { width = 1280, height = 900, storage } = {}) {
  const driver = await new Builder()
    .usingServer(await driverFor(engine))
    .withCapabilities(capabilities(engine, { storage }))
    .build();
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
  await setViewport(driver, width, height);
  return driver;
}

/** Sizes the window so that the page itself gets `width` x `height` (window frames differ by engine). */
export async function setViewport(driver, width, height) {
  await driver.manage().window().setRect({ width, height });
  const [innerWidth, innerHeight] = await driver.executeScript('return [window.innerWidth, window.innerHeight]');
  if (innerWidth !== width || innerHeight !== height) {
    await driver.manage().window().setRect({ width: 2 * width - innerWidth, height: 2 * height - innerHeight });
  }
}

/** Stops every driver, browser, server and display this run started. */
export async function stopAll() {
  for (const child of started.reverse()) {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
  started.length = 0;
  drivers.clear();
  display = undefined;
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
}
