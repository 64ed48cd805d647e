import type { RollCall, VoteRecord } from '../../votes/rollCall.js';

export interface UndlMerged {
  rollCalls: RollCall[];
  votes: VoteRecord[];
  /** Scrape rows dropped because the official file has the same record id or resolution symbol. */
  supersededScrape: number;
}

/**
 * Merges the two UN Digital Library sources before they meet Voeten (docs/data/unga.md, rule U1):
 * the official voting file is authoritative; a row of the 2022 wide scrape is kept only when the
 * official file has neither its record id (the scrape's `token` is the same UNDL record id as the
 * official `undl_id`) nor its resolution symbol. Official records come first, in file order.
 */
export function supersedeScrape(
  official: { rollCalls: RollCall[]; votes: VoteRecord[] },
  scrape: { rollCalls: RollCall[]; votes: VoteRecord[] },
): UndlMerged {
  const ids = new Set(official.rollCalls.map((r) => r.rcid));
  const symbols = new Set(official.rollCalls.map((r) => r.resolution).filter((s): s is string => s !== null));
  const kept = new Set<number>();
  const rollCalls = [...official.rollCalls];
  let supersededScrape = 0;
  for (const rc of scrape.rollCalls) {
    if (ids.has(rc.rcid) || (rc.resolution !== null && symbols.has(rc.resolution))) {
      supersededScrape++;
      continue;
    }
    kept.add(rc.rcid);
    rollCalls.push(rc);
  }
  const votes = [...official.votes];
  for (const v of scrape.votes) if (kept.has(v.rcid)) votes.push(v);
  return { rollCalls, votes, supersededScrape };
}
