// The map's shape step: API rows to one value (and its words) per country. Pure; a country the
// answer leaves out, or gives null, has no value: the map shows "no data", never zero. The words are
// the map's tooltip and each country's accessible name, so they use the same formatters as the
// charts' tips (web/src/format.ts): years as years, signed positions, shares with one decimal.
import type { RankRow, SimilarRow } from '../../../../src/api/types';
import { indexText, positionText, positionWords, shareText, yearText } from '../../format';
import type { MapValue } from '../../map/shape';

/** The composite position, or a dimension's (any id of the server's registry). */
export type RankColumn = 'position' | 'votes' | 'trade' | 'finance' | 'visits' | (string & {});

/** A dimension id as the page names it ("votes" is the UN votes). */
const dimensionName = (id: string) => (id === 'votes' ? 'UN votes' : id);

/** Dimensions carried forward into a composite position, with the year their data come from. */
function coverageWords(r: RankRow): string {
  const carried = r.carried.map((c) => `${dimensionName(c.id)} carried forward from ${yearText(c.dataYear)}`);
  return carried.length ? `; ${carried.join(', ')}` : '';
}

/** A position column of /rank, in [-1, 1], with its year and its words between the poles. */
export function rankValues(rows: RankRow[], column: RankColumn, poleNames: [string, string]) {
  return new Map<string, MapValue>(
    rows.map((r) => {
      const value = column === 'position' ? r.position : (r.dimensions[column] ?? null);
      const composite = column === 'position';
      // A composite from too few dimensions has no stance: the number, no direction, and the coverage
      // label every face uses ("partial: finance only", docs/methods/bearing.md).
      const words =
        composite && r.coverage ? `no direction (${r.coverage})` : positionWords(value, poleNames);
      return [
        r.country,
        {
          id: r.country,
          name: r.name,
          value,
          label:
            value === null
              ? `no data for ${yearText(r.year)}`
              : `${yearText(r.year)}: ${positionText(value)}, ${words}${composite ? coverageWords(r) : ''}`,
        },
      ];
    }),
  );
}

/** The balance column of /rank, in [0, 1]. */
export function balanceValues(rows: RankRow[]) {
  return new Map<string, MapValue>(
    rows.map((r) => [
      r.country,
      {
        id: r.country,
        name: r.name,
        value: r.balance,
        label:
          r.balance === null
            ? `no data for ${yearText(r.year)}`
            : `${yearText(r.year)}: balance ${indexText(r.balance)} (0 one-sided, 1 even)`,
      },
    ]),
  );
}

/** Agreement with one pole from /similar: the "most alike" side only, the first row per partner. */
export function similarValues(rows: SimilarRow[], name: (id: string) => string, pole: string) {
  const out = new Map<string, MapValue>();
  for (const r of rows) {
    if (r.side !== 'most' || out.has(r.partner)) continue;
    out.set(r.partner, {
      id: r.partner,
      name: name(r.partner),
      value: r.agreement,
      label:
        r.agreement === null
          ? `no data for ${yearText(r.year)}`
          : `${yearText(r.year)}: ${shareText(r.agreement)} agreement with ${name(pole)} (${r.votes} roll calls)`,
    });
  }
  return out;
}
