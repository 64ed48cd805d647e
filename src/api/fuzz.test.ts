import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { testServer } from './testing/server.js';

/**
 * 10,000 random and malformed requests, seeded, through fastify.inject (no socket): every path of the
 * OpenAPI document with its declared parameters given good, boundary, wrong-typed, hostile and
 * unknown values, plus junk paths, methods, headers and bodies. None may answer 5xx; every error is a
 * problem+json document without internals (no stack frames, no file paths).
 *
 * Values that are valid but expensive to compute (another pair of poles takes seconds) are drawn from
 * small sets, so the run stays bounded while still reaching every route's computing path.
 */
const seed = Number(process.env.BEARING_FUZZ_SEED ?? 20261127);
const total = Number(process.env.BEARING_FUZZ_REQUESTS ?? 10_000);

function mulberry32(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(seed);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const chance = (p: number) => random() < p;

const hostile = [
  '',
  ' ',
  '%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '..',
  '../../etc/passwd',
  "'; DROP TABLE votes; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '\x24{jndi:ldap://x}',
  '\u{1F1F0}\u{1F1EA}',
  'ÄÖÜ',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e308',
  '9'.repeat(40),
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'a'.repeat(250),
  'x,'.repeat(30),
  ',,,',
];

/** Numbers that are not finite once parsed, or only barely: each must be a 400, never reach SQL. */
const nonFinite = [
  'Infinity',
  '-Infinity',
  'NaN',
  '1e400',
  '-1e400',
  '1e308',
  '-1e308',
  '1e-400',
  '9'.repeat(400),
];

/** Claim bodies with numbers at and past every limit (JSON 1e400 parses to Infinity). */
function claimBody(): string {
  const n = pick([
    '1e400',
    '-1e400',
    '1e308',
    '-1e308',
    '0',
    '-0',
    '5e-324',
    '1e12',
    '100',
    '-100',
    '50',
    '12',
  ]);
  const field = pick(['amount', 'rate', 'maturity', 'grace', 'frequency']);
  const loan: Record<string, string> = {
    amount: '1500',
    rate: '2',
    maturity: '20',
    grace: '7',
    frequency: '2',
  };
  loan[field] = n;
  const terms = Object.entries(loan)
    .map(([k, v]) => `"${k}":${v}`)
    .join(',');
  return `{"claims":[{"id":"c","type":"concessional","statement":"s","loan":{${terms},"profile":"equal-principal"},"test":"IMF","compareWith":{"rate":9.75,"maturity":7,"profile":"bullet","frequency":2},"discount":${pick(['5', '1e400', '-1e308', '50'])}}]}`;
}

function junk(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:,;=&?/%+ ~!*()\'"<>';
  const n = Math.floor(random() * 24);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(random() * alphabet.length)];
  return s;
}

const countries = [
  'KEN',
  'USA',
  'CHN',
  'Kenya',
  'cow:501',
  'm49:404',
  'imf:664',
  'SUN',
  'ke',
  'Soviet Union',
];
const badCountries = ['XXX', 'Atlantis', '404', 'imf:', 'name:', ':', 'iso9:KEN', 'Kenia', 'SU N'];

function countryValue(): string {
  return chance(0.5)
    ? pick(countries)
    : chance(0.5)
      ? pick(badCountries)
      : chance(0.5)
        ? pick(hostile)
        : junk();
}

function yearValue(): string {
  return pick([
    '2019',
    '1990',
    '1950',
    '1946',
    '2021',
    '1899',
    '2101',
    '1900',
    '2100',
    '2050',
    '19',
    '2019.5',
    '-2019',
    '0x7e3',
    ' 2019',
    pick(nonFinite),
    junk(),
    pick(hostile),
  ]);
}

/** A value for a declared parameter, by its name and schema. */
function valueFor(name: string, schema: { type?: string | string[]; enum?: unknown[] }): string {
  if (chance(0.15)) return chance(0.5) ? pick(hostile) : junk();
  switch (name) {
    case 'country':
    case 'q':
      return countryValue();
    case 'with':
      return Array.from({ length: 1 + Math.floor(random() * 4) }, countryValue).join(',');
    case 'year':
    case 'from':
    case 'to':
      return yearValue();
    case 'issue':
      return pick(['hr', 'hr', 'xx', 'hr,hr', 'HR', 'me,,nu', '']);
    case 'poles':
      // USA,CHN is warm; EU,CHN is computed once; the rest are refused.
      return pick([
        'USA,CHN',
        'USA,CHN',
        'EU,CHN',
        'USA',
        'USA,USA',
        'USA,G7',
        'USA,XXX',
        'EU,NATO',
        ',',
        'usa, chn',
      ]);
    case 'weights':
      return pick([
        'votes=1,trade=1,finance=1,visits=0',
        'votes=2',
        'visits=1',
        'votes=0,trade=0,finance=0,visits=0',
        'votes=-1',
        'votes=1e400',
        'colour=1',
        'votes',
        '=',
      ]);
  }
  if (schema.enum) return chance(0.8) ? String(pick(schema.enum)) : junk();
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'boolean') return pick(['true', 'false', '1', '0', 'yes', '']);
  if (type === 'integer' || type === 'number')
    return pick(['1', '5', '10', '0', '-1', '301', '3.5', '1e3', 'ten', '999999999999', pick(nonFinite)]);
  return junk();
}

