import type { Cast, Disagreement } from '../../votes/overlap.js';
import type { RollCall, VoteRecord } from '../../votes/rollCall.js';

export type { Cast, Disagreement };

/** A resolution symbol compared across sources: case, spaces and brackets do not count ("A/RES/75/254 A-C"). */
export function symbolKey(symbol: string | null): string | null {
  return symbol ? symbol.toUpperCase().replace(/[\s[\]()]/g, '') : null;
}

const castOf = (v: number | undefined): Cast =>
  v === 1 ? 'yes' : v === 2 ? 'abstain' : v === 3 ? 'no' : 'absent';

/** The votes of one roll call as a map from state to cast, for comparisons. */
export interface Compared {
  resolution: string;
  date: string;
  where: string;
  votes: Map<string, Cast>;
}

export function comparedRollCalls(
  rollCalls: readonly RollCall[],
  votes: readonly VoteRecord[],
  keep: (r: RollCall) => boolean,
): Compared[] {
  const byRcid = new Map<number, Compared>();
  for (const r of rollCalls) {
    if (!keep(r) || !r.resolution) continue;
    byRcid.set(r.rcid, {
      resolution: r.resolution,
      date: r.date,
      where: `${r.sourceFile}:${r.sourceLine}`,
      votes: new Map(),
    });
  }
  for (const v of votes) byRcid.get(v.rcid)?.votes.set(v.country, castOf(v.vote));
  return [...byRcid.values()];
}

/**
 * Every difference between two sources over the same window: resolutions only one of them records, and,
 * for each resolution both record, every state whose cast differs (a state missing from a source counts
 * as absent there: Voeten and the scrapes drop absences, DGACM derives them from membership).
 */
export function compareSources(
  a: { name: string; rollCalls: readonly Compared[] },
  b: { name: string; rollCalls: readonly Compared[] },
  tally?: { shared: number; states: number },
): Disagreement[] {
  const out: Disagreement[] = [];
  const bBy = new Map(b.rollCalls.map((r) => [symbolKey(r.resolution), r]));
  const aKeys = new Set(a.rollCalls.map((r) => symbolKey(r.resolution)));
  for (const ra of a.rollCalls) {
    const rb = bBy.get(symbolKey(ra.resolution));
    if (!rb) {
      out.push({
        kind: 'missing',
        resolution: ra.resolution,
        date: ra.date,
        country: null,
        sourceA: a.name,
        valueA: 'recorded vote',
        sourceB: b.name,
        valueB: 'not in source',
        whereA: ra.where,
        whereB: '',
      });
      continue;
    }
    if (ra.date !== rb.date) {
      out.push({
        kind: 'count',
        resolution: ra.resolution,
        date: ra.date,
        country: null,
        sourceA: a.name,
        valueA: `date ${ra.date}`,
        sourceB: b.name,
        valueB: `date ${rb.date}`,
        whereA: ra.where,
        whereB: rb.where,
      });
    }
    const states = new Set([...ra.votes.keys(), ...rb.votes.keys()]);
    if (tally) {
      tally.shared++;
      tally.states += states.size;
    }
    for (const s of [...states].sort()) {
      const va = ra.votes.get(s) ?? 'absent';
      const vb = rb.votes.get(s) ?? 'absent';
      if (va === vb) continue;
      out.push({
        kind: 'vote',
        resolution: ra.resolution,
        date: ra.date,
        country: s,
        sourceA: a.name,
        valueA: va,
        sourceB: b.name,
        valueB: vb,
        whereA: ra.where,
        whereB: rb.where,
      });
    }
  }
  for (const rb of b.rollCalls) {
    if (aKeys.has(symbolKey(rb.resolution))) continue;
    out.push({
      kind: 'missing',
      resolution: rb.resolution,
      date: rb.date,
      country: null,
      sourceA: a.name,
      valueA: 'not in source',
      sourceB: b.name,
      valueB: 'recorded vote',
      whereA: '',
      whereB: rb.where,
    });
  }
  return out;
}

export interface DgacmJoin {
  rollCalls: RollCall[];
  votes: VoteRecord[];
  added: number;
  /** DGACM roll calls left out because the record already has them (by date or symbol). */
  covered: number;
}

/**
 * Joins DGACM roll calls to the record without double counting (docs/data/unga.md, rule D1-D3):
 * D1 Voeten stays authoritative through its last roll call; D2 the UNDL scrape's resolutions stay as they
 * are (a DGACM roll call whose symbol the record already has is left out); D3 every other DGACM roll call
 * dated after Voeten's last one is added. Emergency special sessions and later sessions come only from DGACM.
 */
export function joinDgacm(
  record: { rollCalls: RollCall[]; votes: VoteRecord[] },
  dgacm: { rollCalls: RollCall[]; votes: VoteRecord[] },
  lastDate: string,
): DgacmJoin {
  const symbols = new Set(
    record.rollCalls.map((r) => symbolKey(r.resolution)).filter((s): s is string => s !== null),
  );
  const kept = new Set<number>();
  let covered = 0;
  for (const r of dgacm.rollCalls) {
    if (r.date <= lastDate || symbols.has(symbolKey(r.resolution) ?? '')) {
      covered++;
      continue;
    }
    kept.add(r.rcid);
  }
  return {
    rollCalls: [...record.rollCalls, ...dgacm.rollCalls.filter((r) => kept.has(r.rcid))],
    votes: [...record.votes, ...dgacm.votes.filter((v) => kept.has(v.rcid))],
    added: kept.size,
    covered,
  };
}
