// The about page's content, kept pure so a unit test holds it to the snapshot's manifest.
import type { Meta } from '../data';

/**
 * Where a methods note is: `methods/<note>.html` beside index.html (scripts/build-web.mjs renders
 * docs/methods/*.md there), relative so that a static copy works from any folder of any host.
 */
export function methodsHref(file: string): string {
  return `methods/${file.replace(/\.md$/, '.html')}`;
}

/**
 * The About page's links to the API, relative to the page. An exported site has the tables' list as a
 * file (export-site writes api/v1/tables/index.json) and no documentation or index: those need a server.
 */
export function apiLinks(staticSite: boolean): { tables: string; docs?: string; index?: string } {
  return staticSite
    ? { tables: 'api/v1/tables/index.json' }
    : { tables: 'api/v1/tables', docs: 'api/docs/', index: 'api/v1/' };
}

/** The methods notes (docs/methods/ in the source repository), by topic. */
export const methodsTopics: { file: string; topic: string }[] = [
  { file: 'bearing.md', topic: 'The composite bearing and its balance' },
  { file: 'poles.md', topic: 'Poles and blocs, membership by year' },
  { file: 'agreement.md', topic: 'UN vote agreement' },
  { file: 'idealPoints.md', topic: 'UN ideal points' },
  { file: 'sponsorship.md', topic: 'Co-sponsorship of UN resolutions' },
  { file: 'trade.md', topic: 'Trade shares, ranks, concentration, tilt' },
  { file: 'finance.md', topic: 'Creditors and debt service' },
  { file: 'loans.md', topic: 'Loan terms, grant element, concessionality' },
  { file: 'investment.md', topic: 'Direct investment' },
  { file: 'aid.md', topic: 'Aid and development finance' },
  { file: 'visits.md', topic: 'Leader visits' },
  { file: 'security.md', topic: 'Arms transfers and alliances' },
  { file: 'values.md', topic: 'Values: V-Dem and Freedom House' },
  { file: 'claims.md', topic: 'Claim checks and verdicts' },
  { file: 'extraction.md', topic: 'Finding claims in an article' },
];

export interface AboutSource {
  id: string;
  title: string;
  publisher: string;
  version: string;
  license: string;
  years: string;
  download: string;
}

/** One line per dataset of the snapshot, with its coverage and where to download its tables. */
export function aboutSources(meta: Meta): AboutSource[] {
  return meta.snapshot.datasets.map((d) => ({
    id: d.id,
    title: d.title,
    publisher: d.publisher,
    version: d.version,
    license: d.license,
    years: d.coverage.from === null ? 'no years' : `${d.coverage.from}–${d.coverage.to}`,
    download: 'api/v1/tables',
  }));
}
