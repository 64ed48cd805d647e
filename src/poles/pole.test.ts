import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Concordance } from '../countries/concordance.js';
import { InputError } from '../errors.js';
import { openStore, type Store } from '../store/open.js';
import { blocMembers, blocs, findBloc } from './blocs.js';
import { parsePoles, poleMembers } from './pole.js';

let store: Store;
let concordance: Concordance;
before(async () => {
  store = await openStore({ verify: false });
  concordance = store.concordance;
});
after(() => store.close());

test('every bloc member is a concordance id and every membership span is well formed', () => {
  for (const b of blocs) {
    for (const m of b.members) {
      assert.ok(concordance.get(m.id), `${b.id}: ${m.id} is not a concordance id`);
      assert.ok(m.to === undefined || m.from <= m.to, `${b.id}: ${m.id} ${m.from}-${m.to}`);
    }
    assert.ok(b.source.length > 0);
  }
});

test('EU enlargements and Brexit by year (member on 31 December)', () => {
  const eu = findBloc('eu');
  assert.ok(eu);
  assert.deepEqual(blocMembers(eu, 1958), ['BEL', 'BRD', 'DEU', 'FRA', 'ITA', 'LUX', 'NLD']);
  assert.equal(blocMembers(eu, 1972).includes('GBR'), false);
  assert.equal(blocMembers(eu, 1973).includes('GBR'), true);
  assert.equal(blocMembers(eu, 2019).includes('GBR'), true);
  assert.equal(blocMembers(eu, 2020).includes('GBR'), false);
  assert.equal(blocMembers(eu, 2012).includes('HRV'), false);
  assert.equal(blocMembers(eu, 2013).includes('HRV'), true);
  // 27 members after Brexit (Germany counted once: BRD ended in 1990).
  assert.equal(blocMembers(eu, 2020).length, 27);
  assert.equal(blocMembers(eu, 2019).length, 28);
});

test('BRICS: 2024 expansion', () => {
  const brics = findBloc('BRICS');
  assert.ok(brics);
  assert.deepEqual(blocMembers(brics, 2008), []);
  assert.deepEqual(blocMembers(brics, 2023), ['BRA', 'CHN', 'IND', 'RUS', 'ZAF']);
  assert.deepEqual(blocMembers(brics, 2024), ['ARE', 'BRA', 'CHN', 'EGY', 'ETH', 'IND', 'IRN', 'RUS', 'ZAF']);
});

test('parsePoles: countries through the concordance, blocs by name', () => {
  const [a, b] = parsePoles('USA,CHN', concordance);
  assert.deepEqual([a.kind, a.id, b.kind, b.id], ['country', 'USA', 'country', 'CHN']);
  const [eu, chn] = parsePoles(' eu , China ', concordance);
  assert.deepEqual([eu.kind, eu.id, chn.id], ['bloc', 'EU', 'CHN']);
  assert.deepEqual(poleMembers(chn, 1990), ['CHN']);
  assert.equal(poleMembers(eu, 2020).length, 27);
  const [, g7] = parsePoles('cow:710,G7', concordance);
  assert.deepEqual(poleMembers(g7, 2020), ['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA']);
});

test('parsePoles refuses bad input with the field named', () => {
  const bad = ['USA', 'USA,CHN,RUS', 'USA,', 'USA,USA', 'USA,G7', 'EU,NATO', 'USA,Narnia'];
  for (const text of bad) {
    assert.throws(
      () => parsePoles(text, concordance),
      (e: unknown) => e instanceof InputError && e.location.field === 'poles',
      text,
    );
  }
  assert.throws(
    () => parsePoles('USA,Narnia', concordance),
    (e: unknown) => e instanceof InputError && e.kind === 'unknown',
  );
});
