import { type DotsEntity, resolveDotsLabels } from '../../sources/imfDots/names.js';
import { type DotsTable, parseDots } from '../../sources/imfDots/parseDots.js';
import type { CellValue } from '../../store/table.js';
import { tradeFlowsTable, tradeGroupFlowsTable, tradeNamesTable } from '../../store/tradeTables.js';
import type { DatasetBuilder } from '../dataset.js';

export const dotsFile = 'trade/imf_dots_exports_fob_by_partner_1960_2020.csv.gz';

export const tradeDataset: DatasetBuilder = {
  id: 'trade',
  title: 'Bilateral trade: IMF Direction of Trade Statistics, exports FOB by partner',
  publisher: 'International Monetary Fund, Direction of Trade Statistics (DOTS)',
  version:
    'annual, US$ millions, 1960-2020 (per-reporter downloads of about 2022, via SamLeBlanc/Direction-of-Trade-Map a0b40af)',
  license: 'IMF data terms (https://www.imf.org/external/terms.htm); repackaging MIT (Sam LeBlanc, 2022)',
  inputs: [{ path: dotsFile, url: 'https://data.imf.org/?sk=9D6028D4-F14A-464C-A2F2-59B2CD424B85' }],
  dependsOn: ['countries'],
  async build(ctx) {
    const table = parseDots(await ctx.readText(dotsFile), dotsFile);
    const entities = resolveDotsLabels(table, ctx.concordance);
    const countries = await ctx.writeTable(tradeFlowsTable, dotsFlowRows(table, entities, 'countries'));
    const groups = await ctx.writeTable(tradeGroupFlowsTable, dotsFlowRows(table, entities, 'groups'));
    await ctx.writeTable(tradeNamesTable, dotsNameRows(table, entities));
    ctx.log(`trade: ${table.line.length} rows, ${countries} between states, ${groups} with an IMF group`);
    let from = Number.POSITIVE_INFINITY;
    let to = Number.NEGATIVE_INFINITY;
    for (const y of table.year) {
      if (y < from) from = y;
      if (y > to) to = y;
    }
    const reporters = new Set<string>();
    for (const r of table.reporter) if (entities[r].kind === 'country') reporters.add(entities[r].id);
    const groupCount = entities.filter((e) => e.kind === 'group').length;
    return {
      coverage: { from, to, countries: reporters.size },
      notes: [
        `${table.line.length} rows read: ${countries} between states (trade_flows), ${groups} with one of ${groupCount} IMF groups (trade_group_flows).`,
        `${entities.length - groupCount} IMF labels resolved to concordance ids (see trade_names); Germany is DEU throughout, Eastern Germany DDR, USSR SUN.`,
        `Dropped as documented anomalies (src/sources/imfDots/anomalies.ts): ${table.dropped
          .map((d) => `line ${d.line} (${d.reporter} -> ${d.partner} ${d.year}: ${d.value})`)
          .join('; ')}.`,
        'Exports are FOB as reported by the exporter; imports are mirrored from partners (FOB), not the CIF imports DOTS also publishes.',
      ],
    };
  },
};

// Parser output to table rows: here, where the build meets the parser, so the store never imports one.
/** Rows of trade_flows (both sides countries) or trade_group_flows (either side a group). */
function* dotsFlowRows(
  table: DotsTable,
  entities: readonly DotsEntity[],
  which: 'countries' | 'groups',
): Generator<readonly CellValue[]> {
  const isGroup = entities.map((e) => e.kind === 'group');
  const ids = entities.map((e) => e.id);
  const wantGroups = which === 'groups';
  for (let i = 0; i < table.line.length; i++) {
    const r = table.reporter[i];
    const p = table.partner[i];
    if ((isGroup[r] || isGroup[p]) !== wantGroups) continue;
    yield [ids[r], ids[p], table.year[i], table.value[i], table.file, table.line[i]];
  }
}

function* dotsNameRows(table: DotsTable, entities: readonly DotsEntity[]): Generator<readonly CellValue[]> {
  for (const [i, e] of entities.entries()) {
    yield [
      e.label,
      e.id,
      e.kind,
      e.kind === 'group' ? e.group.kind : null,
      e.kind === 'group' && e.group.members.length ? e.group.members.join(' ') : null,
      e.rule,
      table.file,
      table.labelFirstSeen[i].line,
    ];
  }
}
