/** Files in the styles Trados, memoQ, OmegaT and Okapi/Matecat write (hand-written, own content). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXliff } from '../../../../app/core/formats/xliff-read';
import { writeXliff12 } from '../../../../app/core/formats/xliff12-write';
import { writeXliff2 } from '../../../../app/core/formats/xliff2-write';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url), 'utf8');
const read = (text: string, file: string) => readXliff(text, { file, now: '2026-02-01T00:00:00.000Z', id: 'imported' });

/** import → export → import gives the same project, and export → import → export the same bytes. */
function roundTrip(name: string, write: (p: ReturnType<typeof read>) => string) {
  const first = read(fixture(name), name);
  const out = write(first);
  const second = read(out, name);
  expect(second).toEqual(first);
  expect(write(second)).toBe(out);
  return { first, out };
}

describe('Trados-style SDLXLIFF (XLIFF 1.2 with sdl: extensions)', () => {
  const { first, out } = roundTrip('trados-style.sdlxliff', writeXliff12);

  it('reads regional language tags and one row per trans-unit', () => {
    expect(first.sourceLang).toBe('ar-SA');
    expect(first.targetLang).toBe('en-US');
    expect(first.rows.map((r) => r.id)).toEqual(['0b1f3c2e-0001', '0b1f3c2e-0002']);
  });

  it('turns <g>, <x/> and the segment <mrk> into protected codes around the Arabic text', () => {
    const r = first.rows[0]!;
    expect(r.source).toEqual(['تراجعت أسعار \ue000النفط\ue001 بنسبة 3% أمس.\ue002']);
    expect(r.codes!.slice(0, 3).map((c) => c.original)).toEqual(['<g id="5">', '</g>', '<x id="7"/>']);
    expect(r.target).toMatch(/^\ue003Oil \ue000prices\ue001 fell 3% yesterday\.\ue002\ue004$/);
    expect(r.codes![3]!.original).toBe('<mrk mtype="seg" mid="1">');
    expect(r.state).toBe('translated');
  });

  it('keeps the sdl: attributes, seg-source, seg-defs and header elements through export', () => {
    expect(out).toContain('sdl:locktype="none"');
    expect(out).toContain('<sdl:seg-defs xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><sdl:seg id="1" conf="Translated" origin="tm" percent="100"/></sdl:seg-defs>');
    expect(out).toContain('<seg-source><mrk mtype="seg" mid="1">تراجعت أسعار <g id="5">النفط</g> بنسبة 3% أمس.<x id="7"/></mrk></seg-source>');
    expect(out).toContain('<file-info xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"><value key="SDL:FileId">');
    expect(out).toContain('original="C:\\Projects\\Bulletin\\bulletin-ar.docx"');
  });
});

describe('memoQ-style MQXLIFF', () => {
  const { first, out } = roundTrip('memoq-style.mqxliff', writeXliff12);

  it('reads bpt/ept pairs as open and close codes and the reviewer note', () => {
    const r = first.rows[0]!;
    expect(r.codes!.map((c) => [c.kind, c.original])).toEqual([
      ['open', '<bpt id="1" ctype="bold">{}</bpt>'],
      ['close', '<ept id="1">{}</ept>'],
    ]);
    expect(r.target).toBe('Ladies and \ue000gentlemen\ue001,');
    expect(r.notes).toEqual([{ text: 'Keep the formal register.', author: 'Reviewer' }]);
  });

  it('reads an empty target as an untranslated row', () => {
    expect(first.rows[1]!.target).toBe('');
    expect(first.rows[1]!.state).toBe('initial');
    expect(first.rows[1]!.codes!.map((c) => c.original)).toEqual(['<ph id="2">{tab}</ph>']);
  });

  it('keeps mq: status and guid attributes', () => {
    expect(out).toContain('mq:status="ManuallyConfirmed" mq:segmentguid="a1b2c3d4-0000-4000-8000-000000000001" mq:percent="101" xmlns:mq="MQXliff"');
    expect(out).toContain('mq:docid="8f2e9a44-1c3b-4d5e-8a7b-123456789abc"');
  });
});

describe('OmegaT-style XLIFF 1.2', () => {
  const { first, out } = roundTrip('omegat-style.xlf', writeXliff12);

  it('reads isolated <it> codes whose pair spans two segments', () => {
    expect(first.rows[0]!.codes![0]).toEqual({ id: '1', kind: 'open', original: '<it pos="open" id="1">&lt;i&gt;</it>' });
    expect(first.rows[1]!.codes![0]).toEqual({ id: '1', kind: 'close', original: '<it pos="close" id="1">&lt;/i&gt;</it>' });
  });

  it('maps needs-review-translation to translated and keeps alt-trans', () => {
    expect(first.rows[1]!.state).toBe('translated');
    expect(out).toContain('<alt-trans match-quality="75%"><source>قرأ الطالب الكتاب.</source><target>The student read the book.</target></alt-trans>');
  });
});

