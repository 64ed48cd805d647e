import { agreementChart } from './agreement';
import { bearingChart } from './bearing';
import { bearingSeriesChart } from './bearingSeries';
import { creditorsChart } from './creditors';
import { debtServiceChart } from './debtService';
import { idealPointsChart } from './idealPoints';
import { tradePartnersChart } from './tradePartners';
import { tradeTiltChart } from './tradeTilt';
import type { ChartSpec } from './types';
import { valuesChart } from './values';
import { visitsChart } from './visits';

/** The country page's charts, in page order; each is embeddable at #/embed/<id>/<country>. */
const countryCharts: ChartSpec[] = [
  bearingChart,
  bearingSeriesChart,
  agreementChart,
  idealPointsChart,
  tradePartnersChart,
  tradeTiltChart,
  creditorsChart,
  debtServiceChart,
  visitsChart,
  valuesChart,
];

/** The page's sections: a heading, a line of context, and the charts under it. */
export const countrySections: { id: string; title: string; intro: string; charts: ChartSpec[] }[] = [
  {
    id: 'bearing',
    title: 'The bearing',
    intro: 'Every dimension on one scale between the two poles, and the overall position it adds up to.',
    charts: [bearingChart, bearingSeriesChart],
  },
  {
    id: 'votes',
    title: 'UN votes',
    intro: 'How the country votes in the General Assembly, beside the poles.',
    charts: [agreementChart, idealPointsChart],
  },
  {
    id: 'trade',
    title: 'Trade',
    intro: 'Whom it trades with, and how its trade divides between the poles.',
    charts: [tradePartnersChart, tradeTiltChart],
  },
  {
    id: 'finance',
    title: 'Finance',
    intro: 'Whom it owes, and what servicing that debt costs.',
    charts: [creditorsChart, debtServiceChart],
  },
  {
    id: 'visits',
    title: 'Visits',
    intro: 'Leaders and top diplomats in each other’s capitals (US record only).',
    charts: [visitsChart],
  },
  {
    id: 'values',
    title: 'Values',
    intro:
      'How close its institutions are to each pole’s: context for the bearing, not counted in it (weight 0).',
    charts: [valuesChart],
  },
];

export function chartById(id: string): ChartSpec | undefined {
  return countryCharts.find((c) => c.id === id);
}
