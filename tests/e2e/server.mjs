// A tiny static server for dist/: the site at the root, and the same files under /nested/deploy/ to
// prove the build works from a sub-path. Compresses like a real static host (brotli or gzip, as the
// browser asks) so the bench measures realistic transfers. Loopback only; no caching.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const root = resolve(process.env.DIST || 'dist');
const port = Number(process.argv[2] || 4173);
const SUB_PATH = '/nested/deploy/';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (path.startsWith(SUB_PATH)) path = '/' + path.slice(SUB_PATH.length);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  return file.startsWith(root) ? file : null;
}

function isFile(file) {
  try {
    return Boolean(file) && statSync(file).isFile();
  } catch {
    return false;
  }
}

// The headers a host that reads `_headers` (written by the build) would add to every response, so the
// end-to-end tests run under the same Content-Security-Policy as such a host.
function hostHeaders() {
  let text = '';
  try {
    text = readFileSync(join(root, '_headers'), 'utf8');
  } catch {
    return {};
  }
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^\s+\S/.test(line))
      .map((line) => line.trim().split(/:\s*(.*)/s).slice(0, 2))
      .filter(([name, value]) => name && value),
  );
}
const extraHeaders = hostHeaders();

// Compressed once per file and encoding, as a host that precompresses would serve them; compressing
// on every request would add the server's work to the bench's load times.
const compressed = new Map();

function encode(file, accepted) {
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  // The modification time is part of the key, so a test may replace a file (a new deployment).
  const key = `${encoding}:${file}:${statSync(file).mtimeMs}`;
  if (!compressed.has(key)) {
    const body = readFileSync(file);
    if (encoding === 'br') compressed.set(key, brotliCompressSync(body));
    else if (encoding === 'gzip') compressed.set(key, gzipSync(body, { level: 9 }));
    else compressed.set(key, body);
  }
  return [encoding, compressed.get(key)];
}

createServer((request, response) => {
  const file = fileFor(request.url || '/');
  if (!isFile(file)) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
    return;
  }
  const [encoding, body] = encode(file, request.headers['accept-encoding'] || '');
  const headers = {
    ...extraHeaders,
    'content-type': types[extname(file)] || 'application/octet-stream',
    'content-length': body.length,
    'cache-control': 'no-store',
  };
  if (encoding) headers['content-encoding'] = encoding;
  response.writeHead(200, headers);
  response.end(body);
}).listen(port, '127.0.0.1', function () {
  // Port 0 picks a free port: say which, for whoever started the server.
  console.log(`listening on http://127.0.0.1:${this.address().port}/`);
});
