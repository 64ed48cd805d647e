import { type VoteFilter, validateVoteFilter } from '../params/votes.js';
import type { VoteMatrix } from '../votes/voteMatrix.js';
import type { Store } from './open.js';
import { quoteIdentifier, Where } from './sql.js';

/** The WHERE clause of a vote filter over the rollcalls table, values bound as parameters. */
export function voteFilterWhere(filter: VoteFilter): Where {
  const where = new Where();
  if (filter.from !== undefined) where.add((y) => `year >= ${y}`, filter.from);
  if (filter.to !== undefined) where.add((y) => `year <= ${y}`, filter.to);
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

/** The years the vote data cover (first and last roll call). */
export async function voteYears(store: Store): Promise<{ from: number; to: number }> {
  const r = await store.connection.runAndReadAll(
    'SELECT min(year)::INTEGER AS f, max(year)::INTEGER AS t FROM rollcalls',
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
  const key = `votes:${JSON.stringify(filter)}`;
  const cached = store.cache.get(key) as VoteMatrix | undefined;
  if (cached) return cached;
  const where = voteFilterWhere(filter);
  const db = store.connection;
  // Names of their own, so that two loads interleaved on one connection never share a table.
  const id = nextTempId++;
  const rowsT = quoteIdentifier(`_rows_${id}`);
  const colsT = quoteIdentifier(`_cols_${id}`);
  await db.run(
    `CREATE OR REPLACE TEMP TABLE ${rowsT} AS SELECT rcid, year, (row_number() OVER (ORDER BY date, rcid) - 1)::INTEGER AS ri FROM rollcalls ${where.sql}`,
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
  const countries = ((await db.runAndReadAll(`SELECT country FROM ${colsT} ORDER BY ci`)).getColumnsJS()[0] ??
    []) as string[];
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
  store.cache.set(key, matrix);
  return matrix;
}
