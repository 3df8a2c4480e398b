/**
 * fast-check generators of well-formed XML documents that use what exchange files use and what trips parsers:
 * namespaces (prefixes, default namespace, undeclaring it), Arabic names, attributes in either quote with
 * tabs, line ends and references, text with CRLF, lone CR, astral characters, bidi controls and references,
 * CDATA, comments, processing instructions, an XML declaration, a BOM, an external DOCTYPE, XML 1.1 line ends.
 */
import fc from 'fast-check';

type Node =
  | { k: 'text'; parts: string[] }
  | { k: 'cdata'; text: string }
  | { k: 'comment'; text: string }
  | { k: 'pi'; target: string; body: string }
  | { k: 'el'; el: El };

interface El {
  name: string;
  prefix: number;
  decls: { prefix: number; uri: number }[];
  defaultNs: number;
  attrs: { name: string; prefix: number; value: string[] }[];
  children: Node[];
  selfClose: boolean;
}

const NAMES = ['a', 'unit', 'seg-source', 'x.y', '_k', 'n1', 'نص', 'وحدة', 'ÿé', 'source'];
const PREFIXES = ['p', 'q', 'sdl', 'عر'];
const URIS = ['urn:a', 'urn:oasis:names:tc:xliff:document:2.0', 'http://example.com/ns?x=1&amp;y=2', 'urn:ب'];
const TEXT = ['a', 'Z', ' ', '  ', '\n', '\r\n', '\r', '\t', 'ع', 'سلام', '\u0651', '😀', '👍🏽', '\u200f', '\u202b', '\u061f', ']', ']]', '>', '"', "'", '&', '<', '\u0085', '\u2028', '\ufeff', '\ue000', '-', '?'];

const textParts = fc.array(fc.constantFrom(...TEXT), { minLength: 1, maxLength: 8 });
const safeText = (bad: RegExp) => textParts.map((a) => a.join('').replace(bad, ' '));

const el: fc.Arbitrary<El> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textParts.map((parts) => ({ k: 'text', parts }) as Node),
    safeText(/]]>/g).map((text) => ({ k: 'cdata', text }) as Node),
    safeText(/-(?=-|$)/g).map((text) => ({ k: 'comment', text }) as Node),
    fc.record({ target: fc.constantFrom('pi', 'x-y', 'عمل', 'xml-stylesheet'), body: safeText(/\?>/g) }).map((p) => ({ k: 'pi', ...p }) as Node),
    tie('el').map((e) => ({ k: 'el', el: e as El }) as Node),
  ),
  el: fc.record({
    name: fc.constantFrom(...NAMES),
    prefix: fc.integer({ min: -3, max: PREFIXES.length - 1 }),
    decls: fc.array(fc.record({ prefix: fc.nat(PREFIXES.length - 1), uri: fc.nat(URIS.length - 1) }), { maxLength: 2 }),
    defaultNs: fc.integer({ min: -3, max: URIS.length }),
    attrs: fc.uniqueArray(
      fc.record({ name: fc.constantFrom(...NAMES), prefix: fc.integer({ min: -2, max: PREFIXES.length - 1 }), value: fc.array(fc.constantFrom(...TEXT), { maxLength: 6 }) }),
      { maxLength: 3, selector: (a) => `${a.prefix < 0 ? '' : a.prefix}:${a.name}` },
    ),
    children: fc.array(tie('node'), { maxLength: 4 }),
    selfClose: fc.boolean(),
  }),
})).el as fc.Arbitrary<El>;

/** How a document is written out: one choice per place where XML allows several spellings. */
const style = fc.record({
  bom: fc.boolean(),
  decl: fc.constantFrom('none', '1.0', '1.0 full', '1.1'),
  doctype: fc.boolean(),
  prolog: fc.constantFrom('', '\n', '<!-- c -->\n', '<?pi x?>\r\n', '\n<!---->  '),
  epilog: fc.constantFrom('', '\n', ' <!-- end -->\n', '<?done?>'),
  refs: fc.array(fc.nat(5), { minLength: 1, maxLength: 16 }),
  space: fc.constantFrom(' ', '\n', '\t', ' \r\n  '),
  quote: fc.constantFrom('"', "'"),
});

export type Style = typeof style extends fc.Arbitrary<infer S> ? S : never;

