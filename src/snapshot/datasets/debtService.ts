import { parseIdsService } from '../../sources/ids/parseIdsService.js';
import {
  parseIbrdVotingPower,
  parseIdaVotingPower,
  parseImfVotingPower,
} from '../../sources/votingPower/parseVotingPower.js';
import {
  debtServiceRows,
  debtServiceTable,
  votingPowerRows,
  votingPowerTable,
} from '../../store/debtServiceTables.js';
import type { DatasetBuilder } from '../dataset.js';

const serviceFile = 'finance/wb_ids_ppg_debt_service_by_creditor_all_debtors_2000_2025.csv.gz';

export const debtServiceDataset: DatasetBuilder = {
  id: 'debtservice',
  title: 'External public debt service of every IDS debtor by creditor (principal and interest)',
  publisher: 'World Bank, International Debt Statistics (series pulled by ONE Campaign)',
  version:
    'IDS 2024 edition (actuals to 2022, projections 2023-2025) as pulled by ONEcampaign/net_flows at commit ecfe4b6e, 14 DT.{AMT,INT}.*.CD series concatenated',
  license: 'World Bank data CC BY 4.0; extract MIT',
  inputs: [
    {
      path: serviceFile,
      url: 'https://github.com/ONEcampaign/net_flows/tree/ecfe4b6e6d4567b811ccb845a6c3162217353ed7/raw_data/ids_data',
    },
  ],
  dependsOn: ['countries'],
  async build(ctx) {
    const records = parseIdsService(await ctx.readText(serviceFile), serviceFile, ctx.concordance);
    await ctx.writeTable(debtServiceTable, debtServiceRows(records));
    const countries = new Set(records.filter((r) => r.debtor).map((r) => r.debtor));
    const groups = new Set(records.filter((r) => r.debtorGroup).map((r) => r.debtorGroup));
    let from = Number.POSITIVE_INFINITY;
    let to = Number.NEGATIVE_INFINITY;
    for (const r of records) {
      from = Math.min(from, r.year);
      to = Math.max(to, r.year);
    }
    const institutions = new Set(
      records.filter((r) => r.creditorInstitution).map((r) => r.creditorInstitution),
    );
    ctx.log(`debtservice: ${records.length} values, ${countries.size} debtor countries`);
    return {
      coverage: { from, to, countries: countries.size },
      notes: [
        `${records.length} values: principal (DT.AMT) and interest (DT.INT) by creditor and category for ${countries.size} debtor countries and ${groups.size} World Bank aggregates (kept as debtor_group, never as countries).`,
        'Actual payments 2000-2022; 2023-2025 are IDS contractual projections (projected = true) on debt outstanding at the end of 2022.',
        'Concessional rows (BLTC, MLTC) are "of which" parts of the bilateral and multilateral rows with the same keys: never added to totals.',
        `Creditors cleaned of non-breaking-space padding; resolved to countries through the concordance or to ${institutions.size} named institutions (src/finance/institutions.ts); "World" is the category total. The IMF is not a creditor in these series (IDS reports IMF credit apart).`,
        'No stocks here: debt stocks by creditor exist in the snapshot for African debtors only (dataset debt).',
      ],
    };
  },
};

const ibrdFile = 'finance/ibrd_subscriptions_and_voting_power_2023-02-06.csv';
const idaFile = 'finance/ida_voting_power_2022-12-31.csv';
const imfFile = 'finance/imf_voting_power_circa_2016.csv';

export const votingPowerDataset: DatasetBuilder = {
  id: 'votingpower',
  title: 'Voting power of members in the IBRD, IDA and the IMF (one date each)',
  publisher:
    'World Bank Finances One (IBRD, IDA); IMF (members\u2019 quotas and voting power, via a course repository)',
  version: 'IBRD 2023-02-06, IDA 2022-12-31, IMF circa 2016 (after the 14th General Review of Quotas)',
  license: 'World Bank data CC BY 4.0; IMF copy: no licence stated',
  inputs: [
    { path: ibrdFile, url: 'https://finances.worldbank.org/d/rcx4-r7xj' },
    { path: idaFile, url: 'https://finances.worldbank.org/d/v84d-dq44' },
    {
      path: imfFile,
      url: 'https://github.com/yukiw997/PLSC31101-finalproject-YukiWang/blob/5bf92f7504a872108256cfbb9afef64ec7ae2bf7/data/votes.csv',
    },
  ],
  dependsOn: ['countries'],
  async build(ctx) {
    const ibrd = parseIbrdVotingPower(await ctx.readText(ibrdFile), ibrdFile, ctx.concordance);
    const ida = parseIdaVotingPower(await ctx.readText(idaFile), idaFile, ctx.concordance);
    const imf = parseImfVotingPower(await ctx.readText(imfFile), imfFile, ctx.concordance);
    const all = [...ibrd, ...ida, ...imf];
    await ctx.writeTable(votingPowerTable, votingPowerRows(all));
    const total = (xs: typeof all) => (xs.reduce((a, x) => a + x.share, 0) * 100).toFixed(2);
    return {
      coverage: { from: 2016, to: 2023, countries: new Set(all.map((r) => r.member)).size },
      notes: [
        `IBRD: ${ibrd.length} members as of ${ibrd[0].asOf} (shares sum to ${total(ibrd)}%); IDA: ${ida.length} members as of ${ida[0].asOf} (${total(ida)}%); IMF: ${imf.length} members circa 2016 (${total(imf)}%).`,
        'Single dates, no history: the shares are applied to every year when multilateral debt service is attributed to shareholders.',
        'IMF names carry a stray footnote digit in the copy ("Albania3"), dropped; one name was UTF-8 read as Latin-1, repaired.',
      ],
    };
  },
};
