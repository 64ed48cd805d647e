import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../../errors.js';
import { openStore, type Store } from '../../store/open.js';
import { extraStates } from '../../visits/extraStates.js';
import { SlugResolver, slugRules } from './slugs.js';

let store: Store;
let slugs: SlugResolver;
before(async () => {
  store = await openStore();
  slugs = new SlugResolver(store.concordance);
});
after(() => store.close());

const at = { file: 'x.xml', line: 7, field: 'from' };

test('slugs and labels resolve to the state of the record date, historical states included', () => {
  const cases: [string, string, string, string][] = [
    ['kenya', 'Kenya', '2024-05-23', 'KEN'],
    ['russia', 'U.S.S.R.', '1959-09-15', 'SUN'],
    ['russia', 'Russia', '1959-09-15', 'SUN'],
    ['russia', 'U.S.S.R.', '1992-01-27', 'RUS'],
    ['russia', 'Russia', '2010-06-24', 'RUS'],
    ['germany', 'Germany, Federal Republic of', '1953-04-07', 'BRD'],
    ['germany', 'Germany, Federal Republic of', '2023-03-03', 'DEU'],
    ['germany', 'Germany', '1938-01-01', 'DEU'],
    ['german-democratic-republic', 'German Democratic Republic', '1990-01-01', 'DDR'],
    ['china', 'China, Republic of', '1945-04-26', 'CHN'],
    ['china', 'China, Republic of', '1955-01-01', 'TWN'],
    ['china', 'China, People’s Republic of', '2023-11-12', 'CHN'],
    ['taiwan', 'China, Republic of', '1960-06-18', 'TWN'],
    ['vietnam', 'Vietnam', '1957-05-08', 'RVN'],
    ['vietnam', 'Vietnam', '2023-09-10', 'VNM'],
    ['yemen', 'Yemen Arab Republic', '1972-01-01', 'YAR'],
    ['yugoslavia', 'Yugoslavia', '1971-10-28', 'YUG'],
    ['serbia', 'Serbia and Montenegro', '2003-01-01', 'SCG'],
    ['czechoslovakia', 'Czechoslovakia', '1990-02-20', 'CSK'],
    ['kosovo', 'Yugoslavia (Kosovo)', '1999-11-23', 'XKX'],
    ['hawaii', 'Hawaii', '1874-12-12', 'HAW'],
    ['tanzania', 'Tanganyika', '1963-07-15', 'TZA'],
    ['somoa', 'Somoa', '1990-01-01', 'WSM'],
    ['congo-kinshasa', 'Congo, Democratic Republic of', '2000-01-01', 'COD'],
    ['cote-divoire', 'Cote d’Ivoire', '2000-01-01', 'CIV'],
  ];
  for (const [slug, label, date, id] of cases)
    assert.equal(slugs.resolve(slug, label, date, at).id, id, `${slug} ${date}`);
});

test('an unknown slug or a slug disagreeing with its label fails, with the location', () => {
  assert.throws(
    () => slugs.resolve('atlantis', 'Atlantis', '2000-01-01', at),
    (e: unknown) =>
      e instanceof InputError && e.kind === 'unknown' && e.location.line === 7 && e.location.file === 'x.xml',
  );
  assert.throws(() => slugs.resolve('kenya', 'Ghana', '2000-01-01', at), /disagree/);
  assert.throws(() => slugs.resolve('', 'Kenya', '2000-01-01', at), /no id/);
});

test('every id the explicit table names exists in the concordance or in extraStates', () => {
  for (const r of slugRules) {
    assert.ok(store.concordance.get(r.id) || extraStates.some((s) => s.id === r.id), r.id);
  }
});
