import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NeedsLiveApi } from '../../../../src/api';
import type { Meta } from '../../../../src/data';
import {
  extremes,
  figureStatus,
  mapRows,
  mapState,
  mapSummary,
  pickPole,
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

describe('the years of the composite', () => {
  const real: Meta = {
    ...meta,
    snapshot: {
      version: null,
      manifestSha256: null,
      builtAt: '2026-01-01',
      datasets: [
        dataset('unga', 1946, 2021),
        dataset('trade', 1960, 2020),
        dataset('debt', 2000, 2030),
        dataset('debtservice', 2000, 2025),
        dataset('visits', 1866, 2025),
      ],
    },
  };
  it('the slider starts where the composite does (votes and trade: 1960), vote agreement where votes do', () => {
    const s = mapState(new URLSearchParams(''), caps, countries, real);
    assert.equal(s.years[0], 1960);
    assert.equal(s.year, 2021);
    const votes = mapState(
      new URLSearchParams('metric=agree-first'),
      new Set(['/similar/{country}']),
      countries,
      real,
    );
    assert.equal(votes.years[0], 1946);
    assert.deepEqual(votes.lacking, [], 'vote agreement is not the composite');
  });
  it('says which dimensions the shown year lacks', () => {
    assert.deepEqual(mapState(new URLSearchParams(''), caps, countries, real).lacking, [
      'trade ends in 2020',
    ]);
    assert.deepEqual(mapState(new URLSearchParams('year=1990'), caps, countries, real).lacking, [
      'finance begins in 2000',
    ]);
    assert.deepEqual(mapState(new URLSearchParams('year=2010'), caps, countries, real).lacking, []);
  });
});

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

describe('poles', () => {
  it('pickPole replaces one pole, refusing the same pole twice', () => {
    assert.deepEqual(pickPole(['USA', 'CHN'], 1, 'RUS'), ['USA', 'RUS']);
    assert.deepEqual(pickPole(['USA', 'CHN'], 0, 'IND'), ['IND', 'CHN']);
    assert.equal(pickPole(['USA', 'CHN'], 0, 'CHN'), undefined);
  });
});

describe('figureStatus', () => {
  const metric = mapState(new URLSearchParams(''), caps, countries, meta).metric;
  it('is unavailable without a metric, then error, ready or loading', () => {
    assert.equal(figureStatus(undefined, { pending: false }), 'unavailable');
    assert.equal(figureStatus(metric, { error: new Error('x'), pending: false }), 'error');
    // A static site without this answer (another pole): said in words, not as an error.
    assert.equal(figureStatus(metric, { error: new NeedsLiveApi(), pending: false }), 'unavailable');
    assert.equal(figureStatus(metric, { value: new Map(), pending: false }), 'ready');
    // A re-run for a new year keeps the old value but is not the answer yet.
    assert.equal(figureStatus(metric, { value: new Map(), pending: true }), 'loading');
    assert.equal(figureStatus(metric, { pending: true }), 'loading');
  });
});
