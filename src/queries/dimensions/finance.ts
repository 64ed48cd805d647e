import { institutionById } from '../../finance/institutions.js';
import {
  attributeToPoles,
  defaultMultilaterals,
  type MultilateralMode,
} from '../../measures/finance/attribution.js';
import { type FinanceAmounts, financePositions } from '../../measures/finance/position.js';
import { type Pole, poleMemberSets } from '../../poles/pole.js';
import { serviceYears, shareholderTables } from '../../store/debtService.js';
import type { Store } from '../../store/open.js';
import { serviceSource } from '../debtService.js';
import type { CountryDimensionReading, DimensionProvider, DimensionSeries } from './provider.js';

/** The figures behind one finance reading (amounts in current US$, debt service in the year). */
export interface FinanceFigures {
  [key: string]: number | string | boolean | null;
  multilaterals: MultilateralMode;
  totalServiceUsd: number;
  /** Counted toward each pole: member creditors plus, with shareholders, attributed multilateral service. */
  firstServiceUsd: number;
  secondServiceUsd: number;
  directFirstUsd: number;
  directSecondUsd: number;
  attributedFirstUsd: number;
  attributedSecondUsd: number;
  /** Service to institutions not attributed to anyone (all of them with `none`). */
  unattributedUsd: number;
  /** Their ids, largest first ("AFDB, ADB"). */
  unattributedInstitutions: string;
  firstShare: number;
  secondShare: number;
  worldMedianCombinedShare: number | null;
  /** True when the year's figures are IDS contractual projections (2023-2025), not payments made. */
  projected: boolean;
  /** The one date of each voting-power table applied to this reading ("IDA 2022-12-31; IBRD 2023-02-06"), or null. */
  votingPowerDates: string | null;
}

const methods = (mode: MultilateralMode) =>
  `Public and publicly guaranteed external debt service (principal plus interest) each debtor pays creditors of each pole, from the World Bank IDS for all low- and middle-income debtors, 2000-2025 (2023-2025 are contractual projections). Position = (S - F) / (S + F) over what is paid toward the first (F) and second (S) pole; a pole's member sits at its own end. ${
    mode === 'shareholders'
      ? 'Service to IDA and IBRD counts toward each pole in proportion to its members\u2019 share of the institution\u2019s votes (IDA 2022-12-31, IBRD 2023-02-06; single dates applied to every year); other institutions (AfDB, ADB, IDB, ...) count for neither and are listed.'
      : 'Only creditors that are countries count; service to every multilateral institution counts for neither pole.'
  } Engagement = (F + S) / total service over the median debtor's, capped at 1. Outside the IDS debtors (high-income countries) the dimension is missing. docs/methods/finance.md.`;

/**
 * The finance dimension of the bearing with a given multilaterals setting. Reads the debt_service
 * and voting_power tables once per store (cached there), then every debtor-year in memory.
 */
export function financeDimensionFor(multilaterals: MultilateralMode): DimensionProvider<FinanceFigures> {
  return {
    id: 'finance',
    label: 'Finance (debt service by creditor)',
    defaultWeight: 1,
    async coverage(store: Store) {
      if (!store.has('debt_service')) return null;
      const ys = await serviceYears(store);
      let from = Number.POSITIVE_INFINITY;
      let to = Number.NEGATIVE_INFINITY;
      for (const y of ys) {
        from = Math.min(from, y.year);
        to = Math.max(to, y.year);
      }
      return { from, to };
    },
    async read(store: Store, poles: readonly [Pole, Pole]): Promise<DimensionSeries<FinanceFigures>> {
      if (!store.has('debt_service')) return new Map();
      return financeSeries(store, poles, multilaterals);
    },
    methods: methods(multilaterals),
    describe: describeFinance,
  };
}

const usd = (x: number) =>
  Math.abs(x) >= 1e9 ? `US$${(x / 1e9).toFixed(2)}bn` : `US$${(x / 1e6).toFixed(1)}m`;

/** "debt service to United States US$44.1m (US$17.6m via IDA/IBRD votes), to China US$515.0m of US$3.98bn (2019)". */
export function describeFinance(
  r: CountryDimensionReading<FinanceFigures>,
  names: readonly [string, string],
): string {
  const f = r.figures;
  const via = (x: number) =>
    f.multilaterals === 'shareholders' && x > 0 ? ` (${usd(x)} via IDA/IBRD votes)` : '';
  return `debt service to ${names[0]} ${usd(f.firstServiceUsd)}${via(f.attributedFirstUsd)}, to ${names[1]} ${usd(f.secondServiceUsd)}${via(f.attributedSecondUsd)} of ${usd(f.totalServiceUsd)} in ${r.dataYear}${f.projected ? ' (IDS projection)' : ''}`;
}

/** The finance dimension with the default setting (multilaterals attributed to shareholders). */
export const financeDimension: DimensionProvider<FinanceFigures> = financeDimensionFor(defaultMultilaterals);

/** Every debtor-year's finance reading between two poles under a multilaterals setting. */
export async function financeSeries(
  store: Store,
  poles: readonly [Pole, Pole],
  multilaterals: MultilateralMode,
): Promise<DimensionSeries<FinanceFigures>> {
  const key = `finance:series:${poles[0].id}:${poles[1].id}:${multilaterals}`;
  const cached = store.cache.get(key) as DimensionSeries<FinanceFigures> | undefined;
  if (cached) return cached;
  const [years, tables] = await Promise.all([serviceYears(store), shareholderTables(store)]);
  const byYear = new Map<number, typeof years>();
  for (const y of years) {
    const list = byYear.get(y.year) ?? [];
    list.push(y);
    byYear.set(y.year, list);
  }
  const out: DimensionSeries<FinanceFigures> = new Map();
  for (const [year, list] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const members = poleMemberSets(poles, year);
    const attributions = list.map((y) => attributeToPoles(y.creditors, members, tables, multilaterals));
    const amounts: FinanceAmounts[] = list.map((y, i) => ({
      country: y.debtor,
      total: y.total,
      first: attributions[i].first,
      second: attributions[i].second,
      side: members[0].has(y.debtor) ? 0 : members[1].has(y.debtor) ? 1 : -1,
    }));
    const positions = new Map(financePositions(amounts).map((p) => [p.country, p]));
    const readings = new Map<string, CountryDimensionReading<FinanceFigures>>();
    list.forEach((y, i) => {
      const p = positions.get(y.debtor);
      if (!p) return; // no positive total: missing
      const a = attributions[i];
      readings.set(y.debtor, {
        position: p.position,
        engagement: p.engagement,
        dataYear: year,
        figures: {
          multilaterals,
          totalServiceUsd: y.total,
          firstServiceUsd: a.first,
          secondServiceUsd: a.second,
          directFirstUsd: a.directFirst,
          directSecondUsd: a.directSecond,
          attributedFirstUsd: a.first - a.directFirst,
          attributedSecondUsd: a.second - a.directSecond,
          unattributedUsd: a.unattributed.reduce((s, x) => s + x.value, 0),
          unattributedInstitutions: a.unattributed
            .filter((x) => x.value !== 0)
            .map((x) => institutionById(x.institution)?.id ?? x.institution)
            .join(', '),
          firstShare: a.first / y.total,
          secondShare: a.second / y.total,
          worldMedianCombinedShare: p.worldMedianCombinedShare,
          projected: y.projected,
          votingPowerDates: a.attributed.length
            ? a.attributed.map((x) => `${x.institution} ${x.asOf}`).join('; ')
            : null,
        },
        source: serviceSource,
      });
    });
    out.set(year, readings);
  }
  store.cache.set(key, out);
  return out;
}
