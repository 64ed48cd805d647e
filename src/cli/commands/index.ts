import type { Command } from '../command.js';
import { agreementCommand } from './agreement.js';
import { countriesCommand } from './countries.js';
import { similarCommand } from './similar.js';

/** Every CLI command, in the order `bearing --help` lists them. Add a command here and in its own file. */
export const commands: readonly Command[] = [countriesCommand, agreementCommand, similarCommand];
