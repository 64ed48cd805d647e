// One-line messages for flags parseArgs refuses. Node's own text spans lines, quotes unevenly and advises
// `--` (for positionals starting with a dash), which is never what a user who mistyped a flag needs.
import { editDistance } from '../countries/concordance.js';
import type { OptionSpec } from './command.js';

/** The command's flag closest to `typed`, when close enough to be a likely typo (or a prefix of it). */
export function closestFlag(typed: string, options: OptionSpec): string | undefined {
  const names = [...Object.keys(options), 'help'];
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    const d = name.startsWith(typed) && typed.length >= 2 ? 0.5 : editDistance(typed, name);
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(typed.length / 3)) ? best.name : undefined;
}

/** The message for a parseArgs error on `args`, one line, naming the flag and a suggestion. */
export function flagErrorMessage(error: unknown, args: readonly string[], options: OptionSpec): string {
  const e = error as { code?: string; message?: string };
  const quoted = /'(-{1,2}[^' =<]+)/.exec(e.message ?? '')?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = quoted ?? args.find((a) => a.startsWith('-')) ?? '?';
    const name = flag.replace(/^-+/, '');
    const near = closestFlag(name, options);
    return `unknown flag ${flag}${near ? `; did you mean --${near}?` : ''}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted) {
    const name = quoted.replace(/^-+/, '');
    return options[name]?.type === 'boolean'
      ? `flag ${quoted} takes no value`
      : `flag ${quoted} needs a value (${quoted} VALUE)`;
  }
  return (e.message ?? String(error)).split('\n')[0];
}
