import { armsBySupplier } from '../../queries/arms.js';
import type { ClaimBase, ClaimType } from '../claim.js';
import { type Verdict, verdictWords } from '../verdict.js';

export const supplierSenses = ['largest', 'majority'] as const;

/** "Kenya buys most of its arms from China": the supplier's rank and share of SIPRI deliveries over a period. */
export interface LargestArmsSupplierClaim extends ClaimBase {
  type: 'largest-arms-supplier';
  country: string;
  supplier: string;
  /** `largest`: the single largest supplier (default); `majority`: more than half of the deliveries. */
  sense: (typeof supplierSenses)[number];
  /** Period of deliveries; default the last five years of the data (the dimension's window). */
  from?: number;
  to?: number;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const tiv = (x: number) => `${x.toFixed(1)} million TIV`;

export const largestArmsSupplier: ClaimType<LargestArmsSupplierClaim> = {
  type: 'largest-arms-supplier',
  fields: ['country', 'supplier', 'sense', 'from', 'to'],
  read(f, base) {
    f.only(['type', 'id', 'statement', 'country', 'supplier', 'sense', 'from', 'to']);
    const from = f.optionalYear('from');
    const to = f.optionalYear('to');
    if (from !== undefined && to !== undefined && from > to)
      f.fail('to', `to (${to}) is before from (${from})`);
    if (from !== undefined && from < 1950) f.fail('from', `SIPRI data start in 1950, got ${from}`);
    return {
      ...base,
      type: 'largest-arms-supplier',
      country: f.string('country'),
      supplier: f.string('supplier'),
      sense: f.oneOf('sense', supplierSenses, 'largest'),
      from,
      to,
    };
  },
  async check(store, claim): Promise<Verdict> {
    const country = store.concordance.resolve(claim.country, { field: 'country' });
    const supplier = store.concordance.resolve(claim.supplier, { field: 'supplier' });
    const to = claim.to ?? 2024;
    const from = claim.from ?? Math.min(to, to - 4);
    const r = await armsBySupplier(store, country.id, from, to);
    const base = { id: claim.id, type: claim.type, statement: claim.statement };
    const coverage = `${r.coverage}; supplier totals over ${from}-${to}`;
    if (r.total === 0) {
      return {
        ...base,
        verdict: 'not checkable',
        summary: `Not checkable: SIPRI records no deliveries of major arms to ${country.name} in ${from}-${to}.`,
        evidence: {
          figures: { from, to, totalTiv: 0 },
          comparedWith: 'every supplier',
          coverage,
          sources: [],
        },
      };
    }
    const rank = r.suppliers.findIndex((s) => s.supplier === supplier.id) + 1;
    const hit = rank > 0 ? r.suppliers[rank - 1] : null;
    const top = r.suppliers[0];
    const share = hit?.share ?? 0;
    const verdict: Verdict['verdict'] =
      claim.sense === 'majority'
        ? share > 0.5
          ? 'supported'
          : rank === 1
            ? 'partly supported'
            : 'not supported'
        : rank === 1
          ? 'supported'
          : rank >= 2 && rank <= 3
            ? 'partly supported'
            : 'not supported';
    const lead =
      rank === 1
        ? `the largest supplier, ${r.suppliers[1] ? `ahead of ${r.suppliers[1].supplierName} (${tiv(r.suppliers[1].tiv)}, ${pct(r.suppliers[1].share)})` : 'the only one'}`
        : rank > 0
          ? `rank ${rank}, behind ${top.supplierName} (${tiv(top.tiv)}, ${pct(top.share)})`
          : `not a supplier at all; the largest is ${top.supplierName} (${tiv(top.tiv)}, ${pct(top.share)})`;
    const lines = r.years.filter((y) => y.supplier === supplier.id || y.supplier === top.supplier);
    return {
      ...base,
      verdict,
      summary:
        `${verdictWords[verdict]}: SIPRI records ${tiv(r.total)} of major arms delivered to ${country.name} in ${from}-${to}; ` +
        `${supplier.name} ${hit ? `delivered ${tiv(hit.tiv)} (${pct(share)}), ` : ''}${lead}` +
        `${claim.sense === 'majority' ? `; "most" read as more than half: ${share > 0.5 ? 'yes' : 'no'}` : ''}. ` +
        'TIV measures volume of major conventional arms, not their price.',
      evidence: {
        figures: {
          from,
          to,
          totalTiv: r.total,
          supplierTiv: hit?.tiv ?? 0,
          supplierShare: share,
          rank: rank || null,
          largestSupplier: top.supplier,
          largestSupplierTiv: top.tiv,
          suppliers: r.suppliers.length,
        },
        comparedWith: `every supplier's SIPRI TIV of deliveries to ${country.name} in ${from}-${to}`,
        coverage,
        sources: [
          {
            file: 'security/sipri_arms_transfers_register_deliveries_1995_2025.csv',
            rows: lines.filter((y) => y.source === 'register').map((y) => y.sourceLine),
            note: `first register line of each ${supplier.id} and ${top.supplier} supplier-year aggregate`,
          },
          {
            file: 'security/sipri_tiv_exports_by_supplier_recipient_year_1950_2021_360info.csv',
            rows: lines.filter((y) => y.source === 'tidy').map((y) => y.sourceLine),
          },
        ].filter((s) => s.rows.length > 0),
      },
    };
  },
};
