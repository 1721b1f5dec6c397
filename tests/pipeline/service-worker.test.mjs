import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kept, serviceWorkerSource, withoutRegistration } from '../../scripts/service-worker.mjs';
import { trunkIndex } from './fixtures.mjs';

const files = [['a.js', Buffer.from('one')], ['index.html', Buffer.from('two')]];

test('the worker keeps the page and every file of the build', () => {
  assert.ok(serviceWorkerSource(files).worker.includes('const FILES = ["./","./a.js","./index.html"];'));
});

test('compressed copies, the headers file and the worker itself are not kept', () => {
  assert.deepEqual(['a.js', 'a.js.br', 'a.js.gz', '_headers', 'sw.js', 'index.html'].filter(kept), ['a.js', 'index.html']);
});

test("the cache is named after the files' contents, not only their names", () => {
  const changed = [['a.js', Buffer.from('one, changed')], files[1]];
  assert.notEqual(serviceWorkerSource(changed).version, serviceWorkerSource(files).version);
});

test("a development build's page loses the worker's registration", () => {
  assert.ok(!withoutRegistration(trunkIndex()).includes('offline.js'));
});

test('a page without the registration is an error that names the tag', () => {
  assert.throws(() => withoutRegistration('<head></head>'), /no longer has <script src="offline.js" defer><\/script>/);
});
