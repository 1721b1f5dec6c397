// `make bench`: what a visitor downloads and how soon the first control shows, for every entry route
// of the release build in dist/ and, in the same run, for DORA's Quick Check when its build is in
// ../shared/peers/dora-quick-check/. Prints a table with the ratio and writes bench-results.json. Times
// are reported, never enforced: a benchmark on a shared machine is a measurement, not a test (the
// byte budgets are tested in `make test`, tests/e2e/budgets.spec.js).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { ENTRY_ROUTES } from './entry-routes.js';

const DIST = 'dist';
const PORT = 4199;
// DORA's Quick Check, built from its source, measured in the same run when it is there.
const PEER_DIR = process.env.PEER_DIR || '../shared/peers/dora-quick-check';
const PEER_PORT = 4198;
const LOADS = 5;
const PROFILES = [
  { name: 'unthrottled', cpu: 1, network: null },
  // A slow mobile link: about 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency, and a 4x slower CPU.
  { name: 'throttled (4x CPU, 1.6 Mbit/s, 150 ms)', cpu: 4, network: { latency: 150, down: 1.6e6 / 8, up: 750e3 / 8 } },
];

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

/**
 * Opens `url` cold under `profile`; returns ms from navigation to `control` visible, ms until the app
 * runs it (`started`: for Culture Check, the prerendered first screen taken over by the app), and the
 * bytes on the wire by each.
 */
async function firstControl(browser, profile, url, control, started) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let wire = 0;
  cdp.on('Network.loadingFinished', (event) => {
    wire += event.encodedDataLength;
  });
  if (profile.network) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.network.latency,
      downloadThroughput: profile.network.down,
      uploadThroughput: profile.network.up,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await page.goto(url, { waitUntil: 'commit' });
  await control(page).waitFor({ state: 'visible', timeout: 60_000 });
  const millis = await page.evaluate(() => performance.now());
  const bytes = wire;
  await started(page);
  const appMillis = await page.evaluate(() => performance.now());
  const appBytes = wire;
  await context.close();
  return { millis, bytes, appMillis, appBytes };
}

async function measure(browser, profile, url, control, started) {
  const runs = [];
  for (let load = 0; load < LOADS; load++) runs.push(await firstControl(browser, profile, url, control, started));
  return {
    runs_ms: runs.map((run) => Math.round(run.millis)),
    median_ms: Math.round(median(runs.map((run) => run.millis))),
    app_median_ms: Math.round(median(runs.map((run) => run.appMillis))),
    wire_bytes: median(runs.map((run) => run.bytes)),
    app_wire_bytes: median(runs.map((run) => run.appBytes)),
  };
}

async function startServer(dir, port) {
  const server = spawn('node', ['tests/e2e/server.mjs', String(port)], { stdio: 'ignore', env: { ...process.env, DIST: dir } });
  await new Promise((resolve) => setTimeout(resolve, 400));
  return server;
}

async function main() {
  const files = sizes();
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

  console.log('\nRelease build (dist/)');
  console.log(`  ${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
  for (const f of files) console.log(`  ${f.file.padEnd(44)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)} ${kb(f.brotli).padStart(10)}`);
  console.log(`  ${'every file together'.padEnd(44)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)} ${kb(total.brotli).padStart(10)}`);

  const servers = [await startServer(DIST, PORT)];
  const peer = existsSync(PEER_DIR);
  if (peer) servers.push(await startServer(PEER_DIR, PEER_PORT));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  const timings = [];
  try {
    for (const profile of PROFILES) {
      for (const route of ENTRY_ROUTES) {
        const control = (page) => page.getByRole(route.control.role, { name: route.control.name, exact: true });
        const started = (page) => page.waitForFunction(() => !document.querySelector('#boot, [data-boot]'), null, { timeout: 60_000 });
        timings.push({ profile: profile.name, page: `Culture Check ${route.name}`, ...(await measure(browser, profile, `http://127.0.0.1:${PORT}/${route.fragment}`, control, started)) });
      }
      if (peer) {
        const control = (page) => page.locator('input[type=radio][name=leadtime]').first();
        // Its controls are the app's own: it runs them once they show.
        timings.push({ profile: profile.name, page: "DORA's Quick Check", ...(await measure(browser, profile, `http://127.0.0.1:${PEER_PORT}/index.html?displayMode=embedded`, control, async () => {})) });
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) server.kill();
  }

  console.log(`\nNavigation to the first control, and to the app running it; median of ${LOADS} cold loads (bytes: on the wire by each, compressed)`);
  for (const profile of PROFILES) {
    console.log(`  ${profile.name}`);
    const dora = timings.find((t) => t.profile === profile.name && t.page.startsWith('DORA'));
    for (const t of timings.filter((t) => t.profile === profile.name)) {
      const ratio = dora && !t.page.startsWith('DORA') ? `  ${(dora.median_ms / t.median_ms).toFixed(2)}x DORA's speed` : '';
      const appRatio = dora && !t.page.startsWith('DORA') ? ` (${(dora.median_ms / t.app_median_ms).toFixed(2)}x)` : '';
      const app = `app runs it at ${String(t.app_median_ms).padStart(5)} ms${appRatio}, ${kb(t.app_wire_bytes)}`;
      console.log(`    ${t.page.padEnd(34)} ${String(t.median_ms).padStart(6)} ms ${kb(t.wire_bytes).padStart(10)}  ${app}${ratio}   (runs: ${t.runs_ms.join(', ')})`);
    }
  }
  if (!peer) console.log(`  (no ${PEER_DIR}: DORA's Quick Check not measured)`);

  const throttled = timings.filter((t) => t.profile === PROFILES[PROFILES.length - 1].name && !t.page.startsWith('DORA'));
  const doraThrottled = timings.find((t) => t.profile === PROFILES[PROFILES.length - 1].name && t.page.startsWith('DORA'));
  const budgets = throttled.flatMap((t) => [
    { budget: `${t.page}: at most 100 KB on the wire`, actual: kb(t.wire_bytes), within: t.wire_bytes <= 100 * 1024 },
    ...(doraThrottled
      ? [{ budget: `${t.page}: at least 2x faster than DORA throttled`, actual: `${(doraThrottled.median_ms / t.median_ms).toFixed(2)}x`, within: doraThrottled.median_ms >= 2 * t.median_ms }]
      : []),
  ]);
  console.log('\nGoals (reported, not enforced: times vary by machine; bytes are tested in make test)');
  for (const b of budgets) console.log(`  ${b.within ? 'MET  ' : 'NOT  '}  ${b.budget.padEnd(60)} ${b.actual}`);

  writeFileSync('bench-results.json', JSON.stringify({ measured_at: new Date().toISOString(), files, total, timings, budgets }, null, 2) + '\n');
  console.log('\nWrote bench-results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
