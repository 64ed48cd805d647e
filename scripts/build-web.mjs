#!/usr/bin/env node
// Builds the dashboard (vite) into a fresh folder and swaps it in for web/dist/ at once, so a
// server or a test reading web/dist/ never sees it half-written or empty while another build runs.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'web');
const dist = join(web, 'dist');
// Under the gitignored .cache/ of the repository: the same file system, so the renames are atomic.
mkdirSync(join(root, '.cache'), { recursive: true });
const staging = join(root, '.cache', `web-dist-staging-${process.pid}`);
const old = join(root, '.cache', `web-dist-old-${process.pid}`);

try {
  await build({
    configFile: join(web, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: staging, emptyOutDir: true },
  });
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(staging, dist);
  rmSync(old, { recursive: true, force: true });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  if (!existsSync(dist) && existsSync(old)) renameSync(old, dist);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
