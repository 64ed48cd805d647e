import { parseBuProjects } from '../../sources/bu/parseBuProjects.js';
import { parseCla } from '../../sources/cla/parseCla.js';
import { parseRegister, registerOutstandingFxYear } from '../../sources/kenyaRegister/parseRegister.js';
import { fxRatesTable, fxRows, loanRows, loansTable } from '../../store/financeTables.js';
import type { DatasetBuilder } from '../dataset.js';

const files = {
  register: 'finance/kenya_external_debt_register_fy2022_23_raw.csv',
  cla: 'finance/cla_chinese_loans_to_africa_2000_2020.csv',
  bu: 'finance/bu_chinese_overseas_finance_projects_kaggle.csv',
};

export const loansDataset: DatasetBuilder = {
  id: 'loans',
  title: 'Loan records: Kenya external debt register, Chinese Loans to Africa, BU overseas finance projects',
  publisher:
    'Kenya National Treasury (via m-mburu/KenyaExternalDebtRegister); BU Global Development Policy Center / SAIS-CARI (via Kaggle "chinese-debt-trap")',
  version:
    'Register FY2022/23 (raw extraction, commit 446c90aa); CLA 2000-2020 edition; BU project list 2008-2019',
  license:
    'Kenya Treasury public document; BU GDP Center data: cite the Center (terms not stated in the copy)',
  inputs: [
    {
      path: files.register,
      url: 'https://github.com/m-mburu/KenyaExternalDebtRegister/blob/main/data/raw/public_debt.csv',
    },
    { path: files.cla, url: 'https://www.bu.edu/gdp/chinese-loans-to-africa-database/' },
    { path: files.bu, url: 'https://www.bu.edu/cdf/' },
  ],
  dependsOn: ['countries'],
  async build(ctx) {
    const register = parseRegister(await ctx.readText(files.register), files.register);
    const cla = parseCla(await ctx.readText(files.cla), files.cla, ctx.concordance);
    const bu = parseBuProjects(await ctx.readText(files.bu), files.bu, ctx.concordance);
    const all = [...register, ...cla, ...bu];
    await ctx.writeTable(loansTable, loanRows(all));
    const used = new Set<string>();
    for (const r of register) {
      if (r.currency === 'USD') continue;
      const code = r.currency === 'AUA' ? 'XDR' : r.currency;
      used.add(`${code}:${r.fxYear}`);
      used.add(`${code}:${registerOutstandingFxYear}`);
    }
    await ctx.writeTable(fxRatesTable, fxRows(used));
    const repeats = register.filter((r) => r.repeatOf).length;
    const revised = register.filter((r) => r.amountBasis === 'revised').length;
    ctx.log(`loans: register ${register.length}, CLA ${cla.length}, BU ${bu.length}`);
    const years = all.map((r) => r.year);
    return {
      coverage: {
        from: Math.min(...years),
        to: Math.max(...years),
        countries: new Set(all.map((r) => r.borrowerCountry).filter(Boolean)).size,
      },
      notes: [
        `Kenya register: ${register.length} loans; amounts converted to US$ at the annual average rate of the agreement year, outstanding at 30 June 2023 at the 2023 average (fx_rates).`,
        `Kenya register: ${repeats} tranche rows repeat their facility's financed amount and carry no committed amount (repeat_of); ${revised} rows with a placeholder original amount use the revised amount.`,
        "Kenya register: creditor names split by the PDF extraction are rejoined (docs/data/finance.md); JPK is thousands of yen (JPY × 1000); AUA (AfDB unit of account) equals one SDR; sovereign bonds are lender_category 'bonds'.",
        `CLA: ${cla.length} loans; BU: ${bu.length} projects. Both are Chinese lenders by construction; they overlap for African loans, so never add their totals together.`,
      ],
    };
  },
};
