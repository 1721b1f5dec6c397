// The end-to-end tests' static server (server.mjs) as a process of its own, on a port the system
// picks, for a test that needs a deployment of its own: the offline spec's next version, the engine
// journeys' site whose server is stopped.
import { spawn } from 'node:child_process';

/** Resolves with the first group of `pattern` once `stream` has said it; fails after 15 s. */
export function lineMatching(stream, pattern, what) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start: ${seen.slice(-500)}`)), 15_000);
    stream.on('data', (chunk) => {
      seen += chunk;
      const match = pattern.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
}

/** Serves `dist` (or `DIST`) on a port the system picks (port 0), so no two runs collide. `stop()`
 * takes the site off the network, as a dropped connection would; `process` is the server's. */
export async function serveSite(dist = process.env.DIST || 'dist') {
  const server = spawn(process.execPath, ['tests/e2e/server.mjs', '0'], {
    env: { ...process.env, DIST: dist },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once('exit', resolve);
      server.kill();
    });
  try {
    const port = await lineMatching(server.stdout, /listening on http:\/\/127\.0\.0\.1:(\d+)\//, 'the test server');
    return { url: `http://127.0.0.1:${port}/`, process: server, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
