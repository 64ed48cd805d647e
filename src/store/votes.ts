import { type VoteFilter, validateVoteFilter } from '../params/votes.js';
import type { YearBasis } from '../params/yearBasis.js';
import type { IssueCode } from '../votes/rollCall.js';
import type { VoteMatrix } from '../votes/voteMatrix.js';
import { cachedPerStore } from './load.js';
import type { Store } from './open.js';
import { quoteIdentifier, Where } from './sql.js';

/** The rollcalls column holding a roll call's year under a basis. */
export function yearColumn(basis: YearBasis | undefined): 'year' | 'session_year' {
  return basis === 'session' ? 'session_year' : 'year';
}

/** The WHERE clause of a vote filter over the rollcalls table, values bound as parameters. */
export function voteFilterWhere(filter: VoteFilter): Where {
  const where = new Where();
  const col = yearColumn(filter.yearBasis);
  if (filter.from !== undefined) where.add((y) => `${col} >= ${y}`, filter.from);
  if (filter.to !== undefined) where.add((y) => `${col} <= ${y}`, filter.to);
  // Issue areas are boolean columns: validated names (validateVoteFilter), quoted as identifiers.
  if (filter.issues?.length) where.raw(`(${filter.issues.map(quoteIdentifier).join(' OR ')})`);
  if (filter.important) where.raw('important');
  if (filter.wholeOnly) where.raw('NOT amendment AND NOT paragraph');
  return where;
}

/** How many roll calls a filter selects. */
export async function countRollCalls(store: Store, filter: VoteFilter): Promise<number> {
  validateVoteFilter(filter);
  const where = voteFilterWhere(filter);
  const r = await store.connection.runAndReadAll(
    `SELECT count(*)::INTEGER AS n FROM rollcalls ${where.sql}`,
    where.params,
  );
  return Number(r.getRowObjectsJS()[0].n);
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
  return cachedPerStore(store, key, async () => {
    const where = voteFilterWhere(filter);
    const db = store.connection;
    // Rows by year, then date: under session years 71 of Voeten's roll calls have a session that is out of
    // date order (his session coding kept as is), and every measure needs each year's rows contiguous.
    // Names of their own, so that two loads interleaved on one connection never share a table.
    const id = nextTempId++;
    const rowsT = quoteIdentifier(`_rows_${id}`);
    const colsT = quoteIdentifier(`_cols_${id}`);
    await db.run(
      `CREATE OR REPLACE TEMP TABLE ${rowsT} AS SELECT rcid, ${yearColumn(filter.yearBasis)} AS year, (row_number() OVER (ORDER BY ${yearColumn(filter.yearBasis)}, date, rcid) - 1)::INTEGER AS ri FROM rollcalls ${where.sql}`,
      where.params,
    );
    await db.run(
      `CREATE OR REPLACE TEMP TABLE ${colsT} AS SELECT country, (row_number() OVER (ORDER BY country) - 1)::INTEGER AS ci
       FROM (SELECT DISTINCT country FROM votes SEMI JOIN ${rowsT} USING (rcid))`,
    );
    const rc = (await db.runAndReadAll(`SELECT rcid, year FROM ${rowsT} ORDER BY ri`)).getColumnsJS();
    // An empty result has no columns at all: a filter matching no roll call gives an empty matrix.
    const rollcalls = Int32Array.from((rc[0] ?? []) as number[]);
    const years = Int16Array.from((rc[1] ?? []) as number[]);
    const countries = ((
      await db.runAndReadAll(`SELECT country FROM ${colsT} ORDER BY ci`)
    ).getColumnsJS()[0] ?? []) as string[];
    const n = countries.length;
    const votes = new Uint8Array(rollcalls.length * n);
    // Positions are computed in SQL so that only two integer columns cross into JavaScript.
    const result = await db.run(
      `SELECT (r.ri * $1 + c.ci)::INTEGER AS pos, v.vote::UTINYINT AS vote FROM votes v JOIN ${rowsT} r USING (rcid) JOIN ${colsT} c USING (country)`,
      [n],
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
    return matrix;
  });
}

/**
 * The last year (under a basis) of the roll calls carrying Voeten's codes: important-vote flags, or any
 * of the given issue codes. Null when none does.
 */
export async function lastCodedYear(
  store: Pick<Store, 'connection'>,
  basis: YearBasis | undefined,
  codes: { important: true } | { issues: readonly IssueCode[] },
): Promise<number | null> {
  const where =
    'important' in codes ? 'important' : `(${codes.issues.map((i) => quoteIdentifier(i)).join(' OR ')})`;
  const r = await store.connection.runAndReadAll(
    `SELECT max(${yearColumn(basis)})::INTEGER AS t FROM rollcalls WHERE ${where}`,
  );
  const t = r.getRows()[0][0];
  return t === null ? null : Number(t);
}
