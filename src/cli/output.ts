import { InputError } from '../errors.js';
import { type Format, renderRows } from '../format/rows.js';
import type { Values } from './command.js';

/** The output format the flags ask for: --json, --csv or (neither) the human table. */
export function outputFormat(values: Values): Format {
  if (values.json && values.csv)
    throw new InputError('choose one of --json and --csv', { location: { field: 'json' } });
  return values.json ? 'json' : values.csv ? 'csv' : 'table';
}

/** A human table declared once: each column's header and how to print a row's value in it. */
export type Printer<R> = readonly (readonly [header: string, print: (row: R) => string | number | null])[];

/** Rows printed through a `Printer` as an aligned text table. */
export function printTable<R>(rows: readonly R[], printer: Printer<R>): string {
  const printed = rows.map((r) => Object.fromEntries(printer.map(([header, print]) => [header, print(r)])));
  return renderRows(
    printed,
    printer.map(([key]) => ({ key })),
    'table',
  );
}
