/**
 * The one XML parser configuration of the app: no DTD processing, no external entities, limits on size,
 * depth and element count, and errors that name the file, line and column.
 *
 * saxes never fetches anything and knows only the five predefined entities and character references. On top
 * of that a DOCTYPE with an internal subset (where ENTITY declarations live, the vehicle of XXE and "billion
 * laughs") is refused outright; a DOCTYPE that only names an external DTD (as TMX files do) is ignored.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FormatError } from '../errors';
import { XMLNS_NS, type XmlAttr, type XmlElement } from './tree';

export interface XmlLimits {
  /** Largest document, in characters (default 200 MB worth). */
  maxChars?: number;
  /** Deepest element nesting (default 256). */
  maxDepth?: number;
  /** Most elements in one document (default 20 million). */
  maxElements?: number;
}

export const DEFAULT_XML_LIMITS: Required<XmlLimits> = {
  maxChars: 200 * 1024 * 1024,
  maxDepth: 256,
  maxElements: 20_000_000,
};

export interface XmlDocument {
  root: XmlElement;
  /** `version` of the XML declaration, when present. */
  xmlVersion?: string;
}

/**
 * Called when an element closes, with its ancestors (root first). Returning true drops the element from the
 * tree: readers handle each unit as it closes, so a large file never exists as one whole tree in memory.
 */
export type ElementHandler = (el: XmlElement, ancestors: readonly XmlElement[]) => boolean;

/** Parses `text` (already decoded) into a tree. `file` names the file in error messages. */
export function parseXml(text: string, file: string, limits: XmlLimits = {}, onClose?: ElementHandler): XmlDocument {
  const lim = { ...DEFAULT_XML_LIMITS, ...limits };
  if (text.length > lim.maxChars) {
    throw new FormatError(
      `the file is too large to open (${mb(text.length)} MB of text; the limit is ${mb(lim.maxChars)} MB)`,
      { file },
      'too-large',
    );
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  let xmlVersion: string | undefined;
  const fail = (reason: string, code: string, line = parser.line, column = parser.column + 1): never => {
    throw new FormatError(reason, { file, line, column }, code);
  };
  parser.on('error', (e) => {
    // saxes prefixes its messages with "line:column: "; keep only the reason.
    const reason = e.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, '').replace(/\.$/, '');
    fail(reason, 'malformed');
  });
  parser.on('xmldecl', (d) => {
    xmlVersion = d.version;
  });
  parser.on('doctype', (d) => {
    if (d.includes('[') || /<!ENTITY/i.test(d)) {
      fail('the file declares a DTD internal subset (entity declarations); such files are refused for safety', 'doctype');
    }
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (++count > lim.maxElements) fail(`the file has more than ${lim.maxElements} elements`, 'too-large');
    if (stack.length >= lim.maxDepth) fail(`elements are nested more than ${lim.maxDepth} deep`, 'too-deep');
    const parent = stack[stack.length - 1];
    // saxes' attribute objects already have the XmlAttr shape; keeping them avoids a copy per attribute.
    const attrs: XmlAttr[] = [];
    let declares = false;
    for (const name in tag.attributes) {
      const a = tag.attributes[name]!;
      if (a.uri === XMLNS_NS) declares = true;
      attrs.push(a);
    }
    const base = parent?.scope ?? {};
    const el: XmlElement = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attrs,
      children: [],
      scope: declares ? { ...base, ...tag.ns } : base,
      line: parser.line,
      column: parser.column,
    };
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    const el = stack.pop()!;
    if (onClose && stack.length > 0 && onClose(el, stack)) {
      const siblings = stack[stack.length - 1]!.children;
      if (siblings[siblings.length - 1] === el) siblings.pop();
    }
  });
  const addText = (t: string): void => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const last = parent.children.length - 1;
    if (last >= 0 && typeof parent.children[last] === 'string') parent.children[last] += t;
    else parent.children.push(t);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(text);
  parser.close();
  if (!root) throw new FormatError('the file has no root element', { file }, 'malformed');
  return xmlVersion === undefined ? { root } : { root, xmlVersion };
}

function mb(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(chars < 1024 * 1024 ? 2 : 0);
}
