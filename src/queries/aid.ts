import { InputError } from '../errors.js';
import { aidTilt } from '../measures/aid/aidTilt.js';
import { windowSum } from '../measures/aid/windowSum.js';
import type { Pole } from '../poles/pole.js';
import {
  aidCoverage,
  type ChinaAidValue,
  chinaAidSourceFile,
  chinaAidValues,
  type UsAidValue,
  usAidSourceFile,
  usAidValues,
} from '../store/aid.js';
import type { Store } from '../store/open.js';

/**
 * Aid and development finance received by a country from the United States (ForeignAssistance.gov:
 * obligations and disbursements, US fiscal years, current and constant US$) and from China (AidData
 * GCDF 3.0: commitments by calendar year, ODA-like / OOF / vague, constant 2021 US$), side by side,
 * never added together; and the tilt between the two on the most comparable pair over a 3-year
 * window (docs/methods/aid.md).
 */
export interface AidYearRow {
  year: number;
  /** US fiscal year `year` (October of year-1 to September of year). null: no transaction recorded. */
  usObligationsUsd: number | null;
  usObligationsConstantUsd: number | null;
  usObligationsLine: number | null;
  usDisbursementsUsd: number | null;
  usDisbursementsConstantUsd: number | null;
  usDisbursementsLine: number | null;
  /** Chinese commitments signed in calendar year `year`, constant 2021 US$. null: no commitment recorded. */
  chinaOdaLikeUsd2021: number | null;
  chinaOofUsd2021: number | null;
  chinaVagueUsd2021: number | null;
  chinaLine: number | null;
}

export interface AidWindowRow {
  /** Last year of the window (US fiscal year / Chinese calendar year). */
  year: number;
  window: string;
  usObligationsConstantUsd: number | null;
  chinaOdaLikeUsd2021: number | null;
  chinaOofUsd2021: number | null;
  /** (China - US) / (China + US) of the two window sums, oriented by the poles; null when missing. */
  position: number | null;
  clipped: boolean;
}

export interface AidProfile {
  country: string;
  countryName: string;
  from: number;
  to: number;
  poles: [string, string];
  rows: AidYearRow[];
  windows: AidWindowRow[];
  /** Why the tilt is not computed, when poles are not the United States and China. */
  tiltNote: string | null;
  coverage: {
    usObligations: { from: number; to: number };
    usDisbursements: { from: number; to: number };
    china: { from: number; to: number };
    usRecipient: boolean;
    chinaRecipient: boolean;
  };
  comparability: string[];
  sources: { us: string; china: string };
}

/** Window for the tilt: three years, so that one large Chinese commitment does not flip a year. */
export const aidWindow = 3;

export const aidComparability = [
  'Not comparable as published: the US figures are obligations (funds legally committed by a US agency) and disbursements (paid out); the Chinese figures are commitments (amounts pledged in signed agreements), many never fully disbursed. Obligations are the closest US counterpart to a commitment, so the tilt uses them; disbursements are shown only.',
  'US figures are by US fiscal year (October to September: FY2024 began in October 2023); Chinese figures by calendar year of signing. They overlap by nine months a year; the 3-year window softens, not removes, the gap.',
  "Constant dollars differ: ForeignAssistance.gov's constant US$ are 2022 dollars (constant equals current in FY2022) and AidData's are 2021 dollars: about 8% apart, small beside the other gaps.",
  'The latest US fiscal years are incomplete in this copy (reporting lag): Kenya FY2024 obligations are US$153m against US$0.66-1.03bn a year in FY2021-2023. Read FY2023-2024 as lower bounds.',
  'Chinese other official flows (OOF) are mostly loans at near-market terms: shown, not counted in the aid tilt (they are lending, which the debt dimension covers). US assistance includes military aid, which ODA excludes.',
  'A year without a row means no transaction recorded in the register; a country absent from a register is not covered by it (missing). Chinese data end in 2021, so no aid tilt after 2021.',
];

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Amounts by year for the tilt: US obligations (constant US$, transition quarter left out) and China's ODA-like. */
export function aidYearMaps(us: readonly UsAidValue[], cn: readonly ChinaAidValue[]) {
  const usOb = new Map<number, number>();
  for (const v of us) {
    if (v.transaction !== 'obligations' || v.transitionQuarter) continue;
    usOb.set(v.fiscalYear, (usOb.get(v.fiscalYear) ?? 0) + v.constantUsd);
  }
  const cnOda = new Map<number, number>();
  const cnOof = new Map<number, number>();
  for (const v of cn) {
    cnOda.set(v.year, v.odaUsd2021);
    cnOof.set(v.year, v.oofUsd2021);
  }
  return { usOb, cnOda, cnOof };
}

