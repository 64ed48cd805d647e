import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import { parseCodelist } from '../countrycode/parseCodelist.js';
import { dotsGroups, resolveDotsLabels } from './names.js';
import { parseDots } from './parseDots.js';

// A 162-row excerpt of the real DOTS file (Kenya, China, US, World, Euro Area, the Germanys; 1988,
// 2019, 2020; the five negative Malaysia rows) and a 10-row excerpt of the countrycode table.
const raw = new URL('./fixtures/raw/', import.meta.url).pathname;
const file = 'trade/imf_dots_exports_fob_by_partner_1960_2020.csv.gz';
const text = gunzipSync(readFileSync(`${raw}${file}`)).toString('utf8');
const codes = 'codes/countrycode_codelist_without_cldr.csv';
const concordance = new Concordance(parseCodelist(readFileSync(`${raw}${codes}`, 'utf8'), codes));

const flowOf = (t: ReturnType<typeof parseDots>, reporter: string, partner: string, year: number) => {
  for (let i = 0; i < t.line.length; i++) {
    if (t.labels[t.reporter[i]] === reporter && t.labels[t.partner[i]] === partner && t.year[i] === year) {
      return { value: t.value[i], line: t.line[i] };
    }
  }
  return undefined;
};

test('parses the excerpt: values as published, with their lines; quoted IMF names kept whole', () => {
  const t = parseDots(text, file);
  assert.equal(t.line.length + t.dropped.length, 162);
  assert.deepEqual(flowOf(t, 'Kenya', 'China, P.R.: Mainland', 2020), { value: 139.014257, line: 91 });
  assert.deepEqual(flowOf(t, 'Kenya', 'United States', 2020), { value: 463.971798, line: 105 });
  assert.deepEqual(flowOf(t, 'China, P.R.: Mainland', 'Kenya', 2020), { value: 5415.51948, line: 19 });
  assert.deepEqual(flowOf(t, 'United States', 'Kenya', 2020), { value: 370.786703, line: 125 });
  assert.deepEqual(flowOf(t, 'Kenya', 'World', 2020), { value: 5843.681882, line: 108 });
});

test('the five documented negative Malaysia rows are dropped and reported with their lines', () => {
  const t = parseDots(text, file);
  assert.deepEqual(
    t.dropped.map((d) => [d.reporter, d.year, d.value]),
    [
      ['Advanced Economies', 1960, -4.8],
      ['Advanced Economies', 1961, -2.8],
      ['Advanced Economies', 1962, -1.3],
      ['Advanced Economies', 1963, -6.3],
      ['World', 1960, -4.8],
    ],
  );
  for (const d of t.dropped) assert.equal(text.split('\n')[d.line - 1].split(',').at(-1), String(d.value));
});

test('IMF groups are kept apart from countries: lower-case group ids, never a concordance id', () => {
  const t = parseDots(text, file);
  const entities = resolveDotsLabels(t, concordance);
  const by = new Map(entities.map((e) => [e.label, e]));
  const expectCountry = {
    Kenya: 'KEN',
    'China, P.R.: Mainland': 'CHN',
    'United States': 'USA',
    Germany: 'DEU',
    'Eastern Germany': 'DDR',
    USSR: 'SUN',
    Malaysia: 'MYS',
  };
  for (const [label, id] of Object.entries(expectCountry)) {
    assert.deepEqual([by.get(label)?.kind, by.get(label)?.id], ['country', id], label);
  }
  const expectGroup = {
    World: 'aggregate',
    'Euro Area': 'aggregate',
    'Sub-Saharan Africa': 'aggregate',
    'Advanced Economies': 'aggregate',
    'Africa not specified': 'unallocated',
    'Belgium-Luxembourg': 'union',
  };
  for (const [label, kind] of Object.entries(expectGroup)) {
    const e = by.get(label);
    assert.ok(e?.kind === 'group', label);
    assert.equal(e.group.kind, kind);
    assert.match(e.id, /^[a-z-]+$/);
    assert.equal(concordance.tryResolve(e.id)?.id === e.id, false);
  }
  for (const grp of dotsGroups) assert.match(grp.id, /^[a-z-]+$/, grp.label);
  assert.equal(new Set(dotsGroups.map((grp) => grp.id)).size, dotsGroups.length);
});

/** The excerpt with one line replaced; returns the text and the 1-based line changed. */
function withLine(lineNo: number, edit: (line: string) => string): string {
  const lines = text.split('\n');
  lines[lineNo - 1] = edit(lines[lineNo - 1]);
  return lines.join('\n');
}

const bad: { name: string; line: number; edit: (l: string) => string; field?: string; message: RegExp }[] = [
  {
    name: 'negative value',
    line: 91,
    edit: (l) => l.replace(/,[^,]*$/, ',-139.0'),
    field: 'exports_fob_usd_mn',
    message: /negative/,
  },
  {
    name: 'non-numeric value',
    line: 105,
    edit: (l) => l.replace(/,[^,]*$/, ',n/a'),
    field: 'exports_fob_usd_mn',
    message: /number/,
  },
  {
    name: 'empty value',
    line: 105,
    edit: (l) => l.replace(/,[^,]*$/, ','),
    field: 'exports_fob_usd_mn',
    message: /number/,
  },
  {
    name: 'non-numeric year',
    line: 19,
    edit: (l) => l.replace(',2020,', ',20x0,'),
    field: 'year',
    message: /year/,
  },
  { name: 'missing field', line: 19, edit: (l) => l.replace(/,[^,]*$/, ''), message: /expected 4 fields/ },
  { name: 'unterminated quote', line: 91, edit: (l) => l.replace('Mainland"', 'Mainland'), message: /quote/ },
  {
    name: 'duplicate row',
    line: 92,
    edit: () => 'Kenya,"China, P.R.: Mainland",2020,1.0',
    message: /duplicate/,
  },
];

for (const b of bad) {
  test(`a bad row (${b.name}) is rejected with file and line named`, () => {
    assert.throws(
      () => parseDots(withLine(b.line, b.edit), file),
      (e: unknown) => {
        assert.ok(e instanceof InputError, String(e));
        assert.equal(e.location.file, file);
        assert.equal(e.location.line, b.line, e.describe());
        if (b.field) assert.equal(e.location.field, b.field);
        assert.match(e.message, b.message);
        assert.match(e.describe(), new RegExp(`^${file.replace(/\./g, '\\.')}:${b.line}`));
        return true;
      },
    );
  });
}

test('an unknown name fails resolution at the line where it first appears', () => {
  const t = parseDots(
    withLine(98, (l) => l.replace('Kenya,Germany', 'Kenya,Atlantis')),
    file,
  );
  assert.throws(
    () => resolveDotsLabels(t, concordance),
    (e: unknown) =>
      e instanceof InputError &&
      e.location.file === file &&
      e.location.line === 98 &&
      e.location.field === 'partner' &&
      /Atlantis/.test(e.message),
  );
});

test('two labels resolving to one id fail instead of merging silently', () => {
  const t = parseDots(
    withLine(98, (l) => l.replace('Kenya,Germany', 'Kenya,"Germany, Fed. Rep. of"')),
    file,
  );
  assert.throws(() => resolveDotsLabels(t, concordance), /both resolve to DEU/);
});

test('a wrong header is rejected on line 1 with the column named', () => {
  assert.throws(
    () => parseDots(text.replace('exports_fob_usd_mn', 'imports_cif'), file),
    (e: unknown) =>
      e instanceof InputError && e.location.line === 1 && e.location.field === 'exports_fob_usd_mn',
  );
});
