// No 500s, no non-finite number past validation: every numeric query and path parameter of every
// route (read from the OpenAPI document) is sent each class of hostile number; every answer is a 400
// problem naming the parameter. POST /check bodies with numbers at and past their limits likewise.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { testServer } from './testing/server.js';

const nonFinite = [
  'Infinity',
  '-Infinity',
  '+Infinity',
  'NaN',
  '1e400',
  '-1e400',
  '1e308',
  '9'.repeat(400),
  '1e3000',
];

type Param = { name: string; in: string; schema: { type?: string | string[]; enum?: unknown[] } };
let app: FastifyInstance;
let close: () => Promise<void>;
let operations: { path: string; parameters: Param[] }[];

before(async () => {
  ({ app, close } = await testServer());
  const doc = JSON.parse((await app.inject('/api/v1/openapi.json')).body);
  operations = Object.entries(doc.paths as Record<string, { get?: { parameters?: Param[] } }>)
    .filter(([, ops]) => ops.get)
    .map(([path, ops]) => ({ path, parameters: ops.get!.parameters ?? [] }));
});
after(() => close());

const numeric = (p: Param) => {
  const t = Array.isArray(p.schema.type) ? p.schema.type : [p.schema.type];
  return !p.schema.enum && (t.includes('integer') || t.includes('number'));
};

test('every numeric parameter refuses non-finite and out-of-range numbers with a 400', async () => {
  let sent = 0;
  const failures: string[] = [];
  for (const { path, parameters } of operations) {
    for (const p of parameters.filter(numeric)) {
      for (const value of nonFinite) {
        let url = path.replace(/\{country\}/g, 'KEN').replace(/\{[a-z]+\}/gi, '1');
        if (p.in === 'path')
          url = path.replace(`{${p.name}}`, encodeURIComponent(value)).replace(/\{country\}/g, 'KEN');
        else url = `${url}?${p.name}=${encodeURIComponent(value)}`;
        const res = await app.inject(url);
        sent++;
        if (res.statusCode !== 400) failures.push(`${url} -> ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
  }
  assert.ok(sent > 50, `numeric parameters found and probed (${sent})`);
  assert.deepEqual(failures, []);
});

const concessional = (loan: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    claims: [
      {
        id: 'c',
        type: 'concessional',
        statement: 'Concessional financing.',
        loan: {
          amount: 1500,
          rate: 2,
          maturity: 20,
          grace: 7,
          profile: 'equal-principal',
          frequency: 2,
          ...loan,
        },
        test: 'IMF',
        compareWith: { rate: 9.75, maturity: 7, profile: 'bullet', frequency: 2 },
        discount: 5,
        ...extra,
      },
    ],
  });

test('POST /check: every number of a claim at and past its limits is answered, never 5xx', async () => {
  const cases: [string, string, number][] = [
    ['amount 1e308', concessional({ amount: 1e308 }), 400],
    [
      'amount 1e400 (JSON reads Infinity)',
      concessional({ amount: 7 }).replace('"amount":7', '"amount":1e400'),
      400,
    ],
    ['amount -1e400', concessional({ amount: 7 }).replace('"amount":7', '"amount":-1e400'), 400],
    ['amount at the limit', concessional({ amount: 1e12 }), 200],
    ['amount tiny', concessional({ amount: 5e-324 }), 200],
    ['rate at -100', concessional({ rate: -100 }), 400],
    ['rate 1e308', concessional({ rate: 1e308 }), 400],
    ['maturity 100', concessional({ maturity: 100, grace: 99 }), 200],
    ['maturity 1e9', concessional({ maturity: 1e9 }), 400],
    ['grace 1e308', concessional({ grace: 1e308 }), 400],
    ['frequency 1e308', concessional({ frequency: 1e308 }), 400],
    ['discount -1e308', concessional({}, { discount: -1e308 }), 400],
    ['discount 50', concessional({}, { discount: 50 }), 200],
  ];
  const failures: string[] = [];
  for (const [name, payload, status] of cases) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/check',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    if (res.statusCode !== status) failures.push(`${name} -> ${res.statusCode} ${res.body.slice(0, 160)}`);
    if (res.statusCode === 200) assert.doesNotMatch(res.body, /Infinity|NaN/, name);
  }
  assert.deepEqual(failures, []);
});

test('the loan calculator refuses amounts that would overflow', async () => {
  for (const amount of ['1e308', '1e400', 'Infinity']) {
    const loan = await app.inject(`/api/v1/loan?amount=${amount}&rate=2&maturity=20&grace=7`);
    assert.equal(loan.statusCode, 400, `loan ${amount} -> ${loan.statusCode} ${loan.body.slice(0, 160)}`);
    assert.match(loan.body, /amount/);
    const res = await app.inject(
      `/api/v1/refinance?from=amount=${amount},rate=9.75,maturity=7,profile=bullet&to=rate=2,maturity=20,grace=7`,
    );
    assert.match(res.body, /amount/);
    assert.equal(res.statusCode, 400, `${amount} -> ${res.statusCode} ${res.body.slice(0, 160)}`);
  }
});
