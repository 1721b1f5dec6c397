// Release builds only (scripts/post-build.mjs, after split-wasm): the first screen of each entry route,
// rendered by the app itself at build time and written into index.html, so a first visit paints real
// content and controls with the HTML and CSS alone instead of after the WebAssembly arrives.
//
// The finished build runs in headless Chromium, served from the staging directory through request
// interception (no port, no network), with empty storage, as a first visit sees it. For each entry route
// the markup the app mounted is saved as a <template data-boot-screen>; the start-up script in
// index.html shows the one matching the address before the first paint, and the app replaces it with
// its own identical markup when it starts (src/browser/document.rs). Being the app's own output, the
// markup cannot drift from the components. What a visitor does in between is kept: see index.html.
/* global document -- the page's, in the functions handed to Chromium */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { outputChanged } from './tool-versions.mjs';

const ORIGIN = 'http://prerender.invalid';
const SLOT = '<!-- prerendered screens -->';

/**
 * The screens prerendered, each with the fragment it is rendered at, which fragments show it, and what
 * shows that the app has drawn it. A shared result's own content depends on its link, so its screen is
 * the frame and the "Loading…" the app shows while the screen's code arrives (its chunks are held back
 * here: `holdBack`). Other routes are not prerendered: they keep the plain start-up message.
 */
const SCREENS = [
  { key: 'home', fragment: '#/', matches: { exact: ['#/'] }, ready: 'main h1' },
  { key: 'assessment', fragment: '#/assessment', matches: { exact: ['#/assessment'] }, ready: 'main input[type=radio]' },
  { key: 'quiz', fragment: '#/quiz', matches: { exact: ['#/quiz'] }, ready: 'main button' },
  { key: 'shared-result', fragment: '#/r/prerender', matches: { prefix: '#/r/' }, ready: 'main .loading', holdBack: true },
];

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };

const escapeAttribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The main wasm module that Trunk's preload link in index.html names (the one the app starts with). */
export function mainWasmOf(html) {
  const file = html.match(/href="\.\/([^"]+_bg\.wasm)"/)?.[1];
  if (!file) throw outputChanged('prerender', 'trunk', 'a <link rel="preload" href="./<name>_bg.wasm"> in index.html', html.match(/<link rel="(?:module)?preload"[^>]*>/g)?.join(' ') ?? 'no preload link');
  return file;
}

/** The template a screen's markup is kept in, with the fragments that show it and its title. */
export function bootTemplate(screen, markup, title) {
  const matches = screen.matches.exact
    ? `data-fragments="${escapeAttribute(screen.matches.exact.join(' '))}"`
    : `data-fragment-prefix="${escapeAttribute(screen.matches.prefix)}"`;
  return `<template data-boot-screen="${screen.key}" ${matches} data-title="${escapeAttribute(title)}">${markup}</template>`;
}

/**
 * Throws if a button in a prerendered screen has no `data-replay` name: the start-up script in
 * index.html presses a button pressed before the app runs again for the app, and finds it by that name.
 */
export function checkReplayable(key, markup) {
  const unnamed = [...markup.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)]
    .filter(([, attributes]) => !/\sdata-replay="[^"]+"/.test(attributes))
    .map(([, , text]) => `"${text.replace(/<[^>]*>/g, '').trim()}"`);
  if (unnamed.length) {
    throw new Error(`prerender: the ${key} screen has a button without data-replay (${unnamed.join(', ')}); name it in its view so a press before the app runs can be replayed`);
  }
}

/** index.html with the templates in its slot. */
export function withScreens(html, templates) {
  if (!html.includes(SLOT)) throw new Error(`prerender: index.html has no "${SLOT}" slot for the screens`);
  return html.replace(SLOT, () => templates.join('\n    '));
}

/** Renders each screen of SCREENS from the build in `staging` and writes them into its index.html. */
export async function prerender(staging) {
  const page = join(staging, 'index.html');
  const html = readFileSync(page, 'utf8');
  if (!html.includes(SLOT)) throw new Error(`prerender: index.html has no "${SLOT}" slot for the screens`);
  const mainWasm = mainWasmOf(html);

  const browser = await chromium
    .launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
    .catch((error) => {
      throw new Error(`prerender: release builds render the first screens in Chromium (${chromiumPath}; set CHROMIUM): ${error.message}`);
    });
  const templates = [];
  try {
    for (const screen of SCREENS) {
      // A fresh context per screen: empty storage, so each is what a first visit sees.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await context.route(`${ORIGIN}/**`, (route) => {
        const path = new URL(route.request().url()).pathname.slice(1) || 'index.html';
        // A held-back screen's chunks never arrive, so the page stays as it is before they do.
        if (screen.holdBack && path.endsWith('.wasm') && path !== mainWasm) return;
        const file = normalize(join(staging, path));
        if (!file.startsWith(normalize(staging))) return route.abort();
        let body;
        try {
          body = readFileSync(file);
        } catch {
          return route.fulfill({ status: 404 });
        }
        return route.fulfill({ body, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
      });
      const tab = await context.newPage();
      const problems = [];
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      await tab.goto(`${ORIGIN}/index.html${screen.fragment}`);
      await tab.locator(screen.ready).first().waitFor({ state: 'visible', timeout: 30_000 });
      if (problems.length) throw new Error(`prerender: ${screen.key}: ${problems.join('; ')}`);
      const { markup, title } = await tab.evaluate(() => {
        // State the app set as properties, which markup would not carry (a progress bar without its
        // value would draw as indeterminate until the app starts).
        for (const bar of document.querySelectorAll('progress')) bar.setAttribute('value', String(bar.value));
        for (const input of document.querySelectorAll('input')) {
          if (input.checked) input.setAttribute('checked', '');
          if (input.value && !['radio', 'checkbox'].includes(input.type)) input.setAttribute('value', input.value);
        }
        // Everything the app mounted into the body, marked so the app can replace it when it starts.
        const mounted = [...document.body.children].filter(
          (node) => !/^(SCRIPT|NOSCRIPT|TEMPLATE)$/.test(node.tagName) && node.id !== 'update-banner',
        );
        for (const node of mounted) node.setAttribute('data-boot', '');
        // Leptos's empty comments only separate text nodes: the parser needs none of them.
        return { markup: mounted.map((node) => node.outerHTML.replaceAll('<!---->', '')).join(''), title: document.title };
      });
      await context.close();
      checkReplayable(screen.key, markup);
      templates.push(bootTemplate(screen, markup, title));
    }
  } finally {
    await browser.close();
  }
  writeFileSync(page, withScreens(html, templates));
  console.log(`prerender: ${templates.length} screens written into index.html`);
}
