import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Country, Meta } from '../../../../src/data';
import {
  extremes,
  figureStatus,
  findCountry,
  mapRows,
  mapState,
  mapSummary,
  pickPole,
  poleOptions,
  ranked,
} from '../../../../src/pages/map/state';

const names: Record<string, string> = { USA: 'United States', CHN: 'China', RUS: 'Russia' };
const countries = { name: (id: string) => names[id] ?? id };
const caps = new Set(['/rank', '/similar/{country}']);
const dataset = (id: string, from: number | null, to: number | null) => ({
  id,
  title: id,
  publisher: 'p',
  version: '1',
  license: 'l',
  coverage: { from, to, countries: null },
  rows: 1,
});
const meta: Meta = {
  name: 'bearing',
  version: '0',
  snapshot: {
    version: null,
    manifestSha256: null,
    builtAt: '2026-01-01',
    datasets: [dataset('dots', 1990, 2023), dataset('unga', 2018, 2021)],
  },
  startup: { timings: {} },
  cache: { entries: 0, bytes: 0, hits: 0, misses: 0 },
};

describe('mapState', () => {
  it('defaults: USA and China, the first metric, the last vote year', () => {
    const s = mapState(new URLSearchParams(''), caps, countries, meta);
    assert.deepEqual(s.poles, ['USA', 'CHN']);
    assert.deepEqual(s.poleNames, ['United States', 'China']);
    assert.equal(s.metric?.id, 'position');
    assert.deepEqual(s.years, [2018, 2019, 2020, 2021]);
    assert.equal(s.lastYear, 2021);
    assert.equal(s.year, 2021);
  });

  it('defaults to the latest year three datasets cover, not a year only the votes reach', () => {
    const wide: Meta = {
      ...meta,
      snapshot: {
        ...meta.snapshot,
        datasets: [
          dataset('unga', 1946, 2026),
          dataset('trade', 1960, 2020),
          dataset('debt', 2000, 2025),
          dataset('security', 1950, 2024),
          dataset('values', 1946, 2024),
        ],
      },
    };
    const s = mapState(new URLSearchParams(''), caps, countries, wide);
    assert.equal(s.lastYear, 2026);
    assert.equal(s.year, 2024);
  });

  it('reads poles, metric and year from the URL', () => {
    const s = mapState(new URLSearchParams('poles=RUS,USA&metric=balance&year=2019'), caps, countries, meta);
    assert.deepEqual(s.poleNames, ['Russia', 'United States']);
    assert.equal(s.metric?.id, 'balance');
    assert.equal(s.year, 2019);
  });

  it('an unknown metric falls back to the first; a server without the endpoints offers none', () => {
    assert.equal(mapState(new URLSearchParams('metric=nope'), caps, countries, meta).metric?.id, 'position');
    const bare = mapState(new URLSearchParams(''), new Set(), countries, meta);
    assert.equal(bare.metric, undefined);
    assert.equal(
      mapState(new URLSearchParams(''), new Set(['/similar/{country}']), countries, meta).metric?.id,
      'agree-first',
    );
  });

  it('has no years before the snapshot is known', () => {
    const s = mapState(new URLSearchParams(''), caps, countries, undefined);
    assert.deepEqual(s.years, []);
    assert.equal(s.year, undefined);
    assert.equal(mapState(new URLSearchParams('year=2000'), caps, countries, undefined).year, 2000);
  });
});

const v = (id: string, value: number | null) => ({ id, name: id.toLowerCase(), value, label: '' });

