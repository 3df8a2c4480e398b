/**
 * Glossaries as tables (TSV or CSV with a header row): `source`, `target`, further target columns,
 * `forbidden`, `note`, and optionally `pos`, `case sensitive` and `source variants`. Reading keeps every
 * row it can and reports the others with their line numbers; writing produces a file the reader reads back
 * unchanged.
 */
import type { GlossaryEntry } from '../project/model';

/** A row that could not be read, with its 1-based line number in the file. */
export interface TableProblem {
  line: number;
  message: string;
}

/** A record of the file and the line it starts on (a quoted CSV field may span lines). */
export interface TableRecord {
  line: number;
  cells: string[];
}

/**
 * Splits delimited text into records. CSV follows RFC 4180 (quoted fields, doubled quotes, line breaks in
 * quotes). TSV has no quoting: a tab always separates and a line break always ends a record.
 */
export function parseDelimited(text: string, delimiter: ',' | '\t'): { records: TableRecord[]; problems: TableProblem[] } {
  const records: TableRecord[] = [];
  const problems: TableProblem[] = [];
  if (delimiter === '\t') {
    text.split(/\r?\n/).forEach((l, i) => {
      if (l.trim() !== '') records.push({ line: i + 1, cells: l.split('\t') });
    });
    return { records, problems };
  }
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let done = false;
    let broken = false;
    while (!done) {
      if (text[i] === '"') {
        i++;
        let closed = false;
        while (i < text.length) {
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
            i++;
            closed = true;
            break;
          }
          if (ch === '\n') line++;
          cell += ch;
          i++;
        }
        if (!closed) {
          problems.push({ line: startLine, message: 'a quoted field is never closed' });
          return { records, problems };
        }
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          if (!broken) problems.push({ line, message: 'text after a closing quote' });
          broken = true;
          i++;
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
      }
      cells.push(cell);
      cell = '';
      if (text[i] === ',') { i++; continue; }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') { i++; line++; }
      done = true;
    }
    if (!broken && !(cells.length === 1 && cells[0]!.trim() === '')) records.push({ line: startLine, cells });
  }
  return { records, problems };
}

type Column = 'source' | 'variants' | 'target' | 'forbidden' | 'note' | 'pos' | 'case' | 'ignore';

/** Header names we accept, lower-cased and without spaces, dashes or underscores. */
const HEADER_NAMES: ReadonlyMap<string, Column> = new Map([
  ['source', 'source'], ['term', 'source'], ['arabic', 'source'], ['ar', 'source'], ['sourceterm', 'source'],
  ['target', 'target'], ['translation', 'target'], ['english', 'target'], ['en', 'target'], ['targetterm', 'target'],
  ['forbidden', 'forbidden'], ['forbiddentarget', 'forbidden'], ['forbiddentargets', 'forbidden'], ['donotuse', 'forbidden'],
  ['note', 'note'], ['notes', 'note'], ['comment', 'note'], ['definition', 'note'],
  ['pos', 'pos'], ['partofspeech', 'pos'],
  ['casesensitive', 'case'], ['case', 'case'], ['matchcase', 'case'],
  ['sourcevariants', 'variants'], ['variants', 'variants'], ['variant', 'variants'], ['arabicvariants', 'variants'],
]);

function columnOf(header: string): Column | undefined {
  const h = header.trim().toLowerCase().replace(/[\s_-]+/g, '');
  const direct = HEADER_NAMES.get(h);
  if (direct) return direct;
  // Further target columns: target2, target 3, translation2, en2, …
  const base = h.replace(/\d+$/, '');
  if (base !== h && HEADER_NAMES.get(base) === 'target') return 'target';
  return undefined;
}

/** Several translations may share one cell, separated by `|` or `;`. */
function splitValues(cell: string): string[] {
  return cell.split(/[|;]/).map((v) => v.trim()).filter((v) => v !== '');
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);

/**
 * Reads a glossary table. Entry ids are `<idPrefix><line>`, stable for a given file. Rows without a source
 * term or without any allowed translation are reported and skipped; so is a row with more cells than the
 * header has columns (in a CSV, usually an unquoted comma).
 */
export function parseGlossaryTable(text: string, delimiter: ',' | '\t', idPrefix = 'g'): { entries: GlossaryEntry[]; problems: TableProblem[] } {
  const { records, problems } = parseDelimited(text, delimiter);
  const entries: GlossaryEntry[] = [];
  const header = records.shift();
  if (!header) return { entries, problems: [...problems, { line: 1, message: 'no header row' }] };
  const columns = header.cells.map((h) => columnOf(h));
  if (!columns.includes('source') || !columns.includes('target')) {
    return { entries, problems: [{ line: header.line, message: 'the header row needs a "source" and a "target" column' }, ...problems] };
  }
  header.cells.forEach((h, i) => {
    if (columns[i] === undefined && h.trim() !== '') problems.push({ line: header.line, message: `unknown column "${h.trim()}" ignored` });
  });
  for (const r of records) {
    if (r.cells.length > columns.length) {
      problems.push({ line: r.line, message: `${r.cells.length} cells but the header has ${columns.length} columns` });
      continue;
    }
    const entry: GlossaryEntry = { id: `${idPrefix}${r.line}`, source: '', targets: [], forbidden: [] };
    r.cells.forEach((cell, i) => {
      const v = cell.trim();
      switch (columns[i]) {
        case 'source': if (entry.source === '') entry.source = v; break;
        case 'variants': if (v !== '') (entry.sourceVariants ??= []).push(...splitValues(v)); break;
        case 'target': entry.targets.push(...splitValues(v)); break;
        case 'forbidden': entry.forbidden.push(...splitValues(v)); break;
        case 'note': if (v !== '') entry.note = entry.note ? `${entry.note}\n${v}` : v; break;
        case 'pos': if (v !== '') entry.partOfSpeech = v; break;
        case 'case': if (v !== '') entry.caseSensitive = YES.has(v.toLowerCase()); break;
        default: break;
      }
    });
    if (entry.source === '') { problems.push({ line: r.line, message: 'no source term' }); continue; }
    if (entry.targets.length === 0) { problems.push({ line: r.line, message: `no translation for "${entry.source}"` }); continue; }
    entries.push(entry);
  }
  problems.sort((a, b) => a.line - b.line);
  return { entries, problems };
}

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Writes a glossary table with columns source, target, target2…, forbidden, note, pos, case sensitive, and
 * source variants when an entry has some. In TSV, tabs and line breaks inside a value become spaces (TSV
 * cannot hold them).
 */
export function glossaryToTable(entries: readonly GlossaryEntry[], delimiter: ',' | '\t'): string {
  const width = Math.max(1, ...entries.map((e) => e.targets.length));
  const variants = entries.some((e) => (e.sourceVariants ?? []).length > 0);
  const head = ['source', 'target', ...Array.from({ length: width - 1 }, (_, i) => `target${i + 2}`), 'forbidden', 'note', 'pos', 'case sensitive', ...(variants ? ['source variants'] : [])];
  const cell = delimiter === ',' ? csvCell : (v: string): string => v.replace(/[\t\r\n]+/g, ' ');
  const lines = [head.join(delimiter)];
  for (const e of entries) {
    const targets = Array.from({ length: width }, (_, i) => e.targets[i] ?? '');
    const row = [e.source, ...targets, e.forbidden.join(' | '), e.note ?? '', e.partOfSpeech ?? '', e.caseSensitive ? 'yes' : '', ...(variants ? [(e.sourceVariants ?? []).join(' | ')] : [])];
    lines.push(row.map(cell).join(delimiter));
  }
  return lines.join('\n') + '\n';
}
