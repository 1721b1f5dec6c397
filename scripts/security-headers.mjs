// After every build (scripts/post-build.mjs): writes the site's Content-Security-Policy. Trunk's
// loader, the start-up check and the first screen's script are inline scripts whose text changes with
// every build (the loader names hashed files), and the stylesheets are inlined so the first screen
// paints with the HTML alone; the policy allows exactly those scripts and styles by hash, computed
// here from the finished index.html.
//
// Writes the policy twice: as a <meta http-equiv> tag in index.html, which every host serves, and in
// a `_headers` file (the format of Netlify, Cloudflare Pages and others) with the directives a meta
// tag cannot carry (frame-ancestors) and the usual security headers.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputChanged } from './tool-versions.mjs';

/**
 * The policy for the finished `html` (Trunk's page after every other step): index.html carrying it in
 * a <meta http-equiv> tag, and the `_headers` file. Throws on a surprise.
 */
export function securityHeaders(html, profile) {
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  if (inlineScripts.length === 0) {
    throw outputChanged('security-headers', 'trunk', 'inline <script> elements in index.html (its loader, <script type="module">import init …)', 'none');
  }
  const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const hashes = inlineScripts.map(hash);
  // The stylesheets are inlined too (index.html), so the first screen paints with the HTML alone.
  const styleHashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => hash(match[1]));

  // The development server (`make serve`) reloads the page over a WebSocket on the same host, with a
  // script it injects as it serves, which no hash written here can know: development builds allow
  // inline scripts (a hash in the list would switch that off again). Release builds allow only these.
  const release = profile === 'release';
  const connect = release ? "'self'" : "'self' ws: wss:";
  const inline = release ? hashes.join(' ') : "'unsafe-inline'";
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inline}`,
    `style-src 'self'${styleHashes.map((styleHash) => ` ${styleHash}`).join('')}`,
    "img-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const charset = '<meta charset="utf-8">';
  if (!html.includes(charset)) {
    throw new Error('security-headers: index.html lost its charset meta tag, after which the policy goes');
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const headers = `/*
  Content-Security-Policy: ${policy}; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY
  Referrer-Policy: no-referrer
  Permissions-Policy: geolocation=(), microphone=(), payment=(), usb=()
`;
  return { html: html.replace(charset, `${charset}\n    ${meta}`), headers, scripts: hashes.length, styles: styleHashes.length };
}

/** Adds the policy to `staging`/index.html and writes `staging`/_headers. Throws on a surprise. */
export function writeSecurityHeaders(staging, profile) {
  const page = join(staging, 'index.html');
  const { html, headers, scripts, styles } = securityHeaders(readFileSync(page, 'utf8'), profile);
  writeFileSync(page, html);
  writeFileSync(join(staging, '_headers'), headers);
  console.log(`security-headers: policy written with ${scripts} script and ${styles} style hashes`);
}
