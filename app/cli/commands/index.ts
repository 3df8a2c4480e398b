/** Every `qalam` sub-command. Add a command by writing `commands/<name>.ts` and listing it here. */
import type { Command } from '../command';
import { tmCommand } from './tm';

export const commands: Command[] = [tmCommand];
