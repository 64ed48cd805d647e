import { cachedPerStore, requireDataset } from './load.js';
import type { Store } from './open.js';

/** One outward direct investment position of an investor economy in a counterpart economy. */
export interface InvestmentPosition {
  investor: string;
  counterpart: string;
  year: number;
  basis: 'reported' | 'derived';
  /** US$ millions; null when the IMF publishes no value (or no scale) for it: missing, never zero. */
  valueUsdMn: number | null;
  sourceLine: number;
}

export const investmentSourceFile =
  'finance/imf_dip_outward_direct_investment_positions_usa_chn_deu_jpn_sgp_2014_2024.csv';

export function requireInvestment(store: Store): void {
  requireDataset(store, ['investment_positions'], 'investment', 'investment');
}

/**
 * Every position whose counterpart is an economy (IMF groups left out), grouped by counterpart and
 * ordered by year, investor and basis; loaded once per store (about 15,000 rows).
 */
export async function investmentPositions(store: Store): Promise<Map<string, InvestmentPosition[]>> {
  requireInvestment(store);
  return cachedPerStore(store, 'investment:positions', async () => {
    const r = await store.connection.runAndReadAll(
      `SELECT investor, counterpart, year::INTEGER AS year, basis, value_usd_mn, source_line::INTEGER AS line
       FROM investment_positions WHERE counterpart_kind = 'country' ORDER BY counterpart, year, investor, basis`,
    );
    const [inv, cp, yr, basis, value, line] = r.getColumnsJS() as unknown[][];
    const out = new Map<string, InvestmentPosition[]>();
    for (let i = 0; i < inv.length; i++) {
      const c = cp[i] as string;
      let list = out.get(c);
      if (!list) {
        list = [];
        out.set(c, list);
      }
      list.push({
        investor: inv[i] as string,
        counterpart: c,
        year: yr[i] as number,
        basis: basis[i] as 'reported' | 'derived',
        valueUsdMn: (value[i] as number | null) ?? null,
        sourceLine: line[i] as number,
      });
    }
    return out;
  });
}

/** The investor economies of the table (USA, CHN, DEU, JPN, SGP in the bundled file) and its years. */
export async function investmentCoverage(
  store: Store,
): Promise<{ from: number; to: number; investors: string[] }> {
  requireInvestment(store);
  const cached = store.cache.get('investment:coverage') as
    | { from: number; to: number; investors: string[] }
    | undefined;
  if (cached) return cached;
  const r = await store.connection.runAndReadAll(
    `SELECT min(year)::INTEGER AS f, max(year)::INTEGER AS t, list(DISTINCT investor ORDER BY investor) AS inv
     FROM investment_positions`,
  );
  const [row] = r.getRowObjectsJS();
  const coverage = { from: Number(row.f), to: Number(row.t), investors: row.inv as string[] };
  store.cache.set('investment:coverage', coverage);
  return coverage;
}
