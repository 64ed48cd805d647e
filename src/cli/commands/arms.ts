import { type Column, renderRows } from '../../format/rows.js';
import { type ArmsSupplierRow, type ArmsYearRow, armsBySupplier } from '../../queries/arms.js';
import { countryArg, oneCountry, oneOf, yearRange } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { pct } from '../money.js';
import { outputFormat, printTable } from '../output.js';

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
    const table =
      by === 'supplier'
        ? printTable(r.suppliers, [
            ['supplier', (x) => x.supplier],
            ['name', (x) => x.supplierName],
            ['kind', (x) => x.supplierKind],
            ['tiv', (x) => x.tiv.toFixed(1)],
            ['share', (x) => pct(x.share)],
            ['years', (x) => x.years],
          ])
        : printTable(r.years, [
            ['year', (x) => x.year],
            ['supplier', (x) => x.supplier],
            ['tiv', (x) => (x.tiv === null ? '—' : x.tiv.toFixed(2))],
            [
              'source',
              (x) => `${x.source}:${x.sourceLine}${x.sourceLines > 1 ? ` (+${x.sourceLines - 1})` : ''}`,
            ],
          ]);
    stdout(`${head}${table}`);
    return 0;
  },
};
