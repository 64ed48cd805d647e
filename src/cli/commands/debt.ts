import { InputError } from '../../errors.js';
import { type Column, renderRows } from '../../format/rows.js';
import { parsePoles } from '../../poles/pole.js';
import {
  type CreditorExposure,
  type CreditorRow,
  creditorExposure,
  type DebtYear,
  debtSeries,
} from '../../queries/debt.js';
import { countryArg, yearFlag, yearRange } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { pct, usd } from '../money.js';
import { outputFormat } from '../output.js';

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

type Printed = Record<string, string | number | null>;

function creditorTable(e: CreditorExposure): string {
  const rows: Printed[] = e.creditors.map((c) => ({
    creditor: c.creditor,
    category: c.category,
    kind: c.kind,
    stock: usd(c.stock),
    share: pct(c.stockShare),
    service: `${usd(c.service)}${c.projected ? '*' : ''}`,
    'service share': pct(c.serviceShare),
  }));
  const keys = ['creditor', 'category', 'kind', 'stock', 'share', 'service', 'service share'];
  const lines = [
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
  ];
  if (e.poles) {
    const p = e.poles;
    const toward =
      p.tilt === null ? '' : p.tilt > 0 ? ` toward ${p.second}` : p.tilt < 0 ? ` toward ${p.first}` : '';
    lines.push(
      `  poles: ${p.first} ${usd(p.firstStock)} (${pct(p.firstShare)}), ${p.second} ${usd(p.secondStock)} (${pct(p.secondShare)}); tilt ${p.tilt === null ? '—' : `${p.tilt >= 0 ? '+' : ''}${p.tilt.toFixed(2)}`}${toward} (-1 all ${p.first}, +1 all ${p.second})`,
    );
  }
  lines.push('');
  const table = renderRows(rows, keys.map((key) => ({ key })) as Column<Printed>[], 'table');
  const foot = e.creditors.some((c) => c.projected) ? '* IDS projection, not a payment made\n' : '';
  return `${lines.join('\n')}\n${table}${foot}`;
}

function seriesTable(rows: DebtYear[], poles: readonly string[] | null): string {
  const printed: Printed[] = rows.map((r) => ({
    year: r.year,
    stock: usd(r.stock),
    service: `${usd(r.service)}${r.projected ? '*' : ''}`,
    hhi: r.hhi === null ? '—' : r.hhi.toFixed(3),
    ...(poles
      ? {
          [poles[0]]: pct(r.firstShare),
          [poles[1]]: pct(r.secondShare),
          tilt: r.tilt === null ? '—' : r.tilt.toFixed(2),
        }
      : {}),
  }));
  const keys = ['year', 'stock', 'service', 'hhi', ...(poles ? [poles[0], poles[1], 'tilt'] : [])];
  const foot = rows.some((r) => r.projected) ? '* IDS contractual projection\n' : '';
  return `${renderRows(printed, keys.map((key) => ({ key })) as Column<Printed>[], 'table')}${foot}`;
}

export const debtCommand: Command = {
  name: 'debt',
  summary:
    'Who a country owes: external public debt by creditor and category, shares, HHI, tilt between poles',
  usage: [
    'debt COUNTRY [--year Y] [--poles USA,CHN] [--json|--csv]',
    'debt COUNTRY --series [--from Y] [--to Y] [--poles USA,CHN] [--json|--csv]',
  ],
  help: [
    'World Bank International Debt Statistics, public and publicly guaranteed external debt of African',
    'low- and middle-income debtors: stocks 2000-2024, debt service 2000-2030 (after 2024: projections).',
    'Shares are of the total over all creditors; HHI is over named creditors (0-1); the tilt between',
    'poles is (second - first) / (second + first) of what their members hold, in every category.',
    'Methods: docs/methods/finance.md; data: docs/data/finance.md.',
  ].join('\n'),
  options: {
    ...formatOptions,
    year: { type: 'string' },
    series: { type: 'boolean' },
    poles: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  async run({ values, positionals, store, stdout }) {
    const format = outputFormat(values);
    const s = await store();
    if (positionals.length > 1) {
      throw new InputError(`one country at a time, got ${positionals.join(' ')}`, {
        location: { field: 'COUNTRY' },
      });
    }
    const country = countryArg(s, positionals[0], 'COUNTRY');
    const poles = values.poles === undefined ? undefined : parsePoles(String(values.poles), s.concordance);
    if (values.series) {
      if (values.year !== undefined) {
        throw new InputError('--year and --series do not go together; use --from and --to', {
          location: { field: 'year' },
        });
      }
      const rows = await debtSeries(s, country, { poles, ...yearRange(values) });
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
    const exposure = await creditorExposure(s, country, { year: yearFlag(values.year, 'year'), poles });
    if (format === 'json') stdout(`${JSON.stringify(exposure, null, 2)}\n`);
    else if (format === 'csv') stdout(renderRows(exposure.creditors, creditorColumns, 'csv'));
    else stdout(creditorTable(exposure));
    return 0;
  },
};
