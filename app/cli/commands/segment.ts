/** `qalam segment --lang ar|en FILE`: one sentence per line on stdout. */
import { CliError, choice, parseArgs, type Command } from '../command';
import { readTextFile } from '../../host/read-text';
import { segment } from '../../core/text/segment';
import type { Lang } from '../../core/align/types';

export const segmentCommand: Command = {
  name: 'segment',
  usage: 'segment --lang ar|en FILE      cut a text into sentences, one per line',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['lang']);
    if (!flags.has('lang')) throw new CliError('--lang ar|en is required');
    const lang = choice<Lang>(flags, 'lang', ['ar', 'en'], 'ar');
    if (positional.length !== 1) throw new CliError(`expected one FILE, got ${positional.length}`);
    const text = await readTextFile(positional[0]!);
    const lines = segment(text, lang).map((s) => s.text);
    io.out(lines.join('\n') + '\n');
    return 0;
  },
};
