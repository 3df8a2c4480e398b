import { describe, expect, it } from 'vitest';
import { SpellingMemo } from '../../../../app/core/glossary/spelling-memo';

interface Made {
  spelling: string;
  n: number;
}

function memo(limit: number): { m: SpellingMemo<Made>; made: string[] } {
  const made: string[] = [];
  const m = new SpellingMemo((spelling): Made => {
    made.push(spelling);
    return { spelling, n: made.length };
  }, limit, 4);
  return { m, made };
}

describe('SpellingMemo', () => {
  it('makes a value once per spelling, looked up by its place in any text', () => {
    const { m, made } = memo(100);
    const a = m.get('the state and the State', 0, 3);
    expect(a.spelling).toBe('the');
    expect(m.get('xx the', 3, 6)).toBe(a);
    expect(m.get('the state and the State', 4, 9).spelling).toBe('state');
    expect(m.get('the state and the State', 18, 23).spelling).toBe('State');
    expect(made).toEqual(['the', 'state', 'State']);
  });
  it('keeps every spelling apart as it grows past its first capacity, and finds them all again', () => {
    const { m, made } = memo(100_000);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}دولة${i % 7}`);
    const first = words.map((w) => m.get(`<${w}>`, 1, w.length + 1));
    expect(m.size).toBe(5000);
    expect(words.map((w) => m.get(w, 0, w.length))).toEqual(first);
    expect(made).toHaveLength(5000);
    expect(first.map((v) => v.spelling)).toEqual(words);
  });
  it('tells apart spellings whose slots or hashes meet (w4pvu and wb3ea share their FNV-1a hash)', () => {
    const { m } = memo(100);
    const spans = ['', 'a', 'ab', 'abc', 'abd', 'ba', 'w4pvu', 'wb3ea'];
    const got = spans.map((s) => m.get(s, 0, s.length).spelling);
    expect(got).toEqual(spans);
    expect(m.size).toBe(spans.length);
  });
  it('forgets everything once it holds its limit, and makes values again', () => {
    const { m, made } = memo(3);
    for (const w of ['a', 'b', 'c']) m.get(w, 0, 1);
    expect(m.size).toBe(3);
    m.get('d', 0, 1);
    expect(m.size).toBe(1);
    m.get('a', 0, 1);
    expect(made).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});
