// The composition root: the CLI's commands plus `serve`, which starts the HTTP API. Faces never import
// each other; only this folder wires them together (bin/bearing.js runs `main`).

import type { Command } from '../cli/command.js';
import { commands } from '../cli/commands/index.js';
import { type MainIo, runCommands } from '../cli/main.js';
import { exportSiteCommand } from './exportSite.js';
import { serveCommand } from './serve.js';

/** Every command `bearing --help` lists, in that order. */
export const allCommands: readonly Command[] = [...commands, serveCommand, exportSiteCommand];

/** Runs `bearing ARGV` and returns the exit code (see runCommands). */
export function main(argv: string[], io: MainIo = {}): Promise<number> {
  return runCommands(allCommands, argv, io);
}
