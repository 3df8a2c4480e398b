/** XLIFF 1.2 reader: Qalam's own files back to the same rows; other tools' files (Trados, memoQ, OmegaT) with their extras kept. */
import type { GlossaryEntry, Note, Project, QaIgnore, Row, SegmentState } from '../project/model';
import { FormatError } from './errors';
import { ORIGINAL, X12 } from './extra-keys';
import { CodeTable, type InlineSpec } from './inline';
import { NS } from './namespaces';
import { splitSource } from './paragraphs';
import { checkLanguages, foreignProject, keep, otherAttrs, type ReadOptions } from './read-common';
import { PROJECT_NOTE, TOOL_ID } from './xliff12-write';
import type { ElementHandler } from './xml/parse';
import { attr, child, elements, isMisc, serializeFragment, textOf, withMisc, type XmlElement } from './xml/tree';

const X = NS.xliff12;
const INHERITED = { '': X };
const UNIT_ATTRS = ['id', 'approved', 'xml:space'];
const TARGET_ATTRS = ['state'];
const NOTE_ATTRS = ['from'];

const SPEC: InlineSpec = {
  ns: X,
  paired: new Set(['g', 'mrk']),
  kindOf: (el) => {
    if (el.local === 'bx' || el.local === 'bpt') return 'open';
    if (el.local === 'ex' || el.local === 'ept') return 'close';
    if (el.local === 'it') return attr(el, 'pos') === 'open' ? 'open' : 'close';
    return 'standalone';
  },
  idOf: (el) => attr(el, 'id') ?? attr(el, 'mid') ?? attr(el, 'rid') ?? '',
  displayOf: (el) => attr(el, 'equiv-text') ?? undefined,
};

/** 1.2 `state` values (and `approved`) to a segment state. */
function stateOf(state: string | undefined, approved: boolean, target: string): SegmentState {
  if (state === 'final') return 'final';
  if (state === 'signed-off') return 'reviewed';
  if (approved) return 'reviewed';
  if (state === 'new' || state === 'needs-translation') return 'initial';
  if (state === undefined) return target === '' ? 'initial' : 'translated';
  return 'translated';
}

/**
 * A streaming XLIFF 1.2 reader: `onClose` turns each `<trans-unit>` into a row as soon as the parser closes
 * it (and lets the parser drop it); `finish` reads the rest (root, file, header).
 */
export function xliff12Reader(options: ReadOptions): { onClose: ElementHandler; finish(root: XmlElement): Project } {
  const rows: Row[] = [];
  let paragraph = -1;
  let lastTop: XmlElement | undefined;
  const checkedFiles = new WeakMap<XmlElement, boolean>();
  return {
    onClose(el, anc) {
      const file = anc[1];
      if (!file || file.local !== 'file' || file.uri !== X || anc[2]?.local !== 'body' || el.uri !== X) return false;
      // A group's units are read by now, and nothing else of it is kept: dropping it keeps the tree small.
      if (el.local === 'group') return true;
      if (el.local !== 'trans-unit') return false;
      let own = checkedFiles.get(file);
      if (own === undefined) {
        checkVersion(anc[0]!, options);
        checkLanguages(attr(file, 'source-language'), attr(file, 'target-language'), file, options);
        const header = child(file, 'header', X);
        own = !!header && elements(header, 'tool', X).some((t) => attr(t, 'tool-id') === TOOL_ID);
        checkedFiles.set(file, own);
      }
      const top = anc[3] ?? el;
      if (top !== lastTop) {
        paragraph++;
        lastTop = top;
      }
      const parent = anc[anc.length - 1]!;
      rows.push(readUnit(el, own ? paragraphOf(parent.local === 'group' ? attr(parent, 'id') : undefined) : paragraph, own, options));
      return true;
    },
    finish(root) {
      checkVersion(root, options);
      const project = finishProject(root, options);
      project.rows = rows;
      return project;
    },
  };
}

function checkVersion(root: XmlElement, options: ReadOptions): void {
  const version = attr(root, 'version');
  if (version !== '1.2') {
    throw new FormatError(`unsupported XLIFF version ${version ?? '(none)'} in the 1.2 namespace; expected 1.2`, { file: options.file, line: root.line, column: root.column }, 'version');
  }
}

function finishProject(root: XmlElement, options: ReadOptions): Project {
  const file = child(root, 'file', X);
  if (!file) throw new FormatError('the XLIFF file has no <file> element', { file: options.file, line: root.line }, 'structure');
  const srcLang = attr(file, 'source-language');
  const trgLang = attr(file, 'target-language');
  checkLanguages(srcLang, trgLang, file, options);
  const project = foreignProject(options, srcLang!, trgLang ?? 'en');
  keep(project.meta, X12.rootAttrs, otherAttrs(root, ['version']));
  keep(project.meta, X12.fileAttrs, otherAttrs(file, ['original', 'source-language', 'target-language', 'datatype']));
  const header = child(file, 'header', X);
  if (header) {
    let lead = '';
    let rest = '';
    for (const c of elements(header)) {
      if (c.uri === X && c.local === 'tool' && attr(c, 'tool-id') === TOOL_ID) continue;
      else if (c.uri === X && c.local === 'note' && (attr(c, 'from') ?? '').startsWith(PROJECT_NOTE)) projectNote(project, attr(c, 'from')!.slice(PROJECT_NOTE.length), textOf(c));
      else if (c.uri === X && (c.local === 'skl' || c.local === 'phase-group')) lead += serializeFragment(c, INHERITED);
      else rest += serializeFragment(c, INHERITED);
    }
    keep(project.meta, X12.headerLead, lead);
    keep(project.meta, X12.headerRest, rest);
  }
  const original = attr(file, 'original');
  if (original !== undefined && original !== project.name) project.meta[ORIGINAL] = original;
  return project;
}

