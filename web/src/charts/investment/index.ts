import { defineChart } from '../types';
import { loadInvestment } from './load';
import { renderInvestment } from './render';
import { shapeInvestment } from './shape';

export const investmentChart = defineChart({
  id: 'investment',
  needs: ['investment'],
  title: (v) => `Direct investment held in ${v.countryName}, by investor`,
  source:
    'IMF Direct Investment Positions (DIP) 2014-2024: outward positions of the US, China, Germany, Japan and Singapore only, by immediate counterpart (investment routed through hubs is missed); methods in docs/methods/investment.md.',
  load: loadInvestment,
  shape: shapeInvestment,
  render: renderInvestment,
});
