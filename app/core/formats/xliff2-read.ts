/** XLIFF 2.x reader: Qalam's own files back to the same project; other tools' files with their extras kept. */
import type { GlossaryEntry, Note, Project, QaIgnore, Row, SegmentState } from '../project/model';
import { FormatError } from './errors';
import { ORIGINAL, X2 } from './extra-keys';
import { CodeTable, type InlineSpec } from './inline';
import { NS } from './namespaces';
import { splitSource } from './paragraphs';
import { checkLanguages, foreignProject, keep, otherAttrs, type ReadOptions, STATES } from './read-common';
import { GENERATED_TERM_SOURCE, PROJECT_METADATA_ID } from './xliff2-write';
import type { ElementHandler } from './xml/parse';
import { attr, child, elements, isMisc, serializeFragment, textOf, withMisc, type XmlElement } from './xml/tree';

const X = NS.xliff2;
const SEGMENT_ATTRS = ['id', 'state'];
const NOTE_ATTRS = ['qlm:author', 'qlm:date'];
const UNIT_ATTRS = ['id'];
/** Bindings the writer puts on the root, so kept fragments need not repeat them. */
const INHERITED = { '': X, mda: NS.metadata, gls: NS.glossary, qlm: NS.qalam };

const SPEC: InlineSpec = {
  ns: X,
  paired: new Set(['pc', 'mrk']),
  kindOf: (el) => (el.local === 'sc' || el.local === 'sm' ? 'open' : el.local === 'ec' || el.local === 'em' ? 'close' : 'standalone'),
  idOf: (el) => attr(el, 'id') ?? attr(el, 'startRef') ?? '',
  charOf: (el) => {
    if (el.local !== 'cp') return undefined;
    const n = parseInt(attr(el, 'hex') ?? '', 16);
    return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
  },
  displayOf: (el) => attr(el, 'disp') ?? attr(el, 'equiv') ?? attr(el, 'dispStart') ?? undefined,
};

/**
 * A streaming XLIFF 2.x reader: `onClose` turns each `<unit>` into rows as soon as the parser closes it (and
 * lets the parser drop it); `finish` reads what is left of the tree (root, file, project metadata).
 */
export function xliff2Reader(options: ReadOptions): { onClose: ElementHandler; finish(root: XmlElement): Project } {
  const rows: Row[] = [];
  let checked = false;
  let paragraph = -1;
  let lastTop: XmlElement | undefined;
  const ownOf = new WeakMap<XmlElement, boolean>();
  const isOwn = (file: XmlElement): boolean => {
    let own = ownOf.get(file);
    if (own === undefined) ownOf.set(file, (own = elements(file, 'metadata', NS.metadata).some((m) => attr(m, 'id') === PROJECT_METADATA_ID)));
    return own;
  };
  return {
    onClose(el, anc) {
      const file = anc[1];
      if (!file || file.local !== 'file' || file.uri !== X || el.uri !== X) return false;
      // A group's units are read by now, and nothing else of it is kept: dropping it keeps the tree small.
      if (el.local === 'group') return true;
      if (el.local !== 'unit') return false;
      if (!checked) {
        checkRoot(anc[0]!, options);
        checked = true;
      }
      const top = anc[2] ?? el;
      if (top !== lastTop) {
        paragraph++;
        lastTop = top;
      }
      const own = isOwn(file);
      const parent = anc[anc.length - 1]!;
      rows.push(...readUnit(el, own ? paragraphOf(parent.local === 'group' ? attr(parent, 'id') : undefined) : paragraph, own, options));
      return true;
    },
    finish(root) {
      const { srcLang, trgLang } = checkRoot(root, options);
      return finishProject(root, srcLang, trgLang, rows, options);
    },
  };
}

function checkRoot(root: XmlElement, options: ReadOptions): { srcLang: string; trgLang: string | undefined } {
  const version = attr(root, 'version');
  if (version === undefined || !/^2\.[0-2]$/.test(version)) {
    throw new FormatError(`unsupported XLIFF version ${version ?? '(none)'}; expected 2.0, 2.1 or 2.2`, place(root, options), 'version');
  }
  const srcLang = attr(root, 'srcLang');
  const trgLang = attr(root, 'trgLang');
  checkLanguages(srcLang, trgLang, root, options);
  return { srcLang: srcLang!, trgLang };
}

