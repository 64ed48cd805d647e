/**
 * Publisher rows that break a rule of the parser and are dropped, each listed exactly (reporter,
 * partner, year and value), so that any other bad row, or a change to one of these, still fails the
 * build. Documented in docs/data/trade.md.
 *
 * Negative exports: the IMF aggregates "Advanced Economies" and "World" report negative exports to
 * "Malaysia" in 1960-1963, the years in which DOTS also has a partner "Malaysia, West" (Malaya). The
 * negatives are netting adjustments between the two labels inside the aggregates, not flows.
 */
export interface DotsAnomaly {
  reporter: string;
  partner: string;
  year: number;
  value: number;
  reason: string;
}

const malaysiaNetting = 'negative aggregate exports to Malaysia, 1960-63 (netting against "Malaysia, West")';

export const dotsAnomalies: readonly DotsAnomaly[] = [
  { reporter: 'Advanced Economies', partner: 'Malaysia', year: 1960, value: -4.8, reason: malaysiaNetting },
  { reporter: 'Advanced Economies', partner: 'Malaysia', year: 1961, value: -2.8, reason: malaysiaNetting },
  { reporter: 'Advanced Economies', partner: 'Malaysia', year: 1962, value: -1.3, reason: malaysiaNetting },
  { reporter: 'Advanced Economies', partner: 'Malaysia', year: 1963, value: -6.3, reason: malaysiaNetting },
  { reporter: 'World', partner: 'Malaysia', year: 1960, value: -4.8, reason: malaysiaNetting },
];

/** The documented reason a negative row is dropped, or undefined when it is not a known anomaly. */
export function knownAnomaly(
  reporter: string,
  partner: string,
  year: number,
  value: number,
): string | undefined {
  return dotsAnomalies.find(
    (a) => a.reporter === reporter && a.partner === partner && a.year === year && a.value === value,
  )?.reason;
}
