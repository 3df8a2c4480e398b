/** Every `qalam` sub-command. Add a command by writing `commands/<name>.ts` and listing it here. */
import type { Command } from '../command';
import { exportCommand } from './export';
import { importCommand } from './import';
import { qa } from './qa';
import { terms } from './terms';
import { alignCommand } from './align';
import { segmentCommand } from './segment';
import { newCommand } from './new';
import { tmCommand } from './tm';

export const commands: Command[] = [segmentCommand, alignCommand, terms, qa, newCommand, exportCommand, importCommand, tmCommand];
