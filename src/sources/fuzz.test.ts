import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { parseAiddata } from './aiddata/parseAiddata.js';
import { parseAtop } from './atop/parseAtop.js';
import { parseBuProjects } from './bu/parseBuProjects.js';
import { parseEngagements } from './chinavitae/parseEngagements.js';
import { sampleText as chinaVitaeSample } from './chinavitae/testing.js';
import { parseCla } from './cla/parseCla.js';
import { parseCodelist } from './countrycode/parseCodelist.js';
import { parseCsv } from './csv/readCsv.js';
import { parseDgacm } from './dgacm/parseDgacm.js';
import { fixtureConcordance as financeConcordance, readFixture } from './financeFixtures.js';
import { parseFreedomHouse } from './freedomHouse/parseFreedomHouse.js';
import { parseCodeTable, parsePresidents, parseTravels } from './historian/parseTravels.js';
import { parseVisits } from './historian/parseVisits.js';
import { SlugResolver } from './historian/slugs.js';
import { parseIds } from './ids/parseIds.js';
import { parseIdsService } from './ids/parseIdsService.js';
import { parseDots } from './imfDots/parseDots.js';
import { parseImfSdmxCsv } from './imfSdmxCsv/parseImfSdmxCsv.js';
import { parseRegister } from './kenyaRegister/parseRegister.js';
import { readSecurityFixture, securityFiles } from './securityFixtures.js';
import { parseSipriRegister } from './sipri/parseRegister.js';
import { parseSipriTidy } from './sipri/parseTidy.js';
import { fixtureConcordance, fixtureText } from './testing/fixtures.js';
import { type FuzzTarget, fuzz, headLines, target } from './testing/fuzz.js';
import { parseTroops } from './troopdata/parseTroops.js';
import { parseUndlLong } from './undl/parseUndlLong.js';
import { parseUndlWide } from './undl/parseUndlWide.js';
import { parseUndlWide2025 } from './undl/parseUndlWide2025.js';
import { attachIssues, parseRollCalls, parseVotes } from './unvotes/parseUnvotes.js';
import { parseUsAid } from './usAid/parseUsAid.js';
import { parseVdem } from './vdem/parseVdem.js';
import {
  parseIbrdVotingPower,
  parseIdaVotingPower,
  parseImfVotingPower,
} from './votingPower/parseVotingPower.js';

// Every parser of src/sources, fuzzed with 10,000 malformed variants of small valid seeds (fixed
// seed, so a failure reproduces). Adding a parser is one line in `targets`.