describe('ranked, mapRows, extremes, mapSummary', () => {
  const values = new Map(
    [v('A', 0.1), v('B', null), v('C', 0.9), v('D', -0.5), v('E', 0.3), v('F', 0.2), v('G', 0.0)].map((x) => [
      x.id,
      x,
    ]),
  );
  const list = ranked(values);

  it('ranks the countries with a value, highest first, leaving out "no data"', () => {
    assert.deepEqual(
      list.map((x) => x.id),
      ['C', 'E', 'F', 'A', 'G', 'D'],
    );
  });

  it('gives table rows under the metric column', () => {
    assert.deepEqual(mapRows(list.slice(0, 1), 'position', 2020), [
      { country: 'C', name: 'c', year: 2020, position: 0.9 },
    ]);
  });

  it('gives the five highest and the five lowest, lowest first', () => {
    const { top, bottom } = extremes(list);
    assert.deepEqual(
      top.map((x) => x.id),
      ['C', 'E', 'F', 'A', 'G'],
    );
    assert.deepEqual(
      bottom.map((x) => x.id),
      ['D', 'G', 'A', 'F', 'E'],
    );
  });

  it('says the extremes in words, or nothing when no country has a value', () => {
    assert.equal(
      mapSummary(list),
      'World map of 6 countries. Highest: c, e, f, a, g. Lowest: d, g, a, f, e.',
    );
    assert.equal(mapSummary([]), undefined);
  });
});

const country = (id: string, name: string, iso2: string | null, historical = false): Country => ({
  id,
  name,
  iso2,
  iso3: historical ? null : id,
  m49: null,
  cown: null,
  cowc: null,
  imf: null,
  wb: null,
  continent: null,
  region: null,
  unRegion: null,
  unSubregion: null,
  aliases: [],
  historical,
  from: null,
  to: null,
});

describe('findCountry', () => {
  const list = [
    country('SUN', 'Soviet Union', null, true),
    country('KEN', 'Kenya', 'KE'),
    country('KOR', 'Korea, Republic of', 'KR'),
    country('RUS', 'Russia', 'RU'),
  ];
  it('matches an id, a name or an ISO2 code exactly, in any case', () => {
    assert.equal(findCountry(list, ' ken ')?.id, 'KEN');
    assert.equal(findCountry(list, 'kenya')?.id, 'KEN');
    assert.equal(findCountry(list, 'RU')?.id, 'RUS');
  });
  it('else the first name that begins with the text', () => {
    assert.equal(findCountry(list, 'Ko')?.id, 'KOR');
  });
  it('never a historical state, and nothing for an empty search or no match', () => {
    assert.equal(findCountry(list, 'Soviet'), undefined);
    assert.equal(findCountry(list, '  '), undefined);
    assert.equal(findCountry(list, 'Atlantis'), undefined);
  });
});

describe('poles', () => {
  it('pickPole replaces one pole, refusing the same pole twice', () => {
    assert.deepEqual(pickPole(['USA', 'CHN'], 1, 'RUS'), ['USA', 'RUS']);
    assert.deepEqual(pickPole(['USA', 'CHN'], 0, 'IND'), ['IND', 'CHN']);
    assert.equal(pickPole(['USA', 'CHN'], 0, 'CHN'), undefined);
  });
  it('poleOptions adds a pole typed in the URL to the usual ones, once', () => {
    assert.deepEqual(poleOptions(['USA', 'CHN'], 'KEN'), ['USA', 'CHN', 'KEN']);
    assert.deepEqual(poleOptions(['USA', 'CHN'], 'CHN'), ['USA', 'CHN']);
  });
});

describe('figureStatus', () => {
  const metric = mapState(new URLSearchParams(''), caps, countries, meta).metric;
  it('is unavailable without a metric, then error, ready or loading', () => {
    assert.equal(figureStatus(undefined, { pending: false }), 'unavailable');
    assert.equal(figureStatus(metric, { error: new Error('x'), pending: false }), 'error');
    assert.equal(figureStatus(metric, { value: new Map(), pending: false }), 'ready');
    // A re-run for a new year keeps the old value but is not the answer yet.
    assert.equal(figureStatus(metric, { value: new Map(), pending: true }), 'loading');
    assert.equal(figureStatus(metric, { pending: true }), 'loading');
  });
});
