import { parseIds } from '../../sources/ids/parseIds.js';
import { debtCreditorsTable, debtRows } from '../../store/financeTables.js';
import type { DatasetBuilder } from '../dataset.js';

const files = {
  stocks: 'finance/wb_ids_africa_ppg_debt_stocks_by_creditor_2000_2024.csv',
  service: 'finance/wb_ids_africa_ppg_debt_service_by_creditor_2000_2030.csv',
};
const repo = 'https://github.com/ONEcampaign/africa_debt_overview';

export const debtDataset: DatasetBuilder = {
  id: 'debt',
  title: 'External public debt of African debtors by creditor (stocks and debt service)',
  publisher: 'World Bank, International Debt Statistics (extract by ONE Campaign)',
  version:
    'IDS as pulled by ONEcampaign/africa_debt_overview at commit bef06d9e (stocks 2000-2024, service 2000-2030)',
  license: 'World Bank data CC BY 4.0; extract MIT',
  inputs: [
    { path: files.stocks, url: `${repo}/blob/main/output/chart_1_download.csv` },
    { path: files.service, url: `${repo}/blob/main/output/chart_5_download.csv` },
  ],
  dependsOn: ['countries'],
  async build(ctx) {
    const stocks = parseIds(await ctx.readText(files.stocks), files.stocks, 'stock', ctx.concordance);
    const service = parseIds(await ctx.readText(files.service), files.service, 'service', ctx.concordance);
    const all = [...stocks, ...service];
    await ctx.writeTable(debtCreditorsTable, debtRows(all));
    const years = all.map((r) => r.year);
    const institutions = [
      ...new Set(all.filter((r) => r.creditorKind === 'institution').map((r) => r.creditorName)),
    ];
    ctx.log(`debt: ${stocks.length} stock values, ${service.length} service values`);
    return {
      coverage: {
        from: Math.min(...years),
        to: Math.max(...years),
        countries: new Set(all.filter((r) => r.debtor).map((r) => r.debtor)).size,
      },
      notes: [
        `Stocks: ${stocks.length} values; service: ${service.length} values (principal plus interest, summed by ONE).`,
        'Debt service after 2024 is IDS contractual projection (projected = true), not payments made.',
        'Regional aggregates (Africa / Sub-Saharan Africa, excluding high income) are kept as debtor_group, never as countries.',
        `Creditors: countries resolved through the concordance; "All creditors" is the total of a category; Bondholders and Multiple Lenders are their own kinds; ${institutions.length} other names are institutions.`,
        'Zero or empty debtor-creditor pairs were dropped by ONE; a handful of small negative values are kept as published.',
      ],
    };
  },
};
