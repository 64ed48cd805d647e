import { defineChart } from '../types';
import { loadValues } from './load';
import { renderValues } from './render';
import { shapeValues } from './shape';

export const valuesChart = defineChart({
  id: 'values',
  needs: ['values'],
  title: (v) => `${v.countryName}'s democracy indices beside ${v.poleNames[0]}'s and ${v.poleNames[1]}'s`,
  source:
    'V-Dem (Varieties of Democracy) electoral and liberal democracy indices with 68% intervals; Freedom House for status; methods in docs/methods/values.md. Weight 0 in the bearing: context, not alignment.',
  load: loadValues,
  shape: shapeValues,
  render: renderValues,
});
