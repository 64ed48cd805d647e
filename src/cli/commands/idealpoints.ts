import { InputError } from '../../errors.js';
import { type Column, renderRows } from '../../format/rows.js';
import type { IdealPointRow } from '../../measures/idealPoints/model.js';
import { parseYearBasis, yearBasisNote } from '../../params/yearBasis.js';
import { idealPoints } from '../../queries/idealPoints.js';
import { exportRows } from '../../store/export.js';
import { countryArg, integerFlag, listFlag } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { outputFormat } from '../output.js';
import { progressBar } from '../progress.js';
import { voteFilterFrom, voteFilterOptions } from './agreement.js';

const columns: Column<IdealPointRow & { yearBasis: string }>[] = [
  { key: 'year' },
  { key: 'country' },
  { key: 'idealPoint', digits: 3 },
  { key: 'low', digits: 3 },
  { key: 'high', digits: 3 },
  { key: 'votes' },
  { key: 'yearBasis' },
];

export const idealPointsCommand: Command = {
  name: 'idealpoints',
  summary: 'Dynamic ideal points of states in the UN General Assembly, with 90% intervals',
  usage: [
    'idealpoints [--country KEN,USA,CHN] [--from Y] [--to Y] [--year-basis session|calendar] [--issue me,nu,di,hr,co,ec] [--important] [--whole-only] [--json|--csv]',
    'idealpoints --all [--from Y] [--to Y] [...] --out FILE.csv|FILE.parquet',
    'idealpoints --country KEN --from 2000 --to 2010 --fit-window  (fit only the votes of those years)',
  ],
  help: [
    'One position per state and year on a common scale (mean 0, sd 1 over state-years; the United States',
    'positive), from a dynamic ordinal item-response model (yes > abstain > no, random walk across years,',
    'recurring resolutions bridged). --issue/--important/--whole-only choose the votes the model is fitted',
    'to; --country, --from and --to pick the rows shown (add --fit-window to fit only the votes of those',
    'years, on a scale of their own). The default estimate ships with the snapshot; other options are',
    'estimated (seconds) and cached. --replicates N sets the bootstrap replicates (default 20; 0: none);',
    '--independent-items fits recurring resolutions as separate items. Methods: docs/methods/idealPoints.md.',
  ].join('\n'),
  options: {
    ...formatOptions,
    ...voteFilterOptions,
    country: { type: 'string' },
    all: { type: 'boolean' },
    out: { type: 'string' },
    replicates: { type: 'string' },
    'independent-items': { type: 'boolean' },
    'fit-window': { type: 'boolean' },
  },
  async run({ values, positionals, store, stdout, stderr }) {
    // Session years by default, as the shipped estimate and Bailey-Strezhnev-Voeten.
    const filter = {
      ...voteFilterFrom(values),
      yearBasis: parseYearBasis(values['year-basis'] ?? 'session', '--year-basis'),
    };
    // The dynamic model puts all years on one scale, so --from/--to pick the years shown from the fit over
    // the whole record; --fit-window fits only the votes of those years instead (a scale of their own).
    const fitFilter = values['fit-window'] ? filter : { ...filter, from: undefined, to: undefined };
    const replicates = integerFlag(values.replicates as string | undefined, 'replicates', {
      min: 0,
      max: 500,
    });
    if (replicates === 1) {
      throw new InputError('--replicates must be 0 (no intervals) or at least 2', {
        location: { field: 'replicates' },
      });
    }
    if (values.all && !values.out) {
      throw new InputError('--all needs --out FILE.csv or FILE.parquet', { location: { field: 'out' } });
    }
    const s = await store();
    const wanted = [...listFlag(values.country as string | undefined), ...positionals].map(
      (q) => countryArg(s, q, 'country').id,
    );

    const bar = progressBar(stderr);
    let phase = '';
    const answer = await idealPoints(
      s,
      { filter: fitFilter, recurring: !values['independent-items'], replicates },
      (p) => {
        if (p.phase !== phase) {
          phase = p.phase;
          bar.start(p.phase === 'fit' ? 'fitting ideal points (EM steps)' : 'bootstrap replicates', p.total);
        }
        bar.update(p.done, p.total);
      },
    );
    if (phase) {
      const e = answer.estimate;
      bar.finish(
        e
          ? `${e.iterations} EM steps${e.converged ? '' : ' (not converged)'}, ${e.replicates} replicates, ${(e.seconds.fit + e.seconds.bootstrap).toFixed(1)} s`
          : undefined,
      );
    }

    for (const id of wanted) {
      const dropped = answer.dropped.find((d) => d.country === id);
      if (dropped) {
        throw new InputError(`too few votes to place ${id} under these options: ${dropped.reason}`, {
          location: { field: 'country' },
          hint: 'widen the vote selection (issue areas, important votes) or the year range',
        });
      }
    }
    const left = answer.dropped.filter((d) => d.country === undefined || !wanted.includes(d.country));
    if (left.length > 0) {
      stderr(`left out for too few votes: ${left.map((d) => d.reason).join('; ')}\n`);
    }

    let rows = answer.rows.filter(
      (r) =>
        (filter.from === undefined || r.year >= filter.from) &&
        (filter.to === undefined || r.year <= filter.to),
    );
    if (wanted.length > 0) {
      const shown = rows;
      rows = wanted.flatMap((id) => shown.filter((r) => r.country === id));
      for (const id of wanted) {
        if (!rows.some((r) => r.country === id)) {
          const years = `${filter.from ?? 'first'}-${filter.to ?? 'last'}`;
          throw new InputError(
            `no ideal points for ${id} in ${years}: it cast no votes in the roll calls selected`,
            {
              location: { field: 'country' },
              hint: id === 'RUS' ? 'before 1992 the Soviet Union votes as SUN' : 'check the year range',
            },
          );
        }
      }
    }

    if (values.all) {
      const n = await exportRows(
        s,
        idealPointsExportTable,
        rows.map((r) => [r.year, r.country, r.idealPoint, r.low, r.high, r.votes, filter.yearBasis]),
        String(values.out),
      );
      stderr(`wrote ${n} state-years to ${values.out} (${yearBasisNote(filter.yearBasis)})\n`);
      return 0;
    }
    stdout(
      renderRows(
        rows.map((r) => ({ ...r, yearBasis: filter.yearBasis })),
        columns,
        outputFormat(values),
      ),
    );
    return 0;
  },
};

const idealPointsExportTable = {
  name: 'idealpoints_all',
  description: 'Every state-year ideal point',
  columns: [
    { name: 'year', type: 'SMALLINT' },
    { name: 'country', type: 'VARCHAR' },
    { name: 'idealPoint', type: 'DOUBLE' },
    { name: 'low', type: 'DOUBLE' },
    { name: 'high', type: 'DOUBLE' },
    { name: 'votes', type: 'INTEGER' },
    { name: 'yearBasis', type: 'VARCHAR' },
  ],
} as const;