/** True when the poles are the United States and China (either order); the sign follows their order. */
export function aidPoleOrder(poles: readonly [Pole, Pole]): 'us-first' | 'china-first' | null {
  const [a, b] = poles.map((p) => (p.kind === 'country' ? p.id : p.kind));
  if (a === 'USA' && b === 'CHN') return 'us-first';
  if (a === 'CHN' && b === 'USA') return 'china-first';
  return null;
}

export async function aidProfile(
  store: Store,
  country: string,
  options: { from?: number; to?: number; poles: readonly [Pole, Pole] },
): Promise<AidProfile> {
  const coverage = await aidCoverage(store);
  const us = (await usAidValues(store)).get(country) ?? [];
  const cn = (await chinaAidValues(store)).get(country) ?? [];
  const earliest = Math.min(coverage.usObligations.from, coverage.china.from);
  const latest = Math.max(coverage.usObligations.to, coverage.china.to);
  const from = options.from ?? 2000;
  const to = options.to ?? latest;
  for (const [field, y] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!Number.isInteger(y) || y < earliest || y > latest) {
      throw new InputError(`${field} must be a year from ${earliest} to ${latest}, got ${y}`, {
        location: { field },
      });
    }
  }
  if (from > to) throw new InputError(`from (${from}) is after to (${to})`, { location: { field: 'from' } });
  const rows: AidYearRow[] = [];
  for (let y = from; y <= to; y++) {
    const ob = us.filter(
      (v) => v.fiscalYear === y && !v.transitionQuarter && v.transaction === 'obligations',
    );
    const di = us.filter(
      (v) => v.fiscalYear === y && !v.transitionQuarter && v.transaction === 'disbursements',
    );
    const c = cn.find((v) => v.year === y);
    rows.push({
      year: y,
      usObligationsUsd: ob.length ? sum(ob.map((v) => v.currentUsd)) : null,
      usObligationsConstantUsd: ob.length ? sum(ob.map((v) => v.constantUsd)) : null,
      usObligationsLine: ob[0]?.sourceLine ?? null,
      usDisbursementsUsd: di.length ? sum(di.map((v) => v.currentUsd)) : null,
      usDisbursementsConstantUsd: di.length ? sum(di.map((v) => v.constantUsd)) : null,
      usDisbursementsLine: di[0]?.sourceLine ?? null,
      chinaOdaLikeUsd2021: c?.odaUsd2021 ?? null,
      chinaOofUsd2021: c?.oofUsd2021 ?? null,
      chinaVagueUsd2021: c?.vagueUsd2021 ?? null,
      chinaLine: c?.sourceLine ?? null,
    });
  }
  const order = aidPoleOrder(options.poles);
  const windows = order ? aidWindows(us, cn, coverage, order, from, to) : [];
  return {
    country,
    countryName: store.concordance.get(country)?.name ?? country,
    from,
    to,
    poles: [options.poles[0].id, options.poles[1].id],
    rows,
    windows,
    tiltNote: order
      ? null
      : 'the aid data cover two donors only, the United States and China: the tilt needs poles USA,CHN (or CHN,USA)',
    coverage: { ...coverage, usRecipient: us.length > 0, chinaRecipient: cn.length > 0 },
    comparability: aidComparability,
    sources: {
      us: `US Government, ForeignAssistance.gov, ${usAidSourceFile} (aid_us)`,
      china: `AidData GCDF 3.0 via odadata, ${chinaAidSourceFile} (aid_china)`,
    },
  };
}

/** The 3-year windows ending in each year both registers cover; missing where a recipient is not in a register. */
export function aidWindows(
  us: readonly UsAidValue[],
  cn: readonly ChinaAidValue[],
  coverage: { usObligations: { from: number; to: number }; china: { from: number; to: number } },
  order: 'us-first' | 'china-first',
  from: number,
  to: number,
): AidWindowRow[] {
  const { usOb, cnOda, cnOof } = aidYearMaps(us, cn);
  const out: AidWindowRow[] = [];
  for (let y = from; y <= to; y++) {
    const u = us.length ? windowSum(usOb, y, aidWindow, coverage.usObligations) : null;
    const c = cn.length ? windowSum(cnOda, y, aidWindow, coverage.china) : null;
    const o = cn.length ? windowSum(cnOof, y, aidWindow, coverage.china) : null;
    const t = order === 'us-first' ? aidTilt(u, c) : aidTilt(c, u);
    out.push({
      year: y,
      window: `${y - aidWindow + 1}-${y}`,
      usObligationsConstantUsd: u,
      chinaOdaLikeUsd2021: c,
      chinaOofUsd2021: o,
      position: t?.position ?? null,
      clipped: t?.clipped ?? false,
    });
  }
  return out;
}
