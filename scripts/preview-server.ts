/**
 * `vite preview` of a build directory on a free port of 127.0.0.1, for the benchmarks. The port is asked of the
 * system (never a fixed one, which another server could hold: with --strictPort vite would exit and the benchmark
 * would talk to that other server), and the server counts as started once it answers.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface PreviewServer {
  readonly origin: string;
  readonly stop: () => void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startPreview(root: string, outDir: string): Promise<PreviewServer> {
  const port = await freePort();
  const server = spawn(
    join(root, 'node_modules/.bin/vite'),
    ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  const stop = (): void => {
    server.kill();
  };
  let exited = false;
  server.once('exit', () => (exited = true));
  for (let waited = 0; waited < 30_000 && !exited; waited += 100) {
    // Any answer (a build without a root index.html answers 404) means the server is up.
    const up = await fetch(`${origin}/`).then(
      () => true,
      () => false,
    );
    if (up) return { origin, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`vite preview of ${outDir} did not start on port ${port}`);
}
