import { InputError } from '../../errors.js';
import { type Column, renderRows } from '../../format/rows.js';
import { tradeFlowKinds } from '../../measures/tradeSummary.js';
import {
  type PartnerSeriesResult,
  type PartnerYearRow,
  type TradeGroupRow,
  type TradePartnerRow,
  type TradePartnersResult,
  type TradeSeriesResult,
  type TradeSeriesRow,
  tradeGroupPartners,
  tradePartnerSeries,
  tradePartners,
  tradeSeries,
} from '../../queries/trade/index.js';
import { imtsSourceFile } from '../../store/trade.js';
import { countryArg, integerFlag, oneCountry, oneOf, yearFlag, yearRange } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { pct, usd } from '../money.js';
import { outputFormat, printTable } from '../output.js';

type PartnerLine = TradePartnerRow & { country: string; year: number; flow: string };

const partnerColumns: Column<PartnerLine>[] = [
  { key: 'rank' },
  { key: 'partner' },
  { key: 'partnerName' },
  { key: 'exports' },
  { key: 'imports' },
  { key: 'total' },
  { key: 'balance' },
  { key: 'share' },
  { key: 'exportsReported' },
  { key: 'importsReported' },
  { key: 'country' },
  { key: 'year' },
  { key: 'flow' },
];

type SeriesLine = TradeSeriesRow & { country: string; first: string; second: string };

const seriesColumns: Column<SeriesLine>[] = [
  { key: 'country' },
  { key: 'year' },
  { key: 'exports' },
  { key: 'exportsBasis' },
  { key: 'imports' },
  { key: 'importsBasis' },
  { key: 'total' },
  { key: 'balance' },
  { key: 'partners' },
  { key: 'hhi' },
  { key: 'effectivePartners' },
  { key: 'first' },
  { key: 'firstValue' },
  { key: 'firstShare' },
  { key: 'second' },
  { key: 'secondValue' },
  { key: 'secondShare' },
  { key: 'tilt' },
];

/** US$ millions for people. */
const mn = (x: number | null) => usd(x === null ? null : x * 1e6);
const basisWords = (b: string) =>
  b === 'world row' ? 'World row' : b === 'sum of partners' ? 'sum over partners' : 'none reported';
const flowWords = { total: 'total trade', exports: 'exports', imports: 'mirror imports' } as const;

function partnersTable(r: TradePartnersResult): string {
  const head = [
    `${r.countryName} (${r.country}), ${r.year}: trading partners by ${flowWords[r.flow]} (IMF Direction of Trade Statistics)`,
    `  exports ${mn(r.exports)} (${basisWords(r.exportsBasis)}), mirror imports ${mn(r.imports)} (${basisWords(r.importsBasis)}), total ${mn(r.total)}, balance ${mn(r.balance)}`,
    `  ${r.partnerCount} partner states; HHI ${r.hhi === null ? '—' : r.hhi.toFixed(3)}, effective partners ${r.effectivePartners === null ? '—' : r.effectivePartners.toFixed(1)}; shares are of ${r.country}'s ${flowWords[r.flow]} ${mn(r.flowTotal)}`,
    '',
  ];
  const table = printTable(r.partners, [
    ['rank', (p) => p.rank],
    ['partner', (p) => p.partner],
    ['name', (p) => p.partnerName],
    ['exports US$m', (p) => (p.exportsReported ? p.exports.toFixed(1) : '—')],
    ['imports US$m', (p) => (p.importsReported ? p.imports.toFixed(1) : '—')],
    ['total US$m', (p) => p.total.toFixed(1)],
    ['share', (p) => pct(p.share)],
  ]);
  // Years from a user's IMTS file rest on another basis than DOTS years (docs/data/trade.md).
  const imts = r.partners.some((p) => p.sources.some((s) => s.file === imtsSourceFile));
  const foot = imts
    ? "each flow: the importer's declared imports CIF where published, else the exporter's exports FOB (IMF IMTS, user-supplied file; basis per row in trade_flows)\n"
    : "exports: as reported by the country (FOB); imports: mirror, the partner's reported exports to it (FOB, not the CIF imports customs record)\n";
  return `${head.join('\n')}\n${table}${foot}${r.coverageNote}\n`;
}

