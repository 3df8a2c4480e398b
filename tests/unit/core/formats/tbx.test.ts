/** TBX glossary exchange. The TBX RNG/Schematron are not in the repo (licence unclear), so structure is checked here. */
import { describe, expect, it } from 'vitest';
import { readTbx, writeTbx } from '../../../../app/core/formats/tbx';
import { parseXml } from '../../../../app/core/formats/xml/parse';
import { attr, elements, textOf, XML_NS, type XmlElement } from '../../../../app/core/formats/xml/tree';
import { sampleProject } from './sample';

const TBX_NS = 'urn:iso:std:iso:30042:ed-2';

describe('TBX-Basic export', () => {
  const glossary = sampleProject().glossary;
  const tbx = writeTbx(glossary);
  const { root } = parseXml(tbx, 'g.tbx');

  it('has the TBX v3 root in its namespace, with type and style of the TBX-Basic DCA dialect', () => {
    expect(root.local).toBe('tbx');
    expect(root.uri).toBe(TBX_NS);
    expect(attr(root, 'type')).toBe('TBX-Basic');
    expect(attr(root, 'style')).toBe('dca');
    expect(attr(root, 'lang', XML_NS)).toBe('en');
    expect(elements(root).map((e) => e.local)).toEqual(['tbxHeader', 'text']);
  });

  it('writes one conceptEntry per glossary entry with an Arabic and an English language section', () => {
    const body = elements(elements(root, 'text')[0]!, 'body')[0]!;
    const concepts = elements(body, 'conceptEntry');
    expect(concepts.map((c) => attr(c, 'id'))).toEqual(['t1', 't2']);
    for (const c of concepts) {
      const langs = elements(c, 'langSec').map((l) => attr(l, 'lang', XML_NS));
      expect(langs).toEqual(['ar', 'en']);
      // Every termSec starts with exactly one term (TBX core structure).
      for (const l of elements(c, 'langSec')) for (const ts of elements(l, 'termSec')) expect((ts.children.find((k) => typeof k !== 'string') as XmlElement).local).toBe('term');
    }
    const en = elements(concepts[0]!, 'langSec')[1]!;
    expect(elements(en, 'termSec').map((ts) => [textOf(elements(ts, 'term')[0]!), textOf(elements(ts, 'termNote')[0]!)])).toEqual([
      ['Security Council', 'preferredTerm-admn-sts'],
      ['Safety Council', 'deprecatedTerm-admn-sts'],
    ]);
  });

  it('reads back the same glossary: preferred first, forbidden terms, note, part of speech, case sensitivity', () => {
    expect(readTbx(tbx, { file: 'g.tbx' })).toEqual(glossary);
  });

  it('carries other Arabic spellings as admitted terms of the Arabic section, and reads them back', () => {
    const withVariants = [{ ...glossary[1]!, sourceVariants: ['الدولة الإسلامية', 'تنظيم الدولة'] }];
    const text = writeTbx(withVariants);
    const ar = elements(elements(elements(parseXml(text, 'v.tbx').root, 'text')[0]!, 'body')[0]!, 'conceptEntry')[0]!;
    const arabic = elements(ar, 'langSec')[0]!;
    expect(elements(arabic, 'termSec').map((ts) => textOf(elements(ts, 'term')[0]!))).toEqual(['داعش', 'الدولة الإسلامية', 'تنظيم الدولة']);
    expect(readTbx(text, { file: 'v.tbx' })).toEqual(withVariants);
  });
});

describe('TBX import', () => {
  it('reads a TBX 2008 <martif> file as older tools write it', () => {
    const martif = `<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
<text><body>
  <termEntry id="e1">
    <langSet xml:lang="ar"><tig><term>وزارة الخارجية</term></tig></langSet>
    <langSet xml:lang="en-US">
      <ntig><termGrp><term>Foreign Ministry</term></termGrp></ntig>
      <tig><term>Ministry of Foreign Affairs</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
      <tig><term>Outside Ministry</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
    </langSet>
  </termEntry>
</body></text></martif>`;
    expect(readTbx(martif, { file: 'old.tbx' })).toEqual([
      { id: 'e1', source: 'وزارة الخارجية', targets: ['Ministry of Foreign Affairs', 'Foreign Ministry'], forbidden: ['Outside Ministry'] },
    ]);
  });

  it('refuses a TBX v3 root in the wrong namespace and an XXE attempt', () => {
    expect(() => readTbx('<tbx xmlns="urn:iso:std:iso:30042:ed-1"/>', { file: 'g.tbx' })).toThrow(/wrong namespace/);
    expect(() => readTbx('<!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/hosts">]><tbx>&x;</tbx>', { file: 'g.tbx' })).toThrow(/internal subset/);
  });
});
