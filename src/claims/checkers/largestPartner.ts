import { creditorExposure } from '../../queries/debt.js';
import { tradePartners } from '../../queries/trade/index.js';
import type { ClaimBase, ClaimType } from '../claim.js';
import { type Verdict, verdictWords } from '../verdict.js';

export const partnerMeasures = ['total', 'imports', 'exports', 'creditor'] as const;

export interface LargestPartnerClaim extends ClaimBase {
  type: 'largest-partner';
  country: string;
  partner: string;
  /** Total trade, imports, exports, or creditor (external public debt stock). */
  measure: (typeof partnerMeasures)[number];
  /** The year the statement speaks of; default the latest in the data. */
  year?: number;
}

/** "China is Kenya's largest trading partner / creditor": the partner's rank in that year. */
export const largestPartner: ClaimType<LargestPartnerClaim> = {
  type: 'largest-partner',
  fields: ['country', 'partner', 'measure', 'year'],
  read(f, base) {
    f.only(['type', 'id', 'statement', 'country', 'partner', 'measure', 'year']);
    return {
      ...base,
      type: 'largest-partner',
      country: f.string('country'),
      partner: f.string('partner'),
      measure: f.oneOf('measure', partnerMeasures, 'total'),
      year: f.optionalYear('year'),
    };
  },
  async check(store, claim): Promise<Verdict> {
    const country = store.concordance.resolve(claim.country, { field: 'country' });
    const partner = store.concordance.resolve(claim.partner, { field: 'partner' });
    const base = { id: claim.id, type: claim.type, statement: claim.statement };
    if (claim.measure === 'creditor') {
      const e = await creditorExposure(store, country, { year: claim.year });
      const named = e.creditors.filter((c) => c.stock !== null);
      const byCreditor = new Map<string, { stock: number; kind: string; country: string | null }>();
      for (const c of named) {
        const x = byCreditor.get(c.creditor) ?? { stock: 0, kind: c.kind, country: c.country };
        x.stock += c.stock ?? 0;
        byCreditor.set(c.creditor, x);
      }
      const ranked = [...byCreditor.entries()].sort((a, b) => b[1].stock - a[1].stock);
      const countries = ranked.filter(([, x]) => x.kind === 'country');
      const rankAll = ranked.findIndex(([, x]) => x.country === partner.id) + 1;
      const rankCountries = countries.findIndex(([, x]) => x.country === partner.id) + 1;
      const top = ranked[0];
      const held = ranked.find(([, x]) => x.country === partner.id)?.[1].stock ?? 0;
      const verdict: Verdict['verdict'] =
        rankAll === 1 ? 'supported' : rankCountries === 1 ? 'partly supported' : 'not supported';
      const bn = (x: number) => `US$${(x / 1e9).toFixed(2)}bn`;
      return {
        ...base,
        verdict,
        summary:
          `${verdictWords[verdict]}: in ${e.year} ${partner.name} held ${bn(held)} of ${country.name}'s public external debt (${((100 * held) / (e.stock ?? 1)).toFixed(1)}% of ${bn(e.stock ?? 0)}), ` +
          `${rankCountries === 1 ? 'the largest of any country' : `rank ${rankCountries || 'none'} among countries`}${rankAll === 1 ? '' : `; the largest creditor overall is ${top?.[0]} with ${bn(top?.[1].stock ?? 0)}`}. ` +
          `World Bank IDS, ${e.year}${e.projected ? ' (projection)' : ''}.`,
        evidence: {
          figures: {
            year: e.year,
            partnerStockUsd: held,
            totalStockUsd: e.stock,
            rankAmongCountries: rankCountries || null,
            rankAmongAllCreditors: rankAll || null,
            largestCreditor: top?.[0] ?? null,
          },
          comparedWith: "every creditor's stock of the debtor's public and publicly guaranteed external debt",
          coverage: 'World Bank International Debt Statistics, African debtors, 2000-2024',
          sources: [
            {
              file: 'finance/wb_ids_africa_ppg_debt_stocks_by_creditor_2000_2024.csv',
              rows: [],
              note: `${country.id} ${e.year}`,
            },
          ],
        },
      };
    }
    const result = await tradePartners(store, country.id, { year: claim.year, flow: claim.measure, top: 0 });
    const rows = result.partners;
    const hit = rows.find((r) => r.partner === partner.id);
    const first = rows[0];
    const key = claim.measure;
    const value = (r: (typeof rows)[number]) => r[key];
    const mn = (x: number) => `US$${(x / 1000).toFixed(2)}bn`;
    if (!hit || !first) {
      return {
        ...base,
        verdict: 'not supported',
        summary: `Not supported: no ${key} trade between ${country.name} and ${partner.name} in ${result.year} in the IMF data.`,
        evidence: {
          figures: { year: result.year },
          comparedWith: 'every partner',
          coverage: `IMF DOTS 1960-2020; ${result.year}`,
          sources: [],
        },
      };
    }
    const verdict: Verdict['verdict'] =
      hit.rank === 1 ? 'supported' : hit.rank <= 3 ? 'partly supported' : 'not supported';
    const second = rows.find((r) => r.rank === (hit.rank === 1 ? 2 : 1));
    const flowWords =
      key === 'total'
        ? 'total trade (exports plus mirror imports)'
        : key === 'imports'
          ? "imports (mirror: partners' reported exports)"
          : 'exports';
    return {
      ...base,
      verdict,
      summary:
        `${verdictWords[verdict]}: by ${flowWords}, ${partner.name} ranks ${hit.rank} among ${country.name}'s partners in ${result.year} with ${mn(value(hit))} (${(100 * hit.share).toFixed(1)}%)` +
        `${second ? `, ${hit.rank === 1 ? 'ahead of' : 'behind'} ${second.partnerName ?? second.partner} with ${mn(value(second))}` : ''}. ` +
        `IMF Direction of Trade, ${result.year}, the latest year in the data; mirror imports are FOB, not CIF.`,
      evidence: {
        figures: {
          year: result.year,
          rank: hit.rank,
          partnerValueUsdMn: value(hit),
          partnerShare: hit.share,
          runnerUp: second?.partner ?? null,
          runnerUpValueUsdMn: second ? value(second) : null,
        },
        comparedWith: `every partner's ${flowWords} with ${country.name} in ${result.year}`,
        coverage: `IMF DOTS exports FOB by partner, 1960-2020; the latest year is ${result.latestYear ?? result.year}`,
        sources: hit.sources ?? [],
      },
    };
  },
};
