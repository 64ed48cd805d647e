import type { AiddataRecord } from '../../sources/aiddata/parseAiddata.js';
import { parseAiddata } from '../../sources/aiddata/parseAiddata.js';
import type { UsAidRecord } from '../../sources/usAid/parseUsAid.js';
import { parseUsAid } from '../../sources/usAid/parseUsAid.js';
import { aidChinaTable, aidUsTable } from '../../store/aidTables.js';
import type { CellValue } from '../../store/table.js';
import type { DatasetBuilder } from '../dataset.js';

export const usAidFile = 'finance/us_foreign_assistance_by_country_fy1946_2024.csv';
export const aiddataFile = 'finance/aiddata_gcdf3_chinese_development_finance_cow_country_year_2000_2021.csv';

export const aidDataset: DatasetBuilder = {
  id: 'aid',
  title: 'Aid and development finance: US foreign assistance and Chinese development finance by recipient',
  publisher:
    'US Government, ForeignAssistance.gov; AidData (William & Mary), Global Chinese Development Finance 3.0',
  version:
    'ForeignAssistance.gov country totals FY1946-2024 (via jacqpark/Aid-Lending-and-TRIPS-RIO 7cddb43); GCDF 3.0 recipient-year aggregates 2000-2021 (via milesdwilliams15/odadata 3c1f895)',
  license: 'ForeignAssistance.gov: US public domain; AidData GCDF 3.0: ODC-By 1.0',
  inputs: [
    { path: usAidFile, url: 'https://foreignassistance.gov/data' },
    {
      path: aiddataFile,
      url: 'https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0',
    },
  ],
  dependsOn: ['countries'],
  async build(ctx) {
    const us = parseUsAid(await ctx.readText(usAidFile), usAidFile, ctx.concordance);
    const cn = parseAiddata(await ctx.readText(aiddataFile), aiddataFile, ctx.concordance);
    const usRows = await ctx.writeTable(aidUsTable, aidUsRows(us, usAidFile));
    const cnRows = await ctx.writeTable(aidChinaTable, aidChinaRows(cn, aiddataFile));
    const kept = us.filter((r) => r.transaction === 'obligations' || r.transaction === 'disbursements');
    const span = (t: string) => {
      const ys = kept.filter((r) => r.transaction === t).map((r) => r.fiscalYear);
      return `FY${Math.min(...ys)}-${Math.max(...ys)}`;
    };
    const groups = new Set(kept.filter((r) => r.recipient === null).map((r) => r.name));
    const recipients = new Set([
      ...kept.filter((r) => r.recipient).map((r) => r.recipient),
      ...cn.map((r) => r.recipient),
    ]);
    const cnYears = cn.map((r) => r.year);
    ctx.log(`aid: ${usRows} US values, ${cnRows} Chinese recipient-years`);
    return {
      coverage: {
        from: Math.min(...kept.map((r) => r.fiscalYear)),
        to: Math.max(...kept.map((r) => r.fiscalYear)),
        countries: recipients.size,
      },
      notes: [
        `US (aid_us): ${usRows} values, obligations ${span('obligations')} and disbursements ${span('disbursements')}, US fiscal years (FY2024 = Oct 2023 - Sep 2024), current US$ and constant US$ as ForeignAssistance.gov deflates them; ${us.length - kept.length} budget-request and appropriation rows left out (plans, not aid). The 1976 transition quarter (Jul-Sep 1976) is kept as fiscal_year 1976 with transition_quarter true.`,
        `US recipients that are not states (${groups.size}: World, regional programmes, China (Tibet), West Berlin, the Pacific Island Trust Territory) keep recipient null and recipient_group; former states without a code are read by an explicit list (USSR, Czechoslovakia, East Germany, South Vietnam, South Yemen).`,
        `China (aid_china): ${cnRows} recipient-years, ${new Set(cn.map((r) => r.recipient)).size} recipients, commitment years ${Math.min(...cnYears)}-${Math.max(...cnYears)}, constant 2021 US$, projects AidData recommends for aggregates, summed by odadata. Recipients without a Correlates of War code were dropped by odadata.`,
        'Not comparable as they stand: US obligations and disbursements vs Chinese commitments; US fiscal years vs calendar years; two deflators (ForeignAssistance.gov constant 2022 US$ - constant equals current in FY2022 - vs constant 2021 US$); the latest US fiscal years are incomplete (reporting lag: Kenya FY2024 obligations US$153m vs US$0.66-1.03bn in FY2021-2023). AidData records commitments in the year signed; a recipient-year without a row has no recorded commitment.',
      ],
    };
  },
};

// Parser records to table rows: here, where the build meets the parsers, so the store never imports one.
/** Only obligations and disbursements are kept: budget requests and appropriations are plans, not aid given. */
function* aidUsRows(records: readonly UsAidRecord[], file: string): Generator<readonly CellValue[]> {
  for (const r of records) {
    if (r.transaction !== 'obligations' && r.transaction !== 'disbursements') continue;
    yield [
      r.recipient,
      r.recipientGroup,
      r.code,
      r.name,
      r.transaction,
      r.fiscalYear,
      r.transitionQuarter,
      r.currentUsd,
      r.constantUsd,
      file,
      r.line,
    ];
  }
}

function* aidChinaRows(records: readonly AiddataRecord[], file: string): Generator<readonly CellValue[]> {
  for (const r of records) {
    yield [
      r.recipient,
      r.cow,
      r.year,
      r.odaUsd2021,
      r.oofUsd2021,
      r.vagueUsd2021,
      r.odaAdjUsd2021,
      r.oofAdjUsd2021,
      r.vagueAdjUsd2021,
      file,
      r.line,
    ];
  }
}
