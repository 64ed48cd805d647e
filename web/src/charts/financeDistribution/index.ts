import { debtSource } from '../sources';
import { defineChart } from '../types';
import { loadFinanceDistribution } from './load';
import { renderFinanceDistribution } from './render';
import { shapeFinanceDistribution } from './shape';

/** The methods page's chart (not a country chart): every IDS debtor's finance position, two years, two settings. */
export const financeDistributionChart = defineChart({
  id: 'finance-distribution',
  needs: ['finance-distribution'],
  title: () => 'Finance positions across all debtors, 2019 and 2024, by multilaterals setting',
  source: `${debtSource} Voting power: World Bank Finances One (IDA 2022-12-31, IBRD 2023-02-06). Methods: docs/methods/finance.md.`,
  load: loadFinanceDistribution,
  shape: shapeFinanceDistribution,
  render: renderFinanceDistribution,
});
