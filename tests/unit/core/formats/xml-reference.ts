/**
 * saxes, the XML parser Qalam used before its own scanner, set up as `parseXml` used it, as the reference of the
 * differential tests: the same tree shape (comments and processing instructions in `misc`), or the first error.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { XMLNS_NS, type XmlElement } from '../../../../app/core/formats/xml/tree';

export type ReferenceResult = { ok: true; root: XmlElement; xmlVersion: string | undefined } | { ok: false; line: number; message: string };

export function saxesParse(text: string): ReferenceResult {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let xmlVersion: string | undefined;
  let error: { line: number; message: string } | undefined;
  parser.on('error', (e) => {
    error ??= { line: parser.line, message: e.message };
    throw e;
  });
  parser.on('xmldecl', (d) => (xmlVersion = d.version));
  // An internal subset is refused; a "[" inside a quoted public or system id is not one.
  parser.on('doctype', (d) => {
    if (d.replace(/"[^"]*"|'[^']*'/g, '').includes('[') || /<!ENTITY/i.test(d)) parser.fail('internal subset');
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const parent = stack[stack.length - 1];
    const attrs = Object.values(tag.attributes).map((a) => ({ name: a.name, uri: a.uri, local: a.local, value: a.value }));
    const base = parent?.scope ?? {};
    const el: XmlElement = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attrs,
      children: [],
      scope: attrs.some((a) => a.uri === XMLNS_NS) ? { ...base, ...tag.ns } : base,
      line: parser.line,
      column: parser.column,
    };
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (t: string): void => {
    const parent = stack[stack.length - 1];
    // saxes reports an empty CDATA section as empty text; the scanner adds nothing for it.
    if (!parent || t === '') return;
    const last = parent.children.length - 1;
    if (last >= 0 && typeof parent.children[last] === 'string') parent.children[last] += t;
    else parent.children.push(t);
  };
  const addMisc = (markup: string): void => {
    const parent = stack[stack.length - 1];
    if (parent) (parent.misc ??= []).push({ at: parent.children.length, markup });
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('comment', (c) => addMisc(`<!--${c}-->`));
  parser.on('processinginstruction', (pi) => addMisc(`<?${pi.target}${pi.body === '' ? '' : ' '}${pi.body}?>`));
  try {
    parser.write(text);
    parser.close();
  } catch (e) {
    if (error) return { ok: false, ...error };
    throw e;
  }
  if (!root) return { ok: false, line: parser.line, message: 'no root' };
  return { ok: true, root, xmlVersion };
}
