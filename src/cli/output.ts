import { InputError } from '../errors.js';
import type { Format } from '../format/rows.js';
import type { Values } from './command.js';

/** The output format the flags ask for: --json, --csv or (neither) the human table. */
export function outputFormat(values: Values): Format {
  if (values.json && values.csv)
    throw new InputError('choose one of --json and --csv', { location: { field: 'json' } });
  return values.json ? 'json' : values.csv ? 'csv' : 'table';
}
