import { armsSource } from '../sources';
import { defineChart } from '../types';
import { loadArms } from './load';
import { renderArms } from './render';
import { shapeArms } from './shape';

export const armsChart = defineChart({
  id: 'arms',
  needs: ['arms'],
  title: (v) => `Arms delivered to ${v.countryName} by supplier`,
  source: armsSource,
  load: loadArms,
  shape: shapeArms,
  render: renderArms,
});
