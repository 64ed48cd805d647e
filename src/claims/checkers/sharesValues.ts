import { compareEstimates } from '../../measures/values/distance.js';
import { poleValues, valuesCoverage, valuesIndex } from '../../queries/values.js';
import { valuesFiles } from '../../store/values.js';
import {
  type Estimate,
  freedomStatusLabels,
  type VdemIndex,
  vdemIndices,
} from '../../values/valuesRecord.js';
import type { ClaimBase, ClaimType } from '../claim.js';
import { type Verdict, verdictWords } from '../verdict.js';

export interface SharesValuesClaim extends ClaimBase {
  type: 'shares-values';
  country: string;
  /** The state the values are said to be shared with. */
  with: string;
  /** Default: the latest year with V-Dem figures for both. */
  year?: number;
}

/** V-Dem's electoral democracy index at which a regime is commonly read as an electoral democracy. */
export const democracyThreshold = 0.5;

const indexWords: Record<VdemIndex, string> = {
  polyarchy: 'electoral democracy',
  libdem: 'liberal democracy',
};
const possessive = (name: string) => (name.endsWith('s') ? `the ${name}'` : `${name}'s`);
const fmt = (e: Estimate) => `${e.value.toFixed(2)} (${e.low.toFixed(2)}-${e.high.toFixed(2)})`;

/**
 * "X and Y share the values of democracy, freedom and the rule of law": regime similarity, from V-Dem's
 * electoral and liberal democracy indices with their intervals (overlapping intervals are no difference) and
 * Freedom House's status. Supported: no measurable difference on either index and the same status. Partly:
 * a difference, but the same status, one index alike, or both on the same side of 0.5 electoral democracy.
 * Not supported: none of these.
 */
export const sharesValues: ClaimType<SharesValuesClaim> = {
  type: 'shares-values',
  fields: ['country', 'with', 'year'],
  read(f, base) {
    f.only(['type', 'id', 'statement', 'country', 'with', 'year']);
    return {
      ...base,
      type: 'shares-values',
      country: f.string('country'),
      with: f.string('with'),
      year: f.optionalYear('year'),
    };
  },
  async check(store, claim): Promise<Verdict> {
    const a = store.concordance.resolve(claim.country, { field: 'country' });
    const b = store.concordance.resolve(claim.with, { field: 'with' });
    const base = { id: claim.id, type: claim.type, statement: claim.statement };
    const { rows, at } = await valuesIndex(store);
    const cov = await valuesCoverage(store);
    const coverage = `V-Dem ${cov.vdem.from}-${cov.vdem.to}, Freedom House ${cov.freedomHouse.from}-${cov.freedomHouse.to}`;
    const both = (y: number) => at.get(`${a.id} ${y}`)?.polyarchy && at.get(`${b.id} ${y}`)?.polyarchy;
    const year =
      claim.year ??
      Math.max(...rows.filter((r) => r.country === a.id && r.polyarchy && both(r.year)).map((r) => r.year));
    if (!Number.isFinite(year) || !both(year)) {
      return {
        ...base,
        verdict: 'not checkable',
        summary: `Not checkable: V-Dem has no figures for ${!at.get(`${a.id} ${year}`)?.polyarchy ? a.name : b.name}${Number.isFinite(year) ? ` in ${year}` : ''} (${coverage}).`,
        evidence: {
          figures: { year: Number.isFinite(year) ? year : null },
          comparedWith: b.name,
          coverage,
          sources: [],
        },
      };
    }
    const ra = at.get(`${a.id} ${year}`)!;
    const rb = poleValues(at, { kind: 'country', id: b.id, name: b.name }, year);
    const rowB = at.get(`${b.id} ${year}`)!;
    const alike = vdemIndices.filter(
      (i) => ra[i] && rb[i] && compareEstimates(ra[i]!, rb[i]!) === 'indistinguishable',
    );
    const sameStatus = ra.freedomStatus !== null && ra.freedomStatus === rb.freedomStatus;
    const statusKnown = ra.freedomStatus !== null && rb.freedomStatus !== null;
    const sameSide = ra.polyarchy!.value >= democracyThreshold === rb.polyarchy!.value >= democracyThreshold;
    const verdict: Verdict['verdict'] =
      alike.length === vdemIndices.length && (sameStatus || !statusKnown)
        ? 'supported'
        : sameStatus || alike.length > 0 || sameSide
          ? 'partly supported'
          : 'not supported';
    const lines = vdemIndices
      .filter((i) => ra[i] && rb[i])
      .map((i) => {
        const c = compareEstimates(ra[i]!, rb[i]!);
        return `${indexWords[i]} ${fmt(ra[i]!)} against ${fmt(rb[i]!)}${c === 'indistinguishable' ? ', intervals overlap (no measurable difference)' : `, measurably ${c}`}`;
      });
    const status = statusKnown
      ? `Freedom House rates ${a.name} ${freedomStatusLabels[ra.freedomStatus!]} and ${b.name} ${freedomStatusLabels[rb.freedomStatus!]}`
      : 'Freedom House has no rating for one of them that year';
    const straddles = ra.polyarchy!.low < democracyThreshold && ra.polyarchy!.high >= democracyThreshold;
    const words = verdictWords[verdict];
    return {
      ...base,
      verdict,
      summary:
        `${words}: in ${year}, V-Dem gives ${a.name} ${lines.join('; ')} (${possessive(b.name)} figures second). ${status}.` +
        (sameSide && verdict === 'partly supported'
          ? ` Both sit ${ra.polyarchy!.value >= democracyThreshold ? 'at or above' : 'below'} ${democracyThreshold} on electoral democracy${straddles ? `, though ${a.name}'s interval reaches below it` : ''}.`
          : ''),
      evidence: {
        figures: {
          year,
          polyarchy: ra.polyarchy!.value,
          polyarchyLow: ra.polyarchy!.low,
          polyarchyHigh: ra.polyarchy!.high,
          libdem: ra.libdem?.value ?? null,
          withPolyarchy: rb.polyarchy!.value,
          withPolyarchyLow: rb.polyarchy!.low,
          withPolyarchyHigh: rb.polyarchy!.high,
          withLibdem: rb.libdem?.value ?? null,
          freedomStatus: ra.freedomStatus,
          withFreedomStatus: rb.freedomStatus,
          indicesAlike: alike.length,
        },
        comparedWith: `${possessive(b.name)} V-Dem intervals and Freedom House status in the same year`,
        coverage,
        sources: [
          {
            file: valuesFiles.vdem,
            rows: [ra.vdemLine, rowB.vdemLine].filter((x): x is number => x !== null),
          },
          ...(statusKnown
            ? [
                {
                  file: valuesFiles.freedomHouse,
                  rows: [ra.freedomHouseLine, rowB.freedomHouseLine].filter((x): x is number => x !== null),
                },
              ]
            : []),
        ],
      },
    };
  },
};
