// The IMF groups a country trades with (`bearing trade KEN --groups`), kept apart from partner states.
import type { Country } from '../../countries/country.js';
import { checkYearCovered } from '../../params/years.js';
import type { Store } from '../../store/open.js';
import {
  countryGroupFlows,
  type TradeGroupInfo,
  tradeExtent,
  tradeFileFor,
  tradeGroups,
} from '../../store/trade.js';
import { dotsCoverage, finite, resolveCountry, type TradeSource } from './common.js';

/** A country's flows with one IMF group (World, Euro Area, "not specified", ...) in a year. */
export interface TradeGroupRow {
  group: string;
  label: string;
  kind: TradeGroupInfo['kind'];
  /** Exports to the group as reported by the country; null when no row is published. */
  exports: number | null;
  /** The group's reported exports to the country (mirror imports); null when none. */
  imports: number | null;
  sources: TradeSource[];
}

/**
 * The IMF groups a country trades with in a year, kept apart from partner states: aggregates
 * (World, Euro Area, Sub-Saharan Africa, ...), unallocated trade, unions and areas.
 */
export async function tradeGroupPartners(
  store: Store,
  country: string | Country,
  options: { year: number },
): Promise<{
  country: string;
  countryName: string;
  year: number;
  groups: TradeGroupRow[];
  coverageNote: string;
}> {
  const c = resolveCountry(store, country);
  checkYearCovered(options.year, await dotsCoverage(store), 'year');
  const extent = await tradeExtent(store);
  const info = new Map((await tradeGroups(store)).map((g) => [g.id, g]));
  const rows = await countryGroupFlows(store, c.id, options.year);
  const order = [...info.keys()];
  rows.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
  return {
    country: c.id,
    countryName: c.name,
    year: options.year,
    coverageNote: extent.note,
    groups: rows.map((r) => ({
      group: r.group,
      label: info.get(r.group)?.label ?? r.group,
      kind: info.get(r.group)?.kind ?? 'aggregate',
      exports: finite(r.exports),
      imports: finite(r.imports),
      sources: [
        {
          file: tradeFileFor(options.year, extent),
          rows: [r.exportsLine, r.importsLine].filter((l): l is number => l !== null),
          note: `${c.id}->${r.group} and ${r.group}->${c.id} ${options.year}`,
        },
      ],
    })),
  };
}
