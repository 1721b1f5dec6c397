// The journeys of tests/engines/journeys.mjs in Firefox ESR (geckodriver) and WebKitGTK
// (WebKitWebDriver), and the quiz's layout check in Chromium too, against the release build in dist/:
// `node tests/engines/run.mjs` (`make test-engines`). ENGINES=firefox,webkit,chromium picks engines;
// JOURNEY=<part of a name> picks journeys. The two engines run side by side, each journey in turn.
import { after, before, describe, test } from 'node:test';
import { serveSite, stopAll } from './browsers.mjs';
import { JOURNEYS } from './journeys.mjs';

const engines = (process.env.ENGINES || 'firefox,webkit,chromium').split(',').filter(Boolean);
const only = process.env.JOURNEY;

let site;
before(async () => {
  site = await serveSite();
});
after(async () => {
  await site?.stop();
  await stopAll();
});

describe('every engine', { concurrency: true }, () => {
  for (const engine of engines) {
    // Chromium runs every journey in Playwright already; here it only measures the layout the same
    // way the other engines do.
    const journeys = JOURNEYS.filter((journey) => (engine !== 'chromium' || journey.everywhere) && (!only || journey.name.includes(only)));
    describe(engine, { concurrency: false }, () => {
      for (const journey of journeys) {
        test(journey.name, { timeout: 120_000 }, () => journey.run(engine, site.url));
      }
    });
  }
});
