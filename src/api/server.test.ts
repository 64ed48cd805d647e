import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { main } from '../app/main.js';
import { openStore } from '../store/open.js';
import { buildServer } from './server.js';
import { testServer } from './testing/server.js';

let app: FastifyInstance;
let close: () => Promise<void>;
const web = mkdtempSync(join(tmpdir(), 'bearing-web-'));
mkdirSync(join(web, 'assets'));
writeFileSync(join(web, 'index.html'), '<!doctype html><title>bearing</title><div id="app"></div>');
writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log(1)');

before(async () => {
  ({ app, close } = await testServer({ webDir: web, cors: ['http://localhost:5173'] }));
});
after(async () => {
  await close();
  rmSync(web, { recursive: true, force: true });
});

describe('HTTP behaviour', () => {
  it('sets security headers and no framework banner', async () => {
    const res = await app.inject('/api/v1/countries/KEN');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
    assert.ok(res.headers['strict-transport-security']);
    assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
    assert.equal(res.headers['x-powered-by'], undefined);
  });

  it('answers ETag and Cache-Control, and 304 to a matching If-None-Match', async () => {
    const first = await app.inject('/api/v1/agreement/KEN?with=USA&from=2019');
    assert.equal(first.statusCode, 200);
    const etag = String(first.headers.etag);
    assert.match(etag, /^"[\w-]+"$/);
    assert.match(String(first.headers['cache-control']), /max-age=\d+/);
    const again = await app.inject({
      url: '/api/v1/agreement/KEN?with=USA&from=2019',
      headers: { 'if-none-match': etag },
    });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    const csv = await app.inject('/api/v1/agreement/KEN?with=USA&from=2019&format=csv');
    assert.notEqual(csv.headers.etag, etag, 'CSV and JSON have their own ETags');
    assert.match(String(csv.headers['content-disposition']), /filename="agreement-KEN-USA\.csv"/);
  });

  it('the OpenAPI document has an ETag too', async () => {
    const doc = await app.inject('/api/v1/openapi.json');
    const again = await app.inject({
      url: '/api/v1/openapi.json',
      headers: { 'if-none-match': String(doc.headers.etag) },
    });
    assert.equal(again.statusCode, 304);
  });

  it('allows the configured origin only', async () => {
    const ok = await app.inject({ url: '/api/v1/health', headers: { origin: 'http://localhost:5173' } });
    assert.equal(ok.headers['access-control-allow-origin'], 'http://localhost:5173');
    const other = await app.inject({ url: '/api/v1/health', headers: { origin: 'http://evil.example' } });
    assert.equal(other.headers['access-control-allow-origin'], undefined);
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/countries',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
    });
    assert.equal(preflight.statusCode, 204);
  });

  it('is read-only: 405 with Allow for writes', async () => {
    const res = await app.inject({ method: 'DELETE', url: '/api/v1/countries/KEN' });
    assert.equal(res.statusCode, 405);
    assert.equal(res.headers.allow, 'GET, HEAD');
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  });

  it('limits the body size: 413 as a problem', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/check',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ claims: [{ type: 'amount', statement: 'x'.repeat(100_000) }] }),
    });
    assert.equal(res.statusCode, 413);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  });

  it('limits list lengths and year spans, naming the parameter', async () => {
    const many = 'USA,CHN,RUS,GBR,FRA,DEU,JPN,IND,BRA,ZAF,NGA,EGY,TZA,UGA,ETH,GHA,SEN,MAR,DZA,TUN,AGO';
    const list = JSON.parse((await app.inject(`/api/v1/agreement/KEN?with=${many}`)).body);
    assert.equal(list.status, 400);
    assert.equal(list.parameter, 'with');
    const year = JSON.parse((await app.inject('/api/v1/agreement/KEN?with=USA&from=1200')).body);
    assert.equal(year.parameter, 'from');
  });

  it('never shows internals: unknown routes, bad encodings and over-long parameters are problems', async () => {
    for (const url of [
      '/api/v1/nope',
      '/api/v1/countries/%E0%A4%A',
      `/api/v1/countries/${'K'.repeat(500)}`,
    ]) {
      const res = await app.inject(url);
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${url}: ${res.statusCode}`);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
      assert.doesNotMatch(res.body, /node_modules|at \w+ \(/);
    }
  });

  it('serves the dashboard at / with a page fallback, and the docs at /api/docs', async () => {
    const index = await app.inject({ url: '/', headers: { accept: 'text/html' } });
    assert.equal(index.statusCode, 200);
    assert.match(index.body, /<div id="app">/);
    const asset = await app.inject('/assets/app-1234.js');
    assert.equal(asset.statusCode, 200);
    assert.match(String(asset.headers['cache-control']), /immutable/);
    const deep = await app.inject({ url: '/country/KEN?year=2019', headers: { accept: 'text/html' } });
    assert.equal(deep.statusCode, 200, 'client-side routes get the page');
    const api404 = await app.inject({ url: '/api/v1/nope', headers: { accept: 'text/html' } });
    assert.equal(api404.statusCode, 404, 'API paths never get the page');
    const docs = await app.inject('/api/docs');
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /Swagger UI/);
    const redirect = await app.inject('/api/v1/docs');
    assert.equal(redirect.statusCode, 301);
  });

  it('records its start-up time', async () => {
    const meta = JSON.parse((await app.inject('/api/v1/meta')).body);
    assert.ok(meta.startup.timings.total > 0);
    assert.ok('warm:votes' in meta.startup.timings);
  });
});

describe('start-up', () => {
  it('answers before its background warm-ups end, and says in /meta which have ended', async () => {
    // Views over the Parquet files, as `bearing serve` opens them.
    const store = await openStore({ verify: false });
    const server = await buildServer({ store, logger: false, webDir: null, shedding: { rateLimit: 0 } });
    try {
      let warmed = false;
      void server.warmed.then(() => {
        warmed = true;
      });
      assert.equal((await server.inject('/api/v1/health')).statusCode, 200);
      const early = JSON.parse((await server.inject('/api/v1/meta')).body).startup.timings;
      assert.equal(warmed, false, 'the warm-ups (tables, vote matrix, bearing, schemas) take longer');
      assert.ok(early.total > 0 && !('warmed' in early) && !('warm:schemas' in early));
      await server.warmed;
      const late = JSON.parse((await server.inject('/api/v1/meta')).body).startup.timings;
      for (const k of ['warm:bearing', 'warm:votes', 'warm:tables', 'warm:schemas', 'warmed'])
        assert.ok(k in late, k);
      assert.ok(late.warmed >= late.total);
      // The bearing was the first warm-up; the tables are in memory now (the views point at copies).
      assert.equal(
        Object.keys(late).find((k) => k.startsWith('warm:')),
        'warm:bearing',
      );
      const r = await store.connection.runAndReadAll(
        "SELECT count(*)::INTEGER FROM duckdb_tables() WHERE schema_name = 'mem' AND table_name = 'votes'",
      );
      assert.equal(r.getRows()[0][0], 1);
    } finally {
      await server.close();
      store.close();
    }
  });
});

describe('bearing serve', () => {
  it('prints a readable banner whose every link answers, and no request logs by default', async () => {
    let out = '';
    const running = main(['serve', '--port', '0'], {
      stdout: (t) => {
        out += t;
      },
      stderr: () => {},
    });
    for (let i = 0; i < 600 && !out.includes('Ctrl-C'); i++) await new Promise((r) => setTimeout(r, 100));
    const links = [...out.matchAll(/http:\/\/127\.0\.0\.1:\d+\/\S*/g)].map((m) => m[0]);
    assert.ok(
      links.some((l) => l.endsWith('/api/v1/')),
      out,
    );
    assert.ok(
      links.some((l) => l.endsWith('/api/docs/')),
      out,
    );
    for (const link of links) assert.equal((await fetch(link)).status, 200, link);
    const index = (await (await fetch(links.find((l) => l.endsWith('/api/v1/')) ?? '')).json()) as {
      routes: { path: string; summary: string }[];
    };
    assert.ok(
      index.routes.some(
        (r) => r.path === '/api/v1/countries/{country}' || r.path === '/api/v1/countries/:country',
      ),
    );
    assert.ok(
      index.routes.every((r) => r.summary.length > 0),
      'every listed route has a summary',
    );
    assert.doesNotMatch(out, /^\{/m, 'no JSON log lines without --log json');
    process.emit('SIGTERM');
    assert.equal(await running, 0);
  });

  it('logs one JSON line per request with --log json', async () => {
    let out = '';
    const running = main(['serve', '--port', '0', '--log', 'json'], {
      stdout: (t) => {
        out += t;
      },
      stderr: () => {},
    });
    for (let i = 0; i < 600 && !out.includes('Ctrl-C'); i++) await new Promise((r) => setTimeout(r, 100));
    const url = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
    assert.ok(url, out);
    await fetch(`${url}api/v1/countries/KEN`);
    const lines = out.split('\n').filter((l) => l.startsWith('{'));
    const request = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'request');
    assert.equal(request?.url, '/api/v1/countries/KEN', out);
    process.emit('SIGTERM');
    assert.equal(await running, 0);
  });

  it('listens on loopback, prints the URL and answers over a real socket', async () => {
    let out = '';
    const running = main(['serve', '--port', '0', '--quiet'], {
      stdout: (t) => {
        out += t;
      },
      stderr: () => {},
    });
    for (let i = 0; i < 600 && !out.includes('serving'); i++) await new Promise((r) => setTimeout(r, 100));
    const url = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
    assert.ok(url, out);
    const res = await fetch(`${url}api/v1/countries/KEN`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { id: string }).id, 'KEN');
    process.emit('SIGTERM');
    assert.equal(await running, 0);
  });

  it('refuses a bad port or origin with exit code 2', async () => {
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (t: string) => err.push(t) };
    assert.equal(await main(['serve', '--port', '70000'], io), 2);
    assert.equal(await main(['serve', '--cors', 'not an origin'], io), 2);
    assert.match(err.join(''), /port|origin/);
  });
});

describe('embedding', () => {
  it('lets the sites named by --embed frame the dashboard, and only them', async () => {
    const embedded = await testServer({ webDir: web, embed: ['https://news.example'], warm: false });
    try {
      const res = await embedded.app.inject('/');
      assert.match(
        String(res.headers['content-security-policy']),
        /frame-ancestors 'self' https:\/\/news\.example/,
      );
      assert.equal(res.headers['x-frame-options'], undefined);
    } finally {
      await embedded.close();
    }
    const res = await app.inject('/');
    assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'self'(;|$)/);
  });
});
