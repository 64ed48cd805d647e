import type { Concordance } from '../../countries/concordance.js';
import type { Country } from '../../countries/country.js';
import { stateOnDate } from '../../countries/historical.js';
import { InputError, type InputLocation } from '../../errors.js';

/**
 * The Office of the Historian names countries by a slug of its own (`<from id="kenya">Kenya</from>`,
 * `<country id="korea-south">Korea, South</country>`) plus the label it used at the time. Both are
 * mapped to one concordance id, and the state is the one that existed on the record's date: a visit
 * from "russia" in 1959 is the Soviet Union's (SUN), from "germany" in 1953 West Germany's (BRD).
 *
 * Resolution, for a record with slug S, label L and date D:
 * 1. the first rule of `slugRules` whose slug, label and dates match decides (the explicit table,
 *    for what the concordance cannot resolve or would resolve wrongly);
 * 2. otherwise S (hyphens read as spaces) and L are each resolved by the concordance and carried to
 *    the state of date D by the concordance's succession rules (RUS before 1991-12-25 is SUN, ...);
 *    they must both resolve and agree.
 * Anything else is an InputError naming the file and element: an unmatched slug fails the build.
 */
export interface SlugRule {
  slug: string;
  /** Only for this label (exact, as the Historian wrote it). */
  label?: string;
  /** Only for records dated on or after this ISO date. */
  from?: string;
  /** Only for records dated strictly before this ISO date. */
  before?: string;
  id: string;
  why: string;
}

export const slugRules: readonly SlugRule[] = [
  {
    slug: 'hawaii',
    id: 'HAW',
    why: 'Kingdom (to 1893), then Republic (to 1898), of Hawaii; annexed by the US in 1898. Not in the concordance: see extraStates.',
  },
  {
    slug: 'micronesia',
    id: 'FSM',
    why: 'label "Micronesia" alone does not resolve; the Federated States of Micronesia',
  },
  { slug: 'somoa', id: 'WSM', why: 'misspelt slug and label ("Somoa") for Samoa' },
  {
    slug: 'malaysia',
    label: 'Malaya',
    id: 'MYS',
    why: 'Federation of Malaya (1957-1963), predecessor of Malaysia',
  },
  { slug: 'somalia', label: 'Somali Republic', id: 'SOM', why: 'official name of Somalia 1960-1969' },
  {
    slug: 'tanzania',
    label: 'Tanganyika',
    id: 'TZA',
    why: 'Tanganyika (1961-1964) merged with Zanzibar into Tanzania; COW 510 continues it',
  },
  {
    slug: 'kosovo',
    id: 'XKX',
    why: 'the place visited, whatever the label ("Yugoslavia (Kosovo)" 1999, "Serbia-Montenegro (Kosovo)"); the Historian slugs it kosovo',
  },
  {
    slug: 'china',
    label: 'China, Republic of',
    before: '1949-10-01',
    id: 'CHN',
    why: 'the Republic of China governed China until 1949 (COW 710)',
  },
  {
    slug: 'china',
    label: 'China, Republic of',
    from: '1949-10-01',
    id: 'TWN',
    why: 'the Republic of China on Taiwan after 1949 (COW 713)',
  },
  {
    slug: 'vietnam',
    before: '1976-07-02',
    id: 'RVN',
    why: 'Republic of Vietnam (South Vietnam) until reunification',
  },
  {
    slug: 'germany',
    label: 'Germany, Federal Republic of',
    from: '1990-10-03',
    id: 'DEU',
    why: 'united Germany keeps the official name Federal Republic of Germany',
  },
  { slug: 'germany', before: '1949-05-23', id: 'DEU', why: 'Germany before the division (not West Germany)' },
  {
    slug: 'russia',
    label: 'U.S.S.R.',
    from: '1991-12-25',
    id: 'RUS',
    why: 'trips to Moscow after the dissolution still labelled "U.S.S.R."',
  },
  {
    slug: 'russia',
    before: '1922-12-30',
    id: 'RUS',
    why: 'the Russian Empire and Russia before the Soviet Union',
  },
  {
    slug: 'yugoslavia',
    from: '1992-04-27',
    id: 'SCG',
    why: 'the Federal Republic of Yugoslavia (Serbia and Montenegro)',
  },
];

export interface SlugResolution {
  id: string;
  /** Which step decided: an explicit rule (its index in slugRules) or the concordance. */
  via: 'rule' | 'concordance';
}

/** Resolves Historian slugs and labels to concordance ids, memoising the concordance look-ups. */
export class SlugResolver {
  private readonly memo = new Map<string, Country | undefined>();

  constructor(private readonly concordance: Concordance) {}

  resolve(slug: string, label: string, date: string, location: InputLocation): SlugResolution {
    if (slug === '') {
      throw new InputError('country has no id (slug)', { location, hint: `label '${label}'` });
    }
    for (const r of slugRules) {
      if (r.slug !== slug) continue;
      if (r.label !== undefined && r.label !== label) continue;
      if (r.from !== undefined && date < r.from) continue;
      if (r.before !== undefined && date >= r.before) continue;
      return { id: r.id, via: 'rule' };
    }
    const bySlug = this.lookup(slug.replace(/-/g, ' '));
    const byLabel = this.lookup(label);
    if (!bySlug) {
      throw new InputError(`unknown country slug '${slug}' (label '${label}')`, {
        location,
        kind: 'unknown',
        suggestions: this.concordance.suggest(slug.replace(/-/g, ' ')),
        hint: 'add it to slugRules in src/sources/historian/slugs.ts and to docs/data/visits.md',
      });
    }
    const a = stateOnDate(bySlug.id, date);
    const b = byLabel ? stateOnDate(byLabel.id, date) : undefined;
    if (b !== undefined && a !== b) {
      throw new InputError(`country slug '${slug}' (${a}) and label '${label}' (${b}) disagree on ${date}`, {
        location,
        hint: 'decide in slugRules in src/sources/historian/slugs.ts',
      });
    }
    return { id: a, via: 'concordance' };
  }

  private lookup(query: string): Country | undefined {
    if (!this.memo.has(query)) this.memo.set(query, this.concordance.tryResolve(query));
    return this.memo.get(query);
  }
}
