import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultPoles, href, parseRoute, polesOf, yearOf } from '../../src/route';

describe('parseRoute', () => {
  it('reads the map by default, with or without #/', () => {
    for (const h of ['', '#', '#/', '#/?year=2019', '#nonsense/path', '#/country'])
      assert.equal(parseRoute(h).page, 'map', h);
    assert.equal(parseRoute('#/?year=2019&poles=USA,CHN').params.get('poles'), 'USA,CHN');
  });

  it('reads a country page, the id upper-cased and decoded', () => {
    const r = parseRoute('#/country/ken?year=2019');
    assert.deepEqual([r.page, r.country, r.params.get('year')], ['country', 'KEN', '2019']);
    assert.equal(parseRoute('#/country/c%C3%B4te').country, 'CÔTE');
  });

  it('reads the loan, about and embed pages', () => {
    assert.equal(parseRoute('#/loan?a=1').page, 'loan');
    assert.equal(parseRoute('#/about').page, 'about');
    const e = parseRoute('#/embed/agreement/ken?year=2019');
    assert.deepEqual([e.page, e.chart, e.country], ['embed', 'agreement', 'KEN']);
    const m = parseRoute('#/embed/map?metric=balance');
    assert.deepEqual(
      [m.page, m.chart, m.country, m.params.get('metric')],
      ['embed', 'map', undefined, 'balance'],
    );
    assert.equal(parseRoute('#/embed').page, 'map', 'an embed without a chart is the map page');
  });
});

describe('href', () => {
  it('writes the path and the non-empty parameters, commas kept readable', () => {
    assert.equal(
      href('/country/KEN', { year: 2019, poles: 'USA,CHN', x: undefined, y: null, z: '' }),
      '#/country/KEN?year=2019&poles=USA,CHN',
    );
    assert.equal(href('/'), '#/');
  });

  it('round-trips through parseRoute', () => {
    const params = { year: 2019, poles: 'RUS,USA', metric: 'agree-first' };
    const r = parseRoute(href('/embed/trade/KEN', params));
    assert.deepEqual([r.page, r.chart, r.country], ['embed', 'trade', 'KEN']);
    assert.deepEqual(Object.fromEntries(r.params), { year: '2019', poles: 'RUS,USA', metric: 'agree-first' });
    assert.deepEqual(polesOf(r.params), ['RUS', 'USA']);
    assert.equal(yearOf(r.params), 2019);
    const q = parseRoute(href('/country/KEN', { note: 'a&b=c d' }));
    assert.equal(q.params.get('note'), 'a&b=c d');
  });
});

describe('polesOf', () => {
  const poles = (s: string) => polesOf(new URLSearchParams(s));
  it('reads two different poles, trimmed and upper-cased', () => {
    assert.deepEqual(poles('poles=rus, ind'), ['RUS', 'IND']);
  });
  it('falls back to USA and China for anything else', () => {
    assert.deepEqual(defaultPoles, ['USA', 'CHN']);
    for (const s of [
      '',
      'poles=',
      'poles=USA',
      'poles=USA,USA',
      'poles=USA,CHN,RUS',
      'poles=,CHN',
      'poles=usa,USA',
    ])
      assert.deepEqual(poles(s), ['USA', 'CHN'], s);
  });
});

describe('yearOf', () => {
  const year = (s: string) => yearOf(new URLSearchParams(s));
  it('reads a whole year between 1901 and 2199', () => {
    assert.equal(year('year=2019'), 2019);
    assert.equal(year('year=1901'), 1901);
    assert.equal(year('year=2199'), 2199);
  });
  it('is undefined for a missing, fractional, out-of-range or non-numeric year', () => {
    for (const s of [
      '',
      'year=',
      'year=1900',
      'year=2200',
      'year=2019.5',
      'year=abc',
      'year=-2019',
      'year=1e3',
    ])
      assert.equal(year(s), undefined, s);
  });
});
