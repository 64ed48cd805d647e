import { debtSource } from '../sources';
import { defineChart } from '../types';
import { loadDebtExposure } from './load';
import { renderCreditors } from './render';
import { shapeCreditors } from './shape';

export const creditorsChart = defineChart({
  id: 'creditors',
  needs: ['debt'],
  title: (v) => `Who ${v.countryName} owes${v.year ? `, ${v.year}` : ''}`,
  source: debtSource,
  load: loadDebtExposure,
  shape: shapeCreditors,
  render: renderCreditors,
});
