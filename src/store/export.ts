import { extname, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Store } from './open.js';
import { copyTableTo, quoteIdentifier } from './sql.js';
import { type CellValue, type TableSpec, writeTable } from './table.js';

/** Writes rows to a CSV or Parquet file (chosen by extension) through DuckDB's COPY. */
export async function exportRows(
  store: Store,
  spec: TableSpec,
  rows: Iterable<readonly CellValue[]>,
  path: string,
): Promise<number> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.parquet') {
    throw new InputError(`output file must end in .csv or .parquet, got '${path}'`, {
      location: { field: 'out' },
    });
  }
  const temp = { ...spec, name: `_export_${spec.name}` };
  const n = await writeTable(store.connection, temp, rows);
  const format = ext === '.csv' ? '(FORMAT csv, HEADER true)' : '(FORMAT parquet, COMPRESSION zstd)';
  try {
    await copyTableTo(store.connection, temp.name, resolve(path), format);
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${(error as Error).message.split('\n')[0]}`, {
      location: { field: 'out' },
    });
  } finally {
    await store.connection.run(`DROP TABLE IF EXISTS ${quoteIdentifier(temp.name)}`);
  }
  return n;
}
