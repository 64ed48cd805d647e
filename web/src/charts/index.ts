import { agreementChart } from './agreement';
import { creditorsChart, debtServiceChart } from './debt';
import { idealPointsChart } from './idealPoints';
import { bearingChart, bearingSeriesChart } from './profile';
import { tradePartnersChart, tradeTiltChart } from './trade';
import type { ChartSpec } from './types';
import { visitsChart } from './visits';

/** The country page's charts, in page order; each is embeddable at #/embed/<id>/<country>. */
export const countryCharts: ChartSpec[] = [
  bearingChart,
  bearingSeriesChart,
  agreementChart,
  idealPointsChart,
  tradePartnersChart,
  tradeTiltChart,
  creditorsChart,
  debtServiceChart,
  visitsChart,
];

export function chartById(id: string): ChartSpec | undefined {
  return countryCharts.find((c) => c.id === id);
}
