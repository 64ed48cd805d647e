import { dirname, join, resolve } from 'node:path';
import { updateSources } from '../../snapshot/publishers.js';
import type { UpdateEvent } from '../../snapshot/update.js';
import { defaultDataDir } from '../../store/open.js';
import { listFlag } from '../args.js';
import type { Command } from '../command.js';
import { progressBar } from '../progress.js';

/** Where raw files are kept between updates: BEARING_RAW_DIR, else .cache/raw beside data/. */
export function defaultCacheDir(): string {
  if (process.env.BEARING_RAW_DIR) return resolve(process.env.BEARING_RAW_DIR);
  return join(dirname(defaultDataDir()), '.cache', 'raw');
}

export const updateCommand: Command = {
  name: 'update',
  summary: "Bring the snapshot up to date from the publishers' files (or files downloaded by hand)",
  usage: [
    `update [--source ${['all', ...Object.keys(updateSources)].join('|')}] [--mirror URL] [--raw DIR] [--force]`,
    'update --from-dir DIR [--source ...]',
    'update --source trade --from-file FILE',
  ],
  help: [
    "Downloads the newest files from the publishers' own addresses (docs/data/snapshot.md lists them) into a",
    'staging folder, checks them (HTTP status, length, gzip integrity), rebuilds the datasets and swaps the',
    'snapshot atomically. On any failure the snapshot is left as it was and the error says why.',
    '',
    '  --source      which datasets to update (comma-separated; default all, or with --from-dir what DIR holds)',
    '  --from-dir    import files downloaded by hand instead of downloading (named as in the raw layout or by',
    '                their file names; the UN Digital Library voting file is recognised by its header)',
    '  --mirror      fetch every address from a mirror laid out as MIRROR/host/path (env BEARING_MIRROR)',
    '  --from-file   extend trade past 2020 from an IMF IMTS CSV downloaded from data.imf.org (the layout of',
    '                the IMF data portal: COUNTRY.ID, COUNTERPART_COUNTRY.ID, INDICATOR.ID XG_FOB_USD / MG_CIF_USD,',
    "                TIME_PERIOD, OBS_VALUE, SCALE.ID): the importer's declared imports where published, the",
    "                exporter's exports (mirror) otherwise, the basis kept per row; validated before anything changes",
    "  --raw         a folder of raw files for what is not downloaded (e.g. Voeten's data); repeatable",
    '  --force       rebuild even when the files are identical to those of the snapshot',
    '',
    'Raw files obtained are kept in BEARING_RAW_DIR (default .cache/raw beside data/) for later rebuilds.',
  ].join('\n'),
  options: {
    source: { type: 'string', multiple: true },
    'from-dir': { type: 'string' },
    'from-file': { type: 'string' },
    mirror: { type: 'string' },
    raw: { type: 'string', multiple: true },
    force: { type: 'boolean' },
  },
  async run({ values, stdout, stderr }) {
    const bar = progressBar(stderr);
    let current = '';
    const onEvent = (e: UpdateEvent) => {
      if (e.kind === 'download') {
        if (current !== e.path) {
          current = e.path;
          bar.start(`download ${e.path}`, e.total);
        }
        bar.update(e.received, e.total);
      } else if (e.kind === 'downloaded') {
        bar.finish(`${(e.bytes / 1e6).toFixed(1)} MB`);
        current = '';
      } else if (e.kind === 'build') {
        bar.start(`rebuild ${e.id} (${e.index + 1}/${e.count})`, e.count);
        bar.update(e.index, e.count);
      }
    };
    const fromDir = values['from-dir'] as string | undefined;
    const fromFile = values['from-file'] as string | undefined;
    try {
      // Loaded here: the build and every parser are not needed by the other commands (nor `serve`'s start).
      const { updateSnapshot } = await import('../../snapshot/update.js');
      const result = await updateSnapshot({
        dataDir: defaultDataDir(),
        cacheDir: defaultCacheDir(),
        rawDirs: listFlag(values.raw).map((d) => resolve(d)),
        sources: listFlag(values.source),
        fromDir: fromDir ? resolve(fromDir) : undefined,
        fromFile: fromFile ? resolve(fromFile) : undefined,
        mirror: (values.mirror as string | undefined) ?? process.env.BEARING_MIRROR,
        force: Boolean(values.force),
        onEvent,
        log: process.env.BEARING_DEBUG ? (m) => stderr(`${m}\n`) : undefined,
      });
      bar.finish();
      if (result.upToDate) {
        stdout(`already up to date: ${result.datasets.join(', ')} (files identical to the snapshot's)\n`);
        return 0;
      }
      for (const d of result.manifest.datasets.filter((x) => result.datasets.includes(x.id))) {
        const years = d.coverage.from === null ? '' : ` ${d.coverage.from}-${d.coverage.to}`;
        stdout(
          `${d.id.padEnd(10)} ${d.tables.map((t) => `${t.name}=${t.rows}`).join(' ')}${years}  ${d.version}\n`,
        );
      }
      stdout(`updated ${result.datasets.join(', ')} from ${result.files.length} file(s)\n`);
      if (fromFile) {
        const trade = result.manifest.datasets.find((d) => d.id === 'trade');
        for (const note of trade?.notes.filter((n) => n.startsWith('IMTS') || n.startsWith('CIF')) ?? []) {
          stdout(`  ${note}\n`);
        }
      }
      return 0;
    } catch (error) {
      bar.finish('failed');
      throw error;
    }
  },
};
