import { allDebtValues, debtCoverage } from '../../store/debt.js';
import { debtSeries } from '../debt.js';
import type { DimensionProvider } from './provider.js';
import { type AmountRow, type TiltFigures, tiltSeries } from './tilted.js';

const source =
  'World Bank International Debt Statistics, PPG external debt stocks by creditor (data/debt/debt_creditors)';

export const financeProvider: DimensionProvider<TiltFigures> = {
  id: 'finance',
  label: 'Finance (debt owed)',
  defaultWeight: 1,
  async coverage(store) {
    if (!store.has('debt_creditors')) return null;
    const [from, to] = (await debtCoverage(store)).stockYears;
    return { from, to };
  },
  async read(store, poles) {
    if (!store.has('debt_creditors')) return new Map();
    // The same figures as `bearing debt --series`: stocks owed to each pole's members, all categories.
    const rows: AmountRow[] = [];
    for (const id of (await allDebtValues(store)).keys()) {
      const debtor = store.concordance.get(id);
      if (!debtor) continue;
      for (const y of await debtSeries(store, debtor, { poles })) {
        if (y.stock === null) continue;
        rows.push({
          country: debtor.id,
          year: y.year,
          total: y.stock,
          first: y.firstStock ?? 0,
          second: y.secondStock ?? 0,
          extra: { projected: y.projected },
        });
      }
    }
    return tiltSeries(rows, poles, source, { first: 'owedFirst', second: 'owedSecond' });
  },
  methods:
    'Public and publicly guaranteed external debt stock owed to creditors of each pole\u2019s countries, US$: position = (S - F) / (S + F); engagement = the share owed to both poles over the median debtor\u2019s (docs/methods/finance.md).',
  describe({ figures: f }, names) {
    const bn = (x: unknown, d = 2) => `US$${(Number(x) / 1e9).toFixed(d)}bn`;
    return `owed to ${names[0]} ${bn(f.owedFirst)}, to ${names[1]} ${bn(f.owedSecond)} of ${bn(f.total, 1)}${f.projected ? ' (projected)' : ''}`;
  },
};
