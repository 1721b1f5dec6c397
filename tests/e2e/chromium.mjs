// How to start Debian's Chromium as root, headless, without it reaching for the internet.
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
