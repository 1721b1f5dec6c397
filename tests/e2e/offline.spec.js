// After one visit the site needs no network (a workshop room with bad wifi): the service worker keeps
// this build's files, at the root and under a sub-path. A new deployment is offered with a "Reload"
// button and never reloads the page by itself.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as plainTest } from '@playwright/test';
import { expect, open, test } from './fixtures.js';
import { serveSite } from './serve.mjs';

/** Waits until the service worker controls the page, so its files are kept. */
async function untilKeptOffline(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

for (const base of ['', 'nested/deploy/']) {
  test(`after one visit the site starts and the quiz works offline${base ? ' under a sub-path' : ''}`, async ({ page, context }) => {
    await page.goto(`./${base}#/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await untilKeptOffline(page);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('link', { name: 'Start the quiz' })).toBeVisible();
    await page.getByRole('link', { name: 'Start the quiz' }).click();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByRole('button', { name: /Next question|See my score/ })).toBeVisible();
    // A screen whose code was never fetched by the page comes from the worker's cache too.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

// A deployment of its own, on its own port, so that replacing its worker touches no other test. That
// port is another origin to the shared fixture, so this test uses Playwright's own `test` and checks
// the console itself.
plainTest('a new version is offered with a Reload button, and takes over only when pressed', async ({ page }) => {
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const site = mkdtempSync(join(tmpdir(), 'culture-check-'));
  cpSync(process.env.DIST || 'dist', site, { recursive: true });
  const server = await serveSite(site);
  try {
    await page.goto(`${server.url}#/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await untilKeptOffline(page);

    // The next deployment: the same files with a different worker.
    appendFileSync(join(site, 'sw.js'), '\n// the next deployment\n');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    const offer = page.getByRole('status').filter({ hasText: 'A new version of Culture Check is available' });
    await expect(offer).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await offer.getByRole('button', { name: 'Reload' }).click();
    await expect(offer).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    expect(errors).toEqual([]);
  } finally {
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
});

test('the site can be installed: its manifest names it and starts where it is served', async ({ page, request }) => {
  await open(page, '#/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href)).json();
  expect(manifest.name).toBe('Culture Check');
  expect(manifest.start_url).toBe('./');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.length).toBeGreaterThan(0);
});