type Operation = { parameters?: { name: string; in: string; schema: { type?: string; enum?: unknown[] } }[] };

let app: FastifyInstance;
let close: () => Promise<void>;
let paths: [string, Record<string, Operation>][];

before(async () => {
  ({ app, close } = await testServer());
  paths = Object.entries(JSON.parse((await app.inject('/api/v1/openapi.json')).body).paths);
});
after(() => close());

function request(): { method: string; url: string; headers: Record<string, string>; payload?: string } {
  const method = chance(0.85) ? 'GET' : pick(['HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
  const headers: Record<string, string> = {};
  if (chance(0.1)) headers['if-none-match'] = pick(['*', '"abc"', 'W/"x"', junk()]);
  if (chance(0.1)) headers.accept = pick(['text/html', 'text/csv', '*/*', 'application/xml', junk()]);
  if (chance(0.05)) headers.origin = pick(['http://evil.example', 'null', junk()]);
  let payload: string | undefined;
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
    headers['content-type'] = pick([
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      junk(),
    ]);
    payload = pick([
      '{}',
      '{"a":',
      '[]',
      'null',
      '{"__proto__":{"x":1}}',
      'x'.repeat(70_000),
      junk(),
      claimBody(),
      claimBody(),
    ]);
  }
  if (chance(0.08)) {
    const raw = pick([
      '/',
      '/api',
      '/api/v1',
      '/api/v1/',
      '/api/docs',
      '/api/v2/countries',
      '//api//v1//countries',
      '/api/v1/countries/%',
      '/api/v1/countries/%E0%A4%A',
      '/api/v1/../../etc/passwd',
      `/api/v1/${junk()}`,
      `/${junk()}`,
      `/api/v1/countries?${'a=1&'.repeat(500)}`,
      `/api/v1/countries/${'K'.repeat(5000)}`,
    ]);
    return { method, url: raw, headers, payload };
  }
  const [template, ops] = pick(paths);
  const op = ops.get ?? Object.values(ops)[0];
  const query: string[] = [];
  let url = template;
  for (const p of op.parameters ?? []) {
    const value = valueFor(p.name, p.schema);
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(value));
    else if (chance(0.6)) {
      query.push(`${p.name}=${encodeURIComponent(value)}`);
      if (chance(0.03)) query.push(`${p.name}=${encodeURIComponent(valueFor(p.name, p.schema))}`);
    }
  }
  if (chance(0.08))
    query.push(`${pick(['bogus', 'format', 'callback', '__proto__', junk()])}=${encodeURIComponent(junk())}`);
  if (chance(0.03)) query.push(pick(['&&', '=', '=x', 'a', '%', '%zz=1']));
  if (chance(0.2)) query.push(`format=${pick(['csv', 'json', 'xml', ''])}`);
  return { method, url: query.length ? `${url}?${query.join('&')}` : url, headers, payload };
}

it(`${total} random and malformed requests (seed ${seed}): no 5xx, every error a clean problem`, async (t) => {
  const statuses = new Map<number, number>();
  for (let i = 0; i < total; i++) {
    const req = request();
    const res = await app.inject({
      method: req.method as 'GET',
      url: req.url,
      headers: req.headers,
      ...(req.payload !== undefined && { payload: req.payload }),
    });
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    const what = `#${i} ${req.method} ${req.url.slice(0, 200)} -> ${res.statusCode}: ${res.body.slice(0, 300)}`;
    assert.ok(res.statusCode < 500, what);
    // A stack frame is "at fn (file:line:col)"; "at Ogdensburg (New York)" in a visit's description is not.
    assert.doesNotMatch(
      res.body,
      /\bat [\w.<>]+ \([^)]*:\d+:\d+\)|node_modules|\/work\/|\.ts:\d+/,
      `no internals: ${what}`,
    );
    if (res.statusCode >= 400 && req.method !== 'HEAD') {
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/, what);
      const problem = JSON.parse(res.body);
      assert.equal(problem.status, res.statusCode, what);
      assert.equal(typeof problem.detail, 'string', what);
    }
  }
  t.diagnostic(
    `statuses: ${[...statuses]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s} x${n}`)
      .join(', ')}`,
  );
  const ok = statuses.get(200) ?? 0;
  assert.ok(ok > total / 20, `a fair share of requests reach the data (200: ${ok})`);
});
