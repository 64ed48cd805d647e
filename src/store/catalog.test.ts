import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { tableCatalog } from './catalog.js';
import type { TableSpec } from './table.js';

test('every TableSpec exported by src/store is in the table catalog', async () => {
  const missing: string[] = [];
  let found = 0;
  for (const file of readdirSync(new URL('.', import.meta.url)).filter((f) => /^[a-zA-Z]+\.ts$/.test(f))) {
    const mod = (await import(new URL(file, import.meta.url).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const spec = value as Partial<TableSpec> | null;
      if (!spec || typeof spec !== 'object' || typeof spec.name !== 'string' || !Array.isArray(spec.columns))
        continue;
      found++;
      if (tableCatalog.get(spec.name) !== value) missing.push(`${file}: ${name} (${spec.name})`);
    }
  }
  assert.ok(found >= 25, `specs found: ${found}`);
  assert.deepEqual(missing, [], 'add them to src/store/catalog.ts');
});