/** Memoised: built once, not per run. */
const once = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
};
const c = fixtureConcordance;
const fc2 = once(financeConcordance);
const file = (path: string) => fixtureText(path);
const local = (rel: string) => {
  const bytes = readFileSync(new URL(rel, import.meta.url));
  return (rel.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
};
const voetenOnce = once(() => parseRollCalls(file('unga/unvotes_un_roll_calls.csv.gz'), 'rc.csv'));
/** A fresh copy of the roll calls (attachIssues mutates them). */
const voeten = () => voetenOnce().map((r) => ({ ...r, issues: [...r.issues] }));
const historian = (path: string) => local(`./historian/fixtures/raw/${path}`);
const slugs = once(() => new SlugResolver(c()));
const travelCodes = once(() => ({
  roles: parseCodeTable(historian('us-state-dept-travels/code-tables/travel-role-codes.xml'), 'roles.xml'),
  presidents: new Set(
    parsePresidents(historian('us-state-dept-travels/presidents/presidents.xml'), 'presidents.xml').map(
      (p) => p.id,
    ),
  ),
}));

const targets: FuzzTarget[] = [
  target(
    'csv/parseCsv',
    () => [headLines(file('unga/unvotes_un_roll_calls.csv.gz'), 6)],
    (t, f) => parseCsv(t, f),
  ),
  target(
    'countrycode/parseCodelist',
    () => [file('codes/countrycode_codelist_without_cldr.csv')],
    (t, f) => parseCodelist(t, f),
  ),
  target(
    'unvotes/parseRollCalls',
    () => [file('unga/unvotes_un_roll_calls.csv.gz')],
    (t, f) => parseRollCalls(t, f),
  ),
  target(
    'unvotes/attachIssues',
    () => [file('unga/unvotes_un_roll_call_issues.csv')],
    (t, f) => attachIssues(voeten(), t, f),
  ),
  target(
    'unvotes/parseVotes',
    () => [headLines(file('unga/unvotes_un_votes.csv.gz'), 40)],
    (t, f) => parseVotes(t, f, voeten(), c()),
  ),
  target(
    'undl/parseUndlWide',
    () => [file('unga/undl_ga_sc_votes_wide_1946_2021.csv.gz')],
    (t, f) => parseUndlWide(t, f, c()),
  ),
  target(
    'undl/parseUndlLong',
    () => [headLines(file('unga/undl_ga_voting.csv'), 40), local('./undl/fixtures/ga_voting_2024_09_12.csv')],
    (t, f) => parseUndlLong(t, f, c()),
  ),
  target(
    'undl/parseUndlWide2025',
    () => [local('./undl/fixtures/undl_ga_sc_votes_wide_2025_head.csv')],
    (t, f) => parseUndlWide2025(t, f, fc2()),
  ),
  target(
    'dgacm/parseDgacm',
    () => [local('./dgacm/fixtures/sample.json')],
    (t, f) => parseDgacm(t, f),
  ),
  target(
    'imfDots/parseDots',
    () => [
      headLines(local('./imfDots/fixtures/raw/trade/imf_dots_exports_fob_by_partner_1960_2020.csv.gz'), 30),
    ],
    (t, f) => parseDots(t, f),
  ),
  target(
    'ids/parseIds',
    () => [headLines(readFixture('finance/wb_ids_africa_ppg_debt_stocks_by_creditor_2000_2024.csv'), 30)],
    (t, f) => parseIds(t, f, 'stock', fc2()),
  ),
  target(
    'ids/parseIdsService',
    () => [
      headLines(
        local(
          '../snapshot/datasets/fixtures/raw/finance/wb_ids_ppg_debt_service_by_creditor_all_debtors_2000_2025.csv.gz',
        ),
        30,
      ),
    ],
    (t, f) => parseIdsService(t, f, fc2()),
  ),
  target(
    'votingPower/parseIbrdVotingPower',
    () => [headLines(readFixture('finance/ibrd_subscriptions_and_voting_power_2023-02-06.csv'), 20)],
    (t, f) => parseIbrdVotingPower(t, f, fc2()),
  ),
  target(
    'votingPower/parseIdaVotingPower',
    () => [headLines(readFixture('finance/ida_voting_power_2022-12-31.csv'), 20)],
    (t, f) => parseIdaVotingPower(t, f, fc2()),
  ),
  target(
    'votingPower/parseImfVotingPower',
    () => [headLines(readFixture('finance/imf_voting_power_circa_2016.csv'), 20)],
    (t, f) => parseImfVotingPower(t, f, fc2()),
  ),
  target(
    'kenyaRegister/parseRegister',
    () => [headLines(readFixture('finance/kenya_external_debt_register_fy2022_23_raw.csv'), 20)],
    (t, f) => parseRegister(t, f),
  ),
  target(
    'cla/parseCla',
    () => [headLines(readFixture('finance/cla_chinese_loans_to_africa_2000_2020.csv'), 25)],
    (t, f) => parseCla(t, f, fc2()),
  ),
  target(
    'bu/parseBuProjects',
    () => [headLines(readFixture('finance/bu_chinese_overseas_finance_projects_kaggle.csv'), 20)],
    (t, f) => parseBuProjects(t, f, fc2()),
  ),
  target(
    'imfSdmxCsv/parseImfSdmxCsv (DIP)',
    () => [
      headLines(
        readFixture('finance/imf_dip_outward_direct_investment_positions_usa_chn_deu_jpn_sgp_2014_2024.csv'),
        25,
      ),
    ],
    (t, f) =>
      parseImfSdmxCsv(t, f, fc2(), {
        indicators: ['OTWD_D_NETAL_FALL_ALL'],
        undeclaredScale: 'keep',
        dvTypes: ['O', 'SCC'],
      }),
  ),
  target(
    'imfSdmxCsv/parseImfSdmxCsv (IMTS)',
    () => [headLines(local('./imfSdmxCsv/fixtures/imts_good.csv'), 20)],
    (t, f) =>
      parseImfSdmxCsv(t, f, fc2(), { indicators: ['XG_FOB_USD', 'MG_CIF_USD'], undeclaredScale: 'error' }),
  ),
  target(
    'usAid/parseUsAid',
    () => [headLines(readFixture('finance/us_foreign_assistance_by_country_fy1946_2024.csv'), 25)],
    (t, f) => parseUsAid(t, f, fc2()),
  ),
  target(
    'aiddata/parseAiddata',
    () => [
      headLines(
        readFixture('finance/aiddata_gcdf3_chinese_development_finance_cow_country_year_2000_2021.csv'),
        25,
      ),
    ],
    (t, f) => parseAiddata(t, f, fc2()),
  ),
  target(
    'chinavitae/parseEngagements',
    () => [headLines(chinaVitaeSample(), 25)],
    (t, f) => parseEngagements(t, f, c()),
  ),
  target(
    'historian/parseVisits',
    () => [historian('us-state-dept-visits/2000.xml'), historian('us-state-dept-visits/2020.xml')],
    (t, f) => parseVisits(t, f, slugs()),
  ),
  target(
    'historian/parseTravels',
    () => [
      historian('us-state-dept-travels/president-travels/obama-barack.xml'),
      historian('us-state-dept-travels/secretary-travels/blinken-antony-j.xml'),
    ],
    (t, f) => parseTravels(t, f, slugs(), travelCodes()),
  ),
  target(
    'historian/parsePresidents',
    () => [historian('us-state-dept-travels/presidents/presidents.xml')],
    (t, f) => parsePresidents(t, f),
  ),
  target(
    'historian/parseCodeTable',
    () => [historian('us-state-dept-travels/code-tables/travel-role-codes.xml')],
    (t, f) => parseCodeTable(t, f),
  ),
  target(
    'sipri/parseSipriRegister',
    () => [headLines(readSecurityFixture(securityFiles.register), 24)],
    (t, f) => parseSipriRegister(t, f),
  ),
  target(
    'sipri/parseSipriTidy',
    () => [headLines(readSecurityFixture(securityFiles.tidy), 20)],
    (t, f) => parseSipriTidy(t, f),
  ),
  target(
    'troopdata/parseTroops',
    () => [headLines(readSecurityFixture(securityFiles.troops), 20)],
    (t, f) => parseTroops(t, f),
  ),
  target(
    'atop/parseAtop',
    () => [headLines(readSecurityFixture(securityFiles.atop), 20)],
    (t, f) => parseAtop(t, f),
  ),
  target(
    'vdem/parseVdem',
    () => [headLines(file('values/vdem_simple_1789_2024.csv.gz'), 12)],
    (t, f) => parseVdem(t, f, c()),
  ),
  target(
    'freedomHouse/parseFreedomHouse',
    () => [headLines(file('values/freedom_house_fiw_1972_2024.csv'), 20)],
    (t, f) => parseFreedomHouse(t, f, c()),
  ),
];

const runs = Number(process.env.BEARING_FUZZ_RUNS ?? 10_000);

for (const t of targets) {
  test(`fuzz ${t.name}: ${runs} malformed inputs, only located InputErrors`, () => {
    const report = fuzz(t, { runs });
    assert.ok(report.rejected > 0, 'the mutations reach the parser’s checks');
  });
}

test('the harness catches crashes and unlocated errors, and is deterministic', async () => {
  const { InputError } = await import('../errors.js');
  const seeds = () => ['a,b\n1,2\n3,4\n'];
  const crashing = target('test/crash', seeds, (t) => {
    if (t.includes('"')) throw new TypeError('boom');
  });
  assert.throws(
    () => fuzz(crashing, { runs: 2000 }),
    /test\/crash, run \d+ \(seed 20261127\).*threw TypeError: boom/s,
  );
  const unlocated = target('test/unlocated', seeds, (t, file) => {
    if (t.length < 5) throw new InputError('too short', { location: { file } });
  });
  assert.throws(() => fuzz(unlocated, { runs: 2000 }), /error names a line or field/);
  const ok = target('test/ok', seeds, (t, file) => parseCsv(t, file));
  assert.deepEqual(fuzz(ok, { runs: 500 }).rejected, fuzz(ok, { runs: 500 }).rejected);
});
