// The built site served by `astro preview` on a port of the tools' own (grade, timing, screenshots).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');

export interface PreviewServer {
  url: string;
  stop(): void;
}

export async function startPreview(port: number): Promise<PreviewServer> {
  // --ignore-lock: a learner's running `npm start` is neither stopped nor in the way.
  const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--ignore-lock'], {
    cwd: projectRoot,
    stdio: 'ignore',
    detached: true, // its own process group, so that stopping it stops astro too
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const url = `http://localhost:${port}`;
  const stop = () => {
    try {
      process.kill(-server.pid!);
    } catch {
      // Already gone.
    }
  };
  for (let i = 0; i < 150; i++) {
    if (await fetch(`${url}/`).then((r) => r.ok, () => false)) return { url, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`astro preview did not answer on ${url} within 30 s`);
}
