import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { aboutSources, apiLinks, methodsHref, methodsTopics } from '../../../../src/pages/about';

test('the about page names every methods note the repository has, and only those', () => {
  const dir = join(import.meta.dirname, '..', '..', '..', '..', '..', 'docs', 'methods');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  assert.deepEqual(methodsTopics.map((m) => m.file).sort(), files.sort());
});

test('links are relative: a static copy served from a sub-folder resolves them', () => {
  const base = 'https://example.org/news/bearing/';
  for (const m of methodsTopics) {
    const href = methodsHref(m.file);
    assert.equal(new URL(href, base).href, `${base}methods/${m.file.replace('.md', '.html')}`);
  }
  for (const links of [apiLinks(true), apiLinks(false)]) {
    for (const href of Object.values(links)) assert.ok(!href.startsWith('/'), href);
  }
  assert.deepEqual(apiLinks(true), { tables: 'api/v1/tables/index.json' });
});

test("the about page lists the snapshot's datasets with their coverage", () => {
  const rows = aboutSources({
    name: 'bearing',
    version: '0',
    snapshot: {
      version: null,
      manifestSha256: null,
      builtAt: 'x',
      datasets: [
        {
          id: 'trade',
          title: 'Trade',
          publisher: 'IMF',
          version: 'v',
          license: 'l',
          coverage: { from: 1960, to: 2020, countries: 1 },
          rows: 1,
        },
        {
          id: 'countries',
          title: 'Countries',
          publisher: 'cc',
          version: 'v',
          license: 'l',
          coverage: { from: null, to: null, countries: 1 },
          rows: 1,
        },
      ],
    },
    startup: { timings: {} },
    cache: { entries: 0, bytes: 0, hits: 0, misses: 0 },
  });
  assert.deepEqual(
    rows.map((r) => [r.id, r.years]),
    [
      ['trade', '1960–2020'],
      ['countries', 'no years'],
    ],
  );
});
