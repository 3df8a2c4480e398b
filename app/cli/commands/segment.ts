/** `qalam segment --lang ar|en FILE`: one sentence per line on stdout. */
import { CliError, choice, parseArgs, type Command } from '../command';
import { extname } from 'node:path';
import { readTextFile } from '../../host/read-text';
import { readDocument } from '../../host/read-document';
import { segment } from '../../core/text/segment';
import type { Lang } from '../../core/align/types';

/** The `qalam segment` sub-command. */
export const segmentCommand: Command = {
  name: 'segment',
  usage: 'segment --lang ar|en FILE      cut a text into sentences, one per line',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['lang']);
    if (!flags.has('lang')) throw new CliError('--lang ar|en is required');
    const lang = choice<Lang>(flags, 'lang', ['ar', 'en'], 'ar');
    if (positional.length !== 1) throw new CliError(`expected one FILE, got ${positional.length}`);
    const text = await readInput(positional[0]!);
    // A hard-wrapped sentence holds line breaks; printed, it must stay on its one line.
    const lines = segment(text, lang).map((s) => s.text.replace(/[ \t]*(?:\r\n|[\n\r\u2028])[ \t]*/gu, ' '));
    io.out(lines.join('\n') + '\n');
    return 0;
  },
};

/**
 * The text of an input file: Word (.docx) and HTML documents as their extracted text (paragraphs separated
 * by blank lines), anything else as strict UTF-8 text exactly as read (BOM removed), so offsets match it.
 */
export async function readInput(file: string): Promise<string> {
  const ext = extname(file).toLowerCase();
  if (ext === '.docx' || ext === '.html' || ext === '.htm') return (await readDocument(file)).text;
  return readTextFile(file);
}
