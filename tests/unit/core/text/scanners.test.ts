/**
 * The hand-written scanners (words for glossary matching, atoms for numbers) must find exactly what the
 * regular expressions they replaced found, on text built to trip them (see awkward-text.ts).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { englishTokens } from '../../../../app/core/glossary/english';
import { arabicTokens } from '../../../../app/core/text/arabic-tokens';
import { charClass, DECIMAL, LETTER, MARK, NUMBER } from '../../../../app/core/text/char-class';
import { findNumbers } from '../../../../app/core/text/numbers';
import { awkwardTexts } from './awkward-text';

const texts = awkwardTexts(11, 20000);

function byRegex(text: string, re: RegExp): { text: string; start: number; end: number }[] {
  return [...text.matchAll(re)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

it('the awkward texts have words of every kind to scan', () => {
  const all = texts.join(' ');
  expect(arabicTokens(all).length).toBeGreaterThan(30000);
  expect(englishTokens(all).filter((t) => t.text.includes('.')).length).toBeGreaterThan(100);
  expect(englishTokens(all).filter((t) => /['’]/.test(t.text)).length).toBeGreaterThan(100);
});

describe('charClass', () => {
  it('agrees with \\p{L}, \\p{M}, \\p{Nd} and \\p{N} on every BMP code point and on astral samples', () => {
    const wrong: number[] = [];
    const cps = [...Array.from({ length: 0x10000 }, (_, c) => c), 0x1d400, 0x1d7ce, 0x20000, 0x1f600, 0x10ffff, 0xe0100];
    for (const cp of cps) {
      const ch = String.fromCodePoint(cp);
      const want = (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\p{Nd}/u.test(ch) ? DECIMAL : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0);
      if (charClass(cp) !== want) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });
});

describe('word scanners', () => {
  it('arabicTokens finds what [\\p{L}\\p{M}\\p{Nd}\\u0640][\\p{L}\\p{M}\\p{Nd}\\u0640\\u200c\\u200d]* finds', () => {
    const re = /[\p{L}\p{M}\p{Nd}\u0640][\p{L}\p{M}\p{Nd}\u0640\u200c\u200d]*/gu;
    expect(texts.filter((t) => JSON.stringify(arabicTokens(t)) !== JSON.stringify(byRegex(t, re)))).toEqual([]);
  });
  it("englishTokens finds what (?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:['’]\\p{L}+)* finds", () => {
    const re = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
    expect(texts.filter((t) => JSON.stringify(englishTokens(t)) !== JSON.stringify(byRegex(t, re)))).toEqual([]);
  });
});

describe('findNumbers on awkward text', () => {
  it('finds what it found before its scanner was written by hand (digest taken with the old code)', () => {
    const h = createHash('sha256');
    let found = 0;
    for (const t of texts) {
      const ar = findNumbers(t, 'ar');
      const en = findNumbers(t, 'en');
      found += ar.length + en.length;
      h.update(JSON.stringify([ar, en]) + '\n');
    }
    expect(found).toBeGreaterThan(10000);
    expect(h.digest('hex')).toBe('41cd97e26214158202df7670c07f68f2942ab91deeec352f151d782729a6a47e');
  });
});
