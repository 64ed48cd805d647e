import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestCountry, matchCountries } from '../../src/countrySearch';
import type { Country } from '../../src/data';
import { poleMenu } from '../../src/poleMenu';

const country = (
  id: string,
  name: string,
  iso2: string | null,
  aliases: string[] = [],
  historical = false,
): Country => ({
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
  aliases,
  historical,
  from: null,
  to: null,
});

const list = [
  country('SUN', 'Soviet Union', null, ['USSR'], true),
  country('KEN', 'Kenya', 'KE'),
  country('BEN', 'Benin', 'BJ'),
  country('CIV', 'Côte d’Ivoire', 'CI', ["Côte d'Ivoire", 'Ivory Coast']),
  country('KOR', 'Korea, Republic of', 'KR', ['South Korea']),
  country('PRK', "Korea, Democratic People's Republic of", 'KP', ['North Korea']),
  country('RUS', 'Russia', 'RU'),
];
const ids = (q: string) => matchCountries(list, q).map((m) => m.country.id);

describe('find a country', () => {
  it('opens exact codes, names and aliases at once, ignoring case and accents', () => {
    for (const [q, id] of [
      [' ken ', 'KEN'],
      ['kenya', 'KEN'],
      ['RU', 'RUS'],
      ['Ivory Coast', 'CIV'],
      ['cote divoire', 'CIV'],
      ['south korea', 'KOR'],
    ]) {
      assert.equal(bestCountry(matchCountries(list, q))?.id, id, q);
    }
  });

  it('suggests close misspellings instead of doing nothing ("Kenia")', () => {
    assert.deepEqual(ids('Kenia'), ['KEN']);
    assert.equal(bestCountry(matchCountries(list, 'Kenia')), undefined, 'a guess is offered, not opened');
    assert.deepEqual(ids('Rusia'), ['RUS']);
  });

  it('asks when a prefix fits several ("Korea"), opens when it fits one ("Ken")', () => {
    assert.deepEqual(ids('Korea').sort(), ['KOR', 'PRK']);
    assert.equal(bestCountry(matchCountries(list, 'Korea')), undefined);
    assert.equal(bestCountry(matchCountries(list, 'Ken'))?.id, 'KEN');
  });

  it('never a historical state; nothing for empty or far-off text', () => {
    assert.deepEqual(ids('Soviet Union'), []);
    assert.deepEqual(ids('  '), []);
    assert.deepEqual(ids('Atlantis'), []);
  });
});

describe('pole pickers', () => {
  it('list the blocs after the countries, and a pole from the URL once', () => {
    const menu = poleMenu('KEN', (id) => `name of ${id}`);
    assert.deepEqual(
      menu.map((g) => g.label),
      ['Countries', 'Blocs'],
    );
    assert.deepEqual(
      menu[1].options.map((o) => o.id),
      ['EU', 'G7', 'BRICS', 'NATO', 'SCO'],
    );
    assert.equal(menu[0].options.filter((o) => o.id === 'KEN').length, 1);
    assert.equal(menu[0].options.find((o) => o.id === 'USA')?.name, 'name of USA');
    const onBloc = poleMenu('EU', (id) => id);
    assert.ok(!onBloc[0].options.some((o) => o.id === 'EU'), 'a bloc pole is listed with the blocs only');
  });
});
