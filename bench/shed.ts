import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/**
 * The server under abuse (issue 23), on loopback: `bearing serve` in a child process, autocannon here.
 *   0. the generator's own ceiling: autocannon against a bare node:http server answering "ok" (5 s);
 *   1. mixed traffic at 1,000 req/s for 60 s (health, countries, profiles rotating, trade, votes,
 *      unknown countries, openapi.json);
 *   2. the same, with 20 connections flooding POST /check (distinct bodies, so no cache hits) beside it.
 * Rate limits are off (every client here is one address); the check gate (2 running, 8 waiting, 503
 * beyond) is what protects the other requests in run 2. Server memory (RSS) before and after each.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const seconds = Number(process.env.BENCH_SHED_SECONDS ?? 60);

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      "const { main } = await import('./src/app/main.ts'); process.exitCode = await main(['serve', '--port', '0', '--quiet', '--rate-limit', '0']);",
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return await new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const m = /bearing: serving (http:\/\/\S+?)\/? /.exec(buffer);
      if (m) resolve({ child, url: m[1].replace(/\/$/, '') });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

function rssMiB(pid: number): number {
  return Math.round(
    Number(
      execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
        .toString()
        .trim(),
    ) / 1024,
  );
}

type Result = autocannon.Result;

function fire(url: string, options: Partial<autocannon.Options> & { paths?: string[] }): Promise<Result> {
  let i = 0;
  const paths = options.paths ?? ['/'];
  return autocannon({
    url,
    connections: 50,
    duration: seconds,
    ...options,
    requests: options.requests ?? [
      {
        setupRequest: (req) => {
          req.path = paths[i++ % paths.length];
          return req;
        },
      },
    ],
  });
}

const row = (label: string, r: Result) =>
  `| ${label} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${r.requests.total} | ${r.errors + r.timeouts} | ${r.non2xx} |`;

export async function run(): Promise<void> {
  // 0. The generator's ceiling on this machine, against a server that does nothing.
  const bare = createServer((_req, res) => res.end('ok'));
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
  const barePort = (bare.address() as { port: number }).port;
  const ceiling = await autocannon({ url: `http://127.0.0.1:${barePort}`, connections: 50, duration: 5 });
  bare.close();

  const { child, url } = await startServer();
  try {
    const rank = (await (await fetch(`${url}/api/v1/rank?year=2019`)).json()) as { country: string }[];
    const countries = rank.map((r) => r.country);
    const mixed = [
      '/api/v1/health',
      '/api/v1/countries/KEN',
      ...countries.slice(0, 40).map((c) => `/api/v1/profile/${c}?year=2019`),
      '/api/v1/trade/KEN?year=2019',
      '/api/v1/agreement/KEN?with=USA,CHN',
      '/api/v1/countries/Atlantis',
      `/api/v1/countries/${'Q'.repeat(150)}`,
      '/api/v1/openapi.json',
      '/api/v1/meta',
    ];
    await fire(url, { paths: mixed, duration: 5 }); // warm-up: JIT and the answer cache
    const before1 = rssMiB(child.pid!);
    const plain = await fire(url, { paths: mixed, overallRate: 1000 });
    const after1 = rssMiB(child.pid!);

    let n = 0;
    const flood = fire(url, {
      connections: 20,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/check',
          headers: { 'content-type': 'application/json' },
          setupRequest: (req) => {
            // A distinct loan amount per request: no two bodies alike, so no cached answer.
            const amount = 1000 + (n++ % 100_000);
            req.body = JSON.stringify({
              claims: [
                {
                  id: 'c',
                  type: 'concessional',
                  statement: 'Concessional financing.',
                  loan: { amount, rate: 2, maturity: 20, grace: 7, profile: 'equal-principal', frequency: 2 },
                  test: 'IMF',
                  compareWith: { rate: 9.75, maturity: 7, profile: 'bullet', frequency: 2 },
                  discount: 5,
                },
                {
                  id: 'p',
                  type: 'largest-partner',
                  statement: "China remains Kenya's largest trading partner.",
                  country: 'KEN',
                  partner: 'CHN',
                  measure: 'total',
                },
              ],
            });
            return req;
          },
        },
      ],
    });
    const withFlood = await fire(url, { paths: mixed, overallRate: 1000 });
    const flooded = await flood;
    const after2 = rssMiB(child.pid!);

    console.log(
      `\nloopback, ${seconds} s per run; load average at the end ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} on ${cpus().length} cores shared with other processes\n`,
    );
    console.log('| what | req/s | p50 ms | p99 ms | max ms | requests | errors | non-2xx |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    console.log(row('generator ceiling: bare node:http "ok", 50 connections, 5 s', ceiling));
    console.log(row('mixed traffic at 1,000 req/s (50 connections)', plain));
    console.log(row('mixed traffic at 1,000 req/s, beside the flood', withFlood));
    console.log(row('flood: 20 connections POST /check, distinct bodies', flooded));
    const codes = (r: Result) =>
      Object.entries(r.statusCodeStats ?? {})
        .map(([k, v]) => `${k} x${(v as { count: number }).count}`)
        .join(', ');
    console.log(
      `\nstatus codes: mixed ${codes(plain)}; beside the flood ${codes(withFlood)}; flood ${codes(flooded)}`,
    );
    console.log(`server RSS: ${before1} MiB before, ${after1} MiB after run 1, ${after2} MiB after run 2`);
  } finally {
    child.kill('SIGTERM');
  }
}
