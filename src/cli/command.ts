import type { ParseArgsConfig } from 'node:util';
import type { Store } from '../store/open.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

/** What a command gets: its parsed flags and positionals, the store on demand, and output streams. */
export interface CommandContext {
  values: Values;
  positionals: string[];
  /** Opens the bundled snapshot (once). */
  store(): Promise<Store>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One CLI command: a file under src/cli/commands/, registered in commands/index.ts. */
export interface Command {
  name: string;
  summary: string;
  /** Usage lines shown by `bearing help NAME`, without the leading `bearing`. */
  usage: string[];
  options: OptionSpec;
  /** Free-form help after the usage (flag meanings, examples). */
  help?: string;
  run(ctx: CommandContext): Promise<number | undefined>;
}

/** Flags every data command shares. */
export const formatOptions = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
} as const satisfies OptionSpec;
