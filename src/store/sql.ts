// SQL lives in src/store only. Values always travel as bound parameters ($1, $2, ...); the few
// identifiers that must be dynamic (table names from a spec, temporary tables) go through
// quoteIdentifier, and file paths (where DuckDB takes no parameter) through quoteLiteral.
// Nothing a user typed is ever spliced into a statement unquoted.

export type SqlValue = string | number | boolean | null;

/** `name` as a quoted SQL identifier: `"name"`, embedded quotes doubled. */
export function quoteIdentifier(name: string): string {
  if (name.length === 0 || name.includes('\0')) throw new Error(`not an SQL identifier: '${name}'`);
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * `text` as an SQL string literal, for the one place DuckDB takes no parameter: file paths in
 * `COPY ... TO` and `read_parquet(...)`. Embedded quotes doubled.
 */
export function quoteLiteral(text: string): string {
  if (text.includes('\0')) throw new Error('an SQL literal cannot hold a NUL character');
  return `'${text.replace(/'/g, "''")}'`;
}

/** A WHERE clause built condition by condition, with its values bound as positional parameters. */
export class Where {
  readonly params: SqlValue[] = [];
  private readonly parts: string[] = [];

  /** The next parameter placeholder bound to `value`. */
  bind(value: SqlValue): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Adds a condition; `sql` receives the placeholders of `values`, in order. */
  add(sql: (...placeholders: string[]) => string, ...values: SqlValue[]): this {
    this.parts.push(sql(...values.map((v) => this.bind(v))));
    return this;
  }

  /** Adds `expression IN ($i, $j, ...)`. */
  in(expression: string, values: readonly SqlValue[]): this {
    this.parts.push(`${expression} IN (${values.map((v) => this.bind(v)).join(', ')})`);
    return this;
  }

  /** Adds a condition with no values (a fixed column test). */
  raw(sql: string): this {
    this.parts.push(sql);
    return this;
  }

  /** `WHERE a AND b ...`, or '' when there is no condition. */
  get sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/** Creates table (or view) `name` over a Parquet file. */
export async function createFromParquet(
  connection: { run(sql: string): Promise<unknown> },
  name: string,
  path: string,
  kind: 'TABLE' | 'VIEW' = 'TABLE',
): Promise<void> {
  await connection.run(
    `CREATE ${kind} ${quoteIdentifier(name)} AS SELECT * FROM read_parquet(${quoteLiteral(path)})`,
  );
}

/** Writes table `name` to a file: `options` is DuckDB's COPY format clause, fixed by the caller. */
export async function copyTableTo(
  connection: { run(sql: string): Promise<unknown> },
  name: string,
  path: string,
  options:
    | '(FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 9)'
    | '(FORMAT csv, HEADER true)'
    | '(FORMAT parquet, COMPRESSION zstd)',
): Promise<void> {
  await connection.run(`COPY ${quoteIdentifier(name)} TO ${quoteLiteral(path)} ${options}`);
}
