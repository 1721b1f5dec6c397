// `make bench`: what a visitor downloads and how soon the first control shows, for every entry route
// of the release build in dist/ and, in the same run, for DORA's Quick Check when its build is in
// ../shared/peers/dora-quick-check/. Prints a table with the ratio and writes bench-results.json. Times
// are reported, never enforced: a benchmark on a shared machine is a measurement, not a test (the
// byte budgets are tested in `make test`, tests/e2e/budgets.spec.js).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { CONTENT_VERSION, ASKED } from './content.js';
import { ENTRY_ROUTES } from './entry-routes.js';
import { serveSite } from './serve.mjs';
import { assessmentPayload, V1_SLOTS } from './links.js';

const DIST = 'dist';
// DORA's Quick Check, built from its source, measured in the same run when it is there.
const PEER_DIR = process.env.PEER_DIR || '../shared/peers/dora-quick-check';
const LOADS = Number(process.env.BENCH_LOADS || 5);
const PROFILES = [
  { name: 'unthrottled', cpu: 1, network: null },
  // A slow mobile link: about 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency, and a 4x slower CPU.
  { name: 'throttled (4x CPU, 1.6 Mbit/s, 150 ms)', cpu: 4, network: { latency: 150, down: 1.6e6 / 8, up: 750e3 / 8 } },
  // The same, coming back: the service worker answers from its cache.
  { name: 'throttled repeat visit', cpu: 4, network: { latency: 150, down: 1.6e6 / 8, up: 750e3 / 8 }, repeat: true },
];
const FIRST_VISIT = PROFILES[1].name;

function sizes() {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    // The .br and .gz copies are alternatives to their file, not more downloads.
    .filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
    .map((entry) => {
      const path = join(entry.parentPath ?? entry.path, entry.name);
      const body = readFileSync(path);
      return { file: path.slice(DIST.length + 1), raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotliCompressSync(body).length };
    })
    .sort((a, b) => b.raw - a.raw);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Puts `page` under `profile`'s network and CPU (a cold load also bypasses the HTTP cache); returns its CDP session. */
async function underProfile(page, profile, { cold }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  if (cold) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.network.latency,
      downloadThroughput: profile.network.down,
      uploadThroughput: profile.network.up,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return cdp;
}

/**
 * Opens `url` under `profile`; returns ms from navigation to `control` visible, ms until the app runs
 * it (`started`: for Culture Check, the prerendered first screen taken over by the app), the bytes on
 * the wire by each, and the files fetched by each. A first visit is cold with service workers blocked:
 * the page's throttling does not reach a worker's own fetches, so a first visit's precache would fetch
 * every chunk unthrottled and out of the count. A repeat visit (`repeat`) first loads the page with
 * its service worker and waits for the worker to control it, then times a reload.
 */
async function firstControl(browser, profile, url, control, started, repeat) {
  const context = await browser.newContext({ serviceWorkers: repeat ? 'allow' : 'block' });
  const page = await context.newPage();
  if (repeat) {
    await page.goto(url);
    await started(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 10_000 }).catch(() => {});
  }
  const cdp = await underProfile(page, profile, { cold: !repeat });
  let wire = 0;
  const urls = new Map();
  const fetched = [];
  cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
  cdp.on('Network.loadingFinished', (event) => {
    wire += event.encodedDataLength;
    if (urls.has(event.requestId)) fetched.push(urls.get(event.requestId));
  });
  const start = repeat ? page.reload({ waitUntil: 'commit' }) : page.goto(url, { waitUntil: 'commit' });
  await start;
  await control(page).waitFor({ state: 'visible', timeout: 60_000 });
  const millis = await page.evaluate(() => performance.now());
  const bytes = wire;
  const files = [...fetched];
  await started(page);
  const appMillis = await page.evaluate(() => performance.now());
  const appBytes = wire;
  const appFiles = [...fetched];
  await context.close();
  return { millis, bytes, files, appMillis, appBytes, appFiles };
}

