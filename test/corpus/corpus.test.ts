import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { InputError } from '../../src/errors.js';
import { buildSnapshot } from '../../src/snapshot/build.js';
import { fixtureRawDir } from '../../src/sources/testing/fixtures.js';
import { corpusParsers, corpusText } from './parsers.js';

/**
 * Crafted bad publisher files (test/corpus/<parser>/<case>), each with the location its error must
 * name: [case, line, field]. The folder names the parser (./parsers.ts). `undefined`: that part of
 * the location is not asserted (structural CSV errors name a line but no column).
 * Each file is a committed fixture with one thing broken.
 */
const cases: [string, number | undefined, string | undefined][] = [
  ['csv/unterminated-quote.csv', 7, undefined],
  ['csv/ragged-short.csv', 4, undefined],
  ['csv/ragged-long.csv', 5, undefined],
  ['csv/empty.csv', 1, undefined],
  ['csv/bom-only.csv', 1, undefined],
  ['csv/stray-quote-ragged.csv', 7, undefined],
  ['csv/duplicate-column.csv', 1, 'name'],
  ['csv/latin1.csv', 3, undefined],
  ['unvotes-rollcalls/rcid-not-integer.csv', 2, 'rcid'],
  ['unvotes-rollcalls/duplicate-rcid.csv', 3, 'rcid'],
  ['unvotes-rollcalls/impossible-date.csv', 4, 'date'],
  ['unvotes-rollcalls/us-style-date.csv', 5, 'date'],
  ['unvotes-rollcalls/session-not-integer.csv', 2, 'session'],
  ['unvotes-rollcalls/important-flag-2.csv', 3, 'importantvote'],
  ['unvotes-rollcalls/amend-flag-yes.csv', 4, 'amend'],
  ['unvotes-rollcalls/missing-column-descr.csv', 1, 'descr'],
  ['unvotes-issues/unknown-issue-code.csv', 3, 'short_name'],
  ['unvotes-issues/issue-for-unknown-rollcall.csv', 4, 'rcid'],
  ['unvotes-issues/rcid-blank.csv', 5, 'rcid'],
  ['unvotes-votes/unknown-vote.csv', 3, 'vote'],
  ['unvotes-votes/vote-on-unknown-rollcall.csv', 4, 'rcid'],
  ['unvotes-votes/unknown-country-code.csv', 6, 'country_code'],
  ['unvotes-votes/second-vote-same-state.csv', 7, 'country'],
  ['unvotes-votes/vote-prototype-key.csv', 8, 'vote'],
  ['unvotes-votes/code-prototype-key.csv', 9, 'country_code'],
  ['undl-wide/unknown-council.csv', 2, 'Council'],
  ['undl-wide/bad-date.csv', 3, 'Date'],
  ['undl-wide/token-not-integer.csv', 4, 'token'],
  ['undl-wide/unknown-vote-cell.csv', 5, 'KENYA'],
  ['undl-wide/unknown-country-column.csv', 1, 'WAKANDA'],
  ['undl-wide/vote-in-unmapped-column.csv', 6, 'DONOTKNOW'],
  ['undl-wide/duplicate-columns-disagree.csv', 2, 'Aa UNITED STATES'],
  ['undl-long/unknown-column.csv', 1, 'total_members_present'],
  ['undl-long/missing-vote-column.csv', 1, 'ms_voting_intention'],
  ['undl-long/repeated-column.csv', 1, 'ms_codes'],
  ['undl-long/unknown-vote.csv', 3, 'ms_vote'],
  ['undl-long/bad-date.csv', 4, 'date'],
  ['undl-long/date-differs-within-record.csv', 5, 'date'],
  ['undl-long/resolution-differs-within-record.csv', 6, 'resolution'],
  ['undl-long/record-id-not-integer.csv', 7, 'undl_id'],
  ['undl-long/unknown-state.csv', 8, 'ms_code'],
  ['undl-long/total-not-a-count.csv', 19, 'total_yes'],
  ['undl-long/blank-resolution.csv', 19, 'resolution'],
  ['undl-long/two-votes-one-state.csv', 20, 'ms_vote'],
  ['dgacm/unknown-member-name.json', 3, 'MS_in_favour'],
  ['dgacm/bad-date.json', 2, 'adoption_date'],
  ['dgacm/unknown-adoption-type.json', 3, 'adoption_type'],
  ['dgacm/state-in-two-lists.json', 3, 'MS_against'],
  ['dgacm/bad-symbol.json', 1, 'symbol'],
  ['dgacm/unknown-sponsor.json', 1, 'sponsors'],
  ['dgacm/count-not-a-number.json', 3, 'MS_against_count'],
  ['dgacm/not-json.json', 3, '(record)'],
  ['countrycode/invalid-iso3.csv', 16, 'iso3c'],
  ['countrycode/duplicate-iso3.csv', 28, 'iso3c'],
  ['countrycode/cown-not-a-number.csv', 16, 'cown'],
  ['imfdots/year-not-a-year.csv', 3, 'year'],
  ['imfdots/exports-not-a-number.csv', 4, 'exports_fob_usd_mn'],
  ['imfdots/missing-year-column.csv', 1, 'year'],
  ['ids/year-not-a-year.csv', 3, 'year'],
  ['ids/unknown-category.csv', 4, 'category'],
  ['ids/value-not-a-number.csv', 5, 'value'],
  ['ids-service/unknown-series.csv', 4, 'series_code'],
  ['ids-service/value-not-a-number.csv', 5, 'value'],
  ['ids-service/unknown-creditor.csv', 6, 'counterpart_area'],
  ['ids-service/duplicate-row.csv', 8, 'value'],
  ['voting-ibrd/two-dates.csv', 3, 'as_of_date'],
  ['voting-ibrd/percentage-not-a-number.csv', 4, 'percentage_of_total_votes'],
  ['voting-ida/unknown-member.csv', 5, 'member_country'],
  ['voting-ida/date-not-iso.csv', 3, 'as_of_date'],
  ['voting-imf/member-twice.csv', 4, 'member'],
  ['voting-imf/percentage-over-100.csv', 6, 'vote_percentage'],
  ['kenya-register/bad-agreement-date.csv', 2, 'agreement_date'],
  ['kenya-register/amount-not-a-number.csv', 2, 'revised_financed_amount'],
  ['cla/amount-not-an-amount.csv', 2, '$ Allocation'],
  ['cla/year-not-a-year.csv', 3, 'Year'],
  ['bu/amount-not-an-amount.csv', 2, 'AMOUNT'],
  ['imf-sdmx/wrong-header.csv', 1, 'COUNTRY.ID'],
  ['imf-sdmx/duplicated-column.csv', 1, 'OBS_VALUE'],
  ['imf-sdmx/value-not-a-number.csv', 7, 'OBS_VALUE'],
  ['imf-sdmx/unknown-country-code.csv', 9, 'COUNTERPART_COUNTRY.ID'],
  ['imf-sdmx/unknown-scale.csv', 11, 'SCALE.ID'],
  ['imf-sdmx/scale-id-and-name-disagree.csv', 3, 'SCALE.ID'],
  ['us-aid/transaction-name-mismatch.csv', 4, 'Transaction Type Name'],
  ['us-aid/bad-fiscal-year.csv', 5, 'Fiscal Year'],
  ['us-aid/amount-not-whole.csv', 3, 'current_amount'],
  ['aiddata/unknown-cow-code.csv', 4, 'ccode'],
  ['aiddata/negative-oda.csv', 5, 'oda_amt'],
  ['historian-visits/cut-short.xml', 9, 'description'],
  ['historian-visits/unknown-country-slug.xml', 3, 'from'],
  ['historian-visits/bad-start-date.xml', 3, 'start-date'],
  ['historian-travels/cut-short.xml', 17, 'trip'],
  ['chinavitae/date-not-mm-dd-yy.csv', 3, 'date'],
  ['chinavitae/year-not-the-dates.csv', 4, 'year'],
  ['chinavitae/unknown-leader.csv', 5, 'leader'],
  ['chinavitae/empty-text.csv', 6, 'text'],
  ['sipri-register/missing-semicolon.csv', 15, undefined],
  ['sipri-register/delivery-year-not-a-year.csv', 16, 'Delivery year'],
  ['sipri-register/tiv-with-question-mark.csv', 17, 'TIV delivery values'],
  ['sipri-tidy/value-not-a-number.csv', 5, 'value'],
  ['sipri-tidy/empty-recipient.csv', 6, 'recipient'],
  ['troopdata/troops-negative.csv', 7, 'troops_ad'],
  ['troopdata/year-two-digits.csv', 4, 'year'],
  ['atop/flag-not-binary.csv', 8, 'atop_defense'],
  ['atop/year-not-whole.csv', 10, 'year'],
  ['vdem/index-above-one.csv', 4, 'v2x_libdem'],
  ['vdem/bound-outside-estimate.csv', 3, 'v2x_polyarchy'],
  ['vdem/duplicate-country-year.csv', 6, 'year'],
  ['vdem/missing-codehigh-column.csv', 1, 'v2x_libdem_codehigh'],
  ['freedom-house/rating-eight.csv', 3, 'pr'],
  ['freedom-house/unknown-status.csv', 4, 'status'],
  ['freedom-house/missing-status-column.csv', 1, 'status'],
];

