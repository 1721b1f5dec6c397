import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { securityHeaders } from '../../scripts/security-headers.mjs';
import { namesVersionOf, trunkIndex } from './fixtures.mjs';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const policyOf = (html) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)[1];

test("a release build allows exactly the page's inline scripts, Trunk's loader among them, by hash", () => {
  const html = trunkIndex();
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => sha256(match[1]));
  const { html: secured } = securityHeaders(html, 'release');
  assert.match(policyOf(secured), new RegExp(`script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ').replaceAll('+', '\\+')};`));
});

test("Trunk's module script is one of the three inline scripts hashed", () => {
  assert.equal(securityHeaders(trunkIndex(), 'release').scripts, 3);
});

test('the inlined stylesheet is allowed by its hash', () => {
  const css = /<style>([\s\S]*?)<\/style>/.exec(trunkIndex())[1];
  assert.ok(policyOf(securityHeaders(trunkIndex(), 'release').html).includes(`style-src 'self' ${sha256(css)};`));
});

test('the policy goes right after the charset', () => {
  assert.match(securityHeaders(trunkIndex(), 'release').html, /<meta charset="utf-8">\n {4}<meta http-equiv="Content-Security-Policy" content="default-src 'self'; /);
});

test('a development build allows inline scripts and the reload socket', () => {
  assert.match(policyOf(securityHeaders(trunkIndex(), 'debug').html), /script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline';.*connect-src 'self' ws: wss:;/);
});

test('_headers carries the policy and what only a header can say', () => {
  const { html, headers } = securityHeaders(trunkIndex(), 'release');
  assert.ok(headers.startsWith(`/*\n  Content-Security-Policy: ${policyOf(html)}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n`));
});

test('a page with no inline script is an error naming Trunk', () => {
  assert.throws(() => securityHeaders('<meta charset="utf-8"><script src="app.js"></script>', 'release'), namesVersionOf('trunk'));
});

test('a page without its charset tag is an error that says so', () => {
  assert.throws(() => securityHeaders('<script>go()</script>', 'release'), /lost its charset meta tag/);
});
