// The two poles as trade sees them: their ids in a year (unions inside a pole count toward it) and
// the id/name/kind every answer repeats.
import { type Pole, poleMembers } from '../../poles/pole.js';
import type { TradeGroupInfo } from '../../store/trade.js';

export interface PoleInfo {
  id: string;
  name: string;
  kind: Pole['kind'];
}

export const poleInfo = (p: Pole): PoleInfo => ({ id: p.id, name: p.name, kind: p.kind });

/** The partner ids a pole stands for in a year: member states, plus unions entirely inside the pole. */
export function poleIds(pole: Pole, year: number, groups: readonly TradeGroupInfo[]): Set<string> {
  const ids = new Set(poleMembers(pole, year));
  for (const g of groups) {
    if (g.kind === 'union' && g.members.length > 0 && g.members.every((m) => ids.has(m))) ids.add(g.id);
  }
  return ids;
}