test('the corpus has at least 50 cases and every file is listed', async () => {
  assert.ok(cases.length >= 50);
  const files: string[] = [];
  for (const d of Object.keys(corpusParsers)) {
    for (const f of await readdir(new URL(`./${d}/`, import.meta.url)).catch(() => []))
      files.push(`${d}/${f}`);
  }
  assert.deepEqual(files.sort(), cases.map(([c]) => c).sort());
});

for (const [path, line, field] of cases) {
  test(`corpus ${path}: InputError at line ${line ?? '-'}, field ${field ?? '-'}`, () => {
    const file = `test/corpus/${path}`;
    const parse = corpusParsers[path.split('/')[0]];
    assert.throws(
      () => parse(corpusText(path), file),
      (e: unknown) => {
        assert.ok(e instanceof InputError, `an InputError, not ${String(e)}`);
        assert.equal(e.location.file, file);
        if (line !== undefined) assert.equal(e.location.line, line, e.message);
        if (field !== undefined) assert.equal(e.location.field, field, e.message);
        assert.ok(e.describe().startsWith(file), 'the message starts with the location');
        return true;
      },
    );
  });
}

// Nothing partially stored: a build fed a corpus file fails and leaves the snapshot byte-identical.
let work: string;
let data: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-corpus-'));
  data = join(work, 'data');
  await buildSnapshot({ rawDir: fixtureRawDir, dataDir: data, only: ['countries', 'unga'] });
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile()) out.set(path, (await readFile(path)).toString('base64'));
  }
  return out;
}

