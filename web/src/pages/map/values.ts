// The map's shape step: API rows to one value (and its words) per country. Pure; a country the
// answer leaves out, or gives null, has no value: the map shows "no data", never zero.
import type { RankRow, SimilarRow } from '../../../../src/api/types';
import { num, pct, positionWords } from '../../format';
import type { MapValue } from '../../map/shape';

/** The composite position, or a dimension's (any id of the server's registry). */
export type RankColumn = 'position' | 'votes' | 'trade' | 'finance' | 'visits' | (string & {});

/** A position column of /rank, in [-1, 1], with its words between the poles. */
export function rankValues(rows: RankRow[], column: RankColumn, poleNames: [string, string]) {
  return new Map<string, MapValue>(
    rows.map((r) => {
      const value = column === 'position' ? r.position : (r.dimensions[column] ?? null);
      // A composite from one dimension has no stance: say so beside the number.
      const partial = column === 'position' && r.coverage ? ` (${r.coverage})` : '';
      return [
        r.country,
        {
          id: r.country,
          name: r.name,
          value,
          label: value === null ? 'no data' : `${num(value)}: ${positionWords(value, poleNames)}${partial}`,
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
        label: r.balance === null ? 'no data' : `balance ${num(r.balance)}`,
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
      label: `${pct(r.agreement)} agreement with ${name(pole)} (${r.votes} votes)`,
    });
  }
  return out;
}
