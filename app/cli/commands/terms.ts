/** `qalam terms`: lists the glossary terms found in an Arabic text, one match per line. */
import { choice, CliError, parseArgs, type CliIo, type Command } from '../command';
import { loadGlossaryFile } from '../glossary-file';
import { GlossaryIndex } from '../../core/glossary/index';
import { segment, segmentLines } from '../../core/text/segment';
import { readTextFile } from '../../host/read-text';

/** Prints a glossary file's unreadable rows as warnings on stderr (the rest is used). */
export function warnProblems(io: CliIo, command: string, file: string, problems: readonly { line: number; message: string }[]): void {
  for (const p of problems) io.err(`qalam ${command}: ${file}:${p.line}: ${p.message} (row skipped)\n`);
}

/** One TSV field: tabs and line breaks inside would break the columns. */
export function field(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

export const terms: Command = {
  name: 'terms',
  usage: 'terms SOURCE --glossary FILE [--lines] [--format tsv|json]   glossary terms in each Arabic sentence (or line)',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['glossary', 'lines', 'format'], ['lines']);
    if (positional.length !== 1) throw new CliError('expects one SOURCE file (usage: qalam terms SOURCE --glossary FILE [--lines])');
    const glossaryFile = flags.get('glossary');
    if (typeof glossaryFile !== 'string') throw new CliError('needs --glossary FILE (a .tsv or .csv with a header row)');
    const format = choice(flags, 'format', ['tsv', 'json'] as const, 'tsv');
    const file = positional[0]!;
    const { entries, problems } = await loadGlossaryFile(glossaryFile);
    warnProblems(io, 'terms', glossaryFile, problems);
    const text = await readTextFile(file);
    // Segments are numbered as `qalam segment` numbers them (with --lines: non-blank lines, trimmed).
    const segments = (flags.has('lines') ? segmentLines(text) : segment(text, 'ar')).map((s) => s.text);
    const index = new GlossaryIndex(entries);
    const rows: { segment: number; start: number; end: number; surface: string; term: string; translation: string; entryId: string }[] = [];
    segments.forEach((s, segment) => {
      for (const m of index.matchSource(s)) {
        const e = index.entries.get(m.entryId)!;
        rows.push({ segment, start: m.start, end: m.end, surface: m.surface, term: e.source, translation: e.targets[0]!, entryId: e.id });
      }
    });
    if (format === 'json') io.out(JSON.stringify(rows, null, 1) + '\n');
    else io.out(rows.map((r) => [r.segment, r.start, r.end, field(r.surface), field(r.term), field(r.translation)].join('\t') + '\n').join(''));
    return 0;
  },
};
