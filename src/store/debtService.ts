import type {
  CreditorKind,
  DebtCategory,
  DebtServiceRecord,
  ServiceComponent,
} from '../finance/debtRecord.js';
import type { CreditorAmount, ShareholderTable } from '../finance/shareholders.js';
import { cachedPerStore, requireDataset } from './load.js';
import type { Store } from './open.js';

/** The file every debt_service row comes from (one input). */
export const debtServiceFile = 'finance/wb_ids_ppg_debt_service_by_creditor_all_debtors_2000_2025.csv.gz';

/** One value of the debt_service table for one debtor: the parsed record without the debtor and file keys. */
export type ServiceValue = Pick<
  DebtServiceRecord,
  | 'year'
  | 'category'
  | 'component'
  | 'concessional'
  | 'creditorName'
  | 'creditorKind'
  | 'creditorCountry'
  | 'creditorInstitution'
  | 'value'
  | 'projected'
  | 'sourceLine'
>;

/** A debtor-year summed for the dimension: the all-creditors total and each named lender's amount. */
export interface ServiceYear {
  debtor: string;
  year: number;
  /** Sum of the IDS "World" rows (all creditors, all categories, principal plus interest). */
  total: number;
  projected: boolean;
  creditors: CreditorAmount[];
}

export function requireDebtService(store: Store): void {
  requireDataset(store, ['debt_service'], 'debt service', 'debtservice,votingpower');
}

/** The debtor countries the debt_service table covers (concordance ids, sorted), cached per store. */
export async function serviceDebtors(store: Store): Promise<string[]> {
  return cachedPerStore(store, 'debtservice:debtors', async () => {
    requireDebtService(store);
    return (
      await store.connection.runAndReadAll(
        'SELECT DISTINCT debtor FROM debt_service WHERE debtor IS NOT NULL ORDER BY 1',
      )
    ).getColumnsJS()[0] as string[];
  });
}

/** Every value for one debtor, ordered by year, category, creditor, cached per store. */
export async function serviceValues(store: Store, debtor: string): Promise<ServiceValue[]> {
  const key = `debtservice:values:${debtor}`;
  return cachedPerStore(store, key, async () => {
    requireDebtService(store);
    const rows = (
      await store.connection.runAndReadAll(
        `SELECT year::INTEGER AS year, category, component, concessional, creditor_name, creditor_kind,
                creditor_country, creditor_institution, value_usd, projected, source_line::INTEGER AS line
         FROM debt_service WHERE debtor = $1 ORDER BY year, category, creditor_name, component, concessional`,
        [debtor],
      )
    ).getRowObjectsJS();
    return rows.map(
      (r): ServiceValue => ({
        year: Number(r.year),
        category: r.category as DebtCategory,
        component: r.component as ServiceComponent,
        concessional: Boolean(r.concessional),
        creditorName: String(r.creditor_name),
        creditorKind: r.creditor_kind as CreditorKind,
        creditorCountry: (r.creditor_country as string | null) ?? null,
        creditorInstitution: (r.creditor_institution as string | null) ?? null,
        value: Number(r.value_usd),
        projected: Boolean(r.projected),
        sourceLine: Number(r.line),
      }),
    );
  });
}

/**
 * Every debtor-year, summed in DuckDB: the total and, per country or institution creditor, its
 * service over categories and components (concessional "of which" rows left out). Cached per store.
 * Deterministic to the last digit: summed as decimals (a parallel floating-point sum depends on the threads'
 * order) and the creditors in a fixed order (the readings sum them in JS).
 */
export async function serviceYears(store: Store): Promise<ServiceYear[]> {
  return cachedPerStore(store, 'debtservice:years', async () => {
    requireDebtService(store);
    const cols = (
      await store.connection.runAndReadAll(
        `SELECT debtor, year::INTEGER AS y, creditor_kind = 'total' AS t, creditor_country, creditor_institution,
                sum(value_usd::DECIMAL(38, 4))::DOUBLE AS v, bool_or(projected) AS p
         FROM debt_service
         WHERE debtor IS NOT NULL AND NOT concessional AND creditor_kind IN ('total', 'country', 'institution')
         GROUP BY ALL ORDER BY debtor, y, t, creditor_country, creditor_institution`,
      )
    ).getColumnsJS();
    const [debtor, y, t, country, institution, v, p] = cols as [
      string[],
      number[],
      boolean[],
      (string | null)[],
      (string | null)[],
      number[],
      boolean[],
    ];
    const out: ServiceYear[] = [];
    let cur: ServiceYear | undefined;
    for (let i = 0; i < debtor.length; i++) {
      if (!cur || cur.debtor !== debtor[i] || cur.year !== y[i]) {
        cur = { debtor: debtor[i], year: y[i], total: 0, projected: false, creditors: [] };
        out.push(cur);
      }
      cur.projected ||= p[i];
      if (t[i]) cur.total += v[i];
      else
        cur.creditors.push({ country: country[i] ?? null, institution: institution[i] ?? null, value: v[i] });
    }
    return out;
  });
}

/** The voting-power tables of the snapshot (IBRD, IDA, IMF), each at its one date; empty without the dataset. */
export async function shareholderTables(
  store: Store,
): Promise<Map<string, ShareholderTable & { sourceFile: string }>> {
  const cached = store.cache.get('votingpower:tables') as
    | Map<string, ShareholderTable & { sourceFile: string }>
    | undefined;
  if (cached) return cached;
  const out = new Map<string, ShareholderTable & { sourceFile: string }>();
  if (store.has('voting_power')) {
    const rows = (
      await store.connection.runAndReadAll(
        'SELECT institution, as_of, member, share, source_file FROM voting_power ORDER BY institution, member',
      )
    ).getRowObjectsJS();
    for (const r of rows) {
      const id = String(r.institution);
      let t = out.get(id);
      if (!t) {
        t = { institution: id, asOf: String(r.as_of), shares: new Map(), sourceFile: String(r.source_file) };
        out.set(id, t);
      }
      (t.shares as Map<string, number>).set(String(r.member), Number(r.share));
    }
  }
  store.cache.set('votingpower:tables', out);
  return out;
}
