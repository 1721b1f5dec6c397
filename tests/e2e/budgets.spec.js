// Bytes are deterministic, so they are tested: each entry route's first visit stays within its
// budgets (tests/e2e/entry-routes.js). The bytes are the gzip -9 sizes of the files the page really
// fetched from dist/, so the figure does not depend on the machine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { appStarted, backgroundFiles, ENTRY_ROUTES } from './entry-routes.js';
import { expect, test } from './fixtures.js';

const DIST = process.env.DIST || 'dist';

// The service worker would fetch every file in the background; these tests count the page's own.
test.use({ serviceWorkers: 'block' });

/**
 * Records the site's files the page fetches, but for `later` (fetched in the background after the
 * first screen); `total()` gives their gzip bytes and a listing.
 */
function fetchedFiles(page, baseURL, later = []) {
  const fetched = new Set();
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(baseURL).origin || later.includes(url.pathname.slice(1))) return;
    fetched.add(url.pathname === '/' ? '/index.html' : url.pathname);
  });
  return () => {
    const files = [...fetched].map((path) => ({ path, gzip: gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length }));
    const listing = files.map((file) => `${file.path} ${file.gzip}`).join(', ');
    return { bytes: files.reduce((sum, file) => sum + file.gzip, 0), listing };
  };
}

for (const route of ENTRY_ROUTES) {
  const control = (page) => page.getByRole(route.control.role, { name: route.control.name, exact: true });

  if (route.firstControlGzip !== null) {
    test(`the ${route.name} page shows its first control from the HTML alone, within its budget`, async ({
      page,
      baseURL,
    }) => {
      const total = fetchedFiles(page, baseURL);
      // The app's code never arrives: the control must be there without it.
      await page.route(/\.(js|wasm)$/, () => {});
      await page.goto(`./${route.fragment}`, { waitUntil: 'commit' });
      await expect(control(page)).toBeVisible();
      const { bytes, listing } = total();
      if (process.env.PRINT_BYTES) console.log(`${route.name}, first control: ${bytes} (${listing})`);
      expect(listing).not.toMatch(/\.(js|wasm|css) /);
      expect(bytes, `${route.name}: ${bytes} bytes gzip (${listing})`).toBeLessThanOrEqual(route.firstControlGzip);
    });
  }

  test(`the ${route.name} page's app runs within its byte budget`, async ({ page, baseURL }) => {
    const total = fetchedFiles(page, baseURL, backgroundFiles(route.screen));
    await page.goto(`./${route.fragment}`);
    await appStarted(page);
    await expect(control(page)).toBeVisible();
    const { bytes, listing } = total();
    if (process.env.PRINT_BYTES) console.log(`${route.name}, app running: ${bytes} (${listing})`);
    expect(bytes, `${route.name}: ${bytes} bytes gzip over ${route.appGzip} (${listing})`).toBeLessThanOrEqual(
      route.appGzip,
    );
  });
}

// The team view's own chunk and each of its parts (src/ui/team/fold.rs), fetched when first opened:
// the team chunk at its goal of 60 KB gzip, each part a ratchet just above today's figure.
const TEAM_CHUNKS = {
  team_screen: 60 * 1024,
  team_tools: 25 * 1024,
  team_agenda: 3.5 * 1024,
  team_presenter: 4.5 * 1024,
  team_export: 6.5 * 1024,
  team_compare: 18 * 1024,
};

test("the team view's chunk and each of its parts stay within their budgets", () => {
  const files = readdirSync(DIST);
  for (const [name, budget] of Object.entries(TEAM_CHUNKS)) {
    const file = files.find((candidate) => new RegExp(`^${name}-[0-9a-f]+\\.wasm$`).test(candidate));
    expect(file, `no ${name} chunk in ${DIST}`).toBeTruthy();
    const bytes = gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
    if (process.env.PRINT_BYTES) console.log(`${name}: ${bytes}`);
    expect(bytes, `${file}: ${bytes} bytes gzip over ${budget}`).toBeLessThanOrEqual(budget);
  }
});

test('every asset has precompressed copies that hold exactly its bytes', () => {
  const assets = readdirSync(DIST).filter((name) => /\.(html|js|wasm|css|svg)$/.test(name));
  expect(assets.length).toBeGreaterThan(3);
  for (const name of assets) {
    const body = readFileSync(join(DIST, name));
    expect(brotliDecompressSync(readFileSync(join(DIST, `${name}.br`))).equals(body), `${name}.br`).toBe(true);
    expect(gunzipSync(readFileSync(join(DIST, `${name}.gz`))).equals(body), `${name}.gz`).toBe(true);
  }
});
