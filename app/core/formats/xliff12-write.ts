/** XLIFF 1.2 writer (strict profile): one trans-unit per row, a group per source paragraph. */
import type { Project, Row, SegmentState } from '../project/model';
import { isFormatKey, ORIGINAL, X12 } from './extra-keys';
import { codesFor } from './code-convert';
import { writeInline } from './inline';
import { NS } from './namespaces';
import { joinSource, paragraphRuns, sentenceLengths } from './paragraphs';
import { escapeAttr, escapeText } from './xml/escape';

/** XLIFF 1.2 `state` for each segment state; `approved="yes"` marks reviewed and final rows. */
export const STATE_12: Record<SegmentState, string> = {
  initial: 'new',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final',
};

/** `tool-id` that marks a file Qalam wrote. */
export const TOOL_ID = 'qalam';

/** Writes the project as XLIFF 1.2. Deterministic: the same project gives the same bytes. */
export function writeXliff12(project: Project): string {
  const meta = project.meta;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<xliff xmlns="${NS.xliff12}" version="1.2"${meta[X12.rootAttrs] ?? ''}>`);
  out.push(
    `  <file original="${escapeAttr(meta[ORIGINAL] ?? project.name)}" source-language="${escapeAttr(project.sourceLang)}"` +
      ` target-language="${escapeAttr(project.targetLang)}" datatype="plaintext"${meta[X12.fileAttrs] ?? ''}>`,
  );
  out.push(`    <header>${meta[X12.headerLead] ?? ''}<tool tool-id="${TOOL_ID}" tool-name="Qalam"/>${projectNotes(project)}${meta[X12.headerRest] ?? ''}</header>`);
  out.push('    <body>');
  const seen = new Map<number, number>();
  for (const run of paragraphRuns(project.rows)) {
    const k = seen.get(run.paragraph) ?? 0;
    seen.set(run.paragraph, k + 1);
    out.push(`      <group id="g-p${run.paragraph}${k > 0 ? `-${k}` : ''}">`);
    for (const row of run.rows) out.push(writeUnit(row, '        '));
    out.push('      </group>');
  }
  out.push('    </body>');
  out.push('  </file>');
  out.push('</xliff>');
  return out.join('\n') + '\n';
}

function writeUnit(row: Row, ind: string): string {
  const x = row.extra ?? {};
  const i2 = ind + '  ';
  const codes = codesFor(row.codes, 'xliff12');
  const approved = row.state === 'reviewed' || row.state === 'final' ? ' approved="yes"' : '';
  const lines = [`${ind}<trans-unit id="${escapeAttr(row.id)}"${approved} xml:space="preserve"${x[X12.unitAttrs] ?? ''}>`];
  lines.push(`${i2}<source${x[X12.srcAttrs] ?? ''}>${writeInline(joinSource(row.source), codes, row.id)}</source>`);
  if (x[X12.segSource]) lines.push(i2 + x[X12.segSource]);
  lines.push(`${i2}<target state="${STATE_12[row.state]}"${x[X12.trgAttrs] ?? ''}>${writeInline(row.target, codes, row.id)}</target>`);
  const contexts: string[] = [];
  if (row.score !== null) contexts.push(context('score', String(row.score)));
  const lengths = sentenceLengths(row.source);
  if (lengths !== undefined) contexts.push(context('sentences', lengths));
  (row.notes ?? []).forEach((n, i) => {
    if (n.date !== undefined) contexts.push(context('note-date', `${i} ${n.date}`));
    const from = n.author !== undefined ? ` from="${escapeAttr(n.author)}"` : '';
    lines.push(`${i2}<note${from}${x[X12.noteAttrs + i] ?? ''}>${escapeText(n.text)}</note>`);
  });
  for (const key of Object.keys(x).sort()) if (!isFormatKey(key)) contexts.push(context('extra', JSON.stringify([key, x[key]])));
  if (contexts.length > 0) lines.push(`${i2}<context-group name="qalam:${escapeAttr(row.id)}" purpose="information">${contexts.join('')}</context-group>`);
  if (x[X12.unitTail]) lines.push(i2 + x[X12.unitTail]);
  lines.push(`${ind}</trans-unit>`);
  return lines.join('\n');
}

function context(type: string, value: string): string {
  return `<context context-type="x-qalam-${type}">${escapeText(value)}</context>`;
}

/**
 * XLIFF 1.2 has no metadata module: the project fields travel as header notes from "qalam:<field>" (JSON for
 * the structured ones), so a 1.2 export is as lossless as a 2.x one.
 */
function projectNotes(p: Project): string {
  const fields: [string, string][] = [
    ['id', p.id],
    ['name', p.name],
    ['version', String(p.version)],
    ['createdAt', p.createdAt],
    ['modifiedAt', p.modifiedAt],
  ];
  const meta = Object.fromEntries(Object.keys(p.meta).filter((k) => !isFormatKey(k) && k !== ORIGINAL).sort().map((k) => [k, p.meta[k]]));
  if (Object.keys(meta).length > 0) fields.push(['meta', JSON.stringify(meta)]);
  if (p.glossary.length > 0) fields.push(['glossary', JSON.stringify(p.glossary)]);
  if (p.qaIgnores.length > 0) fields.push(['qaIgnores', JSON.stringify(p.qaIgnores)]);
  return fields.map(([k, v]) => `<note from="${PROJECT_NOTE}${k}">${escapeText(v)}</note>`).join('');
}

/** `from` prefix of the header notes that carry project fields. */
export const PROJECT_NOTE = 'qalam:';
