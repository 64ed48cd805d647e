// "Find a country" as forgiving as the CLI's concordance: codes, names and aliases ("Ivory Coast"),
// accents and punctuation ignored, prefixes, and close misspellings ("Kenia") offered as suggestions.
import type { Country } from './data';

/** Lower case, accents stripped, punctuation folded to single spaces, '&' read as 'and' (as the CLI). */
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

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
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

export interface CountryMatch {
  country: Country;
  /** 0 exact (code, name or alias); 1 a name starts with the query; more: further away. */
  score: number;
}

/** Present-day countries matching the query, best first (at most `n`); empty when nothing is close. */
export function matchCountries(list: readonly Country[], query: string, n = 5): CountryMatch[] {
  const q = normalizeName(query);
  if (!q) return [];
  const limit = Math.max(2, Math.ceil(q.length / 3));
  const out: CountryMatch[] = [];
  for (const c of list) {
    if (c.historical) continue;
    const codes = [c.id, c.iso2, c.iso3].filter((x): x is string => Boolean(x)).map((x) => x.toLowerCase());
    const names = [c.name, ...c.aliases].map(normalizeName);
    let score = Number.POSITIVE_INFINITY;
    if (codes.includes(q) || names.includes(q)) score = 0;
    else
      for (const nn of names) {
        if (nn.startsWith(q) && q.length >= 2) score = Math.min(score, 1);
        else if (q.length >= 3 && nn.includes(q)) score = Math.min(score, 1.5);
        else score = Math.min(score, 1 + editDistance(q, nn));
      }
    if (score <= 1 + limit) out.push({ country: c, score });
  }
  out.sort((a, b) => a.score - b.score || a.country.name.localeCompare(b.country.name));
  // Only the closest: "Kenia" suggests Kenya, not also Benin one letter further away.
  const best = out[0]?.score ?? 0;
  return out.filter((m) => m.score <= best + 0.5).slice(0, n);
}

/** The country to open without asking: an exact match, or a single candidate clearly ahead of the rest. */
export function bestCountry(matches: readonly CountryMatch[]): Country | undefined {
  const [first, second] = matches;
  if (!first) return undefined;
  if (first.score === 0) return first.country;
  if (first.score <= 1.5 && (!second || second.score > first.score)) return first.country;
  return undefined;
}
