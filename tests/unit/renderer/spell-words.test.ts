import { describe, expect, it } from 'vitest';
import { dictionaryForm, spellWords } from '../../../renderer/src/spell/words';

const words = (t: string) => spellWords(t).map((w) => w.word);

describe('words for the spell-checker', () => {
  it('takes ordinary words with their offsets, apostrophes inside words included', () => {
    const text = "The coalition’s plan doesn't work.";
    expect(spellWords(text)).toEqual([
      { word: 'The', start: 0, end: 3 },
      { word: 'coalition’s', start: 4, end: 15 },
      { word: 'plan', start: 16, end: 20 },
      { word: "doesn't", start: 21, end: 28 },
      { word: 'work', start: 29, end: 33 },
    ]);
  });

  it('checks hyphenated words part by part', () => {
    expect(words('a well-known long-term plan')).toEqual(['well', 'known', 'long', 'term', 'plan']);
  });

  it('leaves out acronyms, mixed case, single letters and other scripts', () => {
    expect(words('ISIS and NATO met iPhone users in a room with داعش')).toEqual(['and', 'met', 'users', 'in', 'room', 'with']);
  });

  it('leaves out words touching digits, addresses and inline codes', () => {
    expect(words('the 3rd of 15km see www.example.com/page or mail info@qalam.org now \uE000tag\uE001 ok')).toEqual(['the', 'of', 'see', 'or', 'mail', 'now', 'ok']);
  });

  it('gives the dictionary form: ASCII apostrophe, no possessive', () => {
    expect(dictionaryForm('coalition’s')).toBe('coalition');
    expect(dictionaryForm("jihadists'")).toBe('jihadists');
    expect(dictionaryForm("doesn't")).toBe("doesn't");
  });
});
