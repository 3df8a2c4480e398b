/** What the XLIFF and TMX readers share: options, language checks, project defaults and attribute keeping. */
import { PROJECT_FORMAT, PROJECT_VERSION, type Project, type SegmentState } from '../project/model';
import { FormatError } from './errors';
import { escapeAttr } from './xml/escape';
import { XMLNS_NS, type XmlElement } from './xml/tree';

export interface ReadOptions {
  /** The file name, for messages and as the default project name. */
  file: string;
  /** Project id for files not written by Qalam. */
  id?: string;
  /** ISO time used as created/modified time for files not written by Qalam. */
  now?: string;
  /** Expected languages (primary subtags); default Arabic source, English target. */
  languages?: { source: string; target: string };
}

/** The primary subtag of a language tag, lower-cased (`ar-EG` → `ar`). */
export function primary(tag: string): string {
  const cut = tag.search(/[-_]/);
  return (cut < 0 ? tag : tag.slice(0, cut)).toLowerCase();
}

/** Refuses a file whose languages are not the expected pair, saying when they are merely swapped. */
export function checkLanguages(src: string | undefined, trg: string | undefined, el: XmlElement, options: ReadOptions): void {
  const want = options.languages ?? { source: 'ar', target: 'en' };
  const place = { file: options.file, line: el.line, column: el.column };
  if (src === undefined) throw new FormatError('the file does not say its source language', place, 'language');
  const s = primary(src);
  const t = trg === undefined ? undefined : primary(trg);
  if (s === want.target && t === want.source) {
    throw new FormatError(`source and target languages are swapped (source ${src}, target ${trg}); expected ${want.source} → ${want.target}`, place, 'language');
  }
  if (s !== want.source) throw new FormatError(`the source language is ${src}; expected ${want.source}`, place, 'language');
  if (t !== undefined && t !== want.target) throw new FormatError(`the target language is ${trg}; expected ${want.target}`, place, 'language');
}

/** A project shell for files that other tools wrote. */
export function foreignProject(options: ReadOptions, sourceLang: string, targetLang: string): Project {
  const now = options.now ?? '1970-01-01T00:00:00.000Z';
  const base = options.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    id: options.id ?? base,
    name: base,
    sourceLang,
    targetLang,
    createdAt: now,
    modifiedAt: now,
    rows: [],
    glossary: [],
    qaIgnores: [],
    meta: {},
  };
}

/**
 * The attributes of `el` a reader does not interpret, as markup (` a="1" b:c="2"`), with the namespace
 * declarations their prefixes need, so the writer can put them back. Empty string when there are none.
 */
export function otherAttrs(el: XmlElement, known: readonly string[]): string {
  if (el.attrs.length === 0) return '';
  let s = '';
  let needed: Set<string> | undefined;
  for (const a of el.attrs) {
    if (a.uri === XMLNS_NS) continue;
    if (a.uri === '' && known.includes(a.local)) continue;
    if (known.includes(a.name)) continue;
    s += ` ${a.name}="${escapeAttr(a.value)}"`;
    const i = a.name.indexOf(':');
    if (i > 0 && a.name.slice(0, i) !== 'xml') (needed ??= new Set()).add(a.name.slice(0, i));
  }
  for (const p of needed ? [...needed].sort() : []) {
    const uri = el.scope[p];
    if (uri !== undefined) s += ` xmlns:${p}="${escapeAttr(uri)}"`;
  }
  return s;
}

/** Sets `key` in `map` when `value` is not empty. */
export function keep(map: Record<string, string>, key: string, value: string): void {
  if (value !== '') map[key] = value;
}

export const STATES: readonly SegmentState[] = ['initial', 'translated', 'reviewed', 'final'];
