import type { Composite } from '../../measures/bearing/composite.js';
import { dimensionsOf, positionOf, type Readings, type Weights } from '../../measures/bearing/dimensions.js';
import { votesWords } from '../../measures/bearing/votes.js';
import type { Pole } from '../../poles/pole.js';

/** Words for the poles' ends: West/East for the US and China, else the poles' names. */
function poleWords(poles: readonly [Pole, Pole]): [string, string] {
  if (poles[0].id === 'USA' && poles[1].id === 'CHN') return ['West', 'East'];
  if (poles[0].id === 'CHN' && poles[1].id === 'USA') return ['East', 'West'];
  return [poles[0].name, poles[1].name];
}

const list = (ds: readonly string[]) =>
  ds.length <= 1 ? ds.join('') : `${ds.slice(0, -1).join(', ')} and ${ds[ds.length - 1]}`;

/**
 * The headline sentence: "Kenya 2019: facing forward, leaning East on trade and finance, West on votes;
 * votes closer to China than the typical state does". With fewer dimensions than a stance needs it says
 * so first: "Kenya 2024: partial: finance only (finance 1.00 toward East)".
 */
export function headline(
  name: string,
  year: number,
  c: Composite,
  readings: Readings,
  poles: readonly [Pole, Pole],
  weights: Weights,
  carried: readonly { id: string; dataYear: number }[] = [],
): string {
  const [w0, w1] = poleWords(poles);
  const votes = positionOf(readings, 'votes');
  const votesPart = votes === null ? '' : `; ${votesWords(votes, [poles[0].name, poles[1].name])}`;
  const carriedPart = carried.length
    ? `; carried forward: ${carried.map((x) => `${x.id} from ${x.dataYear}`).join(', ')}`
    : '';
  const missing = dimensionsOf(weights).filter((d) => weights[d] > 0 && positionOf(readings, d) === null);
  if (c.position === null)
    return `${name} ${year}: no data on any weighted dimension between ${poles[0].id} and ${poles[1].id}`;
  if (!c.coverage.enough) {
    const detail = c.coverage.used
      .map((d) => {
        const p = positionOf(readings, d) as number;
        return `${d} ${p.toFixed(2)}${p === 0 ? '' : ` toward ${p < 0 ? w0 : w1}`}`;
      })
      .join(', ');
    return `${name} ${year}: ${c.coverage.label} (${detail}); no stance from one dimension${votesPart}${carriedPart}`;
  }
  const stance =
    c.stance === 'balanced'
      ? 'facing forward'
      : c.stance === 'disengaged'
        ? `engaged with neither ${poles[0].id} nor ${poles[1].id}`
        : Math.abs(c.position) >= 0.6
          ? `facing ${c.position < 0 ? w0 : w1}`
          : `leaning ${c.position < 0 ? w0 : w1}`;
  const active = c.coverage.used;
  const toFirst = active.filter((d) => (positionOf(readings, d) ?? 0) <= -0.25);
  const toSecond = active.filter((d) => (positionOf(readings, d) ?? 0) >= 0.25);
  // Dimensions leaning the composite's way first, then those leaning against it.
  const order = c.position < 0 ? [toFirst, toSecond] : [toSecond, toFirst];
  const words = c.position < 0 ? [w0, w1] : [w1, w0];
  const parts = order.map((ds, i) => (ds.length ? `${words[i]} on ${list(ds)}` : '')).filter(Boolean);
  const leaning = parts.length
    ? c.stance === 'balanced' || c.stance === 'disengaged'
      ? `, leaning ${parts.join(', ')}`
      : ` (${parts.join('; ')})`
    : '';
  const hedge = c.hedging ? ', hedging' : '';
  const gap = missing.length ? `; no ${list(missing)} data` : '';
  return `${name} ${year}: ${stance}${leaning}${hedge}${votesPart}${gap}${carriedPart}`;
}
