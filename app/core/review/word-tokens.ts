/**
 * Word tokens for diffs: every piece of a text (words, numbers, punctuation, spaces) in order, so joining the
 * tokens gives the text back exactly. Words are cut by `Intl.Segmenter`, which keeps Arabic words whole
 * (diacritics and attached particles stay with their word) where regex word splits break them into letters.
 */
import type { Lang } from '../align/types';

/** What a token is: the diff shows words and punctuation, and treats runs of spaces as separators. */
export type WordTokenKind = 'word' | 'punct' | 'space';

export interface WordToken {
  text: string;
  kind: WordTokenKind;
  /** Offset of the token's first UTF-16 code unit in the text. */
  start: number;
}

const segmenters = new Map<Lang, Intl.Segmenter>();

function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

// A full stop between two Arabic letters is a missing space after a sentence ("بروكسل.واعلن"); the Unicode
// word rules glue such a pair into one word, which would make the whole pair one change in a diff.
const GLUED_ARABIC_STOP = /(?<=[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06fa-\u06ff])\.(?=[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff])/u;

/** Cuts `text` into word, punctuation and space tokens whose concatenation is `text`. */
export function wordTokens(text: string, lang: Lang): WordToken[] {
  const out: WordToken[] = [];
  for (const seg of segmenter(lang).segment(text)) {
    const piece = seg.segment;
    if (seg.isWordLike) {
      pushWord(out, piece, seg.index);
    } else if (/^\s+$/u.test(piece)) {
      out.push({ text: piece, kind: 'space', start: seg.index });
    } else {
      out.push({ text: piece, kind: 'punct', start: seg.index });
    }
  }
  return out;
}

function pushWord(out: WordToken[], piece: string, start: number): void {
  let rest = piece;
  let at = start;
  for (;;) {
    const m = GLUED_ARABIC_STOP.exec(rest);
    if (!m) break;
    if (m.index > 0) out.push({ text: rest.slice(0, m.index), kind: 'word', start: at });
    out.push({ text: '.', kind: 'punct', start: at + m.index });
    at += m.index + 1;
    rest = rest.slice(m.index + 1);
  }
  if (rest) out.push({ text: rest, kind: 'word', start: at });
}
