import { type DotsEntity, resolveDotsLabels } from '../../sources/imfDots/names.js';
import { type DotsTable, parseDots } from '../../sources/imfDots/parseDots.js';
import { type ImtsFlow, imtsExports, imtsFlows, imtsImports } from '../../sources/imfSdmxCsv/imtsFlows.js';
import { parseImfSdmxCsv } from '../../sources/imfSdmxCsv/parseImfSdmxCsv.js';
import type { CellValue } from '../../store/table.js';
import { bundledTradeNote, imtsSourceFile } from '../../store/trade.js';
import { tradeFlowsTable, tradeGroupFlowsTable, tradeNamesTable } from '../../store/tradeTables.js';
import type { BuildContext, DatasetBuilder } from '../dataset.js';

export const dotsFile = 'trade/imf_dots_exports_fob_by_partner_1960_2020.csv.gz';

/**
 * Where a user's IMF IMTS download is kept (`bearing update --source trade --from-file FILE` puts it
 * here): optional, so that the bundled snapshot, which has none, still builds and ends in 2020.
 */
export const imtsFile = imtsSourceFile;

async function readImts(ctx: BuildContext, dotsTo: number) {
  const files = await ctx.list('trade').catch(() => [] as string[]);
  if (!files.includes(imtsFile)) return null;
  const table = parseImfSdmxCsv(await ctx.readText(imtsFile), imtsFile, ctx.concordance, {
    indicators: [imtsExports, imtsImports],
    undeclaredScale: 'error',
  });
  return { table, derived: imtsFlows(table.observations, dotsTo) };
}

export const tradeDataset: DatasetBuilder = {
  id: 'trade',
  title:
    'Bilateral trade: IMF Direction of Trade Statistics, exports FOB by partner (and IMTS after 2020 when supplied)',
  publisher:
    'International Monetary Fund, Direction of Trade Statistics (DOTS); International Trade in Goods (IMTS)',
  version:
    'annual, US$ millions, 1960-2020 (per-reporter downloads of about 2022, via SamLeBlanc/Direction-of-Trade-Map a0b40af)',
  license: 'IMF data terms (https://www.imf.org/external/terms.htm); repackaging MIT (Sam LeBlanc, 2022)',
  inputs: [
    { path: dotsFile, url: 'https://data.imf.org/?sk=9D6028D4-F14A-464C-A2F2-59B2CD424B85' },
    { path: imtsFile, url: 'https://data.imf.org/en/datasets/IMF.STA:IMTS', optional: true },
  ],
  dependsOn: ['countries'],
  async build(ctx) {
    const table = parseDots(await ctx.readText(dotsFile), dotsFile);
    const entities = resolveDotsLabels(table, ctx.concordance);
    let from = Number.POSITIVE_INFINITY;
    let dotsTo = Number.NEGATIVE_INFINITY;
    for (const y of table.year) {
      if (y < from) from = y;
      if (y > dotsTo) dotsTo = y;
    }
    const imts = await readImts(ctx, dotsTo);
    const imtsRows = imts?.derived.flows ?? [];
    const imtsGroupRows = imts?.derived.groupFlows ?? [];
    const countries = await ctx.writeTable(tradeFlowsTable, [
      ...dotsFlowRows(table, entities, 'countries'),
      ...imtsFlowRows(imtsRows, imtsFile),
    ]);
    const groups = await ctx.writeTable(tradeGroupFlowsTable, [
      ...dotsFlowRows(table, entities, 'groups'),
      ...imtsFlowRows(imtsGroupRows, imtsFile),
    ]);
    await ctx.writeTable(tradeNamesTable, dotsNameRows(table, entities));
    ctx.log(`trade: ${table.line.length} rows, ${countries} between states, ${groups} with an IMF group`);
    const reporters = new Set<string>();
    for (const r of table.reporter) if (entities[r].kind === 'country') reporters.add(entities[r].id);
    const groupCount = entities.filter((e) => e.kind === 'group').length;
    const to = Math.max(dotsTo, ...imtsRows.map((f) => f.year));
    const notes = [
      `${table.line.length} DOTS rows read: ${countries - imtsRows.length} between states (trade_flows), ${groups - imtsGroupRows.length} with one of ${groupCount} IMF groups (trade_group_flows).`,
      `${entities.length - groupCount} IMF labels resolved to concordance ids (see trade_names); Germany is DEU throughout, Eastern Germany DDR, USSR SUN.`,
      `Dropped as documented anomalies (src/sources/imfDots/anomalies.ts): ${table.dropped
        .map((d) => `line ${d.line} (${d.reporter} -> ${d.partner} ${d.year}: ${d.value})`)
        .join('; ')}.`,
      'To 2020 (basis dots-exports-fob): exports are FOB as reported by the exporter; imports are mirrored from partners (FOB), not the CIF imports DOTS also publishes.',
    ];
    if (imts && imtsRows.length === 0) {
      notes.push(
        `IMTS file ${imtsFile} has no flow between states after ${dotsTo}: nothing added.`,
        bundledTradeNote,
      );
    } else if (imts) {
      const byBasis = (b: string) => imtsRows.filter((f) => f.basis === b).length;
      const ys = imtsRows.map((f) => f.year);
      notes.push(
        `IMTS file ${imtsFile} (user-supplied, ${imts.table.observations.length} observations): ${imtsRows.length} flows between states ${Math.min(...ys)}-${Math.max(...ys)}, ${byBasis('imts-imports-cif')} from the importer's declared imports CIF and ${byBasis('imts-exports-fob-mirror')} mirrored from the exporter's exports FOB; ${imtsGroupRows.length} World rows.`,
        `IMTS observations for ${dotsTo} and earlier are not used (${imts.derived.earlierYears}): DOTS stays the source to its end. IMF groups other than World are not used (${[...imts.derived.otherGroups.keys()].join(', ') || 'none'}); ${imts.table.emptySeriesLines.length} empty series rows skipped.`,
        `CIF imports include freight and insurance (a few percent above FOB): years after ${dotsTo} are not on the same basis as DOTS years; the basis column says which row is which.`,
      );
    } else {
      notes.push(bundledTradeNote);
    }
    const version = imtsRows.length
      ? `${tradeDataset.version}; IMTS user file ${Math.min(...imtsRows.map((f) => f.year))}-${to} (imports CIF declared, else exports FOB mirrored)`
      : undefined;
    return { ...(version ? { version } : {}), coverage: { from, to, countries: reporters.size }, notes };
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
    yield [ids[r], ids[p], table.year[i], table.value[i], table.file, table.line[i], 'dots-exports-fob'];
  }
}

/** Rows of trade_flows or trade_group_flows from an IMTS file's derived flows. */
function* imtsFlowRows(flows: readonly ImtsFlow[], file: string): Generator<readonly CellValue[]> {
  for (const f of flows) yield [f.reporter, f.partner, f.year, f.valueUsdMn, file, f.line, f.basis];
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
