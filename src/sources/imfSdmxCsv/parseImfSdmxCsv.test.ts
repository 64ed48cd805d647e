import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { fixtureConcordance, readFixture } from '../financeFixtures.js';
import { type ImfSdmxOptions, parseImfSdmxCsv } from './parseImfSdmxCsv.js';

const dipFile = 'finance/imf_dip_outward_direct_investment_positions_usa_chn_deu_jpn_sgp_2014_2024.csv';
const dip: ImfSdmxOptions = {
  indicators: ['OTWD_D_NETAL_FALL_ALL'],
  undeclaredScale: 'keep',
  dvTypes: ['O', 'SCC'],
};
const imts: ImfSdmxOptions = { indicators: ['XG_FOB_USD', 'MG_CIF_USD'], undeclaredScale: 'error' };
const local = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const c = fixtureConcordance();

test('DIP outward: Kenya 2024 reported positions of the US (163) and China (1,912.19), US$ millions, with their lines', () => {
  const t = parseImfSdmxCsv(readFixture(dipFile), dipFile, c, dip);
  const ken = t.observations.filter((o) => o.counterpart === 'KEN' && o.year === 2024 && o.dvType === 'O');
  const by = Object.fromEntries(ken.map((o) => [o.reporter, o.valueUsdMn]));
  assert.equal(by.USA, 163);
  assert.equal(by.CHN, 1912.1863);
  assert.equal(by.JPN, null, 'an empty OBS_VALUE is missing, never zero');
  for (const o of ken) assert.ok(o.line > 1);
  // Reported (O) and counterpart-derived (SCC) values are both kept, apart.
  const both = t.observations.filter(
    (o) => o.reporter === 'CHN' && o.counterpart === 'BRA' && o.year === 2020,
  );
  assert.deepEqual(both.map((o) => o.dvType).sort(), ['O', 'SCC']);
});

test('DIP: IMF group codes stay groups, never countries; empty series rows are skipped and counted', () => {
  const t = parseImfSdmxCsv(readFixture(dipFile), dipFile, c, dip);
  const groups = t.observations.filter((o) => o.counterpartKind === 'group');
  assert.ok(groups.length > 0);
  assert.ok(groups.every((o) => /^[A-Z]{1,2}\d{3}$/.test(o.counterpart)));
  assert.ok(
    t.observations
      .filter((o) => o.counterpartKind === 'country')
      .every((o) => /^[A-Z]{3}$/.test(o.counterpart)),
  );
});

test('DIP: a row without a declared scale (China -> Kuwait, reported) is kept with no value, never guessed', () => {
  const t = parseImfSdmxCsv(readFixture(dipFile), dipFile, c, dip);
  const kwt = t.observations.filter(
    (o) => o.reporter === 'CHN' && o.counterpart === 'KWT' && o.dvType === 'O',
  );
  assert.ok(kwt.length > 0);
  for (const o of kwt) {
    assert.equal(o.scale, null);
    assert.equal(o.valueUsdMn, null);
    assert.match(o.published, /^\d+$/);
  }
  assert.throws(
    () => parseImfSdmxCsv(readFixture(dipFile), dipFile, c, { ...dip, undeclaredScale: 'error' }),
    (e: InputError) => e.location.field === 'SCALE.ID' && (e.location.line ?? 0) > 1,
  );
});

test('IMTS: exports FOB and imports CIF read, thousands converted to millions', () => {
  const t = parseImfSdmxCsv(local('imts_good.csv'), 'imts_good.csv', c, imts);
  assert.equal(t.observations.length, 45);
  const eth = t.observations.find((o) => o.reporter === 'CHN' && o.counterpart === 'DEU' && o.year === 2021);
  assert.equal(eth?.scale, 3);
  assert.equal(eth?.valueUsdMn, 2300);
  const world = t.observations.find((o) => o.counterpartCode === 'G001');
  assert.equal(world?.counterpartKind, 'group');
  const missing = t.observations.find(
    (o) => o.reporter === 'KEN' && o.indicator === 'MG_CIF_USD' && o.counterpart === 'USA' && o.year === 2023,
  );
  assert.equal(missing?.valueUsdMn, null);
});

const bad: [string, number, string, RegExp][] = [
  ['imts_wrong_header.csv', 1, 'COUNTRY.ID', /missing column 'COUNTRY.ID'/],
  ['imts_duplicated_column.csv', 1, 'OBS_VALUE', /appears twice/],
  ['imts_not_a_number.csv', 7, 'OBS_VALUE', /must be a number, got 'n\/a'/],
  ['imts_unknown_country.csv', 9, 'COUNTERPART_COUNTRY.ID', /unknown country or group code 'XYZ'/],
  ['imts_unknown_scale.csv', 11, 'SCALE.ID', /unknown scale '2'/],
];
for (const [name, line, field, message] of bad) {
  test(`IMTS malformed: ${name} names file, line ${line} and field ${field}`, () => {
    assert.throws(
      () => parseImfSdmxCsv(local(name), name, c, imts),
      (e: unknown) => {
        assert.ok(e instanceof InputError);
        assert.deepEqual(e.location, { file: name, line, field });
        assert.match(e.message, message);
        return true;
      },
    );
  });
}

test('IMTS: an indicator outside the accepted ones, a second value for the same key, a monthly row', () => {
  const text = local('imts_good.csv');
  const lines = text.split('\n');
  const other = [...lines];
  other[2] = other[2].replace('XG_FOB_USD', 'TBG_USD');
  assert.throws(
    () => parseImfSdmxCsv(other.join('\n'), 'f.csv', c, imts),
    (e: InputError) => e.location.line === 3 && e.location.field === 'INDICATOR.ID',
  );
  const dup = [...lines.slice(0, 3), lines[2], ...lines.slice(3)];
  assert.throws(
    () => parseImfSdmxCsv(dup.join('\n'), 'f.csv', c, imts),
    (e: InputError) => e.location.line === 4 && /first at line 3/.test(e.message),
  );
  const monthly = [...lines];
  monthly[1] = monthly[1].replace('"A","Annual"', '"M","Monthly"');
  assert.throws(
    () => parseImfSdmxCsv(monthly.join('\n'), 'f.csv', c, imts),
    (e: InputError) => e.location.line === 2 && e.location.field === 'FREQUENCY.ID',
  );
});
