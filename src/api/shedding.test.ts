// The server sheds abuse: per-address rate limit (429 + Retry-After), costly checks capped (503 +
// Retry-After) with identical bodies sharing one answer, idle sockets closed, a connection cap.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../store/open.js';
import { CostlyGate } from './costly.js';
import { ShedError } from './problem.js';
import { buildServer } from './server.js';

let store: Store;
before(async () => {
  store = await openStore({ materialize: true, verify: false });
});
after(() => store.close());

async function server(shedding: Parameters<typeof buildServer>[0]['shedding']): Promise<FastifyInstance> {
  return buildServer({ store, logger: false, webDir: null, warm: false, shedding });
}

const claim = (id: string) =>
  JSON.stringify({
    claims: [
      {
        id,
        type: 'concessional',
        statement: 'Concessional financing.',
        loan: { amount: 1500, rate: 2, maturity: 20, grace: 7, profile: 'equal-principal', frequency: 2 },
        test: 'IMF',
        compareWith: { rate: 9.75, maturity: 7, profile: 'bullet', frequency: 2 },
        discount: 5,
      },
    ],
  });
const post = (app: FastifyInstance, payload: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/check',
    headers: { 'content-type': 'application/json' },
    payload,
  });

test('more requests than the rate limit from one address: 429 problem with Retry-After', async () => {
  const app = await server({ rateLimit: 5 });
  try {
    const statuses: number[] = [];
    let last = await app.inject('/api/v1/health');
    for (let i = 0; i < 7; i++) {
      last = await app.inject('/api/v1/health');
      statuses.push(last.statusCode);
    }
    assert.deepEqual(statuses.slice(-2), [429, 429]);
    assert.match(String(last.headers['retry-after']), /^\d+$/);
    assert.match(String(last.headers['content-type']), /^application\/problem\+json/);
    assert.equal(JSON.parse(last.body).status, 429);
  } finally {
    await app.close();
  }
});

test('a check beyond the cap is a 503 problem with Retry-After', async () => {
  const app = await server({ rateLimit: 0, checks: { concurrent: 0, queue: 0, cacheEntries: 8 } });
  try {
    const busy = await post(app, claim('a'));
    assert.equal(busy.statusCode, 503);
    assert.equal(busy.headers['retry-after'], '1');
    assert.equal(JSON.parse(busy.body).type, 'urn:bearing:problem:busy');
  } finally {
    await app.close();
  }
});

test('the check gate: concurrent + queue run, beyond refused; identical keys share one computation', async () => {
  const gate = new CostlyGate({ concurrent: 1, queue: 1, cacheEntries: 2 });
  const releases: (() => void)[] = [];
  let computed = 0;
  const work = (v: string) => () =>
    new Promise<string>((resolve) => {
      computed++;
      releases.push(() => resolve(v));
    });
  const a = gate.run('a', work('a'));
  const b = gate.run('b', work('b'));
  await assert.rejects(
    () => gate.run('c', work('c')),
    (e: unknown) => e instanceof ShedError && e.statusCode === 503,
  );
  const a2 = gate.run('a', work('a'));
  assert.equal(computed, 1, 'b waits for the slot; a is shared');
  releases.shift()!();
  assert.equal(await a, 'a');
  assert.equal(await a2, 'a');
  await new Promise((r) => setImmediate(r));
  assert.equal(computed, 2, 'the slot passed to b');
  releases.shift()!();
  assert.equal(await b, 'b');
  assert.equal(await gate.run('a', work('x')), 'a', 'answered from the cache');
  gate.clear();
  const fresh = gate.run('a', work('y'));
  releases.shift()!();
  assert.equal(await fresh, 'y', 'a new snapshot forgets the answers');
});

test('POST /check has its own per-address rate limit', async () => {
  const app = await server({ rateLimit: 1000, checkRateLimit: 2 });
  try {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await post(app, claim('e'))).statusCode);
    assert.deepEqual(codes, [200, 200, 429, 429]);
    assert.equal((await app.inject('/api/v1/health')).statusCode, 200, 'other routes unaffected');
  } finally {
    await app.close();
  }
});

function closedWithin(port: number, ms: number, send = ''): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      if (send) socket.write(send);
    });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(false);
    }, ms);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
    socket.on('error', () => {});
    socket.resume();
  });
}

test('an idle socket is closed; connections beyond the cap are refused', async () => {
  const app = await server({ rateLimit: 0, connectionTimeout: 300, maxConnections: 2 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  try {
    assert.equal(await closedWithin(port, 3000), true, 'a socket that sends nothing is closed');
    assert.equal(
      await closedWithin(port, 3000, 'GET /api/v1/health HTTP/1.1\r\nHost: x'),
      true,
      'slow headers too',
    );
    const held = [connect(port, '127.0.0.1'), connect(port, '127.0.0.1')];
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(await closedWithin(port, 250), true, 'the third connection is dropped at once');
    for (const s of held) s.destroy();
  } finally {
    await app.close();
  }
});

test('openapi.json is serialised once', async () => {
  const app = await server({ rateLimit: 0 });
  try {
    const a = await app.inject('/api/v1/openapi.json');
    const b = await app.inject('/api/v1/openapi.json');
    assert.equal(a.body, b.body);
    assert.equal(a.headers.etag, b.headers.etag);
  } finally {
    await app.close();
  }
});