function finishProject(root: XmlElement, srcLang: string, trgLang: string | undefined, rows: Row[], options: ReadOptions): Project {
  const files = elements(root, 'file', X);
  if (files.length === 0) throw new FormatError('the XLIFF file has no <file> element', place(root, options), 'structure');
  const file = files[0]!;
  const own = elements(file, 'metadata', NS.metadata).find((m) => attr(m, 'id') === PROJECT_METADATA_ID);
  const project = foreignProject(options, srcLang, trgLang ?? 'en');
  if (own) readProjectMetadata(own, project);
  keep(project.meta, X2.rootAttrs, otherAttrs(root, ['version', 'srcLang', 'trgLang']));
  const fileId = attr(file, 'id') ?? 'f1';
  if (fileId !== 'f1') project.meta[X2.fileId] = fileId;
  keep(project.meta, X2.fileAttrs, otherAttrs(file, ['id', 'original', 'xml:space']));
  const original = attr(file, 'original');
  if (original !== undefined && original !== project.name) project.meta[ORIGINAL] = original;
  let head = '';
  for (const f of files) {
    for (const c of elements(f)) {
      if (c === own || (c.uri === X && (c.local === 'unit' || c.local === 'group'))) continue;
      if (c.uri === X && c.local === 'skeleton') keep(project.meta, X2.skeleton, serializeFragment(c, INHERITED));
      else if (c.uri === X && c.local === 'notes') keep(project.meta, X2.fileNotes, serializeFragment(c, INHERITED));
      else head += serializeFragment(c, INHERITED);
    }
  }
  keep(project.meta, X2.fileHead, head);
  project.rows = rows;
  return project;
}

function place(el: XmlElement, options: ReadOptions): { file: string; line: number; column: number } {
  return { file: options.file, line: el.line, column: el.column };
}

function paragraphOf(groupId: string | undefined): number {
  const m = /^g-p(\d+)(?:-\d+)?$/.exec(groupId ?? '');
  return m ? Number(m[1]) : 0;
}

function readUnit(unit: XmlElement, paragraph: number, own: boolean, options: ReadOptions): Row[] {
  const unitId = attr(unit, 'id') ?? '';
  const rows: Row[] = [];
  // Each row's extras; set on the row only when there are some (deleting a property afterwards would slow every row).
  const extras: Record<string, string>[] = [];
  const rowMeta = new Map<number, XmlElement>();
  let head = '';
  let notes: Note[] = [];
  const noteAttrs: string[] = [];
  let originalData = '';
  const segments = elements(unit, 'segment', X);
  if (segments.length === 0) throw new FormatError('the unit has no <segment>', { file: options.file, line: unit.line, unit: unitId }, 'structure');
  const multi = segments.length > 1;
  for (const c of withMisc(unit)) {
    if (typeof c === 'string') continue;
    // Comments and PIs other tools left in the unit: after the segment they follow, or at the head of the unit.
    if (isMisc(c)) {
      const prev = extras[extras.length - 1];
      if (prev) prev[X2.after] = (prev[X2.after] ?? '') + c.markup;
      else head += c.markup;
    } else if (own && c.uri === NS.metadata && c.local === 'metadata' && elements(c).every((g) => attr(g, 'category') === 'qalam:row')) {
      for (const g of elements(c)) rowMeta.set(Number((attr(g, 'id') ?? '').slice(1)), g);
    } else if (own && c.uri === NS.glossary && c.local === 'glossary' && isGenerated(c)) {
      continue;
    } else if (c.uri === X && c.local === 'notes') {
      for (const n of elements(c, 'note', X)) {
        const note: Note = { text: textOf(n) };
        const author = attr(n, 'author', NS.qalam);
        const date = attr(n, 'date', NS.qalam);
        if (author !== undefined) note.author = author;
        if (date !== undefined) note.date = date;
        noteAttrs.push(otherAttrs(n, NOTE_ATTRS));
        notes.push(note);
      }
    } else if (c.uri === X && c.local === 'originalData') originalData = serializeFragment(c, INHERITED);
    else if (c.uri === X && c.local === 'segment') {
      const k = rows.length + 1;
      const codes = new CodeTable();
      const src = child(c, 'source', X);
      if (!src) throw new FormatError('a segment has no <source>', { file: options.file, line: c.line, unit: unitId }, 'structure');
      const trg = child(c, 'target', X);
      const sourceText = codes.read(src, SPEC, 'source');
      const target = trg ? codes.read(trg, SPEC, 'target') : '';
      const stateAttr = attr(c, 'state');
      const state: SegmentState = STATES.includes(stateAttr as SegmentState) ? (stateAttr as SegmentState) : 'initial';
      const extra: Record<string, string> = {};
      const g = rowMeta.get(k);
      const metas = new Map<string, string>();
      if (g) for (const m of elements(g, 'meta', NS.metadata)) metas.set(attr(m, 'type') ?? '', textOf(m));
      for (const [type, value] of metas) if (type.startsWith('extra:')) extra[type.slice(6)] = value;
      if (multi) extra[X2.unit] = unitId;
      const segId = attr(c, 'id');
      if (segId !== undefined) extra[X2.segment] = segId;
      keep(extra, X2.segAttrs, otherAttrs(c, SEGMENT_ATTRS));
      keep(extra, X2.srcAttrs, otherAttrs(src, []));
      if (trg) keep(extra, X2.trgAttrs, otherAttrs(trg, []));
      const score = metas.get('score');
      const row: Row = {
        id: metas.get('row') ?? (multi ? `${unitId}.${k}` : unitId),
        source: splitSource(sourceText, metas.get('sentences')),
        target,
        state,
        score: score === undefined ? null : Number(score),
        paragraph,
      };
      if (codes.codes.length > 0) row.codes = codes.codes;
      rows.push(row);
      extras.push(extra);
    } else if (c.uri === X && c.local === 'ignorable') {
      const prev = extras[extras.length - 1];
      if (prev) prev[X2.after] = (prev[X2.after] ?? '') + serializeFragment(c, INHERITED);
    } else head += serializeFragment(c, INHERITED);
  }
  const first = rows[0]!;
  const fx = extras[0]!;
  keep(fx, X2.unitAttrs, otherAttrs(unit, UNIT_ATTRS));
  keep(fx, X2.unitHead, head);
  keep(fx, X2.originalData, originalData);
  if (notes.length > 0) {
    first.notes = notes;
    noteAttrs.forEach((a, i) => keep(fx, X2.noteAttrs + i, a));
  }
  notes = [];
  rows.forEach((r, i) => {
    if (Object.keys(extras[i]!).length > 0) r.extra = extras[i]!;
  });
  return rows;
}

