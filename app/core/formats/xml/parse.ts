/**
 * The one XML parser configuration of the app: no DTD processing, no external entities, limits on size,
 * depth and element count, and errors that name the file, line and column.
 *
 * The scanner (`scanner.ts`) never fetches anything and knows only the five predefined entities and character
 * references. A DOCTYPE with an internal subset (where ENTITY declarations live, the vehicle of XXE and
 * "billion laughs") is refused outright; a DOCTYPE that only names an external DTD (as TMX files do) is ignored.
 */
import { FormatError } from '../errors';
import { XmlScanner } from './scanner';
import type { XmlElement } from './tree';

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
  const scanner = new XmlScanner(text, file, lim, onClose);
  const root = scanner.run();
  return scanner.xmlVersion === undefined ? { root } : { root, xmlVersion: scanner.xmlVersion };
}

function mb(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(chars < 1024 * 1024 ? 2 : 0);
}
