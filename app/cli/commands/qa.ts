/**
 * `qalam qa`: runs every QA check over a translation and prints one issue per line,
 * `srcIdx,…<TAB>tgtIdx,…<TAB>check<TAB>message`, and exits 0 whether or not there are issues.
 *
 * Input is an Arabic source and its English translation, aligned sentence by sentence (indices as
 * `qalam segment` gives them) or, with `--lines`, paired line by line (indices of non-blank lines); or a
 * `.qalam` project or an XLIFF file, where source indices count the source sentences through the rows and
 * the target index is the row's index. `--report` also writes the report as HTML or CSV.
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { choice, CliError, parseArgs, type Command } from '../command';
import { loadGlossaryFile } from '../glossary-file';
import { field, warnProblems } from './terms';
import { align } from '../../core/align/align';
import { glossaryAnchors } from '../../core/align/glossary-anchors';
import type { Sentence } from '../../core/align/types';
import { GlossaryIndex } from '../../core/glossary/index';
import { segment, segmentLines } from '../../core/text/segment';
import { runQa } from '../../core/qa/run';
import { qaReportCsv } from '../../core/qa/report-csv';
import { qaReportHtml } from '../../core/qa/report-html';
import type { GlossaryEntry, Project, QaIgnore, Row } from '../../core/project/model';
import { loadProjectFile } from '../../host/project-file';
import { HostError } from '../../host/errors';
import { readTextFile } from '../../host/read-text';
import { importFile } from '../../host/formats/import';

/** A row with the indices of the source and target segments it was made from. */
interface IndexedRow {
  row: Row;
  source: number[];
  target: number[];
}

/** For each sentence, the 0-based number of the physical line it starts on (line breaks as the segmenter's). */
function lineNumbers(text: string, sentences: readonly Sentence[]): number[] {
  const out: number[] = [];
  let line = 0;
  let at = 0;
  for (const s of sentences) {
    for (; at < s.start; at++) {
      const c = text.charCodeAt(at);
      if (c === 0x0d && text.charCodeAt(at + 1) === 0x0a) continue;
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c || c === 0x85) line++;
    }
    out.push(line);
  }
  return out;
}

/**
 * `--lines`: line n of the source is translated by line n of the target. Indices are segment indices as
 * `qalam segment --lines` gives them (non-blank lines); a line blank on one side leaves that side empty.
 */
export function pairLines(srcText: string, tgtText: string): IndexedRow[] {
  const src = segmentLines(srcText);
  const tgt = segmentLines(tgtText);
  const byLine = new Map<number, { s?: number; t?: number }>();
  lineNumbers(srcText, src).forEach((line, i) => byLine.set(line, { s: i }));
  lineNumbers(tgtText, tgt).forEach((line, i) => byLine.set(line, { ...byLine.get(line), t: i }));
  return [...byLine].sort((a, b) => a[0] - b[0]).map(([line, { s, t }]) => ({
    row: {
      id: `L${line + 1}`, source: s === undefined ? [] : [src[s]!.text], target: t === undefined ? '' : tgt[t]!.text,
      state: 'translated', score: null, paragraph: s === undefined ? 0 : src[s]!.paragraph,
    },
    source: s === undefined ? [] : [s],
    target: t === undefined ? [] : [t],
  }));
}

/** Segments both texts and aligns them (glossary terms as anchors); each bead becomes a row. */
export function alignTexts(srcText: string, tgtText: string, glossary: readonly GlossaryEntry[]): IndexedRow[] {
  const src = segment(srcText, 'ar');
  const tgt = segment(tgtText, 'en');
  const anchors = glossary.length > 0 ? [glossaryAnchors(new GlossaryIndex([...glossary]))] : [];
  const beads = align(src, tgt, { sourceLang: 'ar', targetLang: 'en', anchors });
  return beads.map((b, k) => ({
    row: {
      id: `B${k + 1}`, source: b.source.map((i) => src[i]!.text), target: b.target.map((i) => tgt[i]!.text).join(' '),
      state: 'translated', score: b.score, paragraph: b.source.length > 0 ? src[b.source[0]!]!.paragraph : 0,
    },
    source: b.source,
    target: b.target,
  }));
}

/** Reads a `.qalam` project with the one project validator (errors name the file and the field). */
export async function readProjectForQa(file: string): Promise<Pick<Project, 'rows' | 'glossary' | 'qaIgnores'>> {
  return loadProjectFile(file);
}

const XLIFF_EXTENSIONS = ['.xlf', '.xliff', '.sdlxliff', '.mqxliff'];

export const qa: Command = {
  name: 'qa',
  usage: 'qa SOURCE TARGET --glossary FILE [--lines] [--format tsv|json] [--report OUT.html|OUT.csv] | qa PROJECT.qalam|FILE.xlf   QA checks',
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
    const loadGlossary = async (): Promise<void> => {
      if (typeof glossaryFile !== 'string') return;
      const loaded = await loadGlossaryFile(glossaryFile);
      warnProblems(io, 'qa', glossaryFile, loaded.problems);
      glossary = [...glossary, ...loaded.entries];
    };
    const single = positional.length === 1 ? extname(positional[0]!).toLowerCase() : '';
    if (single === '.qalam' || XLIFF_EXTENSIONS.includes(single)) {
      const project = single === '.qalam' ? await readProjectForQa(positional[0]!) : await importFile(positional[0]!);
      glossary = project.glossary;
      ignores = project.qaIgnores;
      let next = 0;
      rows = project.rows.map((row, i) => ({ row, source: row.source.map(() => next++), target: row.target.trim() === '' ? [] : [i] }));
      await loadGlossary();
    } else if (positional.length === 2) {
      if (typeof glossaryFile !== 'string') throw new CliError('needs --glossary FILE (a .tsv or .csv with a header row)');
      const [srcFile, tgtFile] = positional as [string, string];
      const [src, tgt] = [await readTextFile(srcFile), await readTextFile(tgtFile)];
      await loadGlossary();
      rows = flags.has('lines') ? pairLines(src, tgt) : alignTexts(src, tgt, glossary);
    } else {
      throw new CliError('expects SOURCE TARGET, or one PROJECT.qalam or XLIFF file (usage: qalam qa SOURCE TARGET --glossary FILE [--lines])');
    }
    const byId = new Map(rows.map((r) => [r.row.id, r]));
    const issues = runQa(rows.map((r) => r.row), glossary, { ignores });
    if (format === 'json') {
      const out = issues.map((i) => ({ source: byId.get(i.rowId)!.source, target: byId.get(i.rowId)!.target, rowId: i.rowId, check: i.check, severity: i.severity, key: i.key, message: i.message, code: i.code, params: i.params }));
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
