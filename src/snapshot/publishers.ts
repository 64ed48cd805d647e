/**
 * Where `bearing update` gets each raw file: the publishers' own addresses. A file is either at a
 * fixed address (`url`) or found through a listing the publisher serves (the UN Digital Library's
 * file API names every release of the voting file; GitHub's contents API lists a folder). Raw files
 * of a dataset that are not here have no direct address in the format bearing reads (for example
 * Voeten's data as packaged by unvotes, or the IMF DOTS extract): an update takes them from the raw
 * cache or from `--from-dir`.
 *
 * Every address can be redirected to a mirror (`BEARING_MIRROR` or `--mirror URL`): the file at
 * `https://host/path?query` is then fetched from `MIRROR/host/path?query`. Tests point the mirror
 * at a server on 127.0.0.1.
 */
export interface PublisherListing {
  url: string;
  /** `undl-files`: JSON array of {name, url, format}; `github-contents`: JSON array of {name, type, download_url}. */
  kind: 'undl-files' | 'github-contents';
  /** Names to take from the listing. */
  match: RegExp;
  /** Take only the newest match (by the date in its name, then by name), stored at `path` itself. */
  newest?: boolean;
}

export interface PublisherFile {
  /** Raw path (file, or folder when a listing yields several files) relative to the raw directory. */
  path: string;
  /** Dataset that reads it. */
  dataset: string;
  url?: string;
  listing?: PublisherListing;
  /** Human page about the file (shown when a download fails). */
  page: string;
}

const github = (repo: string, branch: string, path: string) =>
  `https://raw.githubusercontent.com/${repo}/${branch}/${path}`;

export const publisherFiles: readonly PublisherFile[] = [
  {
    path: 'codes/countrycode_codelist_without_cldr.csv',
    dataset: 'countries',
    url: github('vincentarelbundock/countrycode', 'main', 'dictionary/codelist_without_cldr.csv'),
    page: 'https://github.com/vincentarelbundock/countrycode',
  },
  {
    path: 'unga/undl_ga_voting.csv',
    dataset: 'unga',
    listing: {
      url: 'https://digitallibrary.un.org/api/v1/file?recid=4060887',
      kind: 'undl-files',
      match: /_ga_voting(\.csv)?$/,
      newest: true,
    },
    page: 'https://digitallibrary.un.org/record/4060887',
  },
  {
    path: 'finance/wb_ids_africa_ppg_debt_stocks_by_creditor_2000_2024.csv',
    dataset: 'debt',
    url: github('ONEcampaign/africa_debt_overview', 'main', 'output/chart_1_download.csv'),
    page: 'https://github.com/ONEcampaign/africa_debt_overview',
  },
  {
    path: 'finance/wb_ids_africa_ppg_debt_service_by_creditor_2000_2030.csv',
    dataset: 'debt',
    url: github('ONEcampaign/africa_debt_overview', 'main', 'output/chart_5_download.csv'),
    page: 'https://github.com/ONEcampaign/africa_debt_overview',
  },
  {
    path: 'finance/kenya_external_debt_register_fy2022_23_raw.csv',
    dataset: 'loans',
    url: github('m-mburu/KenyaExternalDebtRegister', 'main', 'data/raw/public_debt.csv'),
    page: 'https://github.com/m-mburu/KenyaExternalDebtRegister',
  },
  {
    path: 'us-state-dept-visits',
    dataset: 'visits',
    listing: {
      url: 'https://api.github.com/repos/HistoryAtState/visits/contents/data',
      kind: 'github-contents',
      match: /^\d{4}\.xml$/,
    },
    page: 'https://history.state.gov/departmenthistory/visits',
  },
  {
    path: 'us-state-dept-travels/president-travels',
    dataset: 'visits',
    listing: {
      url: 'https://api.github.com/repos/HistoryAtState/travels/contents/president-travels',
      kind: 'github-contents',
      match: /\.xml$/,
    },
    page: 'https://history.state.gov/departmenthistory/travels/president',
  },
  {
    path: 'us-state-dept-travels/secretary-travels',
    dataset: 'visits',
    listing: {
      url: 'https://api.github.com/repos/HistoryAtState/travels/contents/secretary-travels',
      kind: 'github-contents',
      match: /\.xml$/,
    },
    page: 'https://history.state.gov/departmenthistory/travels/secretary',
  },
  {
    path: 'us-state-dept-travels/presidents/presidents.xml',
    dataset: 'visits',
    url: github('HistoryAtState/travels', 'master', 'presidents/presidents.xml'),
    page: 'https://github.com/HistoryAtState/travels',
  },
  {
    path: 'us-state-dept-travels/code-tables/travel-role-codes.xml',
    dataset: 'visits',
    url: github('HistoryAtState/travels', 'master', 'code-tables/travel-role-codes.xml'),
    page: 'https://github.com/HistoryAtState/travels',
  },
];

/** The `--source` names of `bearing update` and the datasets each rebuilds. */
export const updateSources: Readonly<Record<string, readonly string[]>> = {
  countries: ['countries'],
  unga: ['unga'],
  trade: ['trade'],
  debt: ['debt', 'loans'],
  visits: ['visits'],
};

/** The address to fetch: the publisher's, or its copy under the mirror. */
export function mirrored(url: string, mirror: string | undefined): string {
  if (!mirror) return url;
  const base = mirror.replace(/\/+$/, '');
  if (url.startsWith(base)) return url;
  const u = new URL(url);
  return `${base}/${u.host}${u.pathname}${u.search}`;
}

/** Sort key for release names carrying a date (2025_7_23_ga_voting, 2024_09_12_ga_resolutions_voting). */
export function releaseDateKey(name: string): string {
  const m = /(\d{4})[_-](\d{1,2})[_-](\d{1,2})/.exec(name);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : '';
}
