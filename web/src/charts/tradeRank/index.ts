import { tradeSource } from '../sources';
import { defineChart } from '../types';
import { loadTradeRank } from './load';
import { renderTradeRank } from './render';
import { shapeTradeRank } from './shape';

export const tradeRankChart = defineChart({
  id: 'trade-rank',
  needs: ['trade'],
  title: (v) =>
    `Where ${v.poleNames[0]} and ${v.poleNames[1]} rank among ${v.countryName}'s trading partners`,
  source: tradeSource,
  load: loadTradeRank,
  shape: shapeTradeRank,
  render: renderTradeRank,
});
