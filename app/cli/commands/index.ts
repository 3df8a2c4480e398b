/** Every `qalam` sub-command. Add a command by writing `commands/<name>.ts` and listing it here. */
import type { Command } from '../command';
import { exportCommand } from './export';
import { importCommand } from './import';
import { qa } from './qa';
import { terms } from './terms';

export const commands: Command[] = [terms, qa, exportCommand, importCommand];
