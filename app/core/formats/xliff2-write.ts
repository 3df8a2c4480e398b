/** XLIFF 2.0 / 2.1 writer: one unit per row, grouped per source paragraph, with the metadata and glossary modules. */
import type { Note, Project, Row } from '../project/model';
import { FormatError } from './errors';
import { isFormatKey, ORIGINAL, X2 } from './extra-keys';
import { codesFor } from './code-convert';
import { writeInline } from './inline';
import { isNmtoken, NS } from './namespaces';
import { paragraphRuns, sentenceLengths, joinSource } from './paragraphs';
import { escapeAttr, escapeText } from './xml/escape';

/** A glossary term found in a row, with the translation the glossary gives. */
export interface TermMatch {
  /** The term as written in the glossary. */
  source: string;
  /** Its allowed translations, preferred first. */
  translations: readonly string[];
}

export interface Xliff2WriteOptions {
  version?: '2.0' | '2.1';
  /** The terms matched in a row (glossary module); none when absent. */
  termsFor?: (row: Row) => readonly TermMatch[];
}

/** Marks glossary entries Qalam generated, so an import drops them (they are derived from the glossary). */
export const GENERATED_TERM_SOURCE = 'qalam-glossary';
/** `id` of the file-level metadata block that carries the project. */
export const PROJECT_METADATA_ID = 'qalam';

/** A character XML cannot carry, written as an XLIFF 2 `<cp/>`. */
const cp = (c: number): string => `<cp hex="${c.toString(16).toUpperCase().padStart(4, '0')}"/>`;