/** A well-formed document (as text) from a tree and a style. */
export function renderDocument(root: El, s: Style): string {
  let r = 0;
  const pick = (): number => s.refs[r++ % s.refs.length]!;
  // A character as text: raw where it may be, or as a reference (decimal, hex, named) at the style's whim.
  const char = (c: string, inAttr: boolean, prev: string): string => {
    const code = c.codePointAt(0)!;
    const mustEscape = c === '&' || c === '<' || (c === '>' && prev.endsWith(']]')) || (inAttr && c === s.quote);
    // XML 1.0 leaves U+0085 and U+2028 alone; in 1.1 they are line ends unless written as references.
    const n = pick();
    if (!mustEscape && n < 3) return c;
    if (c === '&' && n === 3) return '&amp;';
    if (c === '<' && n === 3) return '&lt;';
    if (c === '>' && n === 3) return '&gt;';
    if (c === '"' && n === 3) return '&quot;';
    if (c === "'" && n === 3) return '&apos;';
    return n % 2 === 0 ? `&#${code};` : `&#x${code.toString(16)};`;
  };
  // `before` is what the element's content has so far, so that "]]" and ">" never meet across text nodes.
  const chars = (text: string, inAttr: boolean, before = ''): string => {
    let out = '';
    for (const c of text) out += char(c, inAttr, before.slice(-2) + out);
    return out;
  };
  const qname = (prefix: number, name: string): string => (prefix < 0 ? name : `${PREFIXES[prefix]}:${name}`);
  const write = (e: El, declared: Set<number>): string => {
    const inScope = new Set(declared);
    let tag = '';
    for (const d of e.decls) {
      if (inScope.has(d.prefix) && e.decls.filter((x) => x.prefix === d.prefix).length > 1) continue;
      if (tag.includes(` xmlns:${PREFIXES[d.prefix]}=`)) continue;
      tag += `${s.space}xmlns:${PREFIXES[d.prefix]}${pick() === 0 ? ' = ' : '='}${s.quote}${chars(URIS[d.uri]!, true)}${s.quote}`;
      inScope.add(d.prefix);
    }
    if (e.defaultNs >= 0) tag += ` xmlns=${s.quote}${e.defaultNs < URIS.length ? chars(URIS[e.defaultNs]!, true) : ''}${s.quote}`;
    // Prefixes that are not in scope are declared on the spot, so the document stays namespace-well-formed.
    const need = (p: number): void => {
      if (p >= 0 && !inScope.has(p)) {
        tag += ` xmlns:${PREFIXES[p]}="urn:auto:${p}"`;
        inScope.add(p);
      }
    };
    need(e.prefix);
    for (const a of e.attrs) need(a.prefix);
    for (const a of e.attrs) tag += `${s.space}${qname(a.prefix, a.name)}=${s.quote}${chars(a.value.join(''), true)}${s.quote}`;
    const name = qname(e.prefix, e.name);
    if (e.children.length === 0 && e.selfClose) return `<${name}${tag}${pick() === 0 ? s.space : ''}/>`;
    let body = '';
    for (const c of e.children) {
      if (c.k === 'text') body += chars(c.parts.join(''), false, body);
      else if (c.k === 'cdata') body += `<![CDATA[${c.text}]]>`;
      else if (c.k === 'comment') body += `<!--${c.text}-->`;
      else if (c.k === 'pi') body += `<?${c.target}${c.body === '' ? '' : ' '}${c.body}?>`;
      else body += write(c.el, inScope);
    }
    return `<${name}${tag}>${body}</${name}${pick() === 0 ? s.space : ''}>`;
  };
  let doc = s.bom ? '\ufeff' : '';
  if (s.decl === '1.0') doc += `<?xml version=${s.quote}1.0${s.quote}?>\n`;
  if (s.decl === '1.0 full') doc += `<?xml version="1.0"${s.space}encoding='UTF-8' standalone = "yes" ?>\r\n`;
  if (s.decl === '1.1') doc += `<?xml version="1.1"?>\n`;
  doc += s.prolog;
  if (s.doctype) doc += `<!DOCTYPE ${qname(root.prefix, root.name)} SYSTEM "http://example.com/a>b.dtd">\n`;
  return doc + write(root, new Set()) + s.epilog;
}

export const xmlDocument: fc.Arbitrary<string> = fc.tuple(el, style).map(([e, s]) => renderDocument(e, s));

const DAMAGE = ['<', '>', '&', '"', "'", '/', '=', '!', '?', '-', ']', '[', ';', ':', ' ', '\u0000', '\u000b', '\ud83d', '\ude00', '\ufffe', '#', 'x', 'xmlns:p="" ', '<!--', ']]>', '&#0;', '&#x110000;', '&foo;', '<![CDATA[', '<!DOCTYPE x [<!ENTITY e "x">]>'];

/** A document damaged in one or two places: characters deleted, inserted or doubled. Most are not well-formed. */
export const damagedDocument: fc.Arbitrary<string> = fc
  .tuple(xmlDocument, fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...DAMAGE), fc.nat(4)), { minLength: 1, maxLength: 2 }))
  .map(([doc, edits]) => {
    let d = doc;
    for (const [at, kind, insert, len] of edits) {
      const i = d.length === 0 ? 0 : at % d.length;
      if (kind === 0) d = d.slice(0, i) + d.slice(i + 1 + len);
      else if (kind === 1) d = d.slice(0, i) + insert + d.slice(i);
      else if (kind === 2) d = d.slice(0, i) + d.slice(i, i + 1 + len) + d.slice(i);
      else d = d.slice(0, i) + insert + d.slice(i + 1);
    }
    return d;
  });