function seriesTable(r: TradeSeriesResult): string {
  const [a, b] = r.poles;
  const table = printTable(r.rows, [
    ['year', (x) => x.year],
    [
      'total US$m',
      (x) =>
        `${x.total.toFixed(1)}${x.exportsBasis === 'world row' && x.importsBasis === 'world row' ? '' : '*'}`,
    ],
    ['partners', (x) => x.partners],
    ['hhi', (x) => (x.hhi === null ? '—' : x.hhi.toFixed(3))],
    ['eff. partners', (x) => (x.effectivePartners === null ? '—' : x.effectivePartners.toFixed(1))],
    [a.id, (x) => pct(x.firstShare)],
    [b.id, (x) => pct(x.secondShare)],
    ['tilt', (x) => (x.tilt === null ? '—' : `${x.tilt >= 0 ? '+' : ''}${x.tilt.toFixed(2)}`)],
  ]);
  const head = `${r.countryName} (${r.country}), ${r.from}-${r.to}: ${flowWords[r.flow]} by year; shares of ${a.id} (${a.name}) and ${b.id} (${b.name}), tilt = (${b.id} - ${a.id}) / (${b.id} + ${a.id}): -1 all ${a.id}, +1 all ${b.id}\n\n`;
  const foot = r.rows.some((x) => x.exportsBasis !== 'world row' || x.importsBasis !== 'world row')
    ? '* no World row for exports or for mirror imports that year: that side is summed over partners, or none is reported\n'
    : '';
  return `${head}${table}${foot}${r.coverageNote}\n`;
}

const partnerSeriesColumns: Column<
  Omit<PartnerYearRow, 'lines'> & { country: string; partner: string; flow: string; lines: string }
>[] = [
  { key: 'country' },
  { key: 'partner' },
  { key: 'flow' },
  { key: 'year' },
  { key: 'value' },
  { key: 'share' },
  { key: 'rank' },
  { key: 'partners' },
  { key: 'lines' },
];

function partnerSeriesTable(r: PartnerSeriesResult): string {
  const head = `${r.countryName} (${r.country}) and ${r.partnerName} (${r.partner}), ${r.from}-${r.to}: ${flowWords[r.flow]} with ${r.partner} by year, its share of ${r.country}'s ${flowWords[r.flow]} and its rank among ${r.country}'s partner states (IMF Direction of Trade Statistics)\n\n`;
  const table = printTable(r.rows, [
    ['year', (x) => x.year],
    [`${r.partner} US$m`, (x) => (x.value === null ? '—' : x.value.toFixed(1))],
    ['share', (x) => (x.share === null ? '—' : pct(x.share))],
    ['rank', (x) => (x.rank === null ? '—' : `${x.rank} of ${x.partners}`)],
  ]);
  const missing = r.rows.filter((x) => x.value === null).map((x) => x.year);
  const foot = missing.length ? `— no flow published with ${r.partner}: ${missing.join(', ')}\n` : '';
  return `${head}${table}${foot}${r.coverageNote}\n`;
}

