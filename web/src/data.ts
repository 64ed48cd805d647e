// Shared look-ups every page needs: the server's capabilities and the country list.
import { useEffect, useState } from 'preact/hooks';
import type { Country, Meta } from '../../src/api/types';
import { capabilities, getJson } from './api';

export type { Country, Meta } from '../../src/api/types';

export interface Countries {
  list: Country[];
  byId: Map<string, Country>;
  m49ToId: Map<number, string>;
  name(id: string): string;
}

export function loadMeta(): Promise<Meta> {
  return getJson<Meta>('/meta');
}

/** The years of UN votes in the snapshot: the span of the map's year slider. */
export function voteYears(meta: Meta | undefined): { from: number; to: number } | undefined {
  const c = meta?.snapshot.datasets.find((d) => d.id === 'unga')?.coverage;
  return c?.from && c.to ? { from: c.from, to: c.to } : undefined;
}

/**
 * The map's default year: the latest year that at least three of the snapshot's datasets cover (capped by
 * the votes), so the default shows a full composite, not a year only the votes (or a projection) reach.
 */
export function defaultMapYear(meta: Meta | undefined): number | undefined {
  const votes = voteYears(meta);
  const ends = (meta?.snapshot.datasets ?? [])
    .map((d) => d.coverage.to)
    .filter((y): y is number => typeof y === 'number')
    .sort((a, b) => b - a);
  const third = ends[2] ?? ends[ends.length - 1];
  if (votes === undefined) return third;
  return third === undefined ? votes.to : Math.min(votes.to, Math.max(votes.from, third));
}

export function useMeta(): Meta | undefined {
  return useAsync(loadMeta, []).value;
}

let countriesPromise: Promise<Countries> | undefined;

export function loadCountries(): Promise<Countries> {
  countriesPromise ??= getJson<Country[]>('/countries').then((list) => {
    const byId = new Map(list.map((c) => [c.id, c]));
    const m49ToId = new Map<number, string>();
    for (const c of list) if (c.m49 !== null && !c.historical) m49ToId.set(c.m49, c.id);
    return { list, byId, m49ToId, name: (id: string) => byId.get(id)?.name ?? id };
  });
  return countriesPromise;
}

/**
 * The value of an async call, re-run when `deps` change. While a re-run is pending the previous
 * value stays (so a map can keep its shapes) and `pending` is true: it is not the answer for `deps`.
 */
export function useAsync<T>(
  f: () => Promise<T>,
  deps: unknown[],
): { value?: T; error?: Error; pending: boolean } {
  const key = JSON.stringify(deps);
  const [s, setS] = useState<{ value?: T; error?: Error; key?: string }>({});
  useEffect(() => {
    let live = true;
    f().then(
      (value) => live && setS({ value, key }),
      (error: Error) => live && setS({ error, key }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return { value: s.value, error: s.key === key ? s.error : undefined, pending: s.key !== key };
}

export function useCaps(): Set<string> | undefined {
  return useAsync(capabilities, []).value;
}

export function useCountries(): Countries | undefined {
  return useAsync(loadCountries, []).value;
}

/** Powers offered as poles; any country code typed in the URL works too. */
export const poleChoices = [
  'USA',
  'CHN',
  'RUS',
  'IND',
  'GBR',
  'FRA',
  'DEU',
  'JPN',
  'BRA',
  'TUR',
  'SAU',
  'ZAF',
];
