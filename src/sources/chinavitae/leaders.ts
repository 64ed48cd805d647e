/**
 * The seven Chinese office-holders China Vitae's engagement pages cover, with the level they act at.
 * Heads (president, premier) rank with the US president; the foreign minister and the state councilor /
 * Politburo member in charge of foreign affairs rank with the US secretary of state.
 */
import type { ChineseOffice } from '../../visits/engagements.js';

export type { ChineseOffice };

export interface ChineseLeader {
  name: string;
  office: ChineseOffice;
}

export const chineseLeaders: readonly ChineseLeader[] = [
  { name: 'Hu Jintao', office: 'president' },
  { name: 'Xi Jinping', office: 'president' },
  { name: 'Wen Jiabao', office: 'premier' },
  { name: 'Li Keqiang', office: 'premier' },
  { name: 'Li Zhaoxing', office: 'foreign-minister' },
  { name: 'Yang Jiechi', office: 'foreign-minister' },
  { name: 'Wang Yi', office: 'foreign-minister' },
];

export function chineseLeader(name: string): ChineseLeader | undefined {
  return chineseLeaders.find((l) => l.name === name);
}
