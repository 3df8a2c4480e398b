import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../../app/core/formats/errors';
import { parseXml } from '../../../../app/core/formats/xml/parse';
import { textOf, type XmlElement } from '../../../../app/core/formats/xml/tree';

function refusal(text: string): FormatError {
  try {
    parseXml(text, 'f.xml');
  } catch (e) {
    expect(e).toBeInstanceOf(FormatError);
    return e as FormatError;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

// Each case: the document, the line and column (1-based, in characters) of the offending place, and a word of the reason.
const MALFORMED: [string, string, number, number, string][] = [
  ['a mismatched end tag', '<a>\n  <b></c>\n</a>', 2, 6, '</c> does not match <b>'],
  ['an end tag that closes the wrong element', '<a><b></a>', 1, 7, 'does not match'],
  ['an end tag with nothing open', '<a/></a>', 1, 5, 'closes nothing'],
  ['an entity that is not predefined', '<a>x &nbsp; y</a>', 1, 6, 'undefined entity &nbsp;'],
  ['an ampersand without a reference', '<a>x & y</a>', 1, 6, '"&" must start a reference'],
  ['a reference to a surrogate', '<a>&#xD800;</a>', 1, 4, 'not allow'],
  ['a reference to U+0000', '<a t="&#0;"/>', 1, 7, 'not allow'],
  ['a reference beyond Unicode', '<a>&#x110000;</a>', 1, 4, 'not allow'],
  ['a hexadecimal reference with a capital X', '<a>&#X41;</a>', 1, 4, 'malformed reference'],
  ['an unclosed CDATA section', '<a>\n<![CDATA[ never closed </a>', 2, 1, 'CDATA section is not closed'],
  ['a CDATA section outside the root', '<![CDATA[x]]><a/>', 1, 1, 'outside the root'],
  ['an attribute value without quotes', '<a b=1/>', 1, 6, 'must be in quotes'],
  ['an attribute without a value', '<a b c="1"/>', 1, 6, 'has no value'],
  ['a duplicate attribute', '<a\n  b="1"\n  b="2"/>', 3, 3, 'b appears twice'],
  ['a duplicate attribute through two prefixes of one namespace', '<a xmlns:p="urn:x" xmlns:q="urn:x" p:b="1" q:b="2"/>', 1, 44, 'q:b appears twice'],
  ['"<" in an attribute value', '<a b="x<y"/>', 1, 8, '"<" is not allowed in an attribute value'],
  ['an attribute value that is never closed', '<a b="x/>\n<c/>', 2, 1, '"<" is not allowed'],
  ['attributes without white space between them', '<a b="1"c="2"/>', 1, 9, 'separated by white space'],
  ['"/" not followed by ">"', '<a b="1" / >', 1, 11, '"/" in a tag'],
  ['a control character', '<a>ok\u0001</a>', 1, 6, 'U+0001 is not allowed'],
  ['a vertical tab after a BOM (the BOM is a column)', '\ufeff<a>\n  \u000b</a>', 2, 3, 'U+000B'],
  ['U+FFFE', '<a>\ufffe</a>', 1, 4, 'U+FFFE'],
  ['a lone high surrogate after an emoji', '<a>😀\ud800x</a>', 1, 5, 'U+D800'],
  ['a lone low surrogate', '<a>x\udc00</a>', 1, 5, 'U+DC00'],
  ['CRLF line ends count as one line end', '<a>\r\n\r\n  <b></x>\r\n</a>', 3, 6, 'does not match'],
  ['a lone CR is a line end too', '<a>\r\r<b></x></a>', 3, 4, 'does not match'],
  ['an emoji is one column', '<a>😀😀<b></x></a>', 1, 9, 'does not match'],
  ['"]]>" in text', '<a>]]></a>', 1, 4, '"]]>" is not allowed'],
  ['"--" inside a comment', '<a><!-- a -- b --></a>', 1, 11, '"--" is not allowed'],
  ['an unclosed comment', '<a>\n<!-- open', 2, 1, 'comment is not closed'],
  ['an unclosed processing instruction', '<a><?pi open</a>', 1, 4, 'not closed'],
  ['a processing instruction named xml', '<a><?XML x?></a>', 1, 4, 'XML declaration'],
  ['an XML declaration after white space', ' <?xml version="1.0"?><a/>', 1, 2, 'very start'],
  ['an XML declaration without a version', '<?xml encoding="UTF-8"?><a/>', 1, 1, 'malformed XML declaration'],
  ['an XML version that is not 1.x', '<?xml version="2.0"?><a/>', 1, 1, 'not 1.x'],
  ['a second root element', '<a/><b/>', 1, 5, 'second root element'],
  ['text after the root', '<a/>\ntext', 2, 1, 'text after the root'],
  ['text before the root', 'x<a/>', 1, 1, 'text before the root'],
  ['a DOCTYPE after the root', '<a/><!DOCTYPE a>', 1, 5, 'DOCTYPE must come once'],
  ['"<!" that starts nothing', '<a><!x></a>', 1, 4, '"<!" must start'],
  ['"<" not starting a tag', '<a>1 < 2</a>', 1, 6, '"<" must start a tag'],
  ['an undeclared element prefix', '<a>\n <p:b/></a>', 2, 3, 'prefix p'],
  ['an undeclared attribute prefix', '<a q:b="1"/>', 1, 4, 'prefix q'],
  ['undeclaring a prefix in XML 1.0', '<a xmlns:p=""/>', 1, 4, 'may not undeclare'],
  ['binding the xml prefix elsewhere', '<a xmlns:xml="urn:x"/>', 1, 4, 'prefix xml'],
  ['a name with two colons', '<a xmlns:p="urn:p"><p:b:c/></a>', 1, 21, 'malformed name'],
  ['a truncated file', '<a>\n  <b>text', 2, 10, 'unclosed tag <b>'],
  ['a file that ends inside a tag', '<a>\n<b c="1"', 2, 9, 'ends inside the tag'],
  ['an empty file', '', 1, 1, 'no root element'],
];

describe('parseXml refuses documents that are not well-formed, naming the line and column', () => {
  for (const [what, doc, line, column, reason] of MALFORMED) {
    it(what, () => {
      const e = refusal(doc);
      expect(e.code).toBe('malformed');
      expect({ line: e.place.line, column: e.place.column }).toEqual({ line, column });
      expect(e.message).toContain(reason);
      expect(e.message).toMatch(new RegExp(`^f\\.xml:line ${line}, column ${column}: `));
    });
  }

  it('reports the first problem in the document when there are several', () => {
    const e = refusal('<a>\n<b></c>\u0001</a>');
    expect(e.place.line).toBe(2);
    expect(e.message).toContain('</c>');
    const f = refusal('<a>\n\u0001<b></c></a>');
    expect(f.message).toContain('U+0001');
  });
});

describe('parseXml reads what is well-formed', () => {
  it('skips a BOM and keeps line ends, tabs and references as the XML rules say', () => {
    const d = parseXml('\ufeff<?xml version="1.0" encoding="UTF-8"?>\r\n<a t="x\ty\r\nz&#9;&#10;&#13;">l1\r\nl2\rl3&#13;&#xD;</a>', 'f.xml');
    expect(d.xmlVersion).toBe('1.0');
    expect(d.root.attrs[0]!.value).toBe('x y z\t\n\r');
    expect(textOf(d.root)).toBe('l1\nl2\nl3\r\r');
        // An element's place is the end of its start tag, which here is on the line after the attribute's line end.
    expect([d.root.line, d.root.column]).toEqual([3, 17]);
  });

  it('counts columns in characters: an astral character is one column', () => {
    const d = parseXml('<a>😀<b/>\n😀😀<c/></a>', 'f.xml');
    const [b, c] = d.root.children.filter((x): x is XmlElement => typeof x !== 'string');
    expect([b!.line, b!.column]).toEqual([1, 8]);
    expect([c!.line, c!.column]).toEqual([2, 6]);
  });

  it('reads XML 1.1 line ends (NEL, LINE SEPARATOR) and references to C0 controls', () => {
    const d = parseXml('<?xml version="1.1"?><a t="&#1;">x\u0085y\r\u0085z\u2028</a>', 'f.xml');
    expect(textOf(d.root)).toBe('x\ny\nz\n');
    expect(d.root.attrs[0]!.value).toBe('\u0001');
    expect(refusal('<?xml version="1.1"?><a>\u0080</a>').message).toContain('U+0080');
    // In XML 1.0 the same characters are ordinary text.
    expect(textOf(parseXml('<a>x\u0085y\u2028</a>', 'f.xml').root)).toBe('x\u0085y\u2028');
  });

  it('takes CDATA, comments and processing instructions, keeping the last two as markup', () => {
    const d = parseXml('<a>x<!-- c --><![CDATA[<b>&amp;]]><?pi  data?>y<![CDATA[]]></a>', 'f.xml');
    expect(d.root.children).toEqual(['x<b>&amp;y']);
    expect(d.root.misc).toEqual([
      { at: 1, markup: '<!-- c -->' },
      { at: 1, markup: '<?pi  data?>' },
    ]);
  });

  it('resolves namespaces: default, prefixed, undeclared default, the xml prefix, and attributes without a prefix', () => {
    const d = parseXml('<r xmlns="urn:d" xmlns:p="urn:p"><p:e p:a="1" b="2" xml:lang="ar"><f xmlns=""/></p:e></r>', 'f.xml');
    const e = d.root.children[0] as XmlElement;
    expect([d.root.uri, e.uri, e.local]).toEqual(['urn:d', 'urn:p', 'e']);
    expect(e.attrs.map((a) => [a.name, a.uri, a.local])).toEqual([
      ['p:a', 'urn:p', 'a'],
      ['b', '', 'b'],
      ['xml:lang', 'http://www.w3.org/XML/1998/namespace', 'lang'],
    ]);
    expect((e.children[0] as XmlElement).uri).toBe('');
    expect(e.scope).toBe(d.root.scope);
  });

  it('is not fooled by prefixes named like Object properties', () => {
    expect(refusal('<constructor:a/>').message).toContain('prefix constructor');
    const d = parseXml('<__proto__:a xmlns:__proto__="urn:x" toString="1"/>', 'f.xml');
    expect(d.root.uri).toBe('urn:x');
    expect(refusal('<a>&constructor;</a>').message).toContain('undefined entity');
  });

  it('reads Arabic element and attribute names', () => {
    const d = parseXml('<وحدة معرف="١">نص</وحدة>', 'f.xml');
    expect([d.root.name, d.root.attrs[0]!.name, d.root.attrs[0]!.value, textOf(d.root)]).toEqual(['وحدة', 'معرف', '١', 'نص']);
  });

  it('reads a one-line document with many elements without slowing down per element', () => {
    const n = 20_000;
    const doc = `<r>${'<u id="x">😀 نص</u>'.repeat(n)}</r>`;
    const t0 = performance.now();
    const d = parseXml(doc, 'f.xml');
    expect(d.root.children.length).toBe(n);
    const last = d.root.children[n - 1] as XmlElement;
    expect(last.column).toBe(3 + 18 * (n - 1) + 10);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
