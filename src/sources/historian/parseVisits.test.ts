import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../../errors.js';
import { openStore, type Store } from '../../store/open.js';
import { parseVisits, visitorRole } from './parseVisits.js';
import { SlugResolver } from './slugs.js';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/raw/us-state-dept-visits/${name}`, import.meta.url), 'utf8');
const file = 'us-state-dept-visits/2020.xml';
let store: Store;
let slugs: SlugResolver;

before(async () => {
  store = await openStore();
  slugs = new SlugResolver(store.concordance);
});
after(() => store.close());

function rejects(text: string, check: (e: InputError) => void): void {
  assert.throws(
    () => parseVisits(text, file, slugs),
    (e: unknown) => {
      assert.ok(e instanceof InputError, String(e));
      assert.equal(e.location.file, file);
      check(e);
      return true;
    },
  );
}

test('the real Kenya visits: Ruto 2024 state visit, 2022 summit, Kenyatta 2020 working visit', () => {
  const visits = parseVisits(fixture('2020.xml'), file, slugs);
  assert.equal(visits.length, 4);
  const kenya = visits.filter((v) => v.country === 'KEN');
  assert.deepEqual(
    kenya.map((v) => [v.startDate, v.visitor, v.type, v.description]),
    [
      ['2020-02-06', 'President Uhuru Kenyatta', 'working', 'Working Visit.'],
      ['2022-12-13', 'President William Ruto', 'summit', "Attended the U.S.-Africa Leaders' Summit."],
      ['2024-05-23', 'President William Ruto', 'state', 'State Visit.'],
    ],
  );
  const ruto = kenya[2];
  assert.equal(ruto.role, 'President');
  assert.equal(ruto.slug, 'kenya');
  assert.equal(ruto.countryLabel, 'Kenya');
  assert.equal(ruto.year, 2024);
  assert.equal(ruto.endDate, '2024-05-23');
  assert.equal(ruto.sourceFile, file);
  assert.equal(ruto.sourcePosition, 4);
  assert.equal(ruto.sourceLine, 39, 'the line of its <visit> start tag');
  assert.equal(visits[0].country, 'GRC');
  assert.equal(visits[0].type, 'official-working');
});

test('the last African state visit before Ruto: Kufuor, Ghana, 2008-09-14', () => {
  const visits = parseVisits(fixture('2000.xml'), 'us-state-dept-visits/2000.xml', slugs);
  assert.deepEqual(
    visits.map((v) => [v.startDate, v.country, v.type]),
    [
      ['2003-10-05', 'KEN', 'state'],
      ['2008-09-14', 'GHA', 'state'],
    ],
  );
});

test('a truncated file is rejected naming the file and the unclosed <visit>, and nothing is returned', () => {
  const text = fixture('2020.xml');
  const cut = text.slice(0, text.indexOf('<description>State Visit.'));
  rejects(cut, (e) => {
    assert.equal(e.location.field, 'visit');
    assert.equal(e.location.line, 39);
    assert.match(e.message, /cut short.*visit #4/);
  });
  rejects(text.slice(0, text.lastIndexOf('</visits>')), (e) => assert.equal(e.location.field, 'visits'));
  rejects('', (e) => assert.match(e.message, /not well-formed/));
});

test('a visit without a date is rejected naming the file, line and element', () => {
  const text = fixture('2020.xml').replace('<start-date>2024-05-23</start-date>', '');
  rejects(text, (e) => {
    assert.equal(e.location.field, 'start-date');
    assert.equal(e.location.line, 39);
    assert.match(e.message, /visit #4 has no <start-date>/);
  });
  const bad = fixture('2020.xml').replace(
    '<start-date>2024-05-23</start-date>',
    '<start-date>2024-02-30</start-date>',
  );
  rejects(bad, (e) => assert.match(e.message, /not a date/));
});

test('an unknown country slug is rejected with suggestions, never dropped', () => {
  const text = fixture('2020.xml').replace('<from id="kenya">Kenya</from>', '<from id="kenia">Kenia</from>');
  rejects(text, (e) => {
    assert.equal(e.location.field, 'from');
    assert.equal(e.location.line, 15);
    assert.equal(e.kind, 'unknown');
    assert.match(e.message, /unknown country slug 'kenia'/);
    assert.ok(
      e.suggestions.some((s) => s.startsWith('KEN')),
      e.suggestions.join(),
    );
  });
});

test('other bad records: repeated id, end before start, missing visitor', () => {
  const text = fixture('2020.xml');
  rejects(text.replace('<id>2996</id>', '<id>2991</id>'), (e) => assert.match(e.message, /repeats visit #1/));
  rejects(text.replace('<end-date>2024-05-23</end-date>', '<end-date>2024-05-22</end-date>'), (e) =>
    assert.equal(e.location.field, 'end-date'),
  );
  rejects(text.replace('<visitor>President William Ruto</visitor>', '<visitor/>'), (e) =>
    assert.equal(e.location.field, 'visitor'),
  );
});

test('visitor titles, including the misspellings in the data', () => {
  const cases: [string, string | null][] = [
    ['President William Ruto', 'President'],
    ['Prime Minister Kyriakos Mitsotakis', 'Prime Minister'],
    ['Prime Minster Mackenzie King', 'Prime Minister'],
    ['President-elect Vicente Fox', 'President-elect'],
    ['King Abdullah II', 'King'],
    ['Federal Chancellor Sebastian Kurz', 'Chancellor'],
    ['Valdas Adamkus', null],
  ];
  for (const [visitor, role] of cases) assert.equal(visitorRole(visitor), role, visitor);
});

test('a file cut at any point before its end is rejected whole, never parsed in part', () => {
  const text = fixture('2020.xml');
  const end = text.lastIndexOf('</visits>') + '</visits>'.length;
  let rejected = 0;
  for (let cut = 0; cut < end; cut++) {
    assert.throws(
      () => parseVisits(text.slice(0, cut), file, slugs),
      (e: unknown) => e instanceof InputError && e.location.file === file,
      `cut at ${cut}`,
    );
    rejected++;
  }
  assert.equal(rejected, end);
  assert.equal(parseVisits(text.slice(0, end), file, slugs).length, 4);
});

test('records written in the Historian format read back field for field (entities, wrapping, positions)', () => {
  const names = ['Kenya', 'Ghana', 'France', 'Trinidad & Tobago'];
  const slugOf: Record<string, string> = {
    Kenya: 'kenya',
    Ghana: 'ghana',
    France: 'france',
    'Trinidad & Tobago': 'trinidad-and-tobago',
  };
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const visit = fc.record({
    day: fc.integer({ min: 0, max: 40_000 }),
    length: fc.integer({ min: 0, max: 30 }),
    visitor: fc.constantFrom('President A <B>', 'King C & D', 'Prime Minister E'),
    country: fc.constantFrom(...names),
    words: fc.array(
      fc.constantFrom('State', 'visit.', 'Met', 'with', '&', 'the', '<President>', '\n            '),
      {
        maxLength: 12,
      },
    ),
  });
  fc.assert(
    fc.property(fc.array(visit, { minLength: 1, maxLength: 8 }), (vs) => {
      const iso = (d: number) => new Date(Date.UTC(1900, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
      const body = vs
        .map(
          (v, i) =>
            `    <visit>\n        <id>${i + 1}</id>\n        <start-date>${iso(v.day)}</start-date>\n        <end-date>${iso(v.day + v.length)}</end-date>\n` +
            `        <visitor>${esc(v.visitor)}</visitor>\n        <from id="${slugOf[v.country]}">${esc(v.country)}</from>\n` +
            `        <description>${esc(v.words.join(' '))}</description>\n    </visit>\n`,
        )
        .join('');
      const text = `<?xml version="1.0" encoding="UTF-8"?>\n<visits>\n${body}</visits>\n`;
      const parsed = parseVisits(text, 'gen.xml', slugs);
      const starts: number[] = [];
      for (let i = text.indexOf('<visit>'); i >= 0; i = text.indexOf('<visit>', i + 1)) {
        starts.push(text.slice(0, i).split('\n').length);
      }
      assert.equal(parsed.length, vs.length);
      parsed.forEach((p, i) => {
        assert.equal(p.startDate, iso(vs[i].day));
        assert.equal(p.endDate, iso(vs[i].day + vs[i].length));
        assert.equal(p.visitor, vs[i].visitor);
        assert.equal(p.countryLabel, vs[i].country);
        assert.equal(p.description, vs[i].words.join(' ').replace(/\s+/g, ' ').trim());
        assert.equal(p.sourcePosition, i + 1);
        assert.equal(p.sourceLine, starts[i]);
      });
    }),
    { numRuns: 50 },
  );
});
