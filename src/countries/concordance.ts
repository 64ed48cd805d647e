import { InputError } from '../errors.js';
import type { Country } from './country.js';

/** Code systems a query may name explicitly, as `scheme:value` (e.g. `cow:501`, `imf:664`). */
export const codeSchemes = ['iso3', 'iso2', 'm49', 'cow', 'cowc', 'imf', 'wb', 'name'] as const;
export type CodeScheme = (typeof codeSchemes)[number];

/**
 * Resolves any code or name a publisher uses to one canonical country id. Resolution never
 * guesses silently: an unknown query throws an InputError with the closest names as suggestions.
 *
 * Order: explicit `scheme:value`; the canonical id; ISO2; COW letters; World Bank code; exact
 * names and aliases (case- and accent-insensitive); historical states' patterns; modern patterns.
 */
export class Concordance {
  readonly countries: readonly Country[];
  private readonly byId = new Map<string, Country>();
  private readonly byCode = new Map<string, Map<string, Country>>();
  private readonly byName = new Map<string, Country>();
  private readonly patterns: { country: Country; re: RegExp }[] = [];

  constructor(countries: readonly Country[]) {
    this.countries = countries;
    const index = (scheme: CodeScheme, key: string | number | null, c: Country) => {
      if (key === null || key === '') return;
      let m = this.byCode.get(scheme);
      if (!m) {
        m = new Map();
        this.byCode.set(scheme, m);
      }
      const k = String(key).toUpperCase();
      // First writer wins: modern states come before historical ones in the table.
      if (!m.has(k)) m.set(k, c);
    };
    for (const c of countries) {
      this.byId.set(c.id, c);
      index('iso3', c.iso3, c);
      index('iso2', c.iso2, c);
      index('m49', c.m49, c);
      index('cow', c.cown, c);
      index('cowc', c.cowc, c);
      index('imf', c.imf, c);
      index('wb', c.wb, c);
      for (const name of [c.name, ...c.aliases]) {
        const key = normalizeName(name);
        if (!this.byName.has(key)) this.byName.set(key, c);
      }
    }
    const ordered = [...countries].sort((a, b) => Number(b.historical) - Number(a.historical));
    for (const c of ordered) {
      if (c.pattern) this.patterns.push({ country: c, re: new RegExp(c.pattern, 'i') });
    }
  }

  get(id: string): Country | undefined {
    return this.byId.get(id);
  }

  /** The country for a code or name, or undefined. */
  tryResolve(query: string): Country | undefined {
    const q = query.trim();
    if (q === '') return undefined;
    const scheme = /^([a-z0-9]+):(.+)$/i.exec(q);
    if (scheme) {
      const s = scheme[1].toLowerCase() as CodeScheme;
      if (!codeSchemes.includes(s)) return undefined;
      if (s === 'name') return this.byName.get(normalizeName(scheme[2])) ?? this.matchPattern(scheme[2]);
      return this.byCode
        .get(s)
        ?.get(
          String(s === 'm49' || s === 'cow' || s === 'imf' ? Number(scheme[2]) : scheme[2].toUpperCase()),
        );
    }
    const upper = q.toUpperCase();
    const byId = this.byId.get(upper);
    if (byId) return byId;
    if (/^[A-Z]{2}$/i.test(q)) return this.byCode.get('iso2')?.get(upper);
    if (/^[A-Z]{3}$/i.test(q)) {
      const hit = this.byCode.get('cowc')?.get(upper) ?? this.byCode.get('wb')?.get(upper);
      if (hit) return hit;
    }
    if (/^\d+$/.test(q)) return undefined; // numbers need a scheme: 404 is Kenya in M49 but 404 nothing in COW
    return this.byName.get(normalizeName(q)) ?? this.matchPattern(q);
  }

  /** The country for a code or name; throws an InputError with suggestions when none matches. */
  resolve(query: string, location: { file?: string; line?: number; field?: string } = {}): Country {
    const hit = this.tryResolve(query);
    if (hit) return hit;
    const numeric = /^\d+$/.test(query.trim());
    throw new InputError(`unknown country '${query}'`, {
      location,
      kind: 'unknown',
      suggestions: numeric ? [] : this.suggest(query),
      hint: numeric ? 'numeric codes need a scheme, e.g. m49:404, cow:501 or imf:664' : undefined,
    });
  }

  /** Countries whose id, name or alias contains the query (for `bearing countries QUERY`). */
  search(query: string): Country[] {
    const q = normalizeName(query);
    if (q === '') return [...this.countries];
    const exact = this.tryResolve(query);
    const hits = this.countries.filter(
      (c) =>
        c === exact ||
        c.id.toLowerCase() === q ||
        [c.name, ...c.aliases].some((n) => normalizeName(n).includes(q)),
    );
    return hits;
  }

  /** Normalised names per country, computed on the first unknown query (suggestions only). */
  private normalised?: { c: Country; id: string; names: string[] }[];

  /**
   * Up to `n` names closest to the query by edit distance, as `ID (Name)`. Cheap whatever the
   * query (an unknown country is a 404 anyone can ask for): names are normalised once, the query is
   * cut to the longest name's length, and a name whose length alone puts it beyond the best
   * distance so far or the limit is not compared.
   */
  suggest(query: string, n = 3): string[] {
    this.normalised ??= this.countries.map((c) => ({
      c,
      id: c.id.toLowerCase(),
      names: [c.name, ...c.aliases].map(normalizeName),
    }));
    const q = normalizeName(query.slice(0, 4 * maxNameLength)).slice(0, maxNameLength);
    const limit = Math.max(2, Math.ceil(q.length / 2));
    const scored: { c: Country; d: number }[] = [];
    for (const { c, id, names } of this.normalised) {
      let best =
        Math.abs(id.length - q.length) > limit ? Number.POSITIVE_INFINITY : editDistance(q, id) + 0.5;
      for (const nn of names) {
        if (nn.startsWith(q) && q.length >= 3) best = Math.min(best, 1);
        if (Math.abs(nn.length - q.length) > Math.min(best, limit)) continue;
        best = Math.min(best, editDistance(q, nn));
      }
      scored.push({ c, d: best });
    }
    scored.sort((a, b) => a.d - b.d || a.c.name.localeCompare(b.c.name));
    return scored
      .filter((s) => s.d <= limit)
      .slice(0, n)
      .map((s) => `${s.c.id} (${s.c.name})`);
  }

  private matchPattern(q: string): Country | undefined {
    for (const { country, re } of this.patterns) if (re.test(q)) return country;
    return undefined;
  }
}

/** Lower case, accents stripped, punctuation folded to single spaces, '&' read as 'and'. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Longer than any country name or alias: a longer query is compared by its first characters only. */
const maxNameLength = 80;

/** Levenshtein distance (insertions, deletions, substitutions), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
