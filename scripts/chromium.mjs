// How to start Debian's Chromium as root, headless, without it reaching for the internet: for the
// build's prerendering (scripts/prerender.mjs), the end-to-end tests and the bench.
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
