import type { AgreementRow } from '../../../../src/api/types';
import { pct } from '../../format';
import type { ChartData, ChartView } from '../types';

type AgreementLine = AgreementRow & { pole: string };
export type AgreementData = ChartData<AgreementRow> & {
  /** The rows with a measured agreement, each named by its pole: one line per pole. */
  lines: AgreementLine[];
};

const agreementColumns = [
  'year',
  'country',
  'partner',
  'votes',
  'agreement',
  'identical',
  's',
  'kappa',
  'pi',
  'coincidence',
];

/** Agreement with each pole by year; years with no measured agreement are left out, not zero. */
export function shapeAgreement(answer: AgreementRow[], view: ChartView): AgreementData | null {
  const rows = answer.filter((r) => r.agreement !== null);
  if (rows.length === 0) return null;
  const last = rows[rows.length - 1].year;
  const at = (p: string, y: number) => rows.find((r) => r.partner === p && r.year === y)?.agreement;
  const yr = view.year && rows.some((r) => r.year === view.year) ? view.year : last;
  const name = (id: string) => (id === view.poles[0] ? view.poleNames[0] : view.poleNames[1]);
  return {
    rows: rows.map((r) => ({ ...r })),
    columns: agreementColumns,
    subtitle:
      'Share of UN General Assembly roll calls on which the two voted alike, each year (abstention counts half)',
    summary: `Line chart, ${rows[0].year}–${last}. In ${yr}, ${view.countryName} voted with ${view.poleNames[0]} ${pct(at(view.poles[0], yr))} of the time and with ${view.poleNames[1]} ${pct(at(view.poles[1], yr))}.`,
    lines: rows.map((r) => ({ ...r, pole: name(r.partner) })),
  };
}