function paragraphOf(groupId: string | undefined): number {
  const m = /^g-p(\d+)(?:-\d+)?$/.exec(groupId ?? '');
  return m ? Number(m[1]) : 0;
}

function readUnit(unit: XmlElement, paragraph: number, own: boolean, options: ReadOptions): Row {
  const id = attr(unit, 'id') ?? '';
  const src = child(unit, 'source', X);
  if (!src) throw new FormatError('the trans-unit has no <source>', { file: options.file, line: unit.line, unit: id }, 'structure');
  const trg = child(unit, 'target', X);
  const codes = new CodeTable();
  const sourceText = codes.read(src, SPEC, 'source');
  const target = trg ? codes.read(trg, SPEC, 'target') : '';
  const extra: Record<string, string> = {};
  keep(extra, X12.unitAttrs, otherAttrs(unit, UNIT_ATTRS));
  keep(extra, X12.srcAttrs, otherAttrs(src, []));
  if (trg) keep(extra, X12.trgAttrs, otherAttrs(trg, TARGET_ATTRS));
  const contexts = new Map<string, string[]>();
  const notes: Note[] = [];
  let tail = '';
  for (const c of withMisc(unit)) {
    if (typeof c === 'string' || c === src || c === trg) continue;
    // Comments and PIs other tools left in the unit are written back after its known children.
    if (isMisc(c)) tail += c.markup;
    else if (c.uri === X && c.local === 'seg-source') keep(extra, X12.segSource, serializeFragment(c, INHERITED));
    else if (c.uri === X && c.local === 'note') {
      const note: Note = { text: textOf(c) };
      const from = attr(c, 'from');
      if (from !== undefined) note.author = from;
      keep(extra, X12.noteAttrs + notes.length, otherAttrs(c, NOTE_ATTRS));
      notes.push(note);
    } else if (own && c.uri === X && c.local === 'context-group' && attr(c, 'name') === `qalam:${id}`) {
      for (const k of elements(c, 'context', X)) {
        const type = (attr(k, 'context-type') ?? '').replace(/^x-qalam-/, '');
        contexts.set(type, [...(contexts.get(type) ?? []), textOf(k)]);
      }
    } else tail += serializeFragment(c, INHERITED);
  }
  keep(extra, X12.unitTail, tail);
  for (const d of contexts.get('note-date') ?? []) {
    const sp = d.indexOf(' ');
    const n = notes[Number(d.slice(0, sp))];
    if (n) n.date = d.slice(sp + 1);
  }
  for (const e of contexts.get('extra') ?? []) {
    let kv: unknown;
    try {
      kv = JSON.parse(e);
    } catch {
      continue;
    }
    if (Array.isArray(kv) && typeof kv[0] === 'string' && typeof kv[1] === 'string') extra[kv[0]] = kv[1];
  }
  const score = contexts.get('score')?.[0];
  const row: Row = {
    id,
    source: splitSource(sourceText, contexts.get('sentences')?.[0]),
    target,
    state: stateOf(trg ? attr(trg, 'state') : undefined, attr(unit, 'approved') === 'yes', target),
    score: score === undefined ? null : Number(score),
    paragraph,
  };
  if (notes.length > 0) row.notes = notes;
  if (codes.codes.length > 0) row.codes = codes.codes;
  if (Object.keys(extra).length > 0) row.extra = extra;
  return row;
}

/** Restores one project field from a "qalam:<field>" header note; damaged JSON is ignored. */
function projectNote(p: Project, field: string, value: string): void {
  const json = (): unknown => {
    try {
      return JSON.parse(value);
    } catch {
      return undefined;
    }
  };
  switch (field) {
    case 'id': p.id = value; break;
    case 'name': p.name = value; break;
    case 'version': p.version = Number(value); break;
    case 'createdAt': p.createdAt = value; break;
    case 'modifiedAt': p.modifiedAt = value; break;
    case 'meta': {
      const m = json();
      if (m && typeof m === 'object') for (const [k, v] of Object.entries(m)) if (typeof v === 'string') p.meta[k] = v;
      break;
    }
    case 'glossary': {
      const g = json();
      if (Array.isArray(g)) p.glossary = g as GlossaryEntry[];
      break;
    }
    case 'qaIgnores': {
      const q = json();
      if (Array.isArray(q)) p.qaIgnores = q as QaIgnore[];
      break;
    }
  }
}
