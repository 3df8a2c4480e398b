import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { acceptAll, acceptChange, changes, diffText, diffWords, rejectAll, rejectChange } from '../../../../app/core/review/word-diff';
import { wordTokens } from '../../../../app/core/review/word-tokens';

describe('wordTokens', () => {
  it('keeps an Arabic word with its diacritics and attached particles as one token (not letters)', () => {
    const words = wordTokens('وَالإِئْتِلافُ الحاكِمُ، قال', 'ar').filter((t) => t.kind === 'word').map((t) => t.text);
    expect(words).toEqual(['وَالإِئْتِلافُ', 'الحاكِمُ', 'قال']);
  });

  it('cuts a full stop glued between two Arabic sentences (بروكسل.واعلن) into word, stop, word', () => {
    expect(wordTokens('بروكسل.واعلن', 'ar').map((t) => [t.text, t.kind])).toEqual([
      ['بروكسل', 'word'],
      ['.', 'punct'],
      ['واعلن', 'word'],
    ]);
  });

  it('rebuilds the text exactly from its tokens, offsets included', () => {
    const text = 'The minister said, "no."  وقال الوزير: ٣٠٪';
    const toks = wordTokens(text, 'en');
    expect(toks.map((t) => t.text).join('')).toBe(text);
    for (const t of toks) expect(text.slice(t.start, t.start + t.text.length)).toBe(t.text);
  });
});

describe('diffWords (English target under review)', () => {
  const before = 'The ruling coalition announced a new plan.';
  const after = 'The governing coalition announced a new reform plan.';

  it('marks a replaced word and an inserted word as two changes', () => {
    const d = diffWords(before, after, 'en');
    expect(changes(d).map((c) => [c.before, c.after])).toEqual([
      ['ruling', 'governing'],
      ['', 'reform '],
    ]);
  });

  it('rejecting one change and accepting the other gives the mixed text', () => {
    const d = diffWords(before, after, 'en');
    const [first, second] = changes(d);
    const mixed = acceptChange(rejectChange(d, first!.id), second!.id);
    expect(diffText(mixed, 'after')).toBe('The ruling coalition announced a new reform plan.');
    expect(changes(mixed)).toHaveLength(0);
  });

  it('accept all gives the reviewer text, reject all the translator text', () => {
    const d = diffWords(before, after, 'en');
    expect(diffText(acceptAll(d), 'after')).toBe(after);
    expect(diffText(rejectAll(d), 'after')).toBe(before);
  });

  it('shows neighbouring replaced words separated by a space as one change', () => {
    const d = diffWords('a big red dog', 'a small blue dog', 'en');
    expect(changes(d).map((c) => [c.before, c.after])).toEqual([['big red', 'small blue']]);
  });

  it('treats a changed punctuation mark as its own change', () => {
    const d = diffWords('Yes, he said.', 'Yes; he said.', 'en');
    expect(changes(d).map((c) => [c.before, c.after])).toEqual([[',', ';']]);
  });

  it('an unknown change id is an error, not a silent no-op', () => {
    expect(() => rejectChange(diffWords('a', 'b', 'en'), 7)).toThrow(/no open change with id 7/);
  });
});

describe('diffWords (Arabic)', () => {
  it('diffs Arabic by whole words: a changed particle on one word is one change of that word', () => {
    const d = diffWords('قال الوزير إن الحكومة ستدعم القرار', 'وقال الوزير إن الحكومة لن تدعم القرار', 'ar');
    expect(changes(d).map((c) => [c.before, c.after])).toEqual([
      ['قال', 'وقال'],
      ['ستدعم', 'لن تدعم'],
    ]);
  });

  it('a diacritic added to a word is shown as a change of that word only', () => {
    const d = diffWords('أعلن الائتلاف الحاكم', 'أعلن الائتلافُ الحاكم', 'ar');
    expect(changes(d).map((c) => [c.before, c.after])).toEqual([['الائتلاف', 'الائتلافُ']]);
  });

  it('rejecting the change restores the Arabic text exactly', () => {
    const d = diffWords('رفض البرلمان مشروع القانون.', 'رفض البرلمان القانون.', 'ar');
    expect(diffText(rejectChange(d, changes(d)[0]!.id), 'after')).toBe('رفض البرلمان مشروع القانون.');
  });
});

describe('diffWords properties', () => {
  const word = fc.constantFrom('the', 'plan', 'new', 'الحكومة', 'والإئتلاف', 'قال', ',', '.', '؟', '٣٠', 'U.S.');
  const text = fc.array(word, { maxLength: 12 }).chain((ws) =>
    fc.array(fc.constantFrom(' ', '  ', '\n'), { minLength: ws.length, maxLength: ws.length }).map((sp) => ws.map((w, i) => w + sp[i]).join('')),
  );

  it('both sides of any diff rebuild the two texts exactly', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = diffWords(a, b, 'ar');
        expect(diffText(d, 'before')).toBe(a);
        expect(diffText(d, 'after')).toBe(b);
      }),
    );
  });

  it('rejecting every change one by one gives back the old text', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        let d = diffWords(a, b, 'en');
        for (const c of changes(d)) d = rejectChange(d, c.id);
        expect(diffText(d, 'after')).toBe(a);
      }),
    );
  });
});
