import { InputError } from '../../errors.js';
import type { RollCall, VoteRecord } from '../../votes/rollCall.js';

export interface Reconciled {
  rollCalls: RollCall[];
  votes: VoteRecord[];
  /** UNDL roll calls dropped because Voeten covers them, and why. */
  droppedOverlap: number;
  droppedDuplicateResolution: number;
}

/**
 * Extends Voeten's roll calls with UN Digital Library records. Rules (docs/data.md):
 * 1. Voeten is authoritative wherever it reaches: UNDL rows dated on or before Voeten's last roll call are dropped.
 * 2. A UNDL row whose resolution symbol Voeten already has is dropped, whatever its date.
 * 3. A roll-call id shared by both sources is an error (UNDL ids are record tokens, far above Voeten's rcids).
 */
export function extendWithUndl(
  voeten: { rollCalls: RollCall[]; votes: VoteRecord[] },
  undl: { rollCalls: RollCall[]; votes: VoteRecord[] },
): Reconciled {
  let lastDate = '';
  for (const r of voeten.rollCalls) if (r.date > lastDate) lastDate = r.date;
  const symbols = new Set(voeten.rollCalls.map((r) => r.resolution).filter((s): s is string => s !== null));
  const ids = new Set(voeten.rollCalls.map((r) => r.rcid));
  let droppedOverlap = 0;
  let droppedDuplicateResolution = 0;
  const kept = new Set<number>();
  const extra: RollCall[] = [];
  for (const rc of undl.rollCalls) {
    if (rc.date <= lastDate) {
      droppedOverlap++;
      continue;
    }
    if (rc.resolution && symbols.has(rc.resolution)) {
      droppedDuplicateResolution++;
      continue;
    }
    if (ids.has(rc.rcid)) {
      throw new InputError(`roll-call id ${rc.rcid} used by both Voeten and the UN Digital Library`, {
        location: { file: rc.sourceFile, line: rc.sourceLine, field: 'token' },
      });
    }
    kept.add(rc.rcid);
    extra.push(rc);
  }
  return {
    rollCalls: [...voeten.rollCalls, ...extra],
    votes: [...voeten.votes, ...undl.votes.filter((v) => kept.has(v.rcid))],
    droppedOverlap,
    droppedDuplicateResolution,
  };
}
