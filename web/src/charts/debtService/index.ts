import { debtSource } from '../sources';
import { defineChart } from '../types';
import { loadDebtSeries } from './load';
import { renderDebtService } from './render';
import { shapeDebtService } from './shape';

export const debtServiceChart = defineChart({
  id: 'debt-service',
  needs: ['debt'],
  title: (v) => `${v.countryName}'s external debt service`,
  source: debtSource,
  load: loadDebtSeries,
  shape: shapeDebtService,
  render: renderDebtService,
});
