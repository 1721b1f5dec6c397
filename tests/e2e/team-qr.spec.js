// Reading QR codes in the team view with the browser's own barcode detector where it has one (phones,
// Safari): the QR reader's chunk is then never fetched. Headless Chromium on Linux has none, so these
// tests install a stand-in `BarcodeDetector`; a detector that fails, or reads no QR codes, leaves the
// reading to the QR reader in Rust as before.
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { expect, open, plantFinishedAssessment, test } from './fixtures.js';
import { ANA } from './links.js';

const LINK = `https://culture.example.org/check/#/r/${ANA}`;
const QR_READER = /\/qr_reader_bg\.wasm$/;

test.use({
  // The service worker would fetch every chunk in the background; these tests watch the page's own.
  serviceWorkers: 'block',
  // Chromium's own fake camera, allowed without asking: a moving test pattern, in which the stand-in
  // detector "finds" its codes.
  launchOptions: {
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});

/**
 * Installs a stand-in for the Shape Detection API's `BarcodeDetector`, reading the QR codes in
 * `window.fakeCodes` (or failing, with `fails`) in any picture; each source it is shown is recorded
 * by its class in `window.detectedFrom`.
 */
async function fakeDetector(page, { formats = ['qr_code', 'ean_13'], codes = [], fails = false } = {}) {
  await page.addInitScript(
    ({ formats, codes, fails }) => {
      window.fakeCodes = codes;
      window.detectedFrom = [];
      window.BarcodeDetector = class {
        constructor(options) {
          window.detectorFormats = options?.formats;
        }
        static async getSupportedFormats() {
          return formats;
        }
        async detect(source) {
          window.detectedFrom.push(source.constructor.name);
          if (fails) throw new DOMException('Barcode detection service unavailable.', 'NotSupportedError');
          return window.fakeCodes.map((rawValue) => ({ rawValue, format: 'qr_code', cornerPoints: [] }));
        }
      };
    },
    { formats, codes, fails },
  );
}

/** Every request the page makes for the QR reader's chunk. */
function readerRequests(page) {
  const requests = [];
  page.on('request', (request) => {
    if (QR_READER.test(new URL(request.url()).pathname)) requests.push(request.url());
  });
  return requests;
}

/** A real QR code of a result link: a screenshot of the one on a finished assessment's results. */
async function qrScreenshot(page) {
  await plantFinishedAssessment(page, () => 4);
  await open(page, '#/assessment/results');
  await page.getByRole('button', { name: 'Share this result' }).click();
  return page.getByRole('img', { name: 'QR code of the share link' }).screenshot();
}

const detectedFrom = (page) => page.evaluate(() => window.detectedFrom);

test('with the browser\'s own detector, a picture adds its result and the QR reader is never fetched', async ({ page }) => {
  await fakeDetector(page, { codes: [LINK] });
  const readers = readerRequests(page);
  await open(page, '#/team');
  // Any picture will do: the stand-in "finds" the link in it.
  const picture = await page.getByRole('heading', { level: 1 }).screenshot();
  const input = page.getByLabel('Or add from a picture of QR codes');
  await input.setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: picture });
  await expect(page.getByRole('status').filter({ hasText: '1 result was added.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
  expect(await page.evaluate(() => window.detectorFormats)).toEqual(['qr_code']);
  expect(await detectedFrom(page)).toEqual(['ImageBitmap']);

  // A picture in which the detector finds no code is told so, as the QR reader would tell it.
  await page.evaluate(() => {
    window.fakeCodes = [];
  });
  await input.setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: picture });
  await expect(page.getByRole('status').filter({ hasText: 'No QR code could be read in this picture.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
  expect(await detectedFrom(page)).toEqual(['ImageBitmap', 'ImageBitmap']);
  expect(readers).toEqual([]);
});

test('a detector that fails hands the picture to the QR reader, and is not asked again', async ({ page }) => {
  await fakeDetector(page, { fails: true });
  const screenshot = await qrScreenshot(page);
  const readers = readerRequests(page);
  await open(page, '#/team');
  const input = page.getByLabel('Or add from a picture of QR codes');
  await input.setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: screenshot });
  await expect(page.getByRole('status').filter({ hasText: '1 result was added.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
  expect(readers).toHaveLength(1);
  expect(await detectedFrom(page)).toEqual(['ImageBitmap']);

  const blank = await page.getByRole('heading', { level: 1 }).screenshot();
  await input.setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: blank });
  await expect(page.getByRole('status').filter({ hasText: 'No QR code could be read in this picture.' })).toBeVisible();
  expect(await detectedFrom(page)).toEqual(['ImageBitmap']);
});

test('a detector that reads no QR codes is not used', async ({ page }) => {
  await fakeDetector(page, { formats: ['ean_13', 'code_128'], codes: ['4006381333931'] });
  const screenshot = await qrScreenshot(page);
  const readers = readerRequests(page);
  await open(page, '#/team');
  await page
    .getByLabel('Or add from a picture of QR codes')
    .setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: screenshot });
  await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
  expect(readers).toHaveLength(1);
  expect(await detectedFrom(page)).toEqual([]);
});

test('the browser\'s own detector reads the camera\'s frames, adds the result once, and the QR reader is never fetched', async ({
  page,
}) => {
  await fakeDetector(page, { codes: [LINK] });
  const readers = readerRequests(page);
  await open(page, '#/team');
  await page.getByRole('button', { name: 'Scan QR codes with the camera' }).click();
  await expect(page.getByText('1 person added by the camera.')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
  // The same code, still in view, is read again and again but added once.
  await expect.poll(async () => (await detectedFrom(page)).length).toBeGreaterThan(2);
  await expect(page.getByRole('heading', { name: '1 person' })).toBeVisible();
  expect(new Set(await detectedFrom(page))).toEqual(new Set(['HTMLVideoElement']));
  await page.getByRole('button', { name: 'Stop scanning' }).click();
  await expect(page.getByRole('button', { name: 'Scan QR codes with the camera' })).toBeVisible();
  expect(readers).toEqual([]);
});
