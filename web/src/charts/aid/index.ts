import { defineChart } from '../types';
import { loadAid } from './load';
import { renderAid } from './render';
import { shapeAid } from './shape';

export const aidChart = defineChart({
  id: 'aid',
  needs: ['aid'],
  title: (v) =>
    `Aid to ${v.countryName}: the United States and China, side by side (not comparable as drawn)`,
  source:
    'ForeignAssistance.gov (US obligations FY1946-2024, disbursements FY2001-2024) and AidData GCDF 3.0 (Chinese commitments 2000-2021): commitments vs obligations, fiscal vs calendar years, two deflators; methods in docs/methods/aid.md.',
  load: loadAid,
  shape: shapeAid,
  render: renderAid,
});
