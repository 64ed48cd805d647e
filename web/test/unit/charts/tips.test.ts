// Tooltips print years as years ("2014", not "2,014"): every chart whose tooltip shows a year formats it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

test("every chart's year tooltip formats the year without a thousands separator", () => {
  const dir = join(import.meta.dirname, '..', '..', '..', 'src', 'charts');
  for (const chart of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const src = readFileSync(join(dir, chart.name, 'render.ts'), 'utf8');
    const tip = src.indexOf('Plot.tip(');
    if (tip < 0 || !/x: 'year'/.test(src.slice(tip))) continue;
    assert.match(src.slice(tip), /format: \{[^}]*\bx: 'd'/, `${chart.name}: tooltip year format`);
  }
});
