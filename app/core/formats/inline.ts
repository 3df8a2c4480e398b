/**
 * Inline codes between the XML of a segment and the model: each code becomes one private-use character
 * (U+E000 + its index in `Row.codes`), its markup kept verbatim in `InlineCode.original` so export writes it
 * back exactly.
 */
import type { InlineCode } from '../project/model';
import { FormatError } from './errors';
import { escapeText, type InvalidCharHandler, replaceInvalid } from './xml/escape';
import { attr, serializeFragment, startTag, type XmlElement } from './xml/tree';

/** First private-use character used for inline codes. */
export const CODE_BASE = 0xe000;

/** The index of the code a character stands for, or -1 for ordinary text. */
export function codeIndex(ch: number, codes: readonly InlineCode[]): number {
  const i = ch - CODE_BASE;
  return i >= 0 && i < codes.length ? i : -1;
}

/** How one format writes inline codes. */
export interface InlineSpec {
  /** The format's namespace URI; elements of other namespaces are kept as standalone codes. */
  ns: string;
  /** Elements whose content is segment text (XLIFF 2 `pc`, `mrk`; XLIFF 1.2 `g`, `mrk`; TMX `hi`). */
  paired: ReadonlySet<string>;
  /** Kind of an element kept whole (`ph`, `sc`, `bpt`, …). */
  kindOf(el: XmlElement): InlineCode['kind'];
  /** The code id: usually `id`, for closing elements the id of what they close. */
  idOf(el: XmlElement): string;
  /** A character written as an element (XLIFF 2 `<cp hex="…"/>`), or undefined. */
  charOf?(el: XmlElement): string | undefined;
  /** The markup kept for a whole element; default: the element serialised. TMX keeps the native code inside it. */
  originalOf?(el: XmlElement): string;
  /** What the editor shows for a code, when the file says (`disp`, `equiv`, `equiv-text`). */
  displayOf?(el: XmlElement): string | undefined;
}

/** Collects the codes of one row: the source adds codes, the target reuses them when id and markup agree. */
export class CodeTable {
  readonly codes: InlineCode[] = [];
  // Created on the first code: most segments have none.
  private bySignature: Map<string, number[]> | undefined;
  private used: Set<number> | undefined;

  /** Reads the content of `el` into model text, adding or reusing codes. */
  read(el: XmlElement, spec: InlineSpec, side: 'source' | 'target'): string {
    if (side === 'target') this.used?.clear();
    // The usual segment is one run of text.
    if (el.children.length === 1 && typeof el.children[0] === 'string') return el.children[0];
    return this.readInto(el, spec, side);
  }

  private readInto(el: XmlElement, spec: InlineSpec, side: 'source' | 'target'): string {
    let s = '';
    for (const c of el.children) {
      if (typeof c === 'string') {
        s += c;
        continue;
      }
      const ch = c.uri === spec.ns ? spec.charOf?.(c) : undefined;
      if (ch !== undefined) {
        s += ch;
        continue;
      }
      const display = spec.displayOf?.(c);
      if (c.uri === spec.ns && spec.paired.has(c.local)) {
        const id = spec.idOf(c);
        s += this.add({ id, kind: 'open', original: startTag(c) }, display, side);
        s += this.readInto(c, spec, side);
        s += this.add({ id, kind: 'close', original: `</${c.name}>` }, undefined, side);
      } else {
        const kind = c.uri === spec.ns ? spec.kindOf(c) : 'standalone';
        const id = c.uri === spec.ns ? spec.idOf(c) : (attr(c, 'id') ?? '');
        s += this.add({ id, kind, original: c.uri === spec.ns && spec.originalOf ? spec.originalOf(c) : serializeFragment(c, { '': spec.ns }) }, display, side);
      }
    }
    return s;
  }

  private add(code: InlineCode, display: string | undefined, side: 'source' | 'target'): string {
    const sig = `${code.kind}\u0000${code.id}\u0000${code.original}`;
    this.bySignature ??= new Map();
    let list = this.bySignature.get(sig);
    if (side === 'target' && list) {
      for (const i of list) {
        if (!this.used?.has(i)) {
          (this.used ??= new Set()).add(i);
          return String.fromCharCode(CODE_BASE + i);
        }
      }
    }
    const index = this.codes.length;
    this.codes.push(display === undefined ? code : { ...code, display });
    if (!list) this.bySignature.set(sig, (list = []));
    list.push(index);
    if (side === 'target') (this.used ??= new Set()).add(index);
    return String.fromCharCode(CODE_BASE + index);
  }
}

/** True when markup is one start tag alone (`<g id="1">`), which needs its end tag later in the segment. */
export function isStartTag(markup: string): boolean {
  return /^<[^<>/!?][^<>]*>$/.test(markup) && !markup.endsWith('/>');
}

/** True when markup is one end tag alone (`</g>`). */
export function isEndTag(markup: string): boolean {
  return /^<\/[^<>]+>$/.test(markup);
}

/**
 * Writes model text as segment content: codes as their original markup, the rest escaped. Paired codes
 * whose markup is an open/close tag must nest, or the file would not be XML; otherwise this throws a
 * FormatError naming the unit.
 */
export function writeInline(
  text: string,
  codes: readonly InlineCode[] | undefined,
  unit: string,
  invalid: InvalidCharHandler = replaceInvalid,
): string {
  if (!codes || codes.length === 0) return escapeText(text, invalid);
  let out = '';
  let run = 0;
  const open: InlineCode[] = [];
  for (let i = 0; i < text.length; i++) {
    const k = codeIndex(text.charCodeAt(i), codes);
    if (k < 0) continue;
    out += escapeText(text.slice(run, i), invalid);
    run = i + 1;
    const code = codes[k]!;
    if (code.kind === 'open' && isStartTag(code.original)) open.push(code);
    else if (code.kind === 'close' && isEndTag(code.original)) {
      const top = open.pop();
      if (!top || top.id !== code.id) {
        throw new FormatError(`inline code ${code.display ?? code.id} is closed before it is opened or crosses another code`, { unit }, 'codes');
      }
    }
    out += code.original;
  }
  out += escapeText(text.slice(run), invalid);
  if (open.length > 0) {
    throw new FormatError(`inline code ${open[open.length - 1]!.display ?? open[open.length - 1]!.id} is opened but not closed`, { unit }, 'codes');
  }
  return out;
}
