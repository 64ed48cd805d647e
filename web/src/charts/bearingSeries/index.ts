import { loadProfileSeries } from '../bearing/load';
import { profileSource } from '../sources';
import { defineChart } from '../types';
import { renderBearingSeries } from './render';
import { shapeBearingSeries } from './shape';

export const bearingSeriesChart = defineChart({
  id: 'bearing-series',
  needs: ['profile'],
  title: (v) => `${v.countryName}'s bearing over time`,
  source: profileSource,
  load: loadProfileSeries,
  shape: shapeBearingSeries,
  render: renderBearingSeries,
});
