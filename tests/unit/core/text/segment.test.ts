import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segment, segmentLines } from '../../../../app/core/text/segment';

describe('segment offsets and paragraphs', () => {
  it('gives offsets into the original text (UTF-16 units) so the UI can highlight each sentence', () => {
    const text = '  أعلن الوزير الخطة.  وبدأ التنفيذ!\n\nوانتهى اليوم.';
    const out = segment(text, 'ar');
    expect(out.map((s) => s.text)).toEqual(['أعلن الوزير الخطة.', 'وبدأ التنفيذ!', 'وانتهى اليوم.']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(out.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
  it('counts paragraphs by blank lines, not single line breaks', () => {
    const out = segment('Headline\nFirst line.\n\n\nSecond paragraph.\r\n\r\nThird.', 'en');
    expect(out.map((s) => [s.text, s.paragraph])).toEqual([
      ['Headline', 0],
      ['First line.', 0],
      ['Second paragraph.', 1],
      ['Third.', 2],
    ]);
  });
  it('keeps offsets right for characters outside the BMP (an emoji counts two units)', () => {
    const text = 'Great win 🎉. Fans cheered.';
    const out = segment(text, 'en');
    expect(out.map((s) => s.text)).toEqual(['Great win 🎉.', 'Fans cheered.']);
    expect(out[1]!.start).toBe(text.indexOf('Fans'));
  });
  it('joins a hard-wrapped English sentence across a line break, keeping its offsets', () => {
    const text = 'The minister said the plan would\ncost more than expected. Critics\nagreed.\nMarkets Rally\nShares rose.';
    const out = segment(text, 'en');
    expect(out.map((s) => s.text)).toEqual(['The minister said the plan would\ncost more than expected.', 'Critics\nagreed.', 'Markets Rally', 'Shares rose.']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('never joins Arabic lines (no letter case tells a wrapped line from a headline)', () => {
    expect(segment('الحكومة تعلن خطة\nجديدة للنقل.', 'ar').map((s) => s.text)).toEqual(['الحكومة تعلن خطة', 'جديدة للنقل.']);
  });
  it('returns nothing for an empty or blank text', () => {
    expect(segment('', 'ar')).toEqual([]);
    expect(segment(' \n\n ', 'en')).toEqual([]);
  });
  it('segmentLines keeps each non-blank line as one segment with its paragraph', () => {
    const out = segmentLines('one. two.\n  three  \n\nfour');
    expect(out.map((s) => [s.text, s.start, s.paragraph])).toEqual([
      ['one. two.', 0, 0],
      ['three', 12, 0],
      ['four', 21, 1],
    ]);
  });
  it('property: sentences are in order, do not overlap, are trimmed and match their offsets', () => {
    const alphabet = fc.constantFrom('ا', 'ب', 'ـ', 'َ', ' ', '.', '؟', '،', '\n', 'A', 'b', '"', '»', '3', '٣', '…', '!', 'د');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((cs) => cs.join('')), fc.constantFrom('ar', 'en' as const), (text, lang) => {
        const out = segment(text, lang);
        let last = 0;
        let para = 0;
        for (const s of out) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          // Only a hard-wrapped English sentence (next line in lower case) runs over a line break.
          if (s.text.includes('\n')) {
            expect(lang).toBe('en');
            expect(s.text).toMatch(/\n[ \t]*\p{Ll}/u);
          }
          expect(s.paragraph).toBeGreaterThanOrEqual(para);
          last = s.end;
          para = s.paragraph;
        }
        // Nothing but white space is lost between sentences.
        const covered = out.map((s) => s.text).join('').replace(/\s/gu, '');
        expect(covered).toBe(text.replace(/\s/gu, ''));
      }),
      { numRuns: 300 },
    );
  });
});