/** The gzip and brotli bytes of the build's files among `urls` (what a server would send of each). */
function compressed(urls, files) {
  const byName = new Map(files.map((file) => [file.file, file]));
  const named = urls.map((url) => decodeURIComponent(new URL(url).pathname.slice(1)) || 'index.html');
  return named.reduce(
    (sum, name) => {
      const file = byName.get(name);
      return file ? { gzip: sum.gzip + file.gzip, brotli: sum.brotli + file.brotli, count: sum.count + 1 } : sum;
    },
    { gzip: 0, brotli: 0, count: 0 },
  );
}

async function measure(browser, profile, url, control, started, files = []) {
  const runs = [];
  for (let load = 0; load < LOADS; load++) runs.push(await firstControl(browser, profile, url, control, started, profile.repeat));
  const middle = runs.map((run) => run.appMillis).indexOf(median(runs.map((run) => run.appMillis)));
  return {
    runs_ms: runs.map((run) => Math.round(run.millis)),
    median_ms: Math.round(median(runs.map((run) => run.millis))),
    app_median_ms: Math.round(median(runs.map((run) => run.appMillis))),
    wire_bytes: median(runs.map((run) => run.bytes)),
    app_wire_bytes: median(runs.map((run) => run.appBytes)),
    first_control: compressed(runs[middle].files, files),
    app: compressed(runs[middle].appFiles, files),
    wasm_files: runs[middle].appFiles.filter((url) => url.endsWith('.wasm')).length,
  };
}

/**
 * The heaviest things a person can bring, each timed from navigation to a usable screen on a first
 * visit of the slow phone: the screen and the figure that shows it worked, with a budget (reported,
 * like every time here).
 */
const LOADS_AT_SCALE = [
  { name: 'a 50-person team link', budgetMs: 6000 },
  { name: '6,000 results in the history', budgetMs: 6000 },
  { name: 'a 1 MB chat pasted into the team view', budgetMs: 8000 },
];

/** Fifty result links, each with its own name and answers, as people would paste them. */
function fiftyResultLinks() {
  return Array.from({ length: 50 }, (_, person) => {
    const codes = Array.from({ length: V1_SLOTS }, (_, slot) => 1 + ((person * 7 + slot * 3) % 5));
    return `https://culture.example.org/#/r/${assessmentPayload(codes, `Person ${person + 1}`)}`;
  });
}

/** About 1 MB of chat with the fifty links spread evenly through it. */
function oneMegabyteChat(links) {
  const chatter = 'Someone: sorry, joining late: could someone share the notes from the last retro with the team?';
  const count = Math.ceil((1024 * 1024) / (chatter.length + 1));
  const every = Math.floor(count / links.length);
  const lines = Array.from({ length: count }, () => chatter);
  links.forEach((link, index) => lines.splice(index * (every + 1), 0, `Mine: ${link}`));
  return lines.join('\n');
}

/** Six thousand finished results with a dozen answers each (what fits in local storage's quota). */
function sixThousandResults() {
  const answered = ASKED.slice(0, 12);
  const entries = Array.from({ length: 6000 }, (_, index) => ({
    id: index + 1,
    day: 19000 + index,
    content_version: CONTENT_VERSION,
    answers: Object.fromEntries(answered.map((statement, at) => [statement.id, 1 + ((index + at) % 5)])),
  }));
  return JSON.stringify({ schema: 1, data: { entries } });
}

