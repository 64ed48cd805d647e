import { InputError } from '../../errors.js';

/**
 * Recurring resolutions: the General Assembly votes many texts again, session after session, in
 * identical form (the Cuba embargo, Golan, the Palestinian people's self-determination). Bailey,
 * Strezhnev & Voeten (2017) bridge years through such identical votes: the item parameters are the same,
 * so differences in how states vote on them are differences in the states' positions.
 *
 * Matching rule, on the roll call's description (Voeten's `descr`, the UN Digital Library title):
 *  1. Normalise: upper case, accents removed, everything but letters and digits becomes a space, runs of
 *     spaces collapse, session numbers and years ("74TH SESSION", "1987") are dropped, since they change
 *     from session to session while the text stays the same.
 *  2. Texts shorter than `minWords` words after normalisation are too generic to call identical
 *     ("APARTHEID") and are not grouped.
 *  3. Equal normalised texts in different years form one group. A text that occurs more than once
 *     within one year (separate paragraph or amendment votes under one description) is not grouped in
 *     that year: those votes stay items of their own.
 * Returns a group id per roll call (dense, 0-based); roll calls without a recurring match get a group of
 * their own.
 */
export function recurringItemGroups(
  descriptions: readonly string[],
  years: ArrayLike<number>,
  minWords = 6,
): Int32Array {
  if (descriptions.length !== years.length) {
    throw new InputError(`${descriptions.length} descriptions for ${years.length} roll calls`, {
      location: { field: 'descriptions' },
    });
  }
  const keys = descriptions.map((d) => normaliseDescription(d));
  const perYear = new Map<string, number>();
  for (let r = 0; r < keys.length; r++) {
    if (keys[r].split(' ').length < minWords) keys[r] = '';
    if (!keys[r]) continue;
    const k = `${years[r]}\u0000${keys[r]}`;
    perYear.set(k, (perYear.get(k) ?? 0) + 1);
  }
  const group = new Int32Array(keys.length);
  const byKey = new Map<string, number>();
  let next = 0;
  for (let r = 0; r < keys.length; r++) {
    const key = keys[r];
    if (!key || perYear.get(`${years[r]}\u0000${key}`)! > 1) {
      group[r] = next++;
      continue;
    }
    let g = byKey.get(key);
    if (g === undefined) {
      g = next++;
      byKey.set(key, g);
    }
    group[r] = g;
  }
  return group;
}

/** The comparison key of a description (rule 1 above). */
export function normaliseDescription(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .replace(/\b\d+(ST|ND|RD|TH)\b( SESSION)?/g, ' ')
    .replace(/\b(19|20)\d\d\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