/** Writes the project as XLIFF 2.x. Deterministic: the same project gives the same bytes. */
export function writeXliff2(project: Project, options: Xliff2WriteOptions = {}): string {
  const version = options.version ?? '2.1';
  const meta = project.meta;
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<xliff xmlns="${NS.xliff2}" xmlns:mda="${NS.metadata}" xmlns:gls="${NS.glossary}" xmlns:qlm="${NS.qalam}" version="${version}"` +
      ` srcLang="${escapeAttr(project.sourceLang)}" trgLang="${escapeAttr(project.targetLang)}"${meta[X2.rootAttrs] ?? ''}>`,
  );
  const original = meta[ORIGINAL] ?? project.name;
  out.push(`  <file id="${escapeAttr(meta[X2.fileId] ?? 'f1')}" original="${escapeAttr(original)}" xml:space="preserve"${meta[X2.fileAttrs] ?? ''}>`);
  // The skeleton must come first in <file>, before any module element.
  if (meta[X2.skeleton]) out.push('    ' + meta[X2.skeleton]);
  out.push(projectMetadata(project, '    '));
  if (meta[X2.fileHead]) out.push('    ' + meta[X2.fileHead]);
  if (meta[X2.fileNotes]) out.push('    ' + meta[X2.fileNotes]);
  const seenGroup = new Map<number, number>();
  for (const run of paragraphRuns(project.rows)) {
    const k = seenGroup.get(run.paragraph) ?? 0;
    seenGroup.set(run.paragraph, k + 1);
    out.push(`    <group id="g-p${run.paragraph}${k > 0 ? `-${k}` : ''}">`);
    for (const unit of unitsOf(run.rows)) out.push(writeUnit(unit, options, '      '));
    out.push('    </group>');
  }
  // <file> needs at least one unit or group: an empty project gets one empty group.
  if (project.rows.length === 0) out.push('    <group id="g-p0"></group>');
  out.push('  </file>');
  out.push('</xliff>');
  return out.join('\n') + '\n';
}

/** Consecutive rows that came from one multi-segment unit of another tool are written back as that unit. */
function unitsOf(rows: Row[]): Row[][] {
  const units: Row[][] = [];
  for (const row of rows) {
    const key = row.extra?.[X2.unit];
    const last = units[units.length - 1];
    if (key !== undefined && last && last[0]!.extra?.[X2.unit] === key) last.push(row);
    else units.push([row]);
  }
  return units;
}

function writeUnit(rows: Row[], options: Xliff2WriteOptions, ind: string): string {
  const first = rows[0]!;
  const fx = first.extra ?? {};
  const id = fx[X2.unit] ?? first.id;
  if (!isNmtoken(id)) throw new FormatError(`the row id is not a valid XLIFF id (letters, digits, . - _ : only)`, { unit: id }, 'structure');
  const i2 = ind + '  ';
  const i3 = i2 + '  ';
  const lines: string[] = [`${ind}<unit id="${escapeAttr(id)}"${fx[X2.unitAttrs] ?? ''}>`];
  const groups: string[] = [];
  rows.forEach((row, k) => {
    const metas: string[] = [];
    if (row.extra?.[X2.unit] !== undefined) metas.push(meta('row', row.id));
    if (row.score !== null) metas.push(meta('score', String(row.score)));
    const lengths = sentenceLengths(row.source);
    if (lengths !== undefined) metas.push(meta('sentences', lengths));
    for (const key of Object.keys(row.extra ?? {}).sort()) {
      if (!isFormatKey(key)) metas.push(meta(`extra:${key}`, row.extra![key]!));
    }
    if (metas.length > 0) groups.push(`<mda:metaGroup id="r${k + 1}" category="qalam:row">${metas.join('')}</mda:metaGroup>`);
  });
  if (groups.length > 0) lines.push(`${i2}<mda:metadata>${groups.join('')}</mda:metadata>`);
  if (fx[X2.unitHead]) lines.push(i2 + fx[X2.unitHead]);
  const terms = rows.flatMap((r) => options.termsFor?.(r) ?? []);
  if (terms.length > 0) {
    const entries = terms.map(
      (t) =>
        `<gls:glossEntry><gls:term source="${GENERATED_TERM_SOURCE}">${escapeText(t.source)}</gls:term>` +
        t.translations.map((tr) => `<gls:translation>${escapeText(tr)}</gls:translation>`).join('') +
        '</gls:glossEntry>',
    );
    lines.push(`${i2}<gls:glossary>${entries.join('')}</gls:glossary>`);
  }
  const notes = rows.flatMap((r) => (r.notes ?? []).map((n, i) => writeNote(n, r.extra?.[X2.noteAttrs + i] ?? '')));
  if (notes.length > 0) lines.push(`${i2}<notes>${notes.join('')}</notes>`);
  if (fx[X2.originalData]) lines.push(i2 + fx[X2.originalData]);
  for (const row of rows) {
    const x = row.extra ?? {};
    const seg = x[X2.segment];
    const segId = seg !== undefined ? ` id="${escapeAttr(seg)}"` : '';
    lines.push(`${i2}<segment${segId} state="${row.state}"${x[X2.segAttrs] ?? ''}>`);
    const unit = row.id;
    const codes = codesFor(row.codes, 'xliff2');
    lines.push(`${i3}<source${x[X2.srcAttrs] ?? ''}>${writeInline(joinSource(row.source), codes, unit, cp)}</source>`);
    if (row.target !== '' || row.state !== 'initial' || x[X2.trgAttrs] !== undefined) {
      lines.push(`${i3}<target${x[X2.trgAttrs] ?? ''}>${writeInline(row.target, codes, unit, cp)}</target>`);
    }
    lines.push(`${i2}</segment>`);
    if (x[X2.after]) lines.push(i2 + x[X2.after]);
  }
  lines.push(`${ind}</unit>`);
  return lines.join('\n');
}

function writeNote(n: Note, attrs: string): string {
  let a = attrs;
  if (n.author !== undefined) a += ` qlm:author="${escapeAttr(n.author)}"`;
  if (n.date !== undefined) a += ` qlm:date="${escapeAttr(n.date)}"`;
  return `<note${a}>${escapeText(n.text)}</note>`;
}

function meta(type: string, value: string): string {
  return `<mda:meta type="${escapeAttr(type)}">${escapeText(value)}</mda:meta>`;
}

/** The project fields with no XLIFF place: id, name, dates, free metadata, glossary and QA ignores. */
function projectMetadata(p: Project, ind: string): string {
  const g: string[] = [];
  g.push(
    `<mda:metaGroup category="qalam:project">${meta('format', p.format)}${meta('version', String(p.version))}${meta('id', p.id)}` +
      `${meta('name', p.name)}${meta('createdAt', p.createdAt)}${meta('modifiedAt', p.modifiedAt)}</mda:metaGroup>`,
  );
  const keys = Object.keys(p.meta).filter((k) => !isFormatKey(k)).sort();
  if (keys.length > 0) g.push(`<mda:metaGroup category="qalam:meta">${keys.map((k) => meta(k, p.meta[k]!)).join('')}</mda:metaGroup>`);
  if (p.glossary.length > 0) {
    const entries = p.glossary.map((e) => {
      let m = meta('id', e.id) + meta('source', e.source);
      for (const t of e.targets) m += meta('target', t);
      for (const f of e.forbidden) m += meta('forbidden', f);
      if (e.note !== undefined) m += meta('note', e.note);
      if (e.partOfSpeech !== undefined) m += meta('partOfSpeech', e.partOfSpeech);
      if (e.caseSensitive !== undefined) m += meta('caseSensitive', String(e.caseSensitive));
      return `<mda:metaGroup category="qalam:term">${m}</mda:metaGroup>`;
    });
    g.push(`<mda:metaGroup category="qalam:glossary">${entries.join('')}</mda:metaGroup>`);
  }
  if (p.qaIgnores.length > 0) {
    const ignores = p.qaIgnores.map(
      (q) => `<mda:metaGroup category="qalam:qa-ignore">${meta('rowId', q.rowId)}${meta('check', q.check)}${meta('key', q.key)}${meta('reason', q.reason)}</mda:metaGroup>`,
    );
    g.push(`<mda:metaGroup category="qalam:qa-ignores">${ignores.join('')}</mda:metaGroup>`);
  }
  return `${ind}<mda:metadata id="${PROJECT_METADATA_ID}">${g.join('')}</mda:metadata>`;
}
