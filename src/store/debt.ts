import {
  type CreditorKind,
  type DebtCategory,
  type DebtMeasure,
  debtCategories,
} from '../finance/debtRecord.js';
import { cachedPerStore, requireDataset } from './load.js';
import type { Store } from './open.js';
import { Where } from './sql.js';

/** One value of the debt_creditors table, as the queries use it. */
export interface DebtValue {
  measure: DebtMeasure;
  year: number;
  category: DebtCategory;
  creditorName: string;
  creditorKind: CreditorKind;
  creditorCountry: string | null;
  value: number;
  projected: boolean;
  sourceLine: number;
}

export function requireDebt(store: Store): void {
  requireDataset(store, ['debt_creditors'], 'debt', 'debt');
}

/** Every debtor (concordance id) the debt table has figures for, sorted. */
export async function debtorIds(store: Store): Promise<string[]> {
  const r = await store.connection.runAndReadAll(
    'SELECT DISTINCT debtor FROM debt_creditors WHERE debtor IS NOT NULL ORDER BY 1',
  );
  return (r.getColumnsJS()[0] ?? []) as string[];
}

/**
 * Every value of the table, grouped by debtor (concordance id) and ordered by year, cached per
 * store. Strings cross from DuckDB once each: creditors, debtors and categories are read as small
 * dictionaries, the 93,592 values as integer codes and doubles, chunk by chunk.
 */
async function loadDebtValues(store: Store, only?: string): Promise<Map<string, DebtValue[]>> {
  requireDebt(store);
  const db = store.connection;
  const where = new Where();
  const categories = debtCategories.map((c) => where.bind(c)).join(', ');
  if (only !== undefined) where.add((d) => `t.debtor = ${d}`, only);
  const creditors = (
    await db.runAndReadAll(
      `SELECT DISTINCT creditor_name, creditor_kind, creditor_country FROM debt_creditors ORDER BY ALL`,
    )
  ).getRowObjectsJS();
  const debtors = await debtorIds(store);
  const result = await db.run(
    `WITH c AS (SELECT creditor_name, creditor_kind, creditor_country,
                  (row_number() OVER (ORDER BY creditor_name, creditor_kind, creditor_country) - 1)::INTEGER AS ci
                FROM (SELECT DISTINCT creditor_name, creditor_kind, creditor_country FROM debt_creditors)),
          d AS (SELECT debtor, (row_number() OVER (ORDER BY debtor) - 1)::INTEGER AS di
                FROM (SELECT DISTINCT debtor FROM debt_creditors WHERE debtor IS NOT NULL))
     SELECT d.di, (t.measure = 'service')::INTEGER AS m, t.year::INTEGER AS y,
            list_position([${categories}], t.category)::INTEGER - 1 AS k,
            c.ci, t.value_usd, t.projected::INTEGER AS p, t.source_line::INTEGER AS line
     FROM debt_creditors t JOIN d USING (debtor)
       JOIN c ON c.creditor_name = t.creditor_name AND c.creditor_kind = t.creditor_kind
         AND c.creditor_country IS NOT DISTINCT FROM t.creditor_country
     ${where.sql}
     ORDER BY d.di, y, m, k, c.ci`,
    where.params,
  );
  const out = new Map<string, DebtValue[]>();
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const col = (i: number) => chunk.getColumnVector(i);
    const [di, m, y, k, ci, v, p, line] = [0, 1, 2, 3, 4, 5, 6, 7].map(col);
    for (let i = 0; i < chunk.rowCount; i++) {
      const debtor = debtors[di.getItem(i) as number];
      let list = out.get(debtor);
      if (!list) {
        list = [];
        out.set(debtor, list);
      }
      const c = creditors[ci.getItem(i) as number];
      list.push({
        measure: m.getItem(i) === 1 ? 'service' : 'stock',
        year: y.getItem(i) as number,
        category: debtCategories[k.getItem(i) as number],
        creditorName: String(c.creditor_name),
        creditorKind: c.creditor_kind as CreditorKind,
        creditorCountry: (c.creditor_country as string | null) ?? null,
        value: v.getItem(i) as number,
        projected: p.getItem(i) === 1,
        sourceLine: line.getItem(i) as number,
      });
    }
  }
  return out;
}

/** Every debtor's values, loaded once per store (for bulk use: the bearing, the API, benchmarks). */
export async function allDebtValues(store: Store): Promise<Map<string, DebtValue[]>> {
  return cachedPerStore(store, 'debt:values', () => loadDebtValues(store));
}

/** Every value for one debtor (a concordance id), optionally within years, ordered by year. */
export async function debtValues(
  store: Store,
  debtor: string,
  range: { from?: number; to?: number } = {},
): Promise<DebtValue[]> {
  const bulk = store.cache.get('debt:values') as Map<string, DebtValue[]> | undefined;
  let all = bulk?.get(debtor);
  if (!all) {
    const key = `debt:values:${debtor}`;
    all = store.cache.get(key) as DebtValue[] | undefined;
    if (!all) {
      all = (await loadDebtValues(store, debtor)).get(debtor) ?? [];
      store.cache.set(key, all);
    }
  }
  if (range.from === undefined && range.to === undefined) return all;
  return all.filter(
    (v) =>
      (range.from === undefined || v.year >= range.from) && (range.to === undefined || v.year <= range.to),
  );
}

/** The debtors (concordance ids) the debt table covers, and its years per measure. */
export async function debtCoverage(
  store: Store,
): Promise<{ debtors: string[]; stockYears: [number, number]; serviceYears: [number, number] }> {
  return cachedPerStore(store, 'debt:coverage', async () => {
    requireDebt(store);
    const years = (
      await store.connection.runAndReadAll(
        'SELECT measure, min(year)::INTEGER AS f, max(year)::INTEGER AS t FROM debt_creditors GROUP BY measure',
      )
    ).getRowObjectsJS();
    const span = (m: DebtMeasure): [number, number] => {
      const r = years.find((x) => x.measure === m);
      return r ? [Number(r.f), Number(r.t)] : [0, 0];
    };
    const debtors = (
      await store.connection.runAndReadAll(
        'SELECT DISTINCT debtor FROM debt_creditors WHERE debtor IS NOT NULL ORDER BY 1',
      )
    ).getColumnsJS()[0] as string[];
    return { debtors, stockYears: span('stock'), serviceYears: span('service') };
  });
}
