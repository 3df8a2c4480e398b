/** TMX 1.4b writer: translation memory from confirmed rows, or from a raw alignment. */
import type { InlineCode, Project, Row } from '../project/model';
import { codeIndex } from './inline';
import { joinSource, sentenceLengths } from './paragraphs';
import { escapeAttr, escapeText } from './xml/escape';

export interface TmxWriteOptions {
  /**
   * `confirmed` (default): rows a translator reviewed or finalised. `all`: every row with text on both sides,
   * as a raw alignment for building translation memory (the alignment score goes along as a property).
   */
  rows?: 'confirmed' | 'all';
  /** Tool version written in the header. */
  toolVersion?: string;
}

/** Which rows a TMX export carries. */
export function tmxRows(project: Project, which: 'confirmed' | 'all' = 'confirmed'): Row[] {
  return project.rows.filter((r) =>
    which === 'all' ? r.source.length > 0 && r.target.trim() !== '' : (r.state === 'reviewed' || r.state === 'final') && r.target.trim() !== '',
  );
}

/** Writes TMX 1.4b. Deterministic: the same project gives the same bytes. */
export function writeTmx(project: Project, options: TmxWriteOptions = {}): string {
  const src = project.sourceLang;
  const trg = project.targetLang;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE tmx SYSTEM "tmx14.dtd">', '<tmx version="1.4">'];
  out.push(
    `  <header creationtool="Qalam" creationtoolversion="${escapeAttr(options.toolVersion ?? '0.1.0')}" segtype="sentence" o-tmf="qalam"` +
      ` adminlang="en" srclang="${escapeAttr(src)}" datatype="plaintext">` +
      `<prop type="x-qalam-project">${escapeText(project.id)}</prop><prop type="x-qalam-name">${escapeText(project.name)}</prop></header>`,
  );
  out.push('  <body>');
  for (const row of tmxRows(project, options.rows)) {
    const props: string[] = [];
    for (const n of row.notes ?? []) props.push(`<note>${escapeText(n.text)}</note>`);
    props.push(prop('state', row.state), prop('paragraph', String(row.paragraph)));
    if (row.score !== null) props.push(prop('score', String(row.score)));
    const lengths = sentenceLengths(row.source);
    if (lengths !== undefined) props.push(prop('sentences', lengths));
    out.push(`    <tu tuid="${escapeAttr(row.id)}">${props.join('')}`);
    out.push(`      <tuv xml:lang="${escapeAttr(src)}"><seg>${segment(joinSource(row.source), row.codes)}</seg></tuv>`);
    out.push(`      <tuv xml:lang="${escapeAttr(trg)}"><seg>${segment(row.target, row.codes)}</seg></tuv>`);
    out.push('    </tu>');
  }
  out.push('  </body>');
  out.push('</tmx>');
  return out.join('\n') + '\n';
}

function prop(type: string, value: string): string {
  return `<prop type="x-qalam-${type}">${escapeText(value)}</prop>`;
}

/** Segment text with codes as TMX elements whose content is the original markup (TMX's "native code"). */
function segment(text: string, codes: readonly InlineCode[] | undefined): string {
  if (!codes || codes.length === 0) return escapeText(text);
  // Pair opens with closes (by id, innermost first) so they become bpt/ept; the rest are isolated (it).
  const pairOf = new Map<number, number>();
  const stack: { pos: number; id: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const k = codeIndex(text.charCodeAt(i), codes);
    if (k < 0) continue;
    const c = codes[k]!;
    if (c.kind === 'open') stack.push({ pos: i, id: c.id });
    else if (c.kind === 'close') {
      for (let s = stack.length - 1; s >= 0; s--) {
        if (stack[s]!.id === c.id) {
          pairOf.set(stack[s]!.pos, i);
          pairOf.set(i, stack[s]!.pos);
          stack.splice(s, 1);
          break;
        }
      }
    }
  }
  let out = '';
  let run = 0;
  let next = 1;
  const iOf = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const k = codeIndex(text.charCodeAt(i), codes);
    if (k < 0) continue;
    out += escapeText(text.slice(run, i));
    run = i + 1;
    const c = codes[k]!;
    const x = escapeAttr(c.id);
    const native = escapeText(c.original);
    const partner = pairOf.get(i);
    if (c.kind === 'standalone') out += `<ph x="${x}">${native}</ph>`;
    else if (partner === undefined) out += `<it pos="${c.kind === 'open' ? 'begin' : 'end'}" x="${x}">${native}</it>`;
    else if (c.kind === 'open') {
      iOf.set(i, next);
      out += `<bpt i="${next++}" x="${x}">${native}</bpt>`;
    } else out += `<ept i="${iOf.get(partner)}">${native}</ept>`;
  }
  return out + escapeText(text.slice(run));
}
