import { InputError } from '../../errors.js';
import type { VisitRecord } from '../../visits/records.js';
import { readVisitType } from '../../visits/visitType.js';
import type { SlugResolver } from './slugs.js';
import { childAttribute, childText, readXmlRecords, requiredDate } from './xml.js';

/**
 * Parses one visits/ decade file (`<visits><visit>...</visit></visits>`). All or nothing: a record
 * without a date, with an unknown country slug, or a file cut short throws an InputError naming the
 * file, the line and the element, and no record of the file is returned.
 */
export function parseVisits(text: string, file: string, slugs: SlugResolver): VisitRecord[] {
  const out: VisitRecord[] = [];
  const ids = new Map<number, number>();
  for (const rec of readXmlRecords(text, file, 'visits', 'visit')) {
    const at = (field: string) => ({ file, line: rec.line, field });
    const idText = childText(rec.node, 'id') ?? '';
    if (!/^\d+$/.test(idText)) {
      throw new InputError(`visit #${rec.position}: <id> '${idText}' is not a record number`, {
        location: at('id'),
      });
    }
    const id = Number(idText);
    if (ids.has(id)) {
      throw new InputError(`visit #${rec.position}: <id> ${id} repeats visit #${ids.get(id)}`, {
        location: at('id'),
      });
    }
    ids.set(id, rec.position);
    const startDate = requiredDate(rec, 'start-date', file, 'visit');
    const endText = childText(rec.node, 'end-date');
    const endDate = endText ? requiredDate(rec, 'end-date', file, 'visit') : startDate;
    if (endDate < startDate) {
      throw new InputError(`visit #${rec.position}: ends ${endDate} before it starts ${startDate}`, {
        location: at('end-date'),
      });
    }
    const visitor = childText(rec.node, 'visitor') ?? '';
    if (visitor === '')
      throw new InputError(`visit #${rec.position} has no <visitor>`, { location: at('visitor') });
    const label = childText(rec.node, 'from');
    if (label === undefined)
      throw new InputError(`visit #${rec.position} has no <from>`, { location: at('from') });
    const slug = childAttribute(rec.node, 'from', 'id') ?? '';
    const { id: country } = slugs.resolve(slug, label, startDate, at('from'));
    const description = childText(rec.node, 'description') ?? '';
    const kind = readVisitType(description);
    out.push({
      id,
      startDate,
      endDate,
      year: Number(startDate.slice(0, 4)),
      visitor,
      role: visitorRole(visitor),
      country,
      slug,
      countryLabel: label,
      type: kind.type,
      typeMatched: kind.matched,
      description,
      sourceFile: file,
      sourcePosition: rec.position,
      sourceLine: rec.line,
    });
  }
  return out;
}

/** Titles a visitor's name starts with, longest first; common misspellings folded. */
const titles: readonly [RegExp, string][] = [
  [/^(?:acting |interim )?prime min/i, 'Prime Minister'],
  [/^president-elect\b/i, 'President-elect'],
  [/^(?:interim |provisional |acting )?president\b/i, 'President'],
  [/^vice premier\b/i, 'Vice Premier'],
  [/^premier\b/i, 'Premier'],
  [/^(?:federal )?chancellor\b/i, 'Chancellor'],
  [/^chief of state\b/i, 'Chief of State'],
  [/^head of state\b/i, 'Head of State'],
  [/^first secretary\b/i, 'First Secretary'],
  [/^(?:brigadier |lieutenant |major )?general\b/i, 'General'],
  [/^junta member\b/i, 'Junta Member'],
  [/^governor general\b/i, 'Governor General'],
  [/^crown prince\b/i, 'Crown Prince'],
  [/^grand duke\b/i, 'Grand Duke'],
  [/^grand duchess\b/i, 'Grand Duchess'],
  [/^regent\b/i, 'Regent'],
  [/^king\b/i, 'King'],
  [/^queen\b/i, 'Queen'],
  [/^emperor\b/i, 'Emperor'],
  [/^empress\b/i, 'Empress'],
  [/^shah\b/i, 'Shah'],
  [/^sultan\b/i, 'Sultan'],
  [/^(?:amir|emir)\b/i, 'Emir'],
  [/^sheikh?\b/i, 'Sheikh'],
  [/^prince\b/i, 'Prince'],
  [/^princess\b/i, 'Princess'],
  [/^pope\b/i, 'Pope'],
  [/^taoiseach\b/i, 'Taoiseach'],
  [/^chairman\b/i, 'Chairman'],
  [/^secretary[- ]general\b/i, 'Secretary-General'],
];

/** The title at the front of a visitor's name ("President William Ruto" -> "President"), or null. */
export function visitorRole(visitor: string): string | null {
  for (const [re, title] of titles) if (re.test(visitor)) return title;
  return null;
}
