import type { Pole } from '../../poles/pole.js';
import { aidCoverage, chinaAidValues, usAidValues } from '../../store/aid.js';
import type { Store } from '../../store/open.js';
import { aidPoleOrder, aidWindow, aidWindows } from '../aid.js';
import type { DimensionProvider, DimensionSeries } from './provider.js';

export interface AidFigures {
  [key: string]: number | string | boolean | null;
  window: string;
  /** US obligations over the window, constant US$ (ForeignAssistance.gov), fiscal years. */
  usObligationsConstantUsd: number;
  /** Chinese ODA-like commitments over the window, constant 2021 US$, calendar years. */
  chinaOdaLikeUsd2021: number;
  /** Chinese other official flows over the window: shown, not counted (lending; see the debt dimension). */
  chinaOofUsd2021: number | null;
  clipped: boolean;
  comparable: string;
}

/**
 * The aid dimension: the tilt between US obligations and Chinese ODA-like commitments to a
 * country over three years. Defined only for poles USA and CHN (the two donors of the data) and
 * only for windows inside both registers (2002-2021): nothing after 2021.
 */
export const aidDimension: DimensionProvider<AidFigures> = {
  id: 'aid',
  label: 'Aid and development finance',
  // Half weight: obligations are compared with commitments, fiscal with calendar years, two
  // deflators; the data end in 2021 for China. Shown and counted, but less than measured stocks.
  defaultWeight: 0.5,
  async coverage(store: Store) {
    if (!store.has('aid_us') || !store.has('aid_china')) return null;
    const c = await aidCoverage(store);
    return {
      from: Math.max(c.usObligations.from, c.china.from) + aidWindow - 1,
      to: Math.min(c.usObligations.to, c.china.to),
    };
  },
  async read(store: Store, poles: readonly [Pole, Pole]): Promise<DimensionSeries<AidFigures>> {
    const out: DimensionSeries<AidFigures> = new Map();
    const order = aidPoleOrder(poles);
    if (!order || !store.has('aid_us') || !store.has('aid_china')) return out;
    const coverage = await aidCoverage(store);
    const from = Math.max(coverage.usObligations.from, coverage.china.from) + aidWindow - 1;
    const to = Math.min(coverage.usObligations.to, coverage.china.to);
    const us = await usAidValues(store);
    const cn = await chinaAidValues(store);
    for (const country of new Set([...us.keys(), ...cn.keys()])) {
      if (country === 'USA' || country === 'CHN') continue;
      const ws = aidWindows(us.get(country) ?? [], cn.get(country) ?? [], coverage, order, from, to);
      for (const w of ws) {
        if (w.usObligationsConstantUsd === null || w.chinaOdaLikeUsd2021 === null) continue;
        let perYear = out.get(w.year);
        if (!perYear) {
          perYear = new Map();
          out.set(w.year, perYear);
        }
        perYear.set(country, {
          position: w.position,
          engagement: null,
          dataYear: w.year,
          figures: {
            window: w.window,
            usObligationsConstantUsd: w.usObligationsConstantUsd,
            chinaOdaLikeUsd2021: w.chinaOdaLikeUsd2021,
            chinaOofUsd2021: w.chinaOofUsd2021,
            clipped: w.clipped,
            comparable:
              'US obligations (fiscal years) vs Chinese commitments (calendar years): comparable in kind only',
          },
          source:
            'ForeignAssistance.gov (aid_us) and AidData GCDF 3.0 via odadata (aid_china), shared/data/finance',
        });
      }
    }
    return out;
  },
  describe(reading, [first, second]) {
    const f = reading.figures;
    const usd = (x: number) => `US$${Math.round(x / 1e6).toLocaleString('en-US')}m`;
    const [us, cn] = first === 'CHN' || /china/i.test(first) ? [second, first] : [first, second];
    return `${f.window}: ${us} obligations ${usd(f.usObligationsConstantUsd)} (fiscal years), ${cn} ODA-like commitments ${usd(f.chinaOdaLikeUsd2021)} (calendar years; other official flows ${f.chinaOofUsd2021 === null ? '—' : usd(f.chinaOofUsd2021)} not counted); commitments and obligations are not like for like`;
  },
  methods:
    "Aid: the tilt (second - first) / (second + first) between US assistance obligations (ForeignAssistance.gov, constant US$, US fiscal years) and Chinese ODA-like commitments (AidData GCDF 3.0, constant 2021 US$, calendar years) to the country, each summed over the three years ending in the reading's year. Not like for like: obligations vs commitments, fiscal vs calendar years, two deflators; Chinese other official flows (near-market loans) are shown, not counted, because lending is the debt dimension's. Inside each register's span a year with no transaction counts as none; a country absent from a register has no reading. Defined only for poles USA and CHN, and only 2002-2021 (Chinese data end in 2021). Engagement is not defined. Default weight 0.5 for these reasons.",
};
