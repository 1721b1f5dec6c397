// The site's defences, tried on purpose: a Content-Security-Policy that blocks injected script, and a
// plain-words message when the app cannot start instead of "Loading" forever. These tests cause
// console errors on purpose, so they use Playwright's own `test`: the shared fixture would rightly
// fail them (it fails every other test on any policy violation or console error).
import { expect, test } from '@playwright/test';

test('a page whose WebAssembly cannot load says so instead of loading forever', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('Culture Check could not start in this browser');
  await expect(page.getByText('Loading Culture Check')).toHaveCount(0);
});

test('a browser without WebAssembly is told what the site needs', async ({ page }) => {
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('needs a current browser with JavaScript and WebAssembly');
});

test('the site runs under a strict Content-Security-Policy that blocks injected script', async ({ page }) => {
  const response = await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const header = response.headers()['content-security-policy'];
  expect(header).toContain("frame-ancestors 'none'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("default-src 'self'");
  expect(meta).toContain("object-src 'none'");
  expect(meta).not.toContain('unsafe-inline');
  expect(header.startsWith(meta)).toBe(true);
  // An inline script someone manages to inject does not run, and the browser reports the block. An
  // inline script runs as it is inserted, so one that ran has set its flag by the next line.
  const blocked = await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.injected = true;';
        document.body.append(script);
        if (window.injected) resolve('not blocked');
      }),
  );
  expect(blocked).toMatch(/^script-src/);
  expect(await page.evaluate(() => window.injected)).toBeUndefined();
});

test('the policy allows the inlined stylesheets by hash, and no injected style', async ({ page }) => {
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The site's own styles apply: the header has its surface colour, not the browser's default.
  expect(await page.locator('.site-header').evaluate((header) => getComputedStyle(header).borderBottomStyle)).toBe(
    'solid',
  );
  // A style element applies as it is inserted, so one that was let through hides the page at once.
  const blocked = await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true });
        const style = document.createElement('style');
        style.textContent = 'body { display: none; }';
        document.head.append(style);
        if (getComputedStyle(document.body).display === 'none') resolve('not blocked');
      }),
  );
  expect(blocked).toMatch(/^style-src/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
