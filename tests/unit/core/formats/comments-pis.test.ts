import { describe, expect, it } from 'vitest';
import { readXliff } from '../../../../app/core/formats/xliff-read';
import { writeXliff12 } from '../../../../app/core/formats/xliff12-write';
import { writeXliff2 } from '../../../../app/core/formats/xliff2-write';
import { parseXml } from '../../../../app/core/formats/xml/parse';
import { serializeFragment, type XmlElement } from '../../../../app/core/formats/xml/tree';
import { schemaDir, validateXliff12, validateXliff2 } from './schema';

const OPTS = { file: 'other-tool.xlf', now: '2026-02-01T00:00:00.000Z', id: 'imported' };

const XLIFF2 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:my="urn:example:ext" version="2.1" srcLang="ar" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <!-- checked by the reviewer -->
      <my:ext a="1"><!-- inside an extension --><my:v>x</my:v></my:ext>
      <segment id="s1">
        <source>نص <!-- in the source -->أول</source>
        <target>First text</target>
      </segment>
      <?tool-pi mark="1"?>
      <segment id="s2">
        <source>نص ثان</source>
      </segment>
      <!-- after the last segment -->
    </unit>
  </file>
</xliff>
`;

const XLIFF12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="doc.txt" source-language="ar" target-language="en" datatype="plaintext">
    <body>
      <trans-unit id="t1">
        <!-- from the translation memory -->
        <source>مرحبا</source>
        <?memoq-status done?>
        <target>Hello</target>
        <note>A note</note>
        <!-- the last word -->
      </trans-unit>
    </body>
  </file>
</xliff>
`;

describe('comments and processing instructions in units from other tools', () => {
  it('XLIFF 2: kept at the head of the unit or after the segment they follow; those inside the source are dropped', () => {
    const p = readXliff(XLIFF2, OPTS);
    expect(p.rows.map((r) => [r.source, r.target])).toEqual([
      [['نص أول'], 'First text'],
      [['نص ثان'], ''],
    ]);
    const out = writeXliff2(p);
    expect(out).toContain('<!-- checked by the reviewer -->');
    expect(out).toContain('<my:ext a="1" xmlns:my="urn:example:ext"><!-- inside an extension --><my:v>x</my:v></my:ext>');
    expect(out).not.toContain('in the source');
    const seg1End = out.indexOf('</segment>');
    const seg2 = out.indexOf('<segment', seg1End);
    expect(out.indexOf('<?tool-pi mark="1"?>')).toBeGreaterThan(seg1End);
    expect(out.indexOf('<?tool-pi mark="1"?>')).toBeLessThan(seg2);
    expect(out.indexOf('<!-- after the last segment -->')).toBeGreaterThan(out.lastIndexOf('</segment>'));
    expect(out.indexOf('<!-- checked by the reviewer -->')).toBeLessThan(out.indexOf('<segment'));
  });

  it('XLIFF 2: import → export → import → export is stable', () => {
    const once = writeXliff2(readXliff(XLIFF2, OPTS));
    const back = readXliff(once, OPTS);
    expect(back).toEqual(readXliff(XLIFF2, OPTS));
    expect(writeXliff2(back)).toBe(once);
  });

  it('XLIFF 1.2: kept after the known children of the trans-unit, in their order, and stable', () => {
    const p = readXliff(XLIFF12, OPTS);
    expect([p.rows[0]!.source, p.rows[0]!.target, p.rows[0]!.notes]).toEqual([['مرحبا'], 'Hello', [{ text: 'A note' }]]);
    const out = writeXliff12(p);
    const a = out.indexOf('<!-- from the translation memory -->');
    const b = out.indexOf('<?memoq-status done?>');
    const c = out.indexOf('<!-- the last word -->');
    expect([a > out.indexOf('</target>'), a < b, b < c, c < out.indexOf('</trans-unit>')]).toEqual([true, true, true, true]);
    const back = readXliff(out, OPTS);
    expect(back).toEqual(p);
    expect(writeXliff12(back)).toBe(out);
  });

  it('serialising an element keeps its comments and PIs in place, and a comment alone keeps the element open', () => {
    const d = parseXml('<r><a>x<!--c-->y<b/><?p q?></a><e><!--only--></e></r>', 'f.xml');
    const [a, e] = d.root.children as XmlElement[];
    expect(serializeFragment(a!)).toBe('<a>xy<!--c--><b/><?p q?></a>');
    expect(serializeFragment(e!)).toBe('<e><!--only--></e>');
  });
});

describe.skipIf(!schemaDir)('files with kept comments and PIs stay valid', () => {
  it('XLIFF 2.1 and 1.2 strict', async () => {
    expect((await validateXliff2(writeXliff2(readXliff(XLIFF2, OPTS)))).errors).toEqual([]);
    expect((await validateXliff12(writeXliff12(readXliff(XLIFF12, OPTS)))).errors).toEqual([]);
  });
});
