/**
 * Inline codes travel between formats: a code read from XLIFF 2 (`<pc>`) must be written as valid XLIFF 1.2
 * (`<g>`) and back. A code whose markup is already valid in the target format is written verbatim (so a file
 * goes back byte for byte); otherwise an equivalent code of the target format is written, keyed on the same id.
 */
import type { InlineCode } from '../project/model';
import { isEndTag, isStartTag } from './inline';
import { isNmtoken } from './namespaces';

export type CodeDialect = 'xliff12' | 'xliff2';

const ALLOWED: Record<CodeDialect, { names: Set<string>; attrs: Set<string>; empty: Set<string> }> = {
  xliff12: {
    names: new Set(['g', 'x', 'bx', 'ex', 'bpt', 'ept', 'it', 'ph', 'mrk']),
    attrs: new Set(['id', 'ctype', 'clone', 'xid', 'equiv-text', 'rid', 'pos', 'crc', 'assoc', 'mtype', 'mid', 'comment', 'ts', 'css-style', 'style', 'exstyle', 'font', 'xml:lang']),
    empty: new Set(),
  },
  xliff2: {
    names: new Set(['pc', 'ph', 'sc', 'ec', 'sm', 'em', 'mrk']),
    attrs: new Set([
      'id', 'canCopy', 'canDelete', 'canReorder', 'copyOf', 'disp', 'equiv', 'dataRef', 'dataRefStart', 'dataRefEnd', 'dispStart', 'dispEnd',
      'equivStart', 'equivEnd', 'subFlows', 'subFlowsStart', 'subFlowsEnd', 'subType', 'type', 'isolated', 'startRef', 'canOverlap', 'dir', 'translate', 'value', 'ref',
    ]),
    // In XLIFF 2 these are always empty elements.
    empty: new Set(['ph', 'sc', 'ec', 'sm', 'em']),
  },
};

const TAG = /^<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/;
const ATTR = /([\w.:-]+)\s*=/g;

/** True when `original` is a start, end or empty tag of `dialect` with only attributes it defines. */
function fits(original: string, dialect: CodeDialect): boolean {
  const m = TAG.exec(original);
  if (!m) return false;
  const [, close, name, attrs, selfClose] = m;
  const d = ALLOWED[dialect];
  if (!d.names.has(name!)) return false;
  if (close) return m[0].length === original.length && (name === 'mrk' || !d.empty.has(name!));
  if (d.empty.has(name!) && !(selfClose && m[0].length === original.length)) return false;
  for (const a of attrs!.matchAll(ATTR)) {
    const n = a[1]!;
    // Attributes of other namespaces are allowed in XLIFF 2 (and kept); XLIFF 1.2 strict refuses unknown ones.
    if (!d.attrs.has(n) && !(dialect === 'xliff2' && n.includes(':') && !n.startsWith('xml:'))) return false;
  }
  return true;
}

const isMrk = (original: string): boolean => /^<\/?mrk[\s/>]/.test(original);

/** The markup to write for `code` in `dialect`: its original when valid there, else an equivalent. */
export function codeMarkup(code: InlineCode, index: number, dialect: CodeDialect): string {
  if (fits(code.original, dialect)) return code.original;
  const id = isNmtoken(code.id) ? code.id : `c${index + 1}`;
  if (code.kind === 'close' && isEndTag(code.original)) {
    if (isMrk(code.original)) return '</mrk>';
    return dialect === 'xliff2' ? '</pc>' : '</g>';
  }
  if (code.kind === 'open' && isStartTag(code.original)) {
    if (isMrk(code.original)) return dialect === 'xliff2' ? `<mrk id="${id}">` : '<mrk mtype="x-qalam">';
    return dialect === 'xliff2' ? `<pc id="${id}">` : `<g id="${id}">`;
  }
  if (dialect === 'xliff2') {
    if (code.kind === 'open') return `<sc id="${id}"/>`;
    if (code.kind === 'close') return `<ec startRef="${id}"/>`;
    return `<ph id="${id}"/>`;
  }
  if (code.kind === 'open') return `<bx id="${id}"/>`;
  if (code.kind === 'close') return `<ex id="${id}"/>`;
  return `<x id="${id}"/>`;
}

/** The codes of a row as they are to be written in `dialect` (same order, `original` replaced where needed). */
export function codesFor(codes: readonly InlineCode[] | undefined, dialect: CodeDialect): InlineCode[] | undefined {
  if (!codes) return undefined;
  let changed = false;
  const out = codes.map((c, i) => {
    const m = codeMarkup(c, i, dialect);
    if (m === c.original) return c;
    changed = true;
    return { ...c, original: m };
  });
  return changed ? out : (codes as InlineCode[]);
}
