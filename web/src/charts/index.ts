import { agreementChart } from './agreement';
import { pendingCharts } from './pending';
import { bearingChart, bearingSeriesChart } from './profile';
import type { ChartSpec } from './types';
import { visitsChart } from './visits';

/** The country page's charts, in page order; each is embeddable at #/embed/<id>/<country>. */
export const countryCharts: ChartSpec[] = [
  bearingChart,
  bearingSeriesChart,
  agreementChart,
  pendingCharts.idealpoints,
  pendingCharts.trade,
  pendingCharts.debt,
  visitsChart,
];

export function chartById(id: string): ChartSpec | undefined {
  return countryCharts.find((c) => c.id === id);
}
