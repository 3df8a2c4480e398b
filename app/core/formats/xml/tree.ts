/** A small XML tree: what the safe parser builds and the readers walk. */
import { escapeAttr, escapeText } from './escape';

export interface XmlAttr {
  /** Qualified name as written (`id`, `xml:lang`, `sdl:conf`). */
  name: string;
  /** Namespace URI ('' for none). */
  uri: string;
  local: string;
  value: string;
}

export interface XmlElement {
  /** Qualified name as written. */
  name: string;
  local: string;
  /** Namespace URI ('' for none). */
  uri: string;
  /** Attributes in document order, namespace declarations included. */
  attrs: XmlAttr[];
  /** Text (strings) and elements in document order; adjacent text is merged. */
  children: XmlNode[];
  /** In-scope prefix → URI bindings (shared with the parent when the element declares none). */
  scope: Readonly<Record<string, string>>;
  line: number;
  column: number;
  /**
   * Comments and processing instructions written inside the element, verbatim, each with the number of
   * children before it (adjacent text around one is merged, so it is placed after that text).
   */
  misc?: XmlMisc[];
}

export interface XmlMisc {
  /** How many of the element's children come before it. */
  at: number;
  /** The markup as written (`<!-- … -->`, `<?target …?>`). */
  markup: string;
}

export type XmlNode = XmlElement | string;

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** The value of the attribute with local name `local` in namespace `uri` (default: no namespace). */
export function attr(el: XmlElement, local: string, uri = ''): string | undefined {
  for (const a of el.attrs) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/** Child elements, optionally only those with the given local name and namespace. */
export function elements(el: XmlElement, local?: string, uri?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (local !== undefined && c.local !== local) continue;
    if (uri !== undefined && c.uri !== uri) continue;
    out.push(c);
  }
  return out;
}

/** First child element with that name, or undefined. */
export function child(el: XmlElement, local: string, uri?: string): XmlElement | undefined {
  for (const c of el.children) {
    if (typeof c !== 'string' && c.local === local && (uri === undefined || c.uri === uri)) return c;
  }
  return undefined;
}

/** All text of an element and its descendants. */
export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}

/** The start tag as markup (`<pc id="1" type="fmt">`), attributes in document order. */
export function startTag(el: XmlElement, extraDecls = '', selfClose = false): string {
  let s = `<${el.name}`;
  for (const a of el.attrs) s += ` ${a.name}="${escapeAttr(a.value)}"`;
  return s + extraDecls + (selfClose ? '/>' : '>');
}

/**
 * Serialises an element found inside a larger document so it stands on its own: namespace prefixes it uses
 * but that are declared by an ancestor are declared on it, unless `inherited` (the bindings where the fragment
 * will be written back) already has them. Empty elements are written `<x/>`. The result is
 * stable: parsing and serialising it again gives the same string.
 */
export function serializeFragment(el: XmlElement, inherited: Readonly<Record<string, string>> = {}): string {
  const used = new Set<string>();
  collectPrefixes(el, used);
  let decls = '';
  const declared = new Set(el.attrs.filter((a) => a.uri === XMLNS_NS).map((a) => (a.name === 'xmlns' ? '' : a.local)));
  for (const p of [...used].sort()) {
    if (declared.has(p) || p === 'xml') continue;
    const uri = el.scope[p];
    if (uri === undefined || inherited[p] === uri) continue;
    decls += p === '' ? ` xmlns="${escapeAttr(uri)}"` : ` xmlns:${p}="${escapeAttr(uri)}"`;
  }
  return serialize(el, decls);
}

function collectPrefixes(el: XmlElement, used: Set<string>): void {
  used.add(prefixOf(el.name));
  for (const a of el.attrs) if (a.uri !== XMLNS_NS && a.name.includes(':')) used.add(prefixOf(a.name));
  for (const c of el.children) if (typeof c !== 'string') collectPrefixes(c, used);
}

function prefixOf(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? '' : name.slice(0, i);
}

/** Serialises an element with its content (text escaped, comments and PIs as written, empty elements self-closed). */
export function serialize(el: XmlElement, extraDecls = ''): string {
  if (el.children.length === 0 && !el.misc) return startTag(el, extraDecls, true);
  return startTag(el, extraDecls) + serializeContent(el) + `</${el.name}>`;
}

/** Serialises the content of an element (its children), as in `<source>…</source>` without the tags. */
export function serializeContent(el: XmlElement): string {
  let s = '';
  for (const c of withMisc(el)) s += typeof c === 'string' ? escapeText(c) : isMisc(c) ? c.markup : serialize(c);
  return s;
}

/** The children of `el` with its comments and processing instructions in their places (the children alone when it has none). */
export function withMisc(el: XmlElement): readonly (XmlNode | XmlMisc)[] {
  const { misc, children } = el;
  if (!misc) return children;
  const out: (XmlNode | XmlMisc)[] = [];
  let m = 0;
  for (let i = 0; i <= children.length; i++) {
    while (m < misc.length && misc[m]!.at <= i) out.push(misc[m++]!);
    if (i < children.length) out.push(children[i]!);
  }
  return out;
}

/** True for a comment or processing instruction from `withMisc`. */
export function isMisc(node: XmlElement | XmlMisc): node is XmlMisc {
  return 'markup' in node;
}
