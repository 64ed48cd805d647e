import { cachedPerStore, requireDataset } from './load.js';
import type { Store } from './open.js';

/** One US assistance value: obligations or disbursements of a fiscal year. */
export interface UsAidValue {
  recipient: string;
  transaction: 'obligations' | 'disbursements';
  fiscalYear: number;
  transitionQuarter: boolean;
  currentUsd: number;
  constantUsd: number;
  sourceLine: number;
}

/** One recipient-year of Chinese development finance commitments, constant 2021 US$. */
export interface ChinaAidValue {
  recipient: string;
  year: number;
  odaUsd2021: number;
  oofUsd2021: number;
  vagueUsd2021: number;
  sourceLine: number;
}

export const usAidSourceFile = 'finance/us_foreign_assistance_by_country_fy1946_2024.csv';
export const chinaAidSourceFile =
  'finance/aiddata_gcdf3_chinese_development_finance_cow_country_year_2000_2021.csv';

export function requireAid(store: Store): void {
  requireDataset(store, ['aid_us', 'aid_china'], 'aid', 'aid');
}

function group<T extends { recipient: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.recipient);
    if (list) list.push(r);
    else out.set(r.recipient, [r]);
  }
  return out;
}

/** US obligations and disbursements to states (regions and World left out), by recipient, ordered by year. */
export async function usAidValues(store: Store): Promise<Map<string, UsAidValue[]>> {
  requireAid(store);
  return cachedPerStore(store, 'aid:us', async () => {
    const r = await store.connection.runAndReadAll(
      `SELECT recipient, transaction, fiscal_year::INTEGER AS fy, transition_quarter AS tq, current_usd, constant_usd,
         source_line::INTEGER AS line
       FROM aid_us WHERE recipient IS NOT NULL ORDER BY recipient, fy, tq, transaction`,
    );
    const [rec, tr, fy, tq, cur, con, line] = r.getColumnsJS() as unknown[][];
    const rows: UsAidValue[] = rec.map((_, i) => ({
      recipient: rec[i] as string,
      transaction: tr[i] as UsAidValue['transaction'],
      fiscalYear: fy[i] as number,
      transitionQuarter: Boolean(tq[i]),
      currentUsd: cur[i] as number,
      constantUsd: con[i] as number,
      sourceLine: line[i] as number,
    }));
    return group(rows);
  });
}

/** Chinese commitments by recipient, ordered by year. */
export async function chinaAidValues(store: Store): Promise<Map<string, ChinaAidValue[]>> {
  requireAid(store);
  return cachedPerStore(store, 'aid:china', async () => {
    const r = await store.connection.runAndReadAll(
      `SELECT recipient, year::INTEGER AS y, oda_usd2021, oof_usd2021, vague_usd2021, source_line::INTEGER AS line
       FROM aid_china ORDER BY recipient, y`,
    );
    const [rec, y, oda, oof, vague, line] = r.getColumnsJS() as unknown[][];
    const rows: ChinaAidValue[] = rec.map((_, i) => ({
      recipient: rec[i] as string,
      year: y[i] as number,
      odaUsd2021: oda[i] as number,
      oofUsd2021: oof[i] as number,
      vagueUsd2021: vague[i] as number,
      sourceLine: line[i] as number,
    }));
    return group(rows);
  });
}

/** Years each source covers (the publisher's whole span, not a recipient's). */
export async function aidCoverage(store: Store): Promise<{
  usObligations: { from: number; to: number };
  usDisbursements: { from: number; to: number };
  china: { from: number; to: number };
}> {
  requireAid(store);
  const r = await store.connection.runAndReadAll(
    `SELECT transaction AS k, min(fiscal_year)::INTEGER AS f, max(fiscal_year)::INTEGER AS t FROM aid_us GROUP BY 1
     UNION ALL SELECT 'china', min(year)::INTEGER, max(year)::INTEGER FROM aid_china`,
  );
  const m = new Map(r.getRowObjectsJS().map((x) => [String(x.k), { from: Number(x.f), to: Number(x.t) }]));
  const get = (k: string) => m.get(k) ?? { from: Number.NaN, to: Number.NaN };
  return { usObligations: get('obligations'), usDisbursements: get('disbursements'), china: get('china') };
}
