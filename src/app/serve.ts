// `bearing serve`: the one place where the two faces meet. A CLI command (flags parsed the CLI's way)
// that starts the HTTP API. It lives in the composition layer so the CLI never imports the API.
import { apiPrefix, docsPrefix } from '../api/context.js';
import { watchSnapshot } from '../api/reload.js';
import { buildServer, defaultShedding } from '../api/server.js';
import { integerFlag, listFlag, oneOf } from '../cli/args.js';
import type { Command } from '../cli/command.js';
import { InputError } from '../errors.js';
import { defaultDataDir, openStore } from '../store/open.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the HTTP API (OpenAPI at /api/v1/openapi.json, docs at /api/docs) and the dashboard',
  usage: [
    'serve [--port 8080] [--host 127.0.0.1] [--cors ORIGIN,ORIGIN|*] [--embed ORIGIN,ORIGIN|*] [--log json|none]',
    '      [--rate-limit N] [--check-rate-limit N] [--max-checks N] [--max-connections N]',
  ],
  help: [
    'Opens the snapshot, listens and prints its links; the tables are then loaded into memory and the caches',
    'warmed in the background (answers are given meanwhile). Request',
    'logs are off by default; --log json writes one JSON line (pino) per request on stdout (--quiet, the old',
    'way to turn them off, is accepted). The dashboard (web/dist, when built) is served at /. --cors allows',
    'browsers on other origins to call the API (default: same origin only); BEARING_CORS sets the same.',
    "--embed lets other sites show the dashboard's charts in a frame (default: only this server).",
    `--rate-limit: requests per minute from one address (default ${defaultShedding.rateLimit}; 0: none; 429 with`,
    `Retry-After beyond); --check-rate-limit: POST /check and /check/text per minute per address (default`,
    `${defaultShedding.checkRateLimit}); --max-checks: checks computing at once (default ${defaultShedding.checks.concurrent},`,
    `${defaultShedding.checks.queue} more wait; 503 with Retry-After beyond); --max-connections: open sockets (default`,
    `${defaultShedding.maxConnections}). Idle sockets close after ${defaultShedding.keepAliveTimeout / 1000} s; headers must arrive within ${defaultShedding.headersTimeout / 1000} s.`,
    'A new snapshot (data/CURRENT replaced by `npm run build-data` or `bearing update`) is loaded while',
    'serving, within a second, or at once on SIGHUP; /api/v1/meta names the snapshot served.',
    'Port 0 picks a free port. Stop with Ctrl-C.',
  ].join('\n'),
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    cors: { type: 'string' },
    embed: { type: 'string' },
    log: { type: 'string' },
    quiet: { type: 'boolean' },
    'rate-limit': { type: 'string' },
    'check-rate-limit': { type: 'string' },
    'max-checks': { type: 'string' },
    'max-connections': { type: 'string' },
  },
  async run({ values, stdout, stderr }) {
    const port = integerFlag(values.port as string | undefined, 'port', { min: 0, max: 65535 }) ?? 8080;
    const host = String(values.host ?? '127.0.0.1');
    const log = values.quiet ? 'none' : oneOf(values.log, ['json', 'none'] as const, 'log', 'none');
    const corsRaw = (values.cors as string | undefined) ?? process.env.BEARING_CORS;
    const origins = listFlag(corsRaw);
    for (const o of origins) {
      if (o !== '*' && !/^https?:\/\/[^/\s]+$/.test(o)) {
        throw new InputError(`not an origin: '${o}'`, {
          location: { field: 'cors' },
          hint: 'e.g. http://localhost:5173, or *',
        });
      }
    }
    const cors = origins.includes('*') ? ('*' as const) : origins.length ? origins : false;
    const embedOrigins = listFlag(values.embed as string | undefined);
    for (const o of embedOrigins) {
      if (o !== '*' && !/^https?:\/\/[^/\s]+$/.test(o)) {
        throw new InputError(`not an origin: '${o}'`, {
          location: { field: 'embed' },
          hint: 'e.g. https://news.example, or *',
        });
      }
    }
    const embed = embedOrigins.includes('*') ? ('*' as const) : embedOrigins.length ? embedOrigins : false;

    const flag = (name: string, max: number) =>
      integerFlag(values[name] as string | undefined, name, { min: 0, max });
    const maxChecks = flag('max-checks', 64);
    const shedding = {
      rateLimit: flag('rate-limit', 10_000_000) ?? defaultShedding.rateLimit,
      checkRateLimit: flag('check-rate-limit', 10_000_000) ?? defaultShedding.checkRateLimit,
      maxConnections: flag('max-connections', 1_000_000) ?? defaultShedding.maxConnections,
      checks: { ...defaultShedding.checks, concurrent: maxChecks || defaultShedding.checks.concurrent },
    };

    const t0 = performance.now();
    const dataDir = defaultDataDir();
    // Views over the Parquet files: the server loads them into memory once it listens (a warm-up).
    const store = await openStore({ dir: dataDir });
    const openMs = Math.round(performance.now() - t0);
    const app = await buildServer({
      store,
      // Through the command's stdout (process.stdout when run from the shell), so tests can read it.
      logger: log === 'json' ? { level: 'info', stream: { write: (line: string) => stdout(line) } } : false,
      cors,
      embed,
      timings: { openStore: openMs },
      shedding,
    });
    try {
      await app.listen({ port, host });
    } catch (error) {
      await app.close();
      store.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
        throw new InputError(`cannot listen on ${host}:${port}: ${code}`, {
          location: { field: code === 'EADDRINUSE' || code === 'EACCES' ? 'port' : 'host' },
          hint: code === 'EADDRINUSE' ? 'another process uses this port; try --port 0' : undefined,
        });
      }
      throw error;
    }
    const address = app.server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const shownHost = host.includes(':') ? `[${host}]` : host;
    const url = `http://${shownHost}:${actualPort}/`;
    stdout(banner(url, app.startup.timings, app.hasWebDir, log === 'json'));
    app.log.info({ url, startup: app.startup.timings }, 'listening');
    const watch = watchSnapshot(app, dataDir, store, { log: (m) => stderr(`bearing: ${m}\n`) });
    void app.warmed.then(() => app.log.info({ startup: app.startup.timings }, 'warmed'));

    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        stderr(`bearing: ${signal}, closing\n`);
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
        resolve();
      };
      const onInt = () => stop('SIGINT');
      const onTerm = () => stop('SIGTERM');
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
    });
    watch.stop();
    await app.close();
    app.closeStores();
    return 0;
  },
};

/** What `serve` prints once listening: one link per line, each answering 200. */
export function banner(url: string, t: Record<string, number>, dashboard: boolean, logging: boolean): string {
  return [
    `bearing: serving ${url}`,
    dashboard ? `  dashboard  ${url}` : '  dashboard  not built (run `npm run build:web`, then restart)',
    `  API        ${url}${apiPrefix.slice(1)}/  (index of every route)`,
    `  API docs   ${url}${docsPrefix.slice(1)}/`,
    `  OpenAPI    ${url}${apiPrefix.slice(1)}/openapi.json`,
    `started in ${t.total} ms (store ${t.openStore} ms, routes ${t.routes} ms; caches warm in the background); ` +
      `request logs ${logging ? 'on (JSON lines)' : 'off (--log json to show them)'}; Ctrl-C stops.`,
    '',
  ].join('\n');
}
