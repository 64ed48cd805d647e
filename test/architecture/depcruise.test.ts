// The layer rules (.dependency-cruiser.cjs) must catch what they forbid, or `npm run lint` and CI
// would pass broken code: cruise a fixture tree of deliberate violations and expect each one, then
// cruise the real tree and expect none.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}node_modules/dependency-cruiser/bin/dependency-cruise.mjs`;
const config = `${root}.dependency-cruiser.cjs`;

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(cwd: string): Violation[] {
  const run = spawnSync(
    process.execPath,
    [bin, 'src', 'web/src', '--config', config, '--output-type', 'json'],
    { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  assert.ok(run.stdout, `depcruise printed nothing: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const seen = (v: Violation[]) => v.map((x) => `${x.rule.name}: ${x.from} -> ${x.to}`).sort();

test('the rules report every deliberate violation of the fixture tree, and nothing else', () => {
  const violations = cruise(fileURLToPath(new URL('./fixtures/violations/', import.meta.url)));
  assert.deepEqual(seen(violations), [
    'no-circular: src/store/a.ts -> src/store/b.ts',
    'no-face-to-face-cli: src/cli/face.ts -> src/api/route.ts',
    'no-orphans: src/measures/dead.ts -> src/measures/dead.ts',
    'no-upward-from-queries: src/queries/upward.ts -> src/claims/check.ts',
    'web-only-api-schema-types: web/src/chart.ts -> src/api/route.ts',
    'web-schemas-type-only: web/src/table.ts -> src/api/schemas.ts',
  ]);
});

test('the real tree has no violation', () => {
  assert.deepEqual(seen(cruise(root)), []);
});
