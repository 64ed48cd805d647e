import type { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import type { DotsTable } from './parseDots.js';

/**
 * What a DOTS reporter or partner label stands for: a state of the concordance, or one of the IMF's
 * groups. Groups have lower-case ids (`world`, `euro-area`), so they can never be taken for a
 * country id (upper-case ISO3 or historical code), and they are stored in tables of their own.
 */
export type DotsEntity =
  | { kind: 'country'; label: string; id: string; rule: 'override' | 'concordance' }
  | { kind: 'group'; label: string; id: string; rule: 'group'; group: DotsGroup };

export type DotsGroupKind =
  /** An IMF aggregate of economies (World, Euro Area, Sub-Saharan Africa, ...). */
  | 'aggregate'
  /** Trade the reporter could not allocate to a partner ("Asia not specified", "Special Categories"). */
  | 'unallocated'
  /** A customs union reporting as one (Belgium-Luxembourg to 1996, SACCA to 1996): its members are listed. */
  | 'union'
  /** Part of a state reported on its own ("Malaysia, West", 1960-63). */
  | 'area';

export interface DotsGroup {
  id: string;
  label: string;
  kind: DotsGroupKind;
  /** Member states of a union (concordance ids); empty for the others. */
  members: readonly string[];
  note?: string;
}

const g = (
  label: string,
  id: string,
  kind: DotsGroupKind,
  members: string[] = [],
  note?: string,
): DotsGroup => ({
  label,
  id,
  kind,
  members,
  ...(note ? { note } : {}),
});

/** Every IMF group label in the file. A label not here and not a country fails the build. */
export const dotsGroups: readonly DotsGroup[] = [
  g('World', 'world', 'aggregate'),
  g('Advanced Economies', 'advanced-economies', 'aggregate'),
  g('Emerging and Developing Economies', 'emerging-developing', 'aggregate'),
  g('Emerging and Developing Asia', 'emerging-developing-asia', 'aggregate'),
  g('Emerging and Developing Europe', 'emerging-developing-europe', 'aggregate'),
  g(
    'Emerging Market and Developing Economies by Source of Export Earnings: Fuel',
    'emerging-developing-fuel',
    'aggregate',
  ),
  g(
    'Emerging Market and Developing Economies by Source of Export Earnings: Nonfuel',
    'emerging-developing-nonfuel',
    'aggregate',
  ),
  g('Euro Area', 'euro-area', 'aggregate'),
  g('European Union', 'european-union', 'aggregate', [], "the IMF's EU aggregate, not bearing's EU bloc"),
  g('Africa', 'africa', 'aggregate'),
  g('Sub-Saharan Africa', 'sub-saharan-africa', 'aggregate'),
  g('Middle East', 'middle-east', 'aggregate'),
  g('Middle East and Central Asia', 'middle-east-central-asia', 'aggregate'),
  g('Western Hemisphere', 'western-hemisphere', 'aggregate'),
  g('Africa not specified', 'africa-not-specified', 'unallocated'),
  g('Asia not specified', 'asia-not-specified', 'unallocated'),
  g('Europe not specified', 'europe-not-specified', 'unallocated'),
  g('Middle East and Central Asia not specified', 'middle-east-central-asia-not-specified', 'unallocated'),
  g('Western Hemisphere not specified', 'western-hemisphere-not-specified', 'unallocated'),
  g('Countries & Areas not specified', 'not-specified', 'unallocated'),
  g('Other Countries not included elsewhere', 'other-countries-nie', 'unallocated'),
  g('Special Categories', 'special-categories', 'unallocated'),
  g(
    'Belgium-Luxembourg',
    'belgium-luxembourg',
    'union',
    ['BEL', 'LUX'],
    'Belgium-Luxembourg Economic Union, reporting jointly to 1996',
  ),
  g(
    'South African Common Customs Area (SACCA)',
    'sacca',
    'union',
    ['ZAF', 'BWA', 'LSO', 'NAM', 'SWZ'],
    'Southern African Customs Union, reporting as one to 1996',
  ),
  g(
    'Malaysia, West',
    'malaysia-west',
    'area',
    [],
    'Peninsular Malaysia (Malaya), a partner label for 1960-63 beside "Malaysia"',
  ),
];

/**
 * Labels the concordance would read wrongly or not at all, mapped by hand. Every other country
 * label goes through `concordance.resolve`, and two labels may never land on the same id.
 */
export const dotsCountryOverrides: Readonly<Record<string, string>> = {
  // The concordance's pattern for "germany" would take East Germany for Germany.
  'Eastern Germany': 'DDR',
  // "Kingdom of the Netherlands" in the label would otherwise match the Netherlands.
  'Sint Maarten, Kingdom of the Netherlands': 'SXM',
  'Curaçao, Kingdom of the Netherlands': 'CUW',
  'Aruba, Kingdom of the Netherlands': 'ABW',
  // IMF's name for the USSR, kept as the historical state (never Russia).
  USSR: 'SUN',
  // Unified Germany's label runs back to 1960 for West Germany: DEU throughout (docs/data/trade.md).
  Germany: 'DEU',
  'China, P.R.: Mainland': 'CHN',
  'China, P.R.: Hong Kong': 'HKG',
  'China, P.R.: Macao': 'MAC',
  'Taiwan Province of China': 'TWN',
  'West Bank and Gaza': 'PSE',
  'Kosovo, Rep. of': 'XKX',
};

const groupByLabel = new Map(dotsGroups.map((grp) => [grp.label, grp]));

/**
 * Resolves every label of a parsed file. An unknown label, an override to an id the concordance
 * does not have, or two labels on one id, throws an InputError at the label's first line.
 */
export function resolveDotsLabels(
  table: Pick<DotsTable, 'file' | 'labels' | 'labelFirstSeen'>,
  concordance: Concordance,
): DotsEntity[] {
  const byId = new Map<string, string>();
  return table.labels.map((label, i) => {
    const location = { file: table.file, ...table.labelFirstSeen[i] };
    const group = groupByLabel.get(label);
    if (group) return { kind: 'group', label, id: group.id, rule: 'group', group };
    const override = dotsCountryOverrides[label];
    let id: string;
    if (override) {
      if (!concordance.get(override)) {
        throw new InputError(`'${label}' is mapped to '${override}', which is not in the concordance`, {
          location,
          hint: 'fix dotsCountryOverrides in src/sources/imfDots/names.ts',
        });
      }
      id = override;
    } else {
      try {
        id = concordance.resolve(label, location).id;
      } catch (error) {
        if (error instanceof InputError) {
          throw new InputError(`unknown IMF name '${label}': neither a country nor a known IMF group`, {
            location,
            kind: 'invalid',
            suggestions: error.suggestions,
            hint: 'add it to dotsCountryOverrides or dotsGroups in src/sources/imfDots/names.ts',
          });
        }
        throw error;
      }
    }
    const other = byId.get(id);
    if (other !== undefined) {
      throw new InputError(`'${label}' and '${other}' both resolve to ${id}`, {
        location,
        hint: 'map one of them explicitly in src/sources/imfDots/names.ts',
      });
    }
    byId.set(id, label);
    return { kind: 'country', label, id, rule: override ? 'override' : 'concordance' };
  });
}
