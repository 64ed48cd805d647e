import { tradeSource } from '../sources';
import { defineChart } from '../types';
import { loadTradePartners } from './load';
import { renderTradePartners } from './render';
import { shapeTradePartners } from './shape';

export const tradePartnersChart = defineChart({
  id: 'trade',
  needs: ['trade'],
  title: (v) => `${v.countryName}'s largest trade partners${v.year ? `, ${v.year}` : ''}`,
  source: tradeSource,
  load: loadTradePartners,
  shape: shapeTradePartners,
  render: renderTradePartners,
});
