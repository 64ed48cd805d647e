import { tradeIndicators } from '../trade/index.js';
import type { DimensionProvider } from './provider.js';
import { type TiltFigures, tiltSeries } from './tilted.js';

const source =
  'IMF Direction of Trade Statistics, exports FOB and mirror imports; totals from World rows where published (data/trade)';

export const tradeProvider: DimensionProvider<TiltFigures> = {
  id: 'trade',
  label: 'Trade',
  defaultWeight: 1,
  async coverage(store) {
    if (!store.has('trade_flows')) return null;
    const { from, to } = await tradeIndicators(store, {});
    return { from, to };
  },
  async read(store, poles) {
    if (!store.has('trade_flows')) return new Map();
    // The same figures as `bearing trade --series`: total from the World rows where published.
    const { rows } = await tradeIndicators(store, { poles });
    return tiltSeries(
      rows.map((r) => ({
        country: r.country,
        year: r.year,
        total: r.total,
        first: r.firstValue,
        second: r.secondValue,
      })),
      poles,
      source,
      { first: 'withFirst', second: 'withSecond' },
    );
  },
  methods:
    'Exports plus mirror imports with each pole\u2019s members, US$ millions: position = (S - F) / (S + F); a pole\u2019s own members sit at its end; engagement = the share of trade with both poles over the median state\u2019s (docs/methods/trade.md).',
  describe({ figures: f }, names) {
    const pct = (x: unknown) => `${(100 * Number(x)).toFixed(1)}%`;
    return `${names[0]} ${pct(f.firstShare)}, ${names[1]} ${pct(f.secondShare)} of US$${(Number(f.total) / 1000).toFixed(1)}bn trade`;
  },
};
