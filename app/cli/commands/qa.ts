/**
 * `qalam qa`: runs every QA check over a translation and prints one issue per line. Input is an Arabic
 * source and its English translation (paired line by line with `--lines`, otherwise aligned), or a
 * `.qalam` project.
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { choice, CliError, parseArgs, type Command } from '../command';
import { loadGlossaryFile } from '../glossary-file';
import { field, textLines, warnProblems } from './terms';
import { runQa } from '../../core/qa/run';
import { qaReportCsv } from '../../core/qa/report-csv';
import { qaReportHtml } from '../../core/qa/report-html';
import { PROJECT_FORMAT, type GlossaryEntry, type Project, type QaIgnore, type Row } from '../../core/project/model';
import { HostError } from '../../host/errors';
import { readTextFile } from '../../host/read-text';

/** A row with the indices of the source and target segments it was made from. */
interface IndexedRow {
  row: Row;
  source: number[];
  target: number[];
}

/** Pairs line i of the source with line i of the target; blank lines are empty sides. */
export function pairLines(src: string[], tgt: string[]): IndexedRow[] {
  const out: IndexedRow[] = [];
  for (let i = 0; i < Math.max(src.length, tgt.length); i++) {
    const s = (src[i] ?? '').trim();
    const t = (tgt[i] ?? '').trim();
    if (s === '' && t === '') continue;
    out.push({
      row: { id: `L${i + 1}`, source: s === '' ? [] : [s], target: t, state: 'translated', score: null, paragraph: 0 },
      source: s === '' ? [] : [i],
      target: t === '' ? [] : [i],
    });
  }
  return out;
}

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

/**
 * Reads a `.qalam` project with a minimal shape check (rows, glossary, ignores), enough for QA. A damaged
 * file is a HostError naming the file and the row.
 */
export async function readProjectForQa(file: string): Promise<Pick<Project, 'rows' | 'glossary' | 'qaIgnores'>> {
  const text = await readTextFile(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new HostError(`${file}: not a Qalam project (invalid JSON: ${(e as Error).message})`, file, 'damaged');
  }
  const p = data as Partial<Project> | null;
  if (typeof p !== 'object' || p === null || p.format !== PROJECT_FORMAT) throw new HostError(`${file}: not a Qalam project (no "format": "${PROJECT_FORMAT}")`, file, 'damaged');
  if (!Array.isArray(p.rows)) throw new HostError(`${file}: damaged project (no "rows" list)`, file, 'damaged');
  p.rows.forEach((r: Partial<Row>, i) => {
    if (typeof r !== 'object' || r === null || typeof r.id !== 'string' || !isStringArray(r.source) || typeof r.target !== 'string') {
      throw new HostError(`${file}: damaged project (row ${i + 1}${typeof r?.id === 'string' ? `, id ${r.id}` : ''} needs an id, a source list and a target)`, file, 'damaged');
    }
  });
  const glossary = Array.isArray(p.glossary) ? p.glossary : [];
  glossary.forEach((g: Partial<GlossaryEntry>, i) => {
    if (typeof g?.id !== 'string' || typeof g.source !== 'string' || !isStringArray(g.targets) || !isStringArray(g.forbidden ?? [])) {
      throw new HostError(`${file}: damaged project (glossary entry ${i + 1} needs an id, a source and targets)`, file, 'damaged');
    }
  });
  const qaIgnores = (Array.isArray(p.qaIgnores) ? p.qaIgnores : []).filter((g: Partial<QaIgnore>) =>
    typeof g?.rowId === 'string' && typeof g.check === 'string' && typeof g.key === 'string');
  return { rows: p.rows, glossary: glossary.map((g) => ({ ...g, forbidden: g.forbidden ?? [] })), qaIgnores };
}

export const qa: Command = {
  name: 'qa',
  usage: 'qa SOURCE TARGET --glossary FILE [--lines] [--format tsv|json] [--report OUT.html|OUT.csv] | qa PROJECT.qalam   QA checks',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['glossary', 'lines', 'format', 'report'], ['lines']);
    const format = choice(flags, 'format', ['tsv', 'json'] as const, 'tsv');
    const glossaryFile = flags.get('glossary');
    const report = flags.get('report');
    if (typeof report === 'string' && !['.html', '.htm', '.csv'].includes(extname(report).toLowerCase())) {
      throw new CliError('--report must name a .html or .csv file');
    }
    let glossary: GlossaryEntry[] = [];
    let ignores: QaIgnore[] = [];
    let rows: IndexedRow[];
    if (positional.length === 1 && extname(positional[0]!).toLowerCase() === '.qalam') {
      const project = await readProjectForQa(positional[0]!);
      glossary = project.glossary;
      ignores = project.qaIgnores;
      let next = 0;
      rows = project.rows.map((row, i) => ({ row, source: row.source.map(() => next++), target: row.target.trim() === '' ? [] : [i] }));
    } else if (positional.length === 2) {
      if (typeof glossaryFile !== 'string') throw new CliError('needs --glossary FILE (a .tsv or .csv with a header row)');
      const [srcFile, tgtFile] = positional as [string, string];
      const [src, tgt] = [await readTextFile(srcFile), await readTextFile(tgtFile)];
      rows = flags.has('lines') ? pairLines(textLines(src), textLines(tgt)) : await alignTexts(src, tgt);
    } else {
      throw new CliError('expects SOURCE TARGET, or one PROJECT.qalam (usage: qalam qa SOURCE TARGET --glossary FILE [--lines])');
    }
    if (typeof glossaryFile === 'string') {
      const loaded = await loadGlossaryFile(glossaryFile);
      warnProblems(io, 'qa', glossaryFile, loaded.problems);
      glossary = [...glossary, ...loaded.entries];
    }
    const byId = new Map(rows.map((r) => [r.row.id, r]));
    const issues = runQa(rows.map((r) => r.row), glossary, { ignores });
    if (format === 'json') {
      const out = issues.map((i) => ({ source: byId.get(i.rowId)!.source, target: byId.get(i.rowId)!.target, rowId: i.rowId, check: i.check, severity: i.severity, key: i.key, message: i.message }));
      io.out(JSON.stringify(out, null, 1) + '\n');
    } else {
      io.out(issues.map((i) => {
        const r = byId.get(i.rowId)!;
        return `${r.source.join(',')}\t${r.target.join(',')}\t${i.check}\t${field(i.message)}\n`;
      }).join(''));
    }
    if (typeof report === 'string') {
      const plain = rows.map((r) => r.row);
      const body = extname(report).toLowerCase() === '.csv' ? qaReportCsv(issues, plain) : qaReportHtml(issues, { rows: plain, title: `QA report: ${positional.join(' / ')}` });
      try {
        await writeFile(report, body, 'utf8');
      } catch (e) {
        throw new HostError(`${report}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? String(e)})`, report, 'unwritable');
      }
    }
    return 0;
  },
};

/** Segments and aligns the two texts with the shared aligner. */
async function alignTexts(_src: string, _tgt: string): Promise<IndexedRow[]> {
  throw new CliError('sentence alignment is not available in this build yet; use --lines (line i of SOURCE translates line i of TARGET)');
}
