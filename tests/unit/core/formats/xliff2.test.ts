import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../../app/core/formats/errors';
import { readXliff } from '../../../../app/core/formats/xliff-read';
import { writeXliff2 } from '../../../../app/core/formats/xliff2-write';
import { glossaryTermsFor } from '../../../../app/core/formats/terms';
import { sampleProject } from './sample';

const read = (text: string, file = 'sample.xlf') => readXliff(text, { file, now: '2026-02-01T00:00:00.000Z', id: 'imported' });

function refusal(text: string): FormatError {
  try {
    read(text);
  } catch (e) {
    expect(e).toBeInstanceOf(FormatError);
    return e as FormatError;
  }
  throw new Error('expected the file to be refused');
}

describe('XLIFF 2.1 export of a Qalam project', () => {
  const p = sampleProject();
  const xml = writeXliff2(p, { termsFor: glossaryTermsFor(p) });

  it('declares Arabic source and English target and version 2.1', () => {
    expect(xml).toContain('version="2.1" srcLang="ar" trgLang="en"');
    expect(writeXliff2(p, { version: '2.0' })).toContain('version="2.0"');
  });

  it('writes one unit per bead with its id and segment state', () => {
    expect(xml.match(/<unit /g)).toHaveLength(p.rows.length);
    expect(xml).toMatch(/<unit id="r2">[\s\S]*?<segment state="reviewed">/);
    expect(xml).toMatch(/<unit id="r5">[\s\S]*?<segment state="initial">\s*<source>[^<]*<\/source>\s*<\/segment>/);
  });

  it('groups units per source paragraph so the English document can be rebuilt', () => {
    expect(xml.match(/<group id="g-p\d+">/g)).toEqual(['<group id="g-p0">', '<group id="g-p1">', '<group id="g-p2">']);
  });

  it('puts the alignment score and the sentence split of a 2-1 bead in the metadata module', () => {
    expect(xml).toContain('<mda:meta type="score">0.71</mda:meta><mda:meta type="sentences">27 29</mda:meta>');
  });

  it('lists the glossary terms matched in a unit with their translations (glossary module)', () => {
    expect(xml).toMatch(/<unit id="r1">[\s\S]*?<gls:term source="qalam-glossary">مجلس الأمن<\/gls:term><gls:translation>Security Council<\/gls:translation>/);
  });

  it('finds glossary terms with clitics attached (لمجلس الأمن: li- + the term) and lists every allowed translation', () => {
    const q = sampleProject();
    q.rows[0]!.source = ['وجّه الوزير رسالة لمجلس الأمن عن داعش.'];
    const x = writeXliff2(q, { termsFor: glossaryTermsFor(q) });
    expect(x).toMatch(
      /<unit id="r1">[\s\S]*?<gls:glossary><gls:glossEntry><gls:term source="qalam-glossary">مجلس الأمن<\/gls:term><gls:translation>Security Council<\/gls:translation><\/gls:glossEntry><gls:glossEntry><gls:term source="qalam-glossary">داعش<\/gls:term><gls:translation>IS<\/gls:translation><gls:translation>ISIS<\/gls:translation><\/gls:glossEntry><\/gls:glossary>/,
    );
    expect(x).not.toMatch(/<unit id="r4">[\s\S]*?<gls:glossary>[\s\S]*?<unit id="r5">/);
  });

  it('keeps QA ignores and notes with author and date', () => {
    expect(xml).toContain('<mda:meta type="rowId">r2</mda:meta><mda:meta type="check">numbers</mda:meta>');
    expect(xml).toContain('<note qlm:author="Huda" qlm:date="2026-01-06T10:00:00Z">Check "fifteen" against the record &amp; the &lt;vote&gt;.</note>');
  });

  it('gives back the same project on import, and the same bytes on a second export', () => {
    const back = read(xml);
    expect(back).toEqual(p);
    expect(writeXliff2(back, { termsFor: glossaryTermsFor(back) })).toBe(xml);
  });

  it('writes characters XML cannot carry as <cp/> and reads them back (vertical tab pasted from Word)', () => {
    const q = sampleProject();
    q.rows[0]!.target = 'line\u000bbreak';
    const x = writeXliff2(q);
    expect(x).toContain('line<cp hex="000B"/>break');
    expect(read(x).rows[0]!.target).toBe('line\u000bbreak');
  });

  it('refuses to write inline codes that cross (the file would not be XML) and names the unit', () => {
    const q = sampleProject();
    q.rows[2]!.target = 'The \ue001Secretary-General\ue000 announced';
    expect(() => writeXliff2(q)).toThrow(/unit r3: inline code 1 is closed before it is opened/);
  });

  it('refuses a row id that XLIFF cannot carry as a unit id', () => {
    const q = sampleProject();
    q.rows[0]!.id = 'row one';
    expect(() => writeXliff2(q)).toThrow(/unit row one: the row id is not a valid XLIFF id/);
  });
});

describe('XLIFF import refuses the wrong files', () => {
  const ok = writeXliff2(sampleProject());

  it('wrong namespace', () => {
    const e = refusal(ok.replace('urn:oasis:names:tc:xliff:document:2.0', 'urn:example:not-xliff'));
    expect(e.code).toBe('namespace');
    expect(e.message).toMatch(/^sample\.xlf:line 2, column \d+: wrong XLIFF namespace/);
  });

  it('wrong version', () => {
    const e = refusal(ok.replace('version="2.1"', 'version="3.0"'));
    expect(e.code).toBe('version');
    expect(e.message).toContain('unsupported XLIFF version 3.0');
  });

  it('swapped languages (an English→Arabic file)', () => {
    const e = refusal(ok.replace('srcLang="ar" trgLang="en"', 'srcLang="en" trgLang="ar"'));
    expect(e.code).toBe('language');
    expect(e.message).toContain('swapped');
  });

  it('a mixed-up language pair (French source)', () => {
    const e = refusal(ok.replace('srcLang="ar"', 'srcLang="fr-FR"'));
    expect(e.message).toContain('the source language is fr-FR; expected ar');
  });

  it('accepts regional tags (ar-EG → en-GB)', () => {
    const p = read(ok.replace('srcLang="ar" trgLang="en"', 'srcLang="ar-EG" trgLang="en-GB"'));
    expect(p.sourceLang).toBe('ar-EG');
    expect(p.targetLang).toBe('en-GB');
  });

  it('a truncated file gives line and column', () => {
    const e = refusal(ok.slice(0, Math.floor(ok.length / 2)));
    expect(e.code).toBe('malformed');
    expect(e.place.line).toBeGreaterThan(3);
  });

  it('a file that is not XLIFF', () => {
    expect(refusal('<?xml version="1.0"?><html><body/></html>').message).toContain('not an XLIFF file (the root element is <html>)');
  });
});
