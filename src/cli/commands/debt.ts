import { InputError } from '../../errors.js';
import { type Column, renderRows } from '../../format/rows.js';
import { defaultMultilaterals, multilateralModes } from '../../measures/finance/attribution.js';
import { parsePoles } from '../../poles/pole.js';
import {
  type CreditorExposure,
  type CreditorRow,
  creditorExposure,
  type DebtYear,
  debtSeries,
} from '../../queries/debt.js';
import {
  debtMeasureChoices,
  resolveDebtMeasure,
  type ServiceExposure,
  type ServiceYearRow,
  serviceExposure,
  serviceSeries,
} from '../../queries/debtService.js';
import { countryArg, oneCountry, oneOf, yearFlag, yearRange } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { pct, usd } from '../money.js';
import { outputFormat, type Printer, printTable } from '../output.js';

const creditorColumns: Column<CreditorRow>[] = [
  { key: 'year' },
  { key: 'creditor' },
  { key: 'kind' },
  { key: 'country' },
  { key: 'category' },
  { key: 'stock' },
  { key: 'stockShare' },
  { key: 'service' },
  { key: 'serviceShare' },
  { key: 'projected' },
];

const seriesColumns: Column<DebtYear>[] = [
  { key: 'debtor' },
  { key: 'year' },
  { key: 'stock' },
  { key: 'service' },
  { key: 'projected' },
  { key: 'hhi' },
  { key: 'effectiveCreditors' },
  { key: 'firstStock' },
  { key: 'secondStock' },
  { key: 'firstShare' },
  { key: 'secondShare' },
  { key: 'tilt' },
];

const serviceColumns: Column<ServiceExposure['creditors'][number]>[] = [
  { key: 'year' },
  { key: 'creditor' },
  { key: 'kind' },
  { key: 'country' },
  { key: 'institution' },
  { key: 'category' },
  { key: 'principal' },
  { key: 'interest' },
  { key: 'service' },
  { key: 'serviceShare' },
  { key: 'concessional' },
  { key: 'projected' },
  { key: 'sourceFile' },
];

const serviceSeriesColumns: Column<ServiceYearRow>[] = [
  { key: 'debtor' },
  { key: 'year' },
  { key: 'service' },
  { key: 'principal' },
  { key: 'interest' },
  { key: 'projected' },
  { key: 'firstService' },
  { key: 'secondService' },
  { key: 'firstShare' },
  { key: 'secondShare' },
  { key: 'tilt' },
];

const signed = (x: number | null) => (x === null ? '—' : `${x >= 0 ? '+' : ''}${x.toFixed(2)}`);

/** Service with a star when it is an IDS projection. */
const starred = (r: { service: number | null; projected: boolean }) =>
  `${usd(r.service)}${r.projected ? '*' : ''}`;

/** The poles line shared by both measures: what counts toward each, the tilt, and what is left out. */
function polesLines(
  p: {
    first: string;
    second: string;
    multilaterals: string;
    tilt: number | null;
    attributed: { institution: string; asOf: string; first: number; second: number }[];
    unattributed: { institution: string; value: number }[];
  },
  first: number,
  second: number,
  firstShare: number | null,
  secondShare: number | null,
): string[] {
  const toward =
    p.tilt === null ? '' : p.tilt > 0 ? ` toward ${p.second}` : p.tilt < 0 ? ` toward ${p.first}` : '';
  const lines = [
    `  poles (multilaterals: ${p.multilaterals}): ${p.first} ${usd(first)} (${pct(firstShare)}), ${p.second} ${usd(second)} (${pct(secondShare)}); tilt ${signed(p.tilt)}${toward} (-1 all ${p.first}, +1 all ${p.second})`,
  ];
  if (p.attributed.length) {
    lines.push(
      `  attributed by voting power (single dates): ${p.attributed
        .map(
          (a) =>
            `${a.institution} (${a.asOf}) ${usd(a.first)} to ${p.first}, ${usd(a.second)} to ${p.second}`,
        )
        .join('; ')}`,
    );
  }
  const left = p.unattributed.filter((u) => u.value !== 0);
  if (left.length) {
    lines.push(
      `  unattributed institutions (no shareholder data${p.multilaterals === 'none' ? ', or --multilaterals none' : ''}): ${left
        .slice(0, 8)
        .map((u) => `${u.institution} ${usd(u.value)}`)
        .join(', ')}${left.length > 8 ? `, and ${left.length - 8} more` : ''}`,
    );
  }
  return lines;
}

