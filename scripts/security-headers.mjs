// Trunk post-build hook: writes the site's Content-Security-Policy. Trunk's loader and the start-up
// check are inline scripts whose text changes with every build (the loader names hashed files), so
// the policy allows exactly those scripts by hash, computed here from the finished index.html.
//
// Writes the policy twice: as a <meta http-equiv> tag in index.html, which every host serves, and in
// a `_headers` file (the format of Netlify, Cloudflare Pages and others) with the directives a meta
// tag cannot carry (frame-ancestors) and the usual security headers.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('security-headers: TRUNK_STAGING_DIR is not set (this runs as a Trunk hook)');
  process.exit(1);
}
const page = join(staging, 'index.html');
const html = readFileSync(page, 'utf8');

const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
if (inlineScripts.length === 0) {
  console.error('security-headers: index.html has no inline script; did Trunk change how it loads the app?');
  process.exit(1);
}
const hashes = inlineScripts.map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);

// The development server reloads the page over a WebSocket on the same host.
const connect = process.env.TRUNK_PROFILE === 'release' ? "'self'" : "'self' ws: wss:";
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self'",
  `connect-src ${connect}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
if (!html.includes('<meta charset="utf-8">')) {
  console.error('security-headers: index.html lost its charset meta tag, after which the policy goes');
  process.exit(1);
}
writeFileSync(page, html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n    ${meta}`));

const headers = `/*
  Content-Security-Policy: ${policy}; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY
  Referrer-Policy: no-referrer
  Permissions-Policy: geolocation=(), microphone=(), payment=(), usb=()
`;
writeFileSync(join(staging, '_headers'), headers);
console.log(`security-headers: policy written with ${hashes.length} script hashes`);
