// The swap is atomic: a build killed (SIGKILL, injected in the code path) after each named step of
// the publish leaves a data directory that readers open and the next build repairs. Starts from the
// legacy layout (manifest.json at the top), so the migration is crashed at every step too.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { main } from '../app/main.js';
import { fixtureRawDir } from '../sources/testing/fixtures.js';
import { openStore } from '../store/open.js';
import { readSnapshot } from '../store/readManifest.js';
import { buildSnapshot } from './build.js';
import { swapSteps } from './swap.js';

const root = new URL('../../', import.meta.url).pathname;
const only = 'countries,unga';
let work: string;
let legacy: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-crash-'));
  const built = join(work, 'built');
  await buildSnapshot({ rawDir: fixtureRawDir, dataDir: built, only: only.split(',') });
  // The legacy layout: the version directory's content at the top, no CURRENT.
  const { root: version } = await readSnapshot(built);
  legacy = join(work, 'legacy');
  await rename(version, legacy);
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

function buildData(
  out: string,
  env: Record<string, string>,
  onStderr?: (text: string, kill: (s: NodeJS.Signals) => void) => void,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-data.ts', '--raw', fixtureRawDir, '--out', out, '--only', only],
      { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
      onStderr?.(err, (s) => child.kill(s));
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, err }));
  });
}

async function cli(dir: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const saved = process.env.BEARING_DATA_DIR;
  process.env.BEARING_DATA_DIR = dir;
  let out = '';
  let err = '';
  try {
    const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
    return { code, out, err };
  } finally {
    if (saved === undefined) delete process.env.BEARING_DATA_DIR;
    else process.env.BEARING_DATA_DIR = saved;
  }
}

async function assertReadable(dir: string, builtAt: readonly string[]): Promise<void> {
  const store = await openStore({ dir });
  try {
    assert.ok(builtAt.includes(store.manifest.builtAt), 'the old snapshot or the new one, whole');
    assert.ok(store.has('votes'));
  } finally {
    store.close();
  }
  const status = await cli(dir, ['data', 'status', '--json']);
  assert.equal(status.code, 0, status.err);
  assert.equal(JSON.parse(status.out).ok, true);
}

for (const step of swapSteps) {
  test(`a build killed after step '${step}' leaves a readable snapshot and the next build succeeds`, async () => {
    const dir = join(work, `crash-${step}`);
    await cp(legacy, dir, { recursive: true });
    const oldBuiltAt = (await readSnapshot(dir)).manifest.builtAt;
    const crashed = await buildData(dir, { BEARING_FAULT_AT: step });
    assert.equal(crashed.signal, 'SIGKILL', `killed at ${step}: ${crashed.err}`);
    const after = await readSnapshot(dir);
    const switchedYet = swapSteps.indexOf(step) >= swapSteps.indexOf('switched');
    assert.equal(after.pointer !== null, switchedYet, 'the pointer is the switch');
    await assertReadable(dir, [oldBuiltAt, after.manifest.builtAt]);

    const rebuilt = await buildData(dir, {});
    assert.equal(rebuilt.code, 0, rebuilt.err);
    const final = await readSnapshot(dir);
    await assertReadable(dir, [final.manifest.builtAt]);
    const left = (await readdir(dir)).sort();
    assert.deepEqual(
      left.filter((n) => !/^v-[0-9a-f]{12}$/.test(n)),
      ['CURRENT'],
      'no staging, no temp pointer, no legacy files',
    );
    assert.ok(left.filter((n) => n.startsWith('v-')).length <= 2, 'the new version and at most the previous');
  });
}

test('SIGTERM stops build-data before the swap: no staging left, the snapshot untouched', async () => {
  const dir = join(work, 'sigterm');
  await cp(legacy, dir, { recursive: true });
  const before = (await readdir(dir)).sort();
  let sent = false;
  const run = await buildData(dir, {}, (err, kill) => {
    if (!sent && /building countries/.test(err)) {
      sent = true;
      kill('SIGTERM');
    }
  });
  assert.ok(sent);
  assert.equal(run.code, 130, run.err);
  assert.match(run.err, /stopped before the swap/);
  assert.deepEqual((await readdir(dir)).sort(), before, 'no staging directory, no pointer');
});
