import { InputError, type InputLocation } from '../../errors.js';

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * DGACM adoption dates come in two formats: "2019-10-10 00:00:00" (session 74) and "1 December 2020"
 * (later sessions). Both give an ISO yyyy-mm-dd; anything else, or an impossible day, is an error.
 */
export function parseAdoptionDate(raw: unknown, location: InputLocation): string {
  // No-break spaces between day and month are common (sessions 75-80).
  const s = typeof raw === 'string' ? raw.replace(/[\u00a0\s]+/g, ' ').trim() : '';
  let iso: string | null = null;
  const a = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00:00)?$/.exec(s);
  if (a) iso = `${a[1]}-${a[2]}-${a[3]}`;
  const b = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(s);
  if (b) {
    const m = months.indexOf(b[2].toLowerCase());
    if (m >= 0) iso = `${b[3]}-${String(m + 1).padStart(2, '0')}-${b[1].padStart(2, '0')}`;
  }
  const t = iso ? Date.parse(`${iso}T00:00:00Z`) : Number.NaN;
  if (!iso || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso) {
    throw new InputError(
      `expected a date like '1 December 2020' or '2019-10-10 00:00:00', found '${String(raw)}'`,
      {
        location,
      },
    );
  }
  return iso;
}

/**
 * Opening dates of the regular sessions the DGACM extracts cover (United Nations, General Assembly,
 * "Opening of the session" press releases: the third Tuesday of September until session 77, the first
 * or second Tuesday since). An emergency special session meets within the regular session in progress.
 */
export const sessionOpenings: readonly { session: number; opens: string }[] = [
  { session: 74, opens: '2019-09-17' },
  { session: 75, opens: '2020-09-15' },
  { session: 76, opens: '2021-09-14' },
  { session: 77, opens: '2022-09-13' },
  { session: 78, opens: '2023-09-05' },
  { session: 79, opens: '2024-09-10' },
  { session: 80, opens: '2025-09-09' },
];

/**
 * The regular session in progress on `date`. Outside the table, September (inclusive) starts a session,
 * the rule the 1946-2021 sources follow; inside it the opening dates decide (so 2020-09-11 is session 74).
 */
export function regularSessionOn(date: string): number {
  const first = sessionOpenings[0];
  const last = sessionOpenings[sessionOpenings.length - 1];
  const lastEnd = `${Number(last.opens.slice(0, 4)) + 1}-09-01`;
  if (date >= first.opens && date < lastEnd) {
    let found = first.session;
    for (const s of sessionOpenings) if (date >= s.opens) found = s.session;
    return found;
  }
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const bySeptember = year - 1945 - (month < 9 ? 1 : 0);
  // Early September before the first opening in the table still belongs to the previous session.
  return date < first.opens ? Math.min(bySeptember, first.session - 1) : bySeptember;
}

/** Session year (Voeten's and Bailey-Strezhnev-Voeten's convention): session + 1945. */
export function sessionYear(session: number): number {
  return session + 1945;
}
