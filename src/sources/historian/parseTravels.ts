import { InputError } from '../../errors.js';
import { type TravelRole, type TripRecord, travelRoles } from '../../visits/records.js';
import type { SlugResolver } from './slugs.js';
import { childAttribute, childText, readXmlRecords, requiredDate } from './xml.js';

export interface TravelCodes {
  /** Role values the code table defines. */
  roles: readonly string[];
  /** Presidents' ids (presidents.xml), for checking president-travels files. */
  presidents: ReadonlySet<string>;
}

/**
 * Parses one travels file (`<trips><trip role="president" who="...">...</trip></trips>`). All or
 * nothing, like parseVisits: a trip without a start date, with an unknown country slug or role, or
 * a file cut short throws an InputError naming the file, line and element.
 */
export function parseTravels(
  text: string,
  file: string,
  slugs: SlugResolver,
  codes: TravelCodes,
): TripRecord[] {
  const out: TripRecord[] = [];
  const ids = new Map<number, number>();
  for (const rec of readXmlRecords(text, file, 'trips', 'trip')) {
    const at = (field: string) => ({ file, line: rec.line, field });
    const idText = childText(rec.node, 'id') ?? '';
    if (!/^\d+$/.test(idText)) {
      throw new InputError(`trip #${rec.position}: <id> '${idText}' is not a record number`, {
        location: at('id'),
      });
    }
    const id = Number(idText);
    if (ids.has(id)) {
      throw new InputError(`trip #${rec.position}: <id> ${id} repeats trip #${ids.get(id)}`, {
        location: at('id'),
      });
    }
    ids.set(id, rec.position);
    const role = childText(rec.node, 'role') ?? String(rec.node['@role'] ?? '');
    if (!codes.roles.includes(role) || !(travelRoles as readonly string[]).includes(role)) {
      throw new InputError(`trip #${rec.position}: unknown role '${role}'`, {
        location: at('role'),
        hint: `the code table defines ${codes.roles.join(', ')}`,
      });
    }
    const who = String(rec.node['@who'] ?? '').trim();
    if (who === '')
      throw new InputError(`trip #${rec.position} has no traveller (who)`, { location: at('trip') });
    if (role === 'president' && !codes.presidents.has(who)) {
      throw new InputError(`trip #${rec.position}: '${who}' is not in presidents.xml`, {
        location: at('trip'),
      });
    }
    const startDate = requiredDate(rec, 'start-date', file, 'trip');
    const endText = childText(rec.node, 'end-date');
    const endDate = endText ? requiredDate(rec, 'end-date', file, 'trip') : startDate;
    if (endDate < startDate) {
      throw new InputError(`trip #${rec.position}: ends ${endDate} before it starts ${startDate}`, {
        location: at('end-date'),
      });
    }
    const label = childText(rec.node, 'country');
    if (label === undefined)
      throw new InputError(`trip #${rec.position} has no <country>`, { location: at('country') });
    const slug = childAttribute(rec.node, 'country', 'id') ?? '';
    const { id: country } = slugs.resolve(slug, label, startDate, at('country'));
    out.push({
      id,
      role: role as TravelRole,
      who,
      name: childText(rec.node, 'name') ?? '',
      startDate,
      endDate,
      year: Number(startDate.slice(0, 4)),
      country,
      slug,
      countryLabel: label,
      locale: childText(rec.node, 'locale') ?? '',
      remarks: childText(rec.node, 'remarks') ?? '',
      sourceFile: file,
      sourcePosition: rec.position,
      sourceLine: rec.line,
    });
  }
  return out;
}

/** A president of presidents.xml (a president serving twice, like Trump, appears twice). */
export interface PresidentRecord {
  n: number;
  id: string;
  name: string;
  tookOffice: string;
  /** null while in office. */
  leftOffice: string | null;
}

export function parsePresidents(text: string, file: string): PresidentRecord[] {
  return readXmlRecords(text, file, 'presidents', 'president').map((rec) => {
    const at = (field: string) => ({ file, line: rec.line, field });
    const id = childText(rec.node, 'id') ?? '';
    if (id === '') throw new InputError(`president #${rec.position} has no <id>`, { location: at('id') });
    const n = Number(rec.node['@n']);
    if (!Number.isInteger(n) || n < 1) {
      throw new InputError(`president #${rec.position}: n '${rec.node['@n']}' is not a number`, {
        location: at('president'),
      });
    }
    const left = childText(rec.node, 'left-office-date');
    return {
      n,
      id,
      name: childText(rec.node, 'name') ?? '',
      tookOffice: requiredDate(rec, 'took-office-date', file, 'president'),
      leftOffice: left ? requiredDate(rec, 'left-office-date', file, 'president') : null,
    };
  });
}

/** The values of a code table (`<code-table><items><item><value>`). */
export function parseCodeTable(text: string, file: string): string[] {
  const checked = readXmlRecords(text, file, 'code-table', 'items');
  const values: string[] = [];
  for (const items of checked) {
    const list = items.node.item;
    for (const item of (Array.isArray(list) ? list : list ? [list] : []) as Record<string, unknown>[]) {
      const v = childText(item, 'value') ?? '';
      if (v === '') {
        throw new InputError('code table item has no <value>', {
          location: { file, line: items.line, field: 'value' },
        });
      }
      values.push(v);
    }
  }
  if (values.length === 0)
    throw new InputError('code table has no values', { location: { file, field: 'items' } });
  return values;
}