/** One year in words (its lines, then the poles' lines), then the creditors' table and the projection note. */
function exposureText<R extends { projected: boolean }>(
  lines: string[],
  creditors: readonly R[],
  printer: Printer<R>,
): string {
  const foot = creditors.some((c) => c.projected) ? '* IDS projection, not a payment made\n' : '';
  return `${[...lines, ''].join('\n')}\n${printTable(creditors, printer)}${foot}`;
}

function serviceTable(e: ServiceExposure): string {
  return exposureText(
    [
      `${e.debtorName} (${e.debtor}), ${e.year}: public and publicly guaranteed external debt service (World Bank IDS)`,
      `  service ${usd(e.service)} (principal ${usd(e.principal)}, interest ${usd(e.interest)})${e.projected ? ' (IDS projection, not payments made)' : ''}; IDS covers ${e.coverage.from}-${e.coverage.to}, actual to ${e.coverage.lastActual}`,
      `  by category: ${e.categories
        .filter((c) => c.service !== 0)
        .map((c) => `${c.category} ${usd(c.service)}`)
        .join(', ')}`,
      `  stocks: ${e.stocks.note}`,
      ...(e.poles
        ? polesLines(
            e.poles,
            e.poles.firstService,
            e.poles.secondService,
            e.poles.firstShare,
            e.poles.secondShare,
          )
        : []),
    ],
    e.creditors,
    [
      ['creditor', (c) => c.creditor],
      ['category', (c) => c.category],
      ['kind', (c) => c.kind],
      ['principal', (c) => usd(c.principal)],
      ['interest', (c) => usd(c.interest)],
      ['service', starred],
      ['share', (c) => pct(c.serviceShare)],
      ['of which concessional', (c) => usd(c.concessional)],
    ],
  );
}

function creditorTable(e: CreditorExposure): string {
  return exposureText(
    [
      `${e.debtorName} (${e.debtor}), ${e.year}: public and publicly guaranteed external debt (World Bank IDS)`,
      `  stock ${e.stock === null ? 'no data (IDS stocks end in 2024)' : usd(e.stock)}; debt service ${usd(e.service)}${e.projected ? ' (IDS projection)' : ''}`,
      e.stock === null
        ? `  service by category: ${e.categories
            .filter((c) => c.service !== 0)
            .map((c) => `${c.category} ${usd(c.service)}`)
            .join(', ')}`
        : `  by category: ${e.categories
            .filter((c) => c.stock !== 0 || c.service !== 0)
            .map((c) => `${c.category} ${usd(c.stock)} (${pct(c.stockShare)})`)
            .join(', ')}`,
      `  concentration over named creditors: HHI ${e.hhi === null ? '—' : e.hhi.toFixed(3)} (effective number ${e.effectiveCreditors === null ? '—' : e.effectiveCreditors.toFixed(1)})`,
      ...(e.poles
        ? polesLines(
            e.poles,
            e.poles.firstStock,
            e.poles.secondStock,
            e.poles.firstShare,
            e.poles.secondShare,
          )
        : []),
    ],
    e.creditors,
    [
      ['creditor', (c) => c.creditor],
      ['category', (c) => c.category],
      ['kind', (c) => c.kind],
      ['stock', (c) => usd(c.stock)],
      ['share', (c) => pct(c.stockShare)],
      ['service', starred],
      ['service share', (c) => pct(c.serviceShare)],
    ],
  );
}

type PoleShares = { firstShare: number | null; secondShare: number | null; tilt: number | null };

/** A series in a table: the columns of the measure, each pole's share and the tilt, the projection note. */
function seriesText<R extends PoleShares & { projected: boolean }>(
  rows: readonly R[],
  printer: Printer<R>,
  poles: readonly string[] | null,
  tilt: (x: number | null) => string,
): string {
  const withPoles: Printer<R> = poles
    ? [
        ...printer,
        [poles[0], (r) => pct(r.firstShare)],
        [poles[1], (r) => pct(r.secondShare)],
        ['tilt', (r) => tilt(r.tilt)],
      ]
    : printer;
  const foot = rows.some((r) => r.projected) ? '* IDS contractual projection\n' : '';
  return `${printTable(rows, withPoles)}${foot}`;
}

const serviceSeriesTable = (rows: ServiceYearRow[], poles: readonly string[] | null) =>
  seriesText(
    rows,
    [
      ['year', (r) => r.year],
      ['service', starred],
      ['principal', (r) => usd(r.principal)],
      ['interest', (r) => usd(r.interest)],
    ],
    poles,
    signed,
  );

