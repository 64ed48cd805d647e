import { InputError } from '../errors.js';
import type { VoteMatrix } from '../measures/voteMatrix.js';
import type { YearBasis } from '../params/yearBasis.js';
import { type IssueCode, issueCodes } from '../votes/rollCall.js';
import type { Store } from './open.js';

/** Which roll calls a vote measure looks at. */
export interface VoteFilter {
  from?: number;
  to?: number;
  /** Keep roll calls coded with any of these issues. */
  issues?: readonly IssueCode[];
  /** Only the US State Department's important votes. */
  important?: boolean;
  /** Only votes on whole resolutions: no amendment or paragraph votes. */
  wholeOnly?: boolean;
  /** What `from`, `to` and the matrix's years mean (default calendar years). */
  yearBasis?: YearBasis;
}

/** The rollcalls column holding a roll call's year under a basis. */
export function yearColumn(basis: YearBasis | undefined): 'year' | 'session_year' {
  return basis === 'session' ? 'session_year' : 'year';
}

export function validateVoteFilter(filter: VoteFilter): void {
  const { from, to } = filter;
  for (const [field, y] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (y !== undefined && (!Number.isInteger(y) || y < 1900 || y > 2100)) {
      throw new InputError(`year must be an integer between 1900 and 2100, got ${y}`, {
        location: { field },
      });
    }
  }
  if (from !== undefined && to !== undefined && from > to) {
    throw new InputError(`impossible year range: from ${from} is after to ${to}`, {
      location: { field: 'from' },
    });
  }
  for (const i of filter.issues ?? []) {
    if (!issueCodes.includes(i)) {
      throw new InputError(`unknown issue '${i}'`, {
        location: { field: 'issue' },
        hint: `one of ${issueCodes.join(', ')}`,
      });
    }
  }
}

export function voteFilterSql(filter: VoteFilter): string {
  const where: string[] = [];
  const y = yearColumn(filter.yearBasis);
  if (filter.from !== undefined) where.push(`${y} >= ${filter.from}`);
  if (filter.to !== undefined) where.push(`${y} <= ${filter.to}`);
  if (filter.issues?.length) where.push(`(${filter.issues.map((i) => `"${i}"`).join(' OR ')})`);
  if (filter.important) where.push('important');
  if (filter.wholeOnly) where.push('NOT amendment AND NOT paragraph');
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

let nextTempId = 0;

/** The years the vote data cover (first and last roll call) under a year basis. */
export async function voteYears(
  store: Pick<Store, 'connection'>,
  basis?: YearBasis,
): Promise<{ from: number; to: number }> {
  const y = yearColumn(basis);
  const r = await store.connection.runAndReadAll(
    `SELECT min(${y})::INTEGER AS f, max(${y})::INTEGER AS t FROM rollcalls`,
  );
  const [row] = r.getRowObjectsJS();
  return { from: Number(row.f), to: Number(row.t) };
}

/**
 * The dense vote matrix (roll calls x states) for a filter: the input of every vote measure.
 * Columns are every state that cast a vote in the filtered roll calls, sorted by id. Cached per filter.
 */
export async function loadVoteMatrix(store: Store, filter: VoteFilter = {}): Promise<VoteMatrix> {
  validateVoteFilter(filter);
  // Calendar years are the default: the same matrix whether the basis is named or not.
  const key = `votes:${JSON.stringify({ ...filter, yearBasis: filter.yearBasis === 'session' ? 'session' : undefined })}`;
  const cached = store.cache.get(key) as VoteMatrix | undefined;
  if (cached) return cached;
  const where = voteFilterSql(filter);
  const db = store.connection;
  // Rows by year, then date: under session years 71 of Voeten's roll calls have a session that is out of
  // date order (his session coding kept as is), and every measure needs each year's rows contiguous.
  // Names of their own, so that two loads interleaved on one connection never share a table.
  const id = nextTempId++;
  const rowsT = `_rows_${id}`;
  const colsT = `_cols_${id}`;
  await db.run(
    `CREATE OR REPLACE TEMP TABLE ${rowsT} AS SELECT rcid, ${yearColumn(filter.yearBasis)} AS year, (row_number() OVER (ORDER BY ${yearColumn(filter.yearBasis)}, date, rcid) - 1)::INTEGER AS ri FROM rollcalls ${where}`,
  );
  await db.run(
    `CREATE OR REPLACE TEMP TABLE ${colsT} AS SELECT country, (row_number() OVER (ORDER BY country) - 1)::INTEGER AS ci
     FROM (SELECT DISTINCT country FROM votes SEMI JOIN ${rowsT} USING (rcid))`,
  );
  const rc = (await db.runAndReadAll(`SELECT rcid, year FROM ${rowsT} ORDER BY ri`)).getColumnsJS();
  // An empty result has no columns at all: a filter matching no roll call gives an empty matrix.
  const rollcalls = Int32Array.from((rc[0] ?? []) as number[]);
  const years = Int16Array.from((rc[1] ?? []) as number[]);
  const countries = ((await db.runAndReadAll(`SELECT country FROM ${colsT} ORDER BY ci`)).getColumnsJS()[0] ??
    []) as string[];
  const n = countries.length;
  const votes = new Uint8Array(rollcalls.length * n);
  // Positions are computed in SQL so that only two integer columns cross into JavaScript.
  const result = await db.run(
    `SELECT (r.ri * ${n} + c.ci)::INTEGER AS pos, v.vote::UTINYINT AS vote FROM votes v JOIN ${rowsT} r USING (rcid) JOIN ${colsT} c USING (country)`,
  );
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const pos = chunk.getColumnVector(0);
    const vote = chunk.getColumnVector(1);
    for (let i = 0; i < chunk.rowCount; i++) votes[pos.getItem(i) as number] = vote.getItem(i) as number;
  }
  await db.run(`DROP TABLE ${rowsT}; DROP TABLE ${colsT}`);
  const matrix: VoteMatrix = { countries, rollcalls, years, votes };
  store.cache.set(key, matrix);
  return matrix;
}
