import { agreementChart } from './agreement';
import { aidChart } from './aid';
import { alliancesChart } from './alliances';
import { armsChart } from './arms';
import { bearingChart } from './bearing';
import { bearingSeriesChart } from './bearingSeries';
import { creditorsChart } from './creditors';
import { debtServiceChart } from './debtService';
import { idealPointsChart } from './idealPoints';
import { investmentChart } from './investment';
import { leaderVisitsChart } from './leaderVisits';
import { sponsorshipChart } from './sponsorship';
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
  sponsorshipChart,
  tradePartnersChart,
  tradeTiltChart,
  creditorsChart,
  debtServiceChart,
  investmentChart,
  aidChart,
  leaderVisitsChart,
  armsChart,
  alliancesChart,
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
    intro:
      'How the country votes in the General Assembly, and whose resolutions it co-sponsors, beside the poles.',
    charts: [agreementChart, idealPointsChart, sponsorshipChart],
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
    id: 'investment-aid',
    title: 'Investment and aid',
    intro:
      'Who holds direct investment in it, and what each pole gives: amounts side by side, labelled where they are not comparable.',
    charts: [investmentChart, aidChart],
  },
  {
    id: 'security',
    title: 'Security',
    intro:
      'Whom it buys its arms from, and its alliance ties with each pole (US troops and ally status are US-only records).',
    charts: [armsChart, alliancesChart],
  },
  {
    id: 'visits',
    title: 'Visits',
    intro:
      'Leaders and top diplomats in each other’s capitals: with the US and China (China’s record 2003-2018), then the US record in detail. One colour per visit type on every page.',
    charts: [leaderVisitsChart, visitsChart],
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
