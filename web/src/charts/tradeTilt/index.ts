import { tradeSource } from '../sources';
import { defineChart } from '../types';
import { loadTradeSeries } from './load';
import { renderTradeTilt } from './render';
import { shapeTradeTilt } from './shape';

export const tradeTiltChart = defineChart({
  id: 'trade-tilt',
  needs: ['trade'],
  title: (v) => `${v.countryName}'s trade with ${v.poleNames[0]} and ${v.poleNames[1]} over time`,
  source: tradeSource,
  load: loadTradeSeries,
  shape: shapeTradeTilt,
  render: renderTradeTilt,
});
