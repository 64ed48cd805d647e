import { InputError } from '../../errors.js';
import { renderRows } from '../../format/rows.js';
import { snapshotStatus } from '../../snapshot/status.js';
import { defaultDataDir } from '../../store/open.js';
import { rebuildHint } from '../../store/readManifest.js';
import type { Command } from '../command.js';
import { formatOptions } from '../command.js';
import { outputFormat } from '../output.js';

export const dataCommand: Command = {
  name: 'data',
  summary: 'The bundled data snapshot: datasets, sources, versions, coverage, checksums',
  usage: ['data status [--wide] [--json|--csv]'],
  help: [
    'status lists every dataset of the snapshot with its publisher, version, coverage (years, countries),',
    'tables (rows, sha256) and build date, and checks every file against the manifest checksum:',
    'ok, corrupted or missing. Exit code 2 when a file is damaged (the message says how to rebuild it).',
    'Counts a dataset reports (the China Vitae rows its rules left unclassified) follow the table.',
    "The table fits 100 columns: each dataset's source and version follow it, wrapped; --wide prints",
    'them (and the checksums) as columns instead. The snapshot directory is data/ of the package, or',
    'BEARING_DATA_DIR.',
  ].join('\n'),
  options: { ...formatOptions, wide: { type: 'boolean' } },
  async run({ values, positionals, stdout, stderr }) {
    const [action = 'status', ...extra] = positionals;
    if (action !== 'status' || extra.length > 0) {
      throw new InputError(`unknown data action '${[action, ...extra].join(' ')}'`, {
        location: { field: 'action' },
        suggestions: ['status'],
      });
    }
    const format = outputFormat(values);
    const narrow = format === 'table' && !values.wide;
    const status = await snapshotStatus(defaultDataDir());
    if (format === 'json') {
      stdout(`${JSON.stringify(status, null, 2)}\n`);
    } else {
      const rows = status.datasets.flatMap((d) =>
        d.tables.map((t) => ({
          dataset: d.id,
          source: d.publisher,
          version: d.version,
          years: d.coverage.from === null ? null : `${d.coverage.from}-${d.coverage.to}`,
          countries: d.coverage.countries,
          table: t.name,
          rows: t.rows,
          sha256: format === 'csv' ? t.sha256 : `${t.sha256.slice(0, 12)}…`,
          built: format === 'csv' ? d.builtAt : d.builtAt.slice(0, 16).replace('T', ' '),
          state: t.state,
        })),
      );
      stdout(
        renderRows(
          rows,
          narrow
            ? [
                { key: 'dataset' },
                { key: 'table' },
                { key: 'rows' },
                { key: 'years' },
                { key: 'countries' },
                { key: 'built' },
                { key: 'state' },
              ]
            : [
                { key: 'dataset' },
                { key: 'table' },
                { key: 'rows' },
                { key: 'years' },
                { key: 'countries' },
                { key: 'version' },
                { key: 'source' },
                { key: 'sha256' },
                { key: 'built' },
                { key: 'state' },
              ],
          format,
        ),
      );
      if (narrow) {
        // Sources and versions are long prose: one wrapped paragraph per dataset instead of two columns.
        stdout('\nsources\n');
        for (const d of status.datasets) {
          stdout(`${wrap(`${d.id}: ${d.publisher}; ${d.version}`, 100, '  ')}\n`);
        }
      }
      if (format === 'table') {
        // Notes a dataset marks "Counted:" (e.g. rows its rules left unclassified) are shown, not only stored.
        const counted = status.datasets.flatMap((d) =>
          d.notes
            .filter((n) => n.startsWith('Counted:'))
            .map((n) => `${d.id}: ${n.slice('Counted:'.length).trim()}`),
        );
        const fit = (line: string) => (narrow ? wrap(line, 100, '  ') : line);
        if (counted.length) stdout(`\n${counted.map(fit).join('\n')}\n`);
        stdout(
          `\n${fit(`snapshot ${status.dir} (${status.version ? `version ${status.version}, ` : 'legacy layout, '}format ${status.format}, built ${status.builtAt})`)}\n`,
        );
        // Where trade ends and what its later years rest on (a user's IMTS file, if any).
        const trade = status.datasets.find((d) => d.id === 'trade');
        for (const note of trade?.notes.filter((n) => /bundled snapshot ends|^IMTS file/.test(n)) ?? []) {
          stdout(`${fit(`trade: ${note}`)}\n`);
        }
      }
    }
    const bad = status.datasets.flatMap((d) => d.tables.filter((t) => t.state !== 'ok'));
    if (bad.length > 0) {
      stderr(`bearing data: ${bad.map((t) => `${t.file} ${t.state}`).join(', ')}; ${rebuildHint}\n`);
      return 2;
    }
    return 0;
  },
};

/** Wraps text at spaces to lines of at most `width` characters; continuation lines get `indent`. */
export function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const prefix = lines.length ? indent : '';
    if (line && `${prefix}${line} ${word}`.length > width) {
      lines.push(prefix + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push((lines.length ? indent : '') + line);
  return lines.join('\n');
}