describe('Okapi/Matecat-style XLIFF 2.1', () => {
  const { first, out } = roundTrip('okapi-style-21.xlf', (p) => writeXliff2(p));

  it('gives one row per segment of a multi-segment unit, remembering the unit', () => {
    expect(first.rows.map((r) => r.id)).toEqual(['u1.1', 'u1.2', 'u2']);
    expect(first.rows[0]!.state).toBe('reviewed');
    expect(first.rows[1]!.extra!['xlf2:unit']).toBe('u1');
    expect(out).toMatch(/<unit id="u1" my:page="3" name="heading" xmlns:my="urn:example:tool">[\s\S]*<segment id="s1"[\s\S]*<ignorable><source> <\/source><\/ignorable>[\s\S]*<segment id="s2"/);
  });

  it('reads pc, ph, sc/ec and mrk as codes', () => {
    const r = first.rows[1]!;
    expect(r.source).toEqual(['الجلسة \ue000الأولى: \ue001الافتتاح\ue002\ue003']);
    expect(r.codes!.map((c) => c.kind)).toEqual(['open', 'open', 'close', 'close']);
    expect(r.codes![3]!.original).toBe('<ec startRef="3" dataRef="d2"/>');
  });

  it('decodes <cp hex="000B"/> and writes it back', () => {
    expect(first.rows[2]!.source[0]).toBe('يرحب الرئيس بالوفود\u000bالمشاركة.');
    expect(out).toContain('بالوفود<cp hex="000B"/>المشاركة.');
  });

  it('keeps the matches module, originalData, skeleton, file notes, subState and unknown attributes', () => {
    expect(out).toContain('<mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"><mtc:match ref="#s1" similarity="92">');
    expect(out).toContain('<originalData><data id="d1">&lt;b&gt;</data>');
    expect(out).toContain('<skeleton href="agenda.skl"/>');
    expect(out).toContain('<notes><note id="fn1" category="instruction">Translate the headings in title case.</note></notes>');
    expect(out).toContain('subState="my:checked"');
    expect(out).toContain('<file id="doc1" original="agenda.html" xml:space="preserve" my:job="J-77"');
    expect(out).toContain('<note category="context" priority="2">Page heading.</note>');
  });
});

describe('details other tools write', () => {
  it('reads CDATA sections as text and writes them back escaped (same content, XML still valid)', () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar" trgLang="en"><file id="f"><unit id="u"><segment>
      <source><![CDATA[السعر < 5 & الكمية > 3]]></source><target><![CDATA[price < 5 & quantity > 3]]></target></segment></unit></file></xliff>`;
    const p = read(xml, 'cdata.xlf');
    expect(p.rows[0]!.source).toEqual(['السعر < 5 & الكمية > 3']);
    expect(writeXliff2(p)).toContain('<target>price &lt; 5 &amp; quantity &gt; 3</target>');
  });

  it('keeps text with tashkeel, tatweel and bidi marks exactly', () => {
    const src = '\u200fإِنَّ الـــعِلْمَ \u202bنُورٌ\u202c.';
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ar" trgLang="en"><file id="f"><unit id="u"><segment><source>${src}</source></segment></unit></file></xliff>`;
    const p = read(xml, 'marks.xlf');
    expect(p.rows[0]!.source[0]).toBe(src);
    expect(read(writeXliff2(p), 'marks.xlf').rows[0]!.source[0]).toBe(src);
  });

  it('reads every <file> of a multi-file XLIFF 2 document, one paragraph per top-level unit or group', () => {
    const unit = (id: string, t: string) => `<unit id="${id}"><segment><source>${t}</source></segment></unit>`;
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar" trgLang="en">
      <file id="a">${unit('a1', 'أ')}<group id="g">${unit('a2', 'ب')}${unit('a3', 'ت')}</group></file>
      <file id="b">${unit('b1', 'ث')}</file></xliff>`;
    const p = read(xml, 'two.xlf');
    expect(p.rows.map((r) => [r.id, r.paragraph])).toEqual([['a1', 0], ['a2', 1], ['a3', 1], ['b1', 2]]);
  });
});
