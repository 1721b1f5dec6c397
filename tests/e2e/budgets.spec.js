// Bytes are deterministic, so they are tested: each entry route's first visit stays within its
// budget (tests/e2e/entry-routes.js). The bytes are the gzip -9 sizes of the files the page really
// fetched from dist/ before its first control showed, so the figure does not depend on the machine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { ENTRY_ROUTES } from './entry-routes.js';
import { expect, test } from './fixtures.js';

const DIST = process.env.DIST || 'dist';

for (const route of ENTRY_ROUTES) {
  test(`the ${route.name} page's first visit fits its byte budget`, async ({ page, baseURL }) => {
    const fetched = new Set();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === new URL(baseURL).origin) fetched.add(url.pathname === '/' ? '/index.html' : url.pathname);
    });
    await page.goto(`./${route.fragment}`);
    await expect(page.getByRole(route.control.role, { name: route.control.name, exact: true })).toBeVisible();
    const files = [...fetched].map((path) => ({ path, gzip: gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length }));
    const total = files.reduce((sum, file) => sum + file.gzip, 0);
    const listing = files.map((file) => `${file.path} ${file.gzip}`).join(', ');
    if (process.env.PRINT_BYTES) console.log(`${route.name}: ${total} (${listing})`);
    expect(total, `${route.name}: ${total} bytes gzip over ${route.budgetGzip} (${listing})`).toBeLessThanOrEqual(
      route.budgetGzip,
    );
  });
}

test('every asset has precompressed copies that hold exactly its bytes', () => {
  const assets = readdirSync(DIST).filter((name) => /\.(html|js|wasm|css|svg)$/.test(name));
  expect(assets.length).toBeGreaterThan(3);
  for (const name of assets) {
    const body = readFileSync(join(DIST, name));
    expect(brotliDecompressSync(readFileSync(join(DIST, `${name}.br`))).equals(body), `${name}.br`).toBe(true);
    expect(gunzipSync(readFileSync(join(DIST, `${name}.gz`))).equals(body), `${name}.gz`).toBe(true);
  }
});
