import { profileSource } from '../sources';
import { defineChart } from '../types';
import { loadProfile } from './load';
import { renderBearing } from './render';
import { shapeBearing } from './shape';

export const bearingChart = defineChart({
  id: 'bearing',
  needs: ['profile'],
  title: (v) => `Where ${v.countryName} stands between ${v.poleNames[0]} and ${v.poleNames[1]}`,
  source: profileSource,
  load: loadProfile,
  shape: shapeBearing,
  render: renderBearing,
});
