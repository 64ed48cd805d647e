import { alliancesSource } from '../sources';
import { defineChart } from '../types';
import { loadSecuritySeries } from './load';
import { renderAlliances } from './render';
import { shapeAlliances } from './shape';

export const alliancesChart = defineChart({
  id: 'alliances',
  needs: ['security'],
  title: (v) => `${v.countryName}'s alliance ties with ${v.poleNames[0]} and ${v.poleNames[1]}`,
  source: alliancesSource,
  load: loadSecuritySeries,
  shape: shapeAlliances,
  render: renderAlliances,
});