export const tradeCommand: Command = {
  name: 'trade',
  summary: 'Whom a country trades with: partners, shares and ranks, concentration (HHI), tilt between poles',
  usage: [
    'trade COUNTRY [--year Y] [--top 10] [--flow total|exports|imports] [--json|--csv]',
    'trade COUNTRY --series [--poles USA,CHN] [--from Y] [--to Y] [--flow total|exports|imports] [--json|--csv]',
    'trade COUNTRY --partner PARTNER --series [--from Y] [--to Y] [--flow total|exports|imports] [--json|--csv]',
    'trade COUNTRY --groups [--year Y] [--json|--csv]',
  ],
  help: [
    'IMF Direction of Trade Statistics, exports FOB by partner, US$ millions, 1960-2020. The bundled snapshot',
    'ends in 2020; bearing update --source trade --from-file FILE adds later years from an IMF IMTS file.',
    'Exports are as the country reports them; imports are mirrored from partners (their exports to it).',
    "Totals come from the country's own World row where published, else the sum over partners (said so).",
    'Shares are of that total; HHI (0-1) and effective partners (1/HHI) are over partner states.',
    'Poles are countries or blocs (EU, G7, BRICS, NATO, SCO, WARSAW) with membership by year;',
    'tilt = (second - first) / (second + first). --top 0 lists every partner.',
    '--partner P --series follows one partner year by year: its value, share and rank among the',
    "country's partner states (a year it has no published flow is shown as missing, not zero).",
    '--groups lists the IMF groups instead (World, Euro Area, Sub-Saharan Africa, not specified, ...),',
    'which are never mixed with partner states.',
    'Methods: docs/methods/trade.md; data: docs/data/trade.md.',
  ].join('\n'),
  options: {
    ...formatOptions,
    year: { type: 'string' },
    top: { type: 'string' },
    flow: { type: 'string' },
    series: { type: 'boolean' },
    groups: { type: 'boolean' },
    poles: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    partner: { type: 'string' },
  },
  async run({ values, positionals, store, stdout }) {
    const format = outputFormat(values);
    const flow = oneOf(values.flow, tradeFlowKinds, 'flow', 'total');
    const query = oneCountry(positionals);
    const s = await store();
    const country = countryArg(s, query, 'COUNTRY');
    if (values.partner !== undefined) {
      if (!values.series) {
        throw new InputError('--partner goes with --series (one partner year by year)', {
          location: { field: 'partner' },
          hint: `bearing trade ${positionals[0] ?? 'COUNTRY'} --partner ${values.partner} --series`,
        });
      }
      for (const flag of ['year', 'top', 'poles', 'groups'] as const) {
        if (values[flag] !== undefined) {
          throw new InputError(`--${flag} does not go with --partner`, { location: { field: flag } });
        }
      }
      const partner = countryArg(s, String(values.partner), 'partner');
      const r = await tradePartnerSeries(s, country, partner, { flow, ...yearRange(values) });
      if (format === 'json') stdout(`${JSON.stringify(r, null, 2)}\n`);
      else {
        const lines = r.rows.map((x) => ({
          country: r.country,
          partner: r.partner,
          flow: r.flow,
          ...x,
          lines: x.lines.join(' '),
        }));
        stdout(format === 'csv' ? renderRows(lines, partnerSeriesColumns, 'csv') : partnerSeriesTable(r));
      }
      return 0;
    }
    if (values.series) {
      if (values.year !== undefined) {
        throw new InputError('--year and --series do not go together; use --from and --to', {
          location: { field: 'year' },
        });
      }
      if (values.top !== undefined) {
        throw new InputError('--top lists partners of one year; it does not go with --series', {
          location: { field: 'top' },
        });
      }
      const r = await tradeSeries(s, country, {
        poles: values.poles as string | undefined,
        flow,
        ...yearRange(values),
      });
      const [a, b] = r.poles;
      const lines: SeriesLine[] = r.rows.map((x) => ({
        ...x,
        country: r.country,
        first: a.id,
        second: b.id,
      }));
      stdout(format === 'table' ? seriesTable(r) : renderRows(lines, seriesColumns, format));
      return 0;
    }
    for (const flag of ['from', 'to', 'poles'] as const) {
      if (values[flag] !== undefined) {
        throw new InputError(`--${flag} goes with --series; one year is --year`, {
          location: { field: flag },
        });
      }
    }
    if (values.groups) {
      for (const flag of ['top', 'flow'] as const) {
        if (values[flag] !== undefined) {
          throw new InputError(`--${flag} does not go with --groups`, { location: { field: flag } });
        }
      }
      const year = yearFlag(values.year, 'year') ?? (await tradePartners(s, country, { top: 1 })).year;
      const g = await tradeGroupPartners(s, country, { year });
      if (format === 'json') stdout(`${JSON.stringify(g, null, 2)}\n`);
      else {
        const columns: Column<TradeGroupRow>[] = [
          { key: 'group' },
          { key: 'label' },
          { key: 'kind' },
          { key: 'exports', digits: 1 },
          { key: 'imports', digits: 1 },
        ];
        const head = `${g.countryName} (${g.country}), ${g.year}: trade with IMF groups, US$ millions (exports as reported; imports: the group's reported exports)\n\n`;
        stdout(
          format === 'csv'
            ? renderRows(g.groups, columns, 'csv')
            : `${head}${renderRows(g.groups, columns, 'table')}${g.coverageNote}\n`,
        );
      }
      return 0;
    }
    const top = integerFlag(values.top as string | undefined, 'top', { min: 0, max: 1000 }) ?? 10;
    const r = await tradePartners(s, country, { year: yearFlag(values.year, 'year'), flow, top });
    if (format === 'json') stdout(`${JSON.stringify(r, null, 2)}\n`);
    else if (format === 'csv') {
      const lines: PartnerLine[] = r.partners.map((p) => ({
        ...p,
        country: r.country,
        year: r.year,
        flow: r.flow,
      }));
      stdout(renderRows(lines, partnerColumns, 'csv'));
    } else stdout(partnersTable(r));
    return 0;
  },
};