/** Times each load at scale on the slow phone, cold, service workers blocked; median of the loads. */
async function loadsAtScale(browser, profile, base) {
  const links = fiftyResultLinks();
  // The team link the app itself writes for those fifty people.
  const setup = await browser.newContext({ serviceWorkers: 'block' });
  const maker = await setup.newPage();
  await maker.goto(`${base}#/team`);
  await maker.getByRole('textbox', { name: 'Result links' }).fill(links.join('\n'));
  await maker.getByRole('button', { name: 'Add to team' }).click();
  await maker.getByRole('heading', { name: '50 people' }).waitFor({ timeout: 60_000 });
  await maker.waitForFunction(() => location.hash.startsWith('#/team/'));
  const teamLink = await maker.evaluate(() => location.href);
  await setup.close();
  const history = sixThousandResults();
  const chat = oneMegabyteChat(links);

  const cases = {
    'a 50-person team link': { url: teamLink, ready: (page) => page.getByRole('heading', { name: '50 people' }) },
    '6,000 results in the history': {
      url: `${base}#/history`,
      plant: history,
      ready: (page) => page.getByRole('heading', { level: 1, name: 'Your history' }),
    },
    'a 1 MB chat pasted into the team view': {
      url: `${base}#/team`,
      ready: (page) => page.getByRole('textbox', { name: 'Result links' }),
      then: async (page) => {
        const started = await page.evaluate(() => performance.now());
        // As a paste arrives: the whole text at once, in one input event.
        await page.getByRole('textbox', { name: 'Result links' }).evaluate((box, text) => {
          box.value = text;
          box.dispatchEvent(new Event('input', { bubbles: true }));
        }, chat);
        await page.getByRole('button', { name: 'Add to team' }).click();
        // The paste is read for its first 100,000 characters (team::paste): usable once it says what it added.
        await page.getByRole('status').filter({ hasText: /added\./ }).first().waitFor({ timeout: 120_000 });
        return (await page.evaluate(() => performance.now())) - started;
      },
    },
  };
  const results = [];
  for (const { name, budgetMs } of LOADS_AT_SCALE) {
    const one = cases[name];
    const runs = [];
    for (let load = 0; load < Math.min(LOADS, 3); load++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      if (one.plant) await context.addInitScript((text) => localStorage.setItem('culture-check/assessment-history', text), one.plant);
      const page = await context.newPage();
      await underProfile(page, profile, { cold: true });
      await page.goto(one.url, { waitUntil: 'commit' });
      await one.ready(page).waitFor({ state: 'visible', timeout: 120_000 });
      // The pasted chat is timed from the paste; the others from navigation.
      runs.push(one.then ? await one.then(page) : await page.evaluate(() => performance.now()));
      await context.close();
    }
    results.push({ name, median_ms: Math.round(median(runs)), runs_ms: runs.map(Math.round), budget_ms: budgetMs });
  }
  return results;
}


