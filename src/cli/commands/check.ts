import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkClaimFile } from '../../claims/check.js';
import { verdictRow } from '../../claims/verdict.js';
import { isIsoDate } from '../../dates.js';
import { InputError } from '../../errors.js';
import { renderRows } from '../../format/rows.js';
import { packageRoot } from '../../packageRoot.js';
import { oneOf } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { readTextInput } from '../textInput.js';
import { renderTextReport } from './checkText.js';

export const examples = ['seed'] as const;

/** Bundled example claim files: src/claims/examples/NAME.json in the package. */
export function exampleFile(name: (typeof examples)[number]): string {
  return join(packageRoot(), 'src', 'claims', 'examples', `${name}.json`);
}

export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`cannot read ${path}`, { location: { file: path } });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`not valid JSON: ${(e as Error).message}`, { location: { file: path } });
  }
}

function isoDate(s: string): string {
  if (!isIsoDate(s))
    throw new InputError(`expected a date yyyy-mm-dd, got '${s}'`, { location: { field: '--date' } });
  return s;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check statements (claims in a JSON file) against the data: a verdict with evidence',
  usage: [
    'check FILE.json [--json]',
    'check --example seed [--json]',
    'check --text FILE|- [--date YYYY-MM-DD] [--json]',
  ],
  help: [
    'Claim types: largest-partner, first-since, amount, stance, concessional (docs/methods/claims.md).',
    '--text reads an article (a file, or - for standard input), finds the statements bearing can check,',
    'and checks each; sentences that look checkable but could not become a claim are listed with the',
    'reason (docs/methods/extraction.md). --date gives the date the text speaks from.',
    'Verdicts: supported, partly supported, not supported, not checkable with this data.',
  ].join('\n'),
  options: {
    ...formatOptions,
    example: { type: 'string' },
    text: { type: 'string' },
    date: { type: 'string' },
  },
  async run({ values, positionals, store, stdout }) {
    if (values.text !== undefined) {
      const { raw, source } = await readTextInput(String(values.text));
      const date = values.date === undefined ? undefined : isoDate(String(values.date));
      // Loaded on use: the extractor and its date parser stay out of every other command's start-up.
      const { checkText } = await import('../../claims/extract/check.js');
      const report = await checkText(await store(), raw, { date, location: { file: source } });
      stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderTextReport(report));
      return 0;
    }
    const path = values.example
      ? exampleFile(oneOf(values.example, examples, 'example', 'seed'))
      : positionals[0];
    if (!path) throw new InputError('name a claims file, or --example seed', { location: { field: 'FILE' } });
    const verdicts = await checkClaimFile(
      await store(),
      await readJsonFile(path),
      values.example ? `example ${values.example}` : path,
    );
    if (values.json) {
      stdout(`${JSON.stringify(verdicts, null, 2)}\n`);
      return 0;
    }
    if (values.csv) {
      stdout(
        renderRows(
          verdicts.map(verdictRow),
          [
            { key: 'id' },
            { key: 'type' },
            { key: 'verdict' },
            { key: 'statement' },
            { key: 'summary' },
            { key: 'sources' },
          ],
          'csv',
        ),
      );
      return 0;
    }
    const blocks = verdicts.map((v) =>
      [
        `${v.verdict.toUpperCase()}  ${v.statement ?? v.id}`,
        `  ${v.summary}`,
        `  compared with: ${v.evidence.comparedWith}`,
        `  coverage: ${v.evidence.coverage}`,
        ...v.evidence.sources.map(
          (s) =>
            `  source: ${s.file}${s.rows.length ? ` rows ${s.rows.slice(0, 12).join(', ')}${s.rows.length > 12 ? ', ...' : ''}` : ''}${s.note ? ` (${s.note})` : ''}`,
        ),
      ].join('\n'),
    );
    stdout(`${blocks.join('\n\n')}\n`);
    return 0;
  },
};
