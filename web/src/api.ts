// The dashboard's only door to the data: the HTTP API under /api/v1. Nothing here computes a
// measure; responses are cached per URL for the life of the page.

// A site written by `bearing export-site` says so in index.html: answers are then files beside the page
// (relative, so the site works under any folder), found by `staticAnswerPath`.
const staticSite =
  typeof document !== 'undefined' && document.querySelector('meta[name="bearing-static"]') !== null;
const apiBase = staticSite ? 'api/v1' : '/api/v1';

/** True in a site written by `bearing export-site` (answers are files; no live API). */
export const isStaticSite = (): boolean => staticSite;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problem?: { title?: string; detail?: string; suggestions?: string[] },
  ) {
    super(message);
  }
}

/** A request a static export has no answer for: other poles, claims, the loan calculator, article check. */
export const needsLiveMessage =
  'This needs the live API: this site has answers for its default poles only. Run `bearing serve` for everything.';

export class NeedsLiveApi extends ApiError {
  constructor() {
    super(needsLiveMessage, 404);
  }
}

type Params = Record<string, string | number | boolean | undefined | null>;

function apiUrl(path: string, params: Params = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString().replace(/%2C/g, ',');
  return `${apiBase}${path}${s ? `?${s}` : ''}`;
}

const cache = new Map<string, Promise<unknown>>();

/** Where an exported site keeps an answer: a file, and in a by-year bundle the answer's key. */
export interface StaticAnswer {
  file: string;
  key?: string;
}

/** The country answers asked for once per map year: each country's years share one file per kind. */
const byYear = /^\/(profile|trade|debt)\/[A-Z]{3}$/;

/**
 * Where an exported site keeps the answer to `path`?`params` (the same rule as src/app/exportSite.ts):
 * the path, then `index.json`, or the sorted `key=value` pairs joined by `&` plus `.json`; a year's
 * /profile, /trade or /debt answer for a country is the entry under that name in its `years.json`.
 */
export function staticAnswer(path: string, params: Params = {}): StaticAnswer {
  const pairs = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}=${String(v).replace(/[^A-Za-z0-9,._-]/g, '_')}`)
    .sort();
  const bare = path.replace(/\/+$/, '');
  const dir = `api/v1${bare}`;
  const name = pairs.length ? pairs.join('&') : 'index';
  const year = params.year;
  if (year !== undefined && year !== null && year !== '' && byYear.test(bare))
    return { file: `${dir}/years.json`, key: name };
  return { file: `${dir}/${name}.json` };
}

/** An exported site's file, read once for the page's life (a bundle serves every year of a country). */
const files = new Map<string, Promise<unknown>>();

async function staticFile(file: string): Promise<unknown> {
  const res = await fetch(file, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new NeedsLiveApi();
  return res.json();
}

/** An exported site's answer, or the API's problem (status >= 400) it stored for that request. */
async function staticRequest<T>({ file, key }: StaticAnswer): Promise<T> {
  let body: unknown;
  if (key === undefined) body = await staticFile(file);
  else {
    let bundle = files.get(file);
    if (!bundle) {
      bundle = staticFile(file);
      files.set(file, bundle);
      bundle.catch(() => files.delete(file));
    }
    // A year the export did not write (not a map year) is an answer only the live API has.
    const all = (await bundle) as Record<string, unknown>;
    if (!Object.hasOwn(all, key)) throw new NeedsLiveApi();
    body = all[key];
  }
  if (body && !Array.isArray(body) && typeof body === 'object') {
    const p = body as { status?: unknown; title?: unknown; detail?: string; type?: unknown };
    if (typeof p.status === 'number' && p.status >= 400 && typeof p.title === 'string' && 'type' in p)
      throw new ApiError(p.detail ?? p.title, p.status, p as ApiError['problem']);
  }
  return body as T;
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' }, ...init });
  if (!res.ok) {
    let problem: ApiError['problem'];
    try {
      problem = await res.json();
    } catch {
      problem = undefined;
    }
    throw new ApiError(
      problem?.detail ?? problem?.title ?? `${res.status} ${res.statusText}`,
      res.status,
      problem,
    );
  }
  return (await res.json()) as T;
}

export function getJson<T>(path: string, params: Params = {}): Promise<T> {
  const at = staticSite ? staticAnswer(path, params) : undefined;
  const url = at ? `${at.file}#${at.key ?? ''}` : apiUrl(path, params);
  let p = cache.get(url) as Promise<T> | undefined;
  if (!p) {
    p = at ? staticRequest<T>(at) : request<T>(url);
    cache.set(url, p);
    p.catch(() => cache.delete(url));
  }
  return p;
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  if (staticSite) return Promise.reject(new NeedsLiveApi());
  return request<T>(apiUrl(path), {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

// ---- capabilities: which endpoints this build of the server has ----

export interface OpenApiDoc {
  info?: { title?: string; version?: string };
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown }>
  >;
}

let docPromise: Promise<OpenApiDoc> | undefined;

export function openApi(): Promise<OpenApiDoc> {
  docPromise ??= request<OpenApiDoc>(`${apiBase}/openapi.json`).catch(() => ({ paths: {} }));
  return docPromise;
}

/** The path templates this server declares, without the /api/v1 prefix (e.g. `/agreement`). */
export async function capabilities(): Promise<Set<string>> {
  const doc = await openApi();
  return new Set(Object.keys(doc.paths ?? {}).map((p) => p.replace(/^\/api\/v1/, '')));
}

/** Whether the server has an endpoint named `name` (e.g. `profile` matches `/profile` or `/profile/{country}`). */
export function hasEndpoint(caps: Set<string>, name: string): boolean {
  for (const p of caps) if (p === `/${name}` || p.startsWith(`/${name}/`)) return true;
  return false;
}

/** The path template for `name`: `/name/{param}` when the server has it, else `/name` (never `/name/last`). */
export function endpointPath(caps: Set<string>, name: string): string | undefined {
  const all = [...caps];
  return all.find((p) => new RegExp(`^/${name}/\\{[^}]+\\}$`).test(p)) ?? all.find((p) => p === `/${name}`);
}

/** Fills `{country}`-style parameters of a path template; the rest become query parameters. */
export function fillPath(template: string, params: Params): { path: string; query: Params } {
  const query: Params = { ...params };
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = query[name] ?? query.country ?? query.id;
    delete query[name];
    if (name !== 'country') delete query.country;
    return encodeURIComponent(String(v ?? ''));
  });
  return { path, query };
}
