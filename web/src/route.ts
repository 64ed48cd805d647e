// The whole view state lives in the URL hash so any view can be shared or embedded:
//   #/?year=2019&poles=USA,CHN&metric=position           the world map
//   #/country/KEN?year=2019&poles=USA,CHN                a country's page
//   #/loan?a=...&b=...                                   the loan calculator, two loans side by side
//   #/article?t=...&date=...                             check an article (t: a short text, base64url)
//   #/embed/agreement/KEN?year=2019&poles=USA,CHN        one chart on its own, for an <iframe>
import { useEffect, useState } from 'preact/hooks';

type Page = 'map' | 'country' | 'loan' | 'embed' | 'about' | 'article';

export interface Route {
  page: Page;
  /** Country id (ISO3 or the snapshot's historical id) on the country and embed pages. */
  country?: string;
  /** Chart id on the embed page. */
  chart?: string;
  params: URLSearchParams;
}

export const defaultPoles: [string, string] = ['USA', 'CHN'];

export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const q = h.indexOf('?');
  const path = (q >= 0 ? h.slice(0, q) : h).split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(q >= 0 ? h.slice(q + 1) : '');
  if (path[0] === 'country' && path[1]) return { page: 'country', country: path[1].toUpperCase(), params };
  if (path[0] === 'loan') return { page: 'loan', params };
  if (path[0] === 'article') return { page: 'article', params };
  if (path[0] === 'about') return { page: 'about', params };
  if (path[0] === 'embed' && path[1])
    return { page: 'embed', chart: path[1], country: path[2]?.toUpperCase(), params };
  return { page: 'map', params };
}

export function href(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString().replace(/%2C/g, ',');
  return `#${path}${s ? `?${s}` : ''}`;
}

export function polesOf(params: URLSearchParams): [string, string] {
  const p = params
    .get('poles')
    ?.split(',')
    .map((s) => s.trim().toUpperCase());
  return p && p.length === 2 && p[0] && p[1] && p[0] !== p[1] ? [p[0], p[1]] : defaultPoles;
}

/** `multilaterals=none|shareholders` from the URL, undefined (the API's default) otherwise. */
export function multilateralsOf(params: URLSearchParams): 'none' | 'shareholders' | undefined {
  const m = params.get('multilaterals');
  return m === 'none' || m === 'shareholders' ? m : undefined;
}

export function yearOf(params: URLSearchParams): number | undefined {
  const y = Number(params.get('year'));
  return Number.isInteger(y) && y > 1900 && y < 2200 ? y : undefined;
}

/** Replaces some query parameters of the current route, keeping the rest. */
export function updateParams(patch: Record<string, string | number | undefined>, replace = true): void {
  const r = parseRoute(location.hash);
  const h = location.hash.replace(/^#/, '');
  const path = h.split('?')[0] || '/';
  const next = new URLSearchParams(r.params);
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === '') next.delete(k);
    else next.set(k, String(v));
  }
  const s = next.toString().replace(/%2C/g, ',');
  const url = `#${path}${s ? `?${s}` : ''}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', on);
    window.addEventListener('popstate', on);
    return () => {
      window.removeEventListener('hashchange', on);
      window.removeEventListener('popstate', on);
    };
  }, []);
  return route;
}
