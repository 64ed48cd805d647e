import { InputError } from '../errors.js';

/**
 * Which year a roll call counts in. `calendar`: the year of its date. `session`: its General Assembly
 * session + 1945 (session 65 = 2010, September 2010 to September 2011), the convention of Voeten's
 * agreement scores and of the Bailey-Strezhnev-Voeten ideal points; an emergency special session's votes
 * belong to the regular session in progress on their date.
 */
export const yearBases = ['calendar', 'session'] as const;
export type YearBasis = (typeof yearBases)[number];
export const defaultYearBasis: YearBasis = 'calendar';

/** A --year-basis flag or yearBasis parameter; undefined is the default, anything else an InputError. */
export function parseYearBasis(raw: unknown, field = 'year-basis'): YearBasis {
  if (raw === undefined || raw === null || raw === '') return defaultYearBasis;
  const v = String(raw).trim().toLowerCase();
  if ((yearBases as readonly string[]).includes(v)) return v as YearBasis;
  throw new InputError(`unknown year basis '${String(raw)}'`, {
    location: { field },
    hint: 'calendar (the year of the vote) or session (session + 1945, as Voeten and Bailey-Strezhnev-Voeten)',
  });
}

/** One line saying what a year means under a basis, for outputs and errors. */
export function yearBasisNote(basis: YearBasis): string {
  return basis === 'session'
    ? 'years are session years (General Assembly session + 1945; September to September)'
    : 'years are calendar years of the votes';
}
