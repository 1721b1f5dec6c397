// `make bench`: what a visitor downloads and how soon the first control works, for the release build
// in dist/. Prints a table and writes bench-results.json. Budgets are reported, never enforced: a
// benchmark on a shared machine is a measurement, not a test.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const DIST = 'dist';
const PORT = 4199;
const LOADS = 5;
const INTERACTIVE_MARK = 'culture-check:interactive';
const BUDGET_FIRST_VISIT_GZIP = 100 * 1024;
const BUDGET_THROTTLED_MS = 1200;
const PROFILES = [
  { name: 'unthrottled', cpu: 1, network: null },
  // A slow mobile link: about 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency, and a 4x slower CPU.
  { name: 'throttled (4x CPU, 1.6 Mbit/s, 150 ms)', cpu: 4, network: { latency: 150, down: 1.6e6 / 8, up: 750e3 / 8 } },
];

function sizes() {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath ?? entry.path, entry.name);
      const body = readFileSync(path);
      return { file: path.slice(DIST.length + 1), raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotliCompressSync(body).length };
    })
    .sort((a, b) => b.raw - a.raw);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function timeToInteractive(browser, profile) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.network.latency,
      downloadThroughput: profile.network.down,
      uploadThroughput: profile.network.up,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: 'commit' });
  const millis = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime,
    INTERACTIVE_MARK,
    { timeout: 60_000 },
  );
  const value = await millis.jsonValue();
  await context.close();
  return value;
}

async function main() {
  const files = sizes();
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

  console.log('\nRelease build (dist/)');
  console.log(`  ${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
  for (const f of files) console.log(`  ${f.file.padEnd(44)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)} ${kb(f.brotli).padStart(10)}`);
  console.log(`  ${'first visit downloads (every file)'.padEnd(44)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)} ${kb(total.brotli).padStart(10)}`);

  const server = spawn('node', ['tests/e2e/server.mjs', String(PORT)], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 400));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  const timings = [];
  try {
    for (const profile of PROFILES) {
      const runs = [];
      for (let load = 0; load < LOADS; load++) runs.push(await timeToInteractive(browser, profile));
      timings.push({ profile: profile.name, runs_ms: runs.map(Math.round), median_ms: Math.round(median(runs)) });
    }
  } finally {
    await browser.close();
    server.kill();
  }

  console.log(`\nNavigation to first interactive control, median of ${LOADS} cold loads`);
  for (const t of timings) console.log(`  ${t.profile.padEnd(44)} ${String(t.median_ms).padStart(6)} ms   (runs: ${t.runs_ms.join(', ')})`);

  const throttled = timings[timings.length - 1].median_ms;
  const budgets = [
    { budget: 'first visit at most 100 KB gzip', actual: kb(total.gzip), within: total.gzip <= BUDGET_FIRST_VISIT_GZIP },
    { budget: 'first control within 1200 ms throttled', actual: `${throttled} ms`, within: throttled <= BUDGET_THROTTLED_MS },
  ];
  console.log('\nBudgets');
  for (const b of budgets) console.log(`  ${b.within ? 'UNDER' : 'OVER '}  ${b.budget.padEnd(42)} ${b.actual}`);

  writeFileSync('bench-results.json', JSON.stringify({ measured_at: new Date().toISOString(), files, total, timings, budgets }, null, 2) + '\n');
  console.log('\nWrote bench-results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
