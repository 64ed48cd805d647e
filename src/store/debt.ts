import { InputError } from '../errors.js';
import type { CreditorKind, DebtCategory, DebtMeasure } from '../finance/debtRecord.js';
import { rebuildHint } from '../snapshot/read.js';
import type { Store } from './open.js';

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
  if (!store.has('debt_creditors')) {
    throw new InputError('the snapshot has no debt dataset', {
      location: { file: 'data/manifest.json' },
      hint: rebuildHint.replace('build-data`', 'build-data -- --only debt`'),
      kind: 'unavailable',
    });
  }
}

/** Every value for one debtor (a concordance id), optionally within years, ordered by year. */
export async function debtValues(
  store: Store,
  debtor: string,
  range: { from?: number; to?: number } = {},
): Promise<DebtValue[]> {
  requireDebt(store);
  const key = `debt:${debtor}`;
  let all = store.cache.get(key) as DebtValue[] | undefined;
  if (!all) {
    const r = await store.connection.runAndReadAll(
      `SELECT measure, year::INTEGER AS year, category, creditor_name, creditor_kind, creditor_country,
              value_usd, projected, source_line::INTEGER AS source_line
       FROM debt_creditors WHERE debtor = $1 ORDER BY year, measure, category, creditor_name`,
      [debtor],
    );
    all = r.getRowObjectsJS().map((x) => ({
      measure: x.measure as DebtMeasure,
      year: Number(x.year),
      category: x.category as DebtCategory,
      creditorName: String(x.creditor_name),
      creditorKind: x.creditor_kind as CreditorKind,
      creditorCountry: (x.creditor_country as string | null) ?? null,
      value: Number(x.value_usd),
      projected: Boolean(x.projected),
      sourceLine: Number(x.source_line),
    }));
    store.cache.set(key, all);
  }
  return all.filter(
    (v) =>
      (range.from === undefined || v.year >= range.from) && (range.to === undefined || v.year <= range.to),
  );
}

/** The debtors (concordance ids) the debt table covers, and its years per measure. */
export async function debtCoverage(
  store: Store,
): Promise<{ debtors: string[]; stockYears: [number, number]; serviceYears: [number, number] }> {
  requireDebt(store);
  const r = await store.connection.runAndReadAll(
    `SELECT measure, min(year)::INTEGER AS f, max(year)::INTEGER AS t, list(DISTINCT debtor ORDER BY debtor) FILTER (WHERE debtor IS NOT NULL) AS d
     FROM debt_creditors GROUP BY measure`,
  );
  const rows = r.getRowObjectsJS();
  const get = (m: string) => rows.find((x) => x.measure === m)!;
  const debtors = [...new Set(rows.flatMap((x) => (x.d as string[]) ?? []))].sort();
  return {
    debtors,
    stockYears: [Number(get('stock').f), Number(get('stock').t)],
    serviceYears: [Number(get('service').f), Number(get('service').t)],
  };
}