async function main() {
  const files = sizes();
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

  console.log('\nRelease build (dist/)');
  console.log(`  ${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
  for (const f of files) console.log(`  ${f.file.padEnd(44)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)} ${kb(f.brotli).padStart(10)}`);
  console.log(`  ${'every file together'.padEnd(44)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)} ${kb(total.brotli).padStart(10)}`);

  // Each on a port the system picks, once the server says it listens.
  const site = await serveSite(DIST);
  const servers = [site];
  const peer = existsSync(PEER_DIR);
  const peerSite = peer ? await serveSite(PEER_DIR) : null;
  if (peerSite) servers.push(peerSite);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  const timings = [];
  let atScale = [];
  try {
    for (const profile of PROFILES) {
      for (const route of ENTRY_ROUTES) {
        const control = (page) => page.getByRole(route.control.role, { name: route.control.name, exact: true });
        const started = (page) => page.waitForFunction(() => !document.querySelector('#boot, [data-boot]'), null, { timeout: 60_000 });
        timings.push({ profile: profile.name, page: `Culture Check ${route.name}`, ...(await measure(browser, profile, `${site.url}${route.fragment}`, control, started, files)) });
      }
      if (peer) {
        const control = (page) => page.locator('input[type=radio][name=leadtime]').first();
        // Its controls are the app's own: it runs them once they show.
        timings.push({ profile: profile.name, page: "DORA's Quick Check", ...(await measure(browser, profile, `${peerSite.url}index.html?displayMode=embedded`, control, async () => {})) });
      }
    }
    atScale = await loadsAtScale(browser, PROFILES[1], site.url);
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.stop()));
  }

  console.log(`\nNavigation to the first control, and to the app running it; median of ${LOADS} loads. Bytes: on the wire, then`);
  console.log('the gzip / brotli sizes of the files fetched by each (wasm files: how many the app fetched)');
  for (const profile of PROFILES) {
    console.log(`  ${profile.name}`);
    const dora = timings.find((t) => t.profile === profile.name && t.page.startsWith('DORA'));
    for (const t of timings.filter((t) => t.profile === profile.name)) {
      const ours = dora && !t.page.startsWith('DORA');
      const ratio = ours ? `  ${(dora.median_ms / t.median_ms).toFixed(2)}x DORA's speed` : '';
      const appRatio = ours ? ` (${(dora.median_ms / t.app_median_ms).toFixed(2)}x)` : '';
      // A repeat visit reads the files from the worker's cache: only the wire's zero says anything.
      const split = (part) => (part.count && !profile.repeat ? ` [${kb(part.gzip)} gz / ${kb(part.brotli)} br]` : '');
      const app = `app runs it at ${String(t.app_median_ms).padStart(5)} ms${appRatio}, ${kb(t.app_wire_bytes)}${split(t.app)}, ${t.wasm_files} wasm`;
      console.log(`    ${t.page.padEnd(34)} ${String(t.median_ms).padStart(6)} ms ${kb(t.wire_bytes).padStart(10)}${split(t.first_control)}  ${app}${ratio}   (runs: ${t.runs_ms.join(', ')})`);
    }
  }
  if (!peer) console.log(`  (no ${PEER_DIR}: DORA's Quick Check not measured)`);

  // The goals of docs/code-splitting.md, on a first visit of the slow phone.
  const throttled = timings.filter((t) => t.profile === FIRST_VISIT && !t.page.startsWith('DORA'));
  const doraThrottled = timings.find((t) => t.profile === FIRST_VISIT && t.page.startsWith('DORA'));
  const budgets = throttled.flatMap((t) => {
    const route = ENTRY_ROUTES.find((entry) => t.page === `Culture Check ${entry.name}`);
    // A result link's goal is its first control (the app's own); the prerendered routes', the app.
    const link = route.firstControlGzip === null;
    const [bytes, millis, speedup, what] = link
      ? [t.first_control.gzip || t.wire_bytes, t.median_ms, 2, 'first control']
      : [t.app.gzip || t.app_wire_bytes, t.app_median_ms, 1.5, 'app running'];
    const limit = route.goalGzip / 1024;
    return [
      { budget: `${t.page}: ${what} with at most ${limit} KB gzip`, actual: kb(bytes), within: bytes <= limit * 1024 },
      ...(doraThrottled
        ? [{ budget: `${t.page}: ${what} at least ${speedup}x faster than DORA`, actual: `${(doraThrottled.median_ms / millis).toFixed(2)}x`, within: doraThrottled.median_ms >= speedup * millis }]
        : []),
    ];
  });
  console.log(`\nLoads at scale, ${FIRST_VISIT}, cold: to a usable screen (the pasted chat: from the paste)`);
  for (const load of atScale) {
    const within = load.median_ms <= load.budget_ms ? 'within' : 'OVER';
    console.log(`  ${load.name.padEnd(40)} ${String(load.median_ms).padStart(6)} ms  ${within} ${load.budget_ms} ms   (runs: ${load.runs_ms.join(', ')})`);
  }
  budgets.push(...atScale.map((load) => ({ budget: `${load.name}: usable within ${load.budget_ms} ms`, actual: `${load.median_ms} ms`, within: load.median_ms <= load.budget_ms })));

  console.log('\nGoals (reported, not enforced: times vary by machine; bytes are tested in make test)');
  for (const b of budgets) console.log(`  ${b.within ? 'MET  ' : 'NOT  '}  ${b.budget.padEnd(70)} ${b.actual}`);

  writeFileSync('bench-results.json', JSON.stringify({ measured_at: new Date().toISOString(), files, total, timings, atScale, budgets }, null, 2) + '\n');
  console.log('\nWrote bench-results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
