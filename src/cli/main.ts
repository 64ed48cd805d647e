import { parseArgs } from 'node:util';
import { isInputError } from '../errors.js';
import { openStore, type Store } from '../store/open.js';
import type { Command, CommandContext } from './command.js';
import { flagErrorMessage } from './flagErrors.js';

export interface MainIo {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

function helpText(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'bearing: which way a country faces between the powers it deals with, measured from public data.',
    '',
    'Usage: bearing COMMAND [ARGS] [--json|--csv]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "bearing help COMMAND (or bearing COMMAND --help) shows a command's usage.",
    'Countries can be named by ISO3/ISO2 code, name, or scheme:code (cow:501, m49:404, imf:664).',
    '',
  ].join('\n');
}

function commandHelp(c: Command): string {
  const flags = Object.entries(c.options)
    .map(([k, o]) => `--${k}${o.type === 'string' ? ' VALUE' : ''}`)
    .join(' ');
  return [
    `${c.summary}`,
    '',
    'Usage:',
    ...c.usage.map((u) => `  bearing ${u}`),
    '',
    `Flags: ${flags} --help`,
    ...(c.help ? ['', c.help] : []),
    '',
  ].join('\n');
}

/**
 * Runs the CLI over the given commands and returns the exit code: 0 success, 2 bad input (message on
 * stderr, no stack trace), 1 an internal error. The full command list is composed in src/app/main.ts.
 */
export async function runCommands(
  commands: readonly Command[],
  argv: string[],
  io: MainIo = {},
): Promise<number> {
  const stdout = io.stdout ?? ((t: string) => process.stdout.write(t));
  const stderr = io.stderr ?? ((t: string) => process.stderr.write(t));
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const target = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    stdout(target ? commandHelp(target) : helpText(commands));
    return 0;
  }
  if (name === '--version' || name === '-v') {
    stdout('bearing 0.1.0\n');
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    stderr(`bearing: unknown command '${name}'\n\n${helpText(commands)}`);
    return 2;
  }
  let store: Store | undefined;
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      stdout(commandHelp(command));
      return 0;
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      stderr(`bearing ${name}: ${flagErrorMessage(error, rest, command.options)}\n`);
      return 2;
    }
    const ctx: CommandContext = {
      values: parsed.values as CommandContext['values'],
      positionals: parsed.positionals,
      store: async () => {
        store ??= await openStore();
        return store;
      },
      stdout,
      stderr,
    };
    return (await command.run(ctx)) ?? 0;
  } catch (error) {
    if (isInputError(error)) {
      stderr(`bearing ${name}: ${error.describe()}\n`);
      return 2;
    }
    stderr(`bearing ${name}: internal error: ${(error as Error).message}\n`);
    if (process.env.BEARING_DEBUG) stderr(`${(error as Error).stack}\n`);
    return 1;
  } finally {
    store?.close();
  }
}
