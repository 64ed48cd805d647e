import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fixtureConcordance } from '../financeFixtures.js';
import { imtsExports, imtsFlows, imtsImports } from './imtsFlows.js';
import { parseImfSdmxCsv } from './parseImfSdmxCsv.js';

const text = readFileSync(new URL('./fixtures/imts_good.csv', import.meta.url), 'utf8');
const obs = parseImfSdmxCsv(text, 'imts_good.csv', fixtureConcordance(), {
  indicators: [imtsExports, imtsImports],
  undeclaredScale: 'error',
}).observations;
const find = (rows: ReturnType<typeof imtsFlows>['flows'], r: string, p: string, y: number) =>
  rows.find((f) => f.reporter === r && f.partner === p && f.year === y);

test("by hand: China -> Kenya 2021 is Kenya's declared imports CIF (3,650), not China's exports FOB (6,740)", () => {
  const { flows } = imtsFlows(obs, 2020);
  const f = find(flows, 'CHN', 'KEN', 2021);
  assert.equal(f?.valueUsdMn, 3650);
  assert.equal(f?.basis, 'imts-imports-cif');
  assert.ok((f?.line ?? 0) > 1);
});

test('by hand: US -> Kenya 2023 has no Kenyan declaration, so the US exports FOB (690) stand in as a mirror', () => {
  const { flows } = imtsFlows(obs, 2020);
  const f = find(flows, 'USA', 'KEN', 2023);
  assert.equal(f?.valueUsdMn, 690);
  assert.equal(f?.basis, 'imts-exports-fob-mirror');
  // China -> Germany: only China's exports (in thousands in the file), so a mirror, in US$ millions.
  assert.equal(find(flows, 'CHN', 'DEU', 2021)?.valueUsdMn, 2300);
});

test('World rows: exports as reported to World, World -> country = declared imports; years to 2020 not used', () => {
  const { groupFlows, earlierYears } = imtsFlows(obs, 2020);
  assert.equal(find(groupFlows, 'KEN', 'world', 2022)?.valueUsdMn, 7420);
  assert.equal(find(groupFlows, 'world', 'KEN', 2022)?.basis, 'imts-imports-cif');
  assert.equal(earlierYears, 0);
  const later = imtsFlows(obs, 2021);
  assert.ok(later.earlierYears > 0);
  assert.ok(later.flows.every((f) => f.year > 2021));
});

test('property: exactly one figure per exporter-importer-year, and each is one of the two published values', () => {
  const { flows } = imtsFlows(obs, 2020);
  const keys = flows.map((f) => `${f.reporter}|${f.partner}|${f.year}`);
  assert.equal(new Set(keys).size, keys.length);
  for (const f of flows) {
    const src = obs.find((o) => o.line === f.line);
    assert.ok(src && src.valueUsdMn === f.valueUsdMn);
    assert.equal(src.indicator, f.basis === 'imts-imports-cif' ? imtsImports : imtsExports);
  }
});