function isGenerated(glossary: XmlElement): boolean {
  return elements(glossary).every((e) => elements(e, 'term', NS.glossary).every((t) => attr(t, 'source') === GENERATED_TERM_SOURCE));
}

function readProjectMetadata(md: XmlElement, p: Project): void {
  for (const g of elements(md, 'metaGroup', NS.metadata)) {
    const category = attr(g, 'category');
    if (category === 'qalam:project') {
      for (const m of elements(g, 'meta', NS.metadata)) {
        const v = textOf(m);
        switch (attr(m, 'type')) {
          case 'version': p.version = Number(v); break;
          case 'id': p.id = v; break;
          case 'name': p.name = v; break;
          case 'createdAt': p.createdAt = v; break;
          case 'modifiedAt': p.modifiedAt = v; break;
        }
      }
    } else if (category === 'qalam:meta') {
      for (const m of elements(g, 'meta', NS.metadata)) p.meta[attr(m, 'type') ?? ''] = textOf(m);
    } else if (category === 'qalam:glossary') {
      for (const e of elements(g, 'metaGroup', NS.metadata)) p.glossary.push(readTerm(e));
    } else if (category === 'qalam:qa-ignores') {
      for (const e of elements(g, 'metaGroup', NS.metadata)) {
        const q: QaIgnore = { rowId: '', check: '', key: '', reason: '' };
        for (const m of elements(e, 'meta', NS.metadata)) {
          const t = attr(m, 'type');
          if (t === 'rowId' || t === 'check' || t === 'key' || t === 'reason') q[t] = textOf(m);
        }
        p.qaIgnores.push(q);
      }
    }
  }
}

function readTerm(e: XmlElement): GlossaryEntry {
  const entry: GlossaryEntry = { id: '', source: '', targets: [], forbidden: [] };
  for (const m of elements(e, 'meta', NS.metadata)) {
    const v = textOf(m);
    switch (attr(m, 'type')) {
      case 'id': entry.id = v; break;
      case 'source': entry.source = v; break;
      case 'target': entry.targets.push(v); break;
      case 'forbidden': entry.forbidden.push(v); break;
      case 'note': entry.note = v; break;
      case 'partOfSpeech': entry.partOfSpeech = v; break;
      case 'caseSensitive': entry.caseSensitive = v === 'true'; break;
    }
  }
  return entry;
}