const inBuild: [string, string][] = [
  ['unvotes-votes/vote-prototype-key.csv', 'unga/unvotes_un_votes.csv.gz'],
  ['undl-wide/duplicate-columns-disagree.csv', 'unga/undl_ga_sc_votes_wide_1946_2021.csv.gz'],
  ['undl-long/two-votes-one-state.csv', 'unga/undl_ga_voting.csv'],
  ['countrycode/duplicate-iso3.csv', 'codes/countrycode_codelist_without_cldr.csv'],
  ['sipri-register/missing-semicolon.csv', 'security/sipri_arms_transfers_register_deliveries_1995_2025.csv'],
];

for (const [path, raw] of inBuild) {
  test(`a build reading corpus ${path} as ${raw} fails and leaves data/ identical`, async () => {
    const rawDir = await mkdtemp(join(work, 'raw-'));
    await cp(fixtureRawDir, rawDir, { recursive: true });
    const text = Buffer.from(corpusText(path), 'utf8');
    await mkdir(dirname(join(rawDir, raw)), { recursive: true });
    await writeFile(join(rawDir, raw), raw.endsWith('.gz') ? gzipSync(text) : text);
    const before = await tree(data);
    await assert.rejects(
      () =>
        buildSnapshot({
          rawDir,
          dataDir: data,
          only: raw.startsWith('codes/')
            ? ['countries', 'unga']
            : raw.startsWith('security/')
              ? ['security']
              : ['unga'],
        }),
      (e: unknown) => e instanceof InputError && e.location.file === raw,
    );
    assert.deepEqual(await tree(data), before);
    assert.deepEqual(
      (await readdir(work)).filter((n) => n.includes('staging') || n.includes('.old-')),
      [],
    );
  });
}