const seriesTable = (rows: DebtYear[], poles: readonly string[] | null) =>
  seriesText(
    rows,
    [
      ['year', (r) => r.year],
      ['stock', (r) => usd(r.stock)],
      ['service', starred],
      ['hhi', (r) => (r.hhi === null ? '—' : r.hhi.toFixed(3))],
    ],
    poles,
    (x) => (x === null ? '—' : x.toFixed(2)),
  );

export const debtCommand: Command = {
  name: 'debt',
  summary:
    'Who a country owes: external public debt by creditor and category, shares, HHI, tilt between poles',
  usage: [
    'debt COUNTRY [--measure stock|service] [--year Y] [--poles USA,CHN] [--multilaterals none|shareholders] [--json|--csv]',
    'debt COUNTRY --series [--measure stock|service] [--from Y] [--to Y] [--poles USA,CHN] [--multilaterals ...] [--json|--csv]',
  ],
  help: [
    'World Bank International Debt Statistics, public and publicly guaranteed (PPG) external debt.',
    '--measure stock: stocks by creditor, African debtors only (2000-2024; with service to 2030 from the same',
    '  extract). --measure service: principal plus interest by creditor for all 122 IDS debtors, 2000-2025',
    '  (2023-2025 are projections). Default: stock where the snapshot has stocks (Africa), else service.',
    '--multilaterals shareholders (default): with --poles, what is owed to IDA and IBRD counts toward each',
    "  pole in proportion to its members' votes (IDA 2022-12-31, IBRD 2023-02-06; single dates); other",
    '  institutions are listed as unattributed. none: only country creditors count.',
    'Shares are of the total over all creditors; HHI is over named creditors (0-1); the tilt between',
    'poles is (second - first) / (second + first) of what counts toward each.',
    'Methods: docs/methods/finance.md; data: docs/data/finance.md.',
  ].join('\n'),
  options: {
    ...formatOptions,
    year: { type: 'string' },
    series: { type: 'boolean' },
    poles: { type: 'string' },
    measure: { type: 'string' },
    multilaterals: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  async run({ values, positionals, store, stdout }) {
    const format = outputFormat(values);
    const s = await store();
    const country = countryArg(s, oneCountry(positionals), 'COUNTRY');
    const poles = values.poles === undefined ? undefined : parsePoles(String(values.poles), s.concordance);
    const multilaterals = oneOf(
      values.multilaterals,
      multilateralModes,
      'multilaterals',
      defaultMultilaterals,
    );
    const asked =
      values.measure === undefined
        ? undefined
        : oneOf(values.measure, debtMeasureChoices, 'measure', 'stock');
    const { measure, hasStocks } = await resolveDebtMeasure(s, country, asked);
    if (values.series) {
      if (values.year !== undefined) {
        throw new InputError('--year and --series do not go together; use --from and --to', {
          location: { field: 'year' },
        });
      }
      if (measure === 'service') {
        const rows = await serviceSeries(s, country, { poles, multilaterals, ...yearRange(values) });
        stdout(
          format === 'table'
            ? serviceSeriesTable(rows, poles ? poles.map((p) => p.id) : null)
            : renderRows(rows, serviceSeriesColumns, format),
        );
        return 0;
      }
      const rows = await debtSeries(s, country, { poles, multilaterals, ...yearRange(values) });
      stdout(
        format === 'table'
          ? seriesTable(rows, poles ? poles.map((p) => p.id) : null)
          : renderRows(rows, seriesColumns, format),
      );
      return 0;
    }
    if (values.from !== undefined || values.to !== undefined) {
      throw new InputError('--from and --to go with --series; one year is --year', {
        location: { field: 'from' },
      });
    }
    const year = yearFlag(values.year, 'year');
    if (measure === 'service') {
      const e = await serviceExposure(s, country, { year, poles, multilaterals, hasStocks });
      if (format === 'json') stdout(`${JSON.stringify(e, null, 2)}\n`);
      else if (format === 'csv') stdout(renderRows(e.creditors, serviceColumns, 'csv'));
      else stdout(serviceTable(e));
      return 0;
    }
    const exposure = await creditorExposure(s, country, { year, poles, multilaterals });
    if (format === 'json') stdout(`${JSON.stringify(exposure, null, 2)}\n`);
    else if (format === 'csv') stdout(renderRows(exposure.creditors, creditorColumns, 'csv'));
    else stdout(creditorTable(exposure));
    return 0;
  },
};
