import type { EngagementRecord } from './parseEngagements.js';

/** For each row, the countries of every row with the same date and text (itself included). */
export function siblingCountries(records: readonly EngagementRecord[]): ReadonlySet<string>[] {
  const groups = new Map<string, Set<string>>();
  const key = (r: EngagementRecord) => `${r.date}\u0000${r.text}`;
  for (const r of records) {
    const k = key(r);
    const g = groups.get(k) ?? new Set<string>();
    g.add(r.country);
    groups.set(k, g);
  }
  return records.map((r) => groups.get(key(r))!);
}
