// Starts the real server (the HTTP API over the bundled data/ snapshot, and web/dist/ at `/`) on
// a free loopback port, for the end-to-end tests and the dashboard benchmark.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testServer } from '../../src/api/testing/server.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDist = join(root, 'web', 'dist');

export interface Running {
  url: string;
  close(): Promise<void>;
}

export async function serveDashboard(): Promise<Running> {
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error('web/dist is missing: run `npm run build:web` first (npm test does it in pretest)');
  }
  const server = await testServer({ webDir: webDist });
  const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => server.close() };
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// `tsx web/test/serve.ts` keeps a server up for looking at the dashboard by hand.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await serveDashboard();
  console.log(`dashboard at ${r.url}/`);
}
