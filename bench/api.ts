import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/**
 * The HTTP API under load, on loopback: `bearing serve` runs in a child process (request logs on,
 * drained and discarded), autocannon fires from this one. Beside the profile endpoint runs the
 * server's minimal route (/api/v1/health: same plugins, hooks and logging, no data) in the same run,
 * and the ratio of their throughputs is reported. Bounded: about a minute in all.
 *
 *   1. throughput at fixed concurrency (10 connections, 10 s each): health, profile of one country,
 *      profile rotating over every country with data;
 *   2. latency at a fixed rate of 1,000 requests per second (10 s): profile rotating over every country.
 *
 * First, start-up (issue 20: the first answer within 1.5 s of the process starting): `node bin/bearing.js
 * serve` (what `npm start` and `bearing serve` run; needs `npm run build`) started afresh for each run, a
 * request sent every 10 ms from the moment of the spawn until the first 200, for the health route, the
 * snapshot's meta and a country's profile. Baseline in the same run: a bare node:http server started the
 * same way (the floor: node's own start and a loopback answer). `BENCH_API=startup` runs only this part;
 * `BENCH_API_ROOT=DIR` starts another checkout's build instead (a before/after on the same machine).
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const serveRoot = process.env.BENCH_API_ROOT ?? root;
const connections = 10;
const seconds = 10;

interface Figures {
  label: string;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  non2xx: number;
}

async function startServer(): Promise<{ child: ChildProcess; url: string; startup: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      "const { main } = await import('./src/app/main.ts'); process.exitCode = await main(['serve', '--port', '0', '--rate-limit', '0']);",
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return await new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const m = /bearing: serving (http:\/\/\S+?)\/?\n[\s\S]*started in (\d+ ms.*)\n/.exec(buffer);
      if (m) {
        // From now on the request logs are drained and dropped, as a log shipper would read them.
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stdout?.on('data', () => {});
        resolve({ child, url: m[1].replace(/\/$/, ''), startup: m[2] });
      }
    };
    child.stdout?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

async function fire(
  label: string,
  url: string,
  paths: string[],
  options: { overallRate?: number; duration?: number } = {},
): Promise<Figures> {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration: options.duration ?? seconds,
    ...(options.overallRate && { overallRate: options.overallRate }),
    requests: [
      {
        setupRequest: (req) => {
          req.path = paths[i++ % paths.length];
          return req;
        },
      },
    ],
  });
  return {
    label,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Milliseconds from spawning `args` to the first 200 of `path` (the port read from its stdout). */
async function firstAnswer(
  args: string[],
  path: string,
  portPattern: RegExp,
): Promise<{ ms: number; listening: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: serveRoot, stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  let port: string | null = null;
  let listening = 0;
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
    const m = portPattern.exec(out);
    if (m && !port) {
      port = m[1];
      listening = performance.now() - t0;
    }
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${out}`);
      if (port) {
        const r = await fetch(`http://127.0.0.1:${port}${path}`).catch(() => null);
        await r?.arrayBuffer();
        if (r?.status === 200) return { ms: performance.now() - t0, listening };
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function startupRuns(runs: number): Promise<void> {
  if (!existsSync(join(serveRoot, 'dist', 'app', 'main.js'))) {
    console.log('start-up: skipped, dist/ not built (npm run build)');
    return;
  }
  const bare = [
    '-e',
    "require('node:http').createServer((q, s) => s.end('ok')).listen(0, '127.0.0.1', function () { console.log('port ' + this.address().port) })",
  ];
  const serve = ['bin/bearing.js', 'serve', '--port', '0', '--rate-limit', '0'];
  const rows: [string, string[], string, RegExp][] = [
    ['baseline: bare node:http server', bare, '/', /port (\d+)/],
    ['serve: GET /api/v1/health', serve, '/api/v1/health', /serving http:\/\/[^:]+:(\d+)/],
    ['serve: GET /api/v1/meta', serve, '/api/v1/meta', /serving http:\/\/[^:]+:(\d+)/],
    ['serve: GET /api/v1/profile/KEN', serve, '/api/v1/profile/KEN', /serving http:\/\/[^:]+:(\d+)/],
  ];
  console.log(
    `start-up of ${serveRoot}, ${runs} fresh processes per row, load average at the start ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  console.log('| first 200 of | median ms | max ms | listening (median) ms |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [label, args, path, pattern] of rows) {
    const ms: number[] = [];
    const listening: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await firstAnswer(args, path, pattern);
      ms.push(r.ms);
      listening.push(r.listening);
    }
    console.log(
      `| ${label} | ${median(ms).toFixed(0)} | ${Math.max(...ms).toFixed(0)} | ${median(listening).toFixed(0)} |`,
    );
  }
  console.log(
    `load average at the end ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
}

export async function run(): Promise<void> {
  await startupRuns(Number(process.env.BENCH_API_STARTUP_RUNS ?? 5));
  if (process.env.BENCH_API === 'startup') return;
  const t = performance.now();
  const { child, url, startup } = await startServer();
  console.log(
    `server: ${url}, started in ${startup}; wall clock to listening ${Math.round(performance.now() - t)} ms`,
  );
  try {
    const rank = (await (await fetch(`${url}/api/v1/rank?year=2019`)).json()) as { country: string }[];
    const countries = rank.map((r) => r.country);
    const rotating = countries.map((c) => `/api/v1/profile/${c}?year=2019`);
    const health = ['/api/v1/health'];
    const one = ['/api/v1/profile/KEN?year=2019'];

    // Warm-up: JIT, and the answer cache for each country (as a running server would have).
    await fire('warm-up', url, [...health, ...rotating], { duration: 3 });

    const rows: Figures[] = [];
    rows.push(await fire('hello-world (/api/v1/health)', url, health));
    rows.push(await fire('profile, one country (KEN 2019)', url, one));
    rows.push(await fire(`profile, rotating over ${countries.length} countries (2019)`, url, rotating));
    rows.push(await fire('profile, rotating, at 1,000 req/s', url, rotating, { overallRate: 1000 }));
    rows.push(await fire('hello-world, at 1,000 req/s', url, health, { overallRate: 1000 }));

    console.log(
      `\n${connections} connections, ${seconds} s each, loopback; server logs on (pino, drained); ` +
        `load average ${loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')} on ${cpus().length} cores (other processes share them)\n`,
    );
    console.log('| what | req/s | p50 ms | p99 ms | max ms | requests | errors | non-2xx |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      console.log(
        `| ${r.label} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.max} | ${r.requests} | ${r.errors} | ${r.non2xx} |`,
      );
    }
    const [hello, single, rotatingRow, rated] = rows;
    console.log(
      `\nratio, profile (one country) / hello-world throughput: ${((100 * single.rps) / hello.rps).toFixed(0)}%`,
    );
    console.log(
      `ratio, profile (rotating) / hello-world throughput: ${((100 * rotatingRow.rps) / hello.rps).toFixed(0)}%`,
    );
    console.log(
      `target p99 <= 20 ms at 1,000 req/s: ${rated.p99 <= 20 ? 'met' : 'NOT met'} (p99 ${rated.p99} ms at ${Math.round(rated.rps)} req/s); ` +
        `target >= 50% of hello-world: ${rotatingRow.rps >= hello.rps / 2 ? 'met' : 'NOT met'}`,
    );
    const meta = (await (await fetch(`${url}/api/v1/meta`)).json()) as { cache: unknown };
    console.log(`answer cache after the run: ${JSON.stringify(meta.cache)}`);
  } finally {
    child.kill('SIGTERM');
  }
}
