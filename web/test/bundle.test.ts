// The first-load JavaScript budget (250 kB gzip), checked on the built dashboard (npm test builds
// it first, in pretest).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('first-load JS of the dashboard is within 250 kB gzip', {
  skip: !existsSync(join(root, 'web', 'dist')) && 'web/dist not built',
}, () => {
  const r = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'check-bundle.mjs'), join(root, 'web', 'dist')],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  const total = /first-load JS: ([\d.]+) kB gzip/.exec(r.stdout);
  assert.ok(total && Number(total[1]) <= 250, r.stdout);
});

test('the budget check fails a build over the budget', {
  skip: !existsSync(join(root, 'web', 'dist')) && 'web/dist not built',
}, () => {
  const r = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'check-bundle.mjs'), join(root, 'web', 'dist'), '--budget', '1000'],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(r.status, 1);
  assert.match(r.stderr, /over the budget/);
});
