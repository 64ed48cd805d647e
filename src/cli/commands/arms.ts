import { type Column, renderRows } from '../../format/rows.js';
import { type ArmsSupplierRow, type ArmsYearRow, armsBySupplier } from '../../queries/arms.js';
import { countryArg, oneCountry, oneOf, yearRange } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { pct } from '../money.js';
import { outputFormat } from '../output.js';

const supplierColumns: Column<ArmsSupplierRow>[] = [
  { key: 'supplier' },
  { key: 'supplierName' },
  { key: 'supplierKind' },
  { key: 'tiv' },
  { key: 'share' },
  { key: 'years' },
];

const yearColumns: Column<ArmsYearRow>[] = [
  { key: 'year' },
  { key: 'supplier' },
  { key: 'supplierName' },
  { key: 'supplierKind' },
  { key: 'tiv' },
  { key: 'source' },
  { key: 'sourceLine' },
  { key: 'sourceLines' },
];

type Printed = Record<string, string | number | null>;

export const armsCommand: Command = {
  name: 'arms',
  summary: 'Arms imports by supplier (SIPRI TIV), 1950-2024: who a country buys its major arms from',
  usage: ['arms COUNTRY [--from Y] [--to Y] [--by supplier|year] [--json|--csv]'],
  help: [
    'SIPRI Arms Transfers Database, trend-indicator values (TIV, millions): the volume of major conventional',
    "arms delivered, not their price. Years to 1994 from the 360info tidy table, from 1995 the register's",
    'deliveries by delivery year (only yearly aggregates are bundled). Armed groups (*), organisations (**)',
    "and unknown suppliers are kept under SIPRI's own names. --by year lists every supplier-year with the",
    'first publisher line summed. Methods: docs/methods/security.md; data: docs/data/security.md.',
  ].join('\n'),
  options: { ...formatOptions, from: { type: 'string' }, to: { type: 'string' }, by: { type: 'string' } },
  async run({ values, positionals, store, stdout }) {
    const format = outputFormat(values);
    const s = await store();
    const country = countryArg(s, oneCountry(positionals), 'COUNTRY');
    const by = oneOf(values.by, ['supplier', 'year'] as const, 'by', 'supplier');
    const { from, to } = yearRange(values);
    const r = await armsBySupplier(s, country.id, from, to);
    if (format === 'json') {
      const { suppliers, years, ...rest } = r;
      stdout(
        `${JSON.stringify({ ...rest, countryName: country.name, by, rows: by === 'supplier' ? suppliers : years }, null, 2)}\n`,
      );
      return 0;
    }
    if (format === 'csv') {
      stdout(
        by === 'supplier'
          ? renderRows(r.suppliers, supplierColumns, 'csv')
          : renderRows(r.years, yearColumns, 'csv'),
      );
      return 0;
    }
    const head = `${country.name} (${country.id}), ${r.from}-${r.to}: ${r.total.toFixed(1)} million TIV of major arms delivered (SIPRI)\n  ${r.coverage}\n\n`;
    if (r.total === 0 && r.years.length === 0) {
      stdout(`${head}no deliveries recorded\n`);
      return 0;
    }
    const rows: Printed[] =
      by === 'supplier'
        ? r.suppliers.map((x) => ({
            supplier: x.supplier,
            name: x.supplierName,
            kind: x.supplierKind,
            tiv: x.tiv.toFixed(1),
            share: pct(x.share),
            years: x.years,
          }))
        : r.years.map((x) => ({
            year: x.year,
            supplier: x.supplier,
            tiv: x.tiv === null ? '—' : x.tiv.toFixed(2),
            source: `${x.source}:${x.sourceLine}${x.sourceLines > 1 ? ` (+${x.sourceLines - 1})` : ''}`,
          }));
    const keys =
      by === 'supplier'
        ? ['supplier', 'name', 'kind', 'tiv', 'share', 'years']
        : ['year', 'supplier', 'tiv', 'source'];
    stdout(`${head}${renderRows(rows, keys.map((key) => ({ key })) as Column<Printed>[], 'table')}`);
    return 0;
  },
};
