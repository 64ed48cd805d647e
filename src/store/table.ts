import { type DuckDBConnection, DuckDBDateValue } from '@duckdb/node-api';
import { quoteIdentifier } from './sql.js';

export type ColumnType =
  | 'BOOLEAN'
  | 'TINYINT'
  | 'SMALLINT'
  | 'INTEGER'
  | 'BIGINT'
  | 'DOUBLE'
  | 'VARCHAR'
  | 'DATE';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable?: boolean;
}

/** A table's schema: declared once, used to create it, to append rows and to document it. */
export interface TableSpec {
  name: string;
  columns: readonly ColumnSpec[];
  description: string;
}

export type CellValue = string | number | boolean | null;

/** Days since 1970-01-01 for an ISO date; the DuckDB DATE representation. */
export function isoDateToDays(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

export function createTableSql(spec: TableSpec): string {
  const cols = spec.columns
    .map((c) => `${quoteIdentifier(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`)
    .join(', ');
  return `CREATE OR REPLACE TABLE ${quoteIdentifier(spec.name)} (${cols})`;
}

/** Creates the table and appends every row through DuckDB's appender (fast bulk insert). */
export async function writeTable(
  connection: DuckDBConnection,
  spec: TableSpec,
  rows: Iterable<readonly CellValue[]>,
): Promise<number> {
  await connection.run(createTableSql(spec));
  const appender = await connection.createAppender(spec.name);
  const appenders = spec.columns.map((c) => cellAppender(c.type));
  let count = 0;
  for (const row of rows) {
    for (let i = 0; i < appenders.length; i++) {
      const v = row[i];
      if (v === null || v === undefined) appender.appendNull();
      else appenders[i](appender, v);
    }
    appender.endRow();
    count++;
  }
  appender.closeSync();
  return count;
}

type Appender = Awaited<ReturnType<DuckDBConnection['createAppender']>>;

function cellAppender(type: ColumnType): (a: Appender, v: string | number | boolean) => void {
  switch (type) {
    case 'BOOLEAN':
      return (a, v) => a.appendBoolean(Boolean(v));
    case 'TINYINT':
      return (a, v) => a.appendTinyInt(Number(v));
    case 'SMALLINT':
      return (a, v) => a.appendSmallInt(Number(v));
    case 'INTEGER':
      return (a, v) => a.appendInteger(Number(v));
    case 'BIGINT':
      return (a, v) => a.appendBigInt(BigInt(v));
    case 'DOUBLE':
      return (a, v) => a.appendDouble(Number(v));
    case 'VARCHAR':
      return (a, v) => a.appendVarchar(String(v));
    case 'DATE':
      return (a, v) => a.appendDate(new DuckDBDateValue(isoDateToDays(String(v))));
  }
}
