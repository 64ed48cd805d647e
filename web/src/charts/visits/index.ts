import { defineChart } from '../types';
import { loadVisits } from './load';
import { renderVisits } from './render';
import { shapeVisits } from './shape';

// Visits between the country and the United States, from the Office of the Historian. There is no
// comparable public record for other powers; the source line says so.
export const visitsChart = defineChart({
  id: 'visits',
  needs: ['visits'],
  title: (v) => `Visits between ${v.countryName} and the United States`,
  source:
    'US Department of State, Office of the Historian: visits of foreign leaders to the US, and travels abroad of US presidents and secretaries of state. No comparable record exists for China or other powers.',
  load: loadVisits,
  shape: shapeVisits,
  render: renderVisits,
});
