import { describe, expect, it } from 'vitest';
import { readXliff } from '../../../../app/core/formats/xliff-read';
import { writeXliff12 } from '../../../../app/core/formats/xliff12-write';
import { sampleProject } from './sample';

const read = (text: string) => readXliff(text, { file: 'sample.xlf', now: '2026-02-01T00:00:00.000Z', id: 'p-sample' });

describe('XLIFF 1.2 export', () => {
  const p = sampleProject();
  const xml = writeXliff12(p);

  it('declares source-language ar and target-language en', () => {
    expect(xml).toContain('source-language="ar" target-language="en"');
    expect(xml).toContain('version="1.2"');
  });

  it('maps segment states to 1.2 state and approved', () => {
    expect(xml).toMatch(/<trans-unit id="r1" approved="yes"[^>]*>[\s\S]*?<target state="final">/);
    expect(xml).toMatch(/<trans-unit id="r2" approved="yes"[^>]*>[\s\S]*?<target state="signed-off">/);
    expect(xml).toMatch(/<trans-unit id="r3" xml:space="preserve">[\s\S]*?<target state="translated">/);
    expect(xml).toMatch(/<trans-unit id="r5" xml:space="preserve">[\s\S]*?<target state="new"><\/target>/);
  });

  it('writes XLIFF 2 inline codes of the project as their 1.2 equivalents (<pc> → <g>, <ph/> → <x/>)', () => {
    expect(xml).toContain('<source>أعلن <g id="1">الأمين العام</g> عن خطة جديدة<x id="2"/></source>');
  });

  it('keeps notes (author in from=) and the score in a context group', () => {
    expect(xml).toContain('<note from="Huda">Check "fifteen" against the record &amp; the &lt;vote&gt;.</note>');
    expect(xml).toContain('<context context-type="x-qalam-score">0.71</context>');
  });

  it('gives back the same rows on import (codes in their 1.2 form) and the same bytes on re-export', () => {
    const back = read(xml);
    const expected = sampleProject().rows;
    expected[2]!.codes = [
      { id: '1', kind: 'open', original: '<g id="1">' },
      { id: '1', kind: 'close', original: '</g>' },
      { id: '2', kind: 'standalone', original: '<x id="2"/>' },
    ];
    expect(back.rows).toEqual(expected);
    expect(back.name).toBe('sample');
    expect(writeXliff12(back)).toBe(xml);
  });

  it('refuses 1.2 namespace with another version and swapped languages', () => {
    expect(() => read(xml.replace('version="1.2"', 'version="1.1"'))).toThrow(/unsupported XLIFF version 1\.1/);
    expect(() => read(xml.replace('source-language="ar" target-language="en"', 'source-language="en" target-language="ar"'))).toThrow(/swapped/);
  });
});
