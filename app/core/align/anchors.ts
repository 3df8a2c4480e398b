/**
 * Lexical anchors: each sentence is mapped to a set of keys (`num:425`, `term:<entryId>`, `name:KR`,
 * `punct:?`); a bead whose two sides share keys is more likely right. Extractors are pluggable so the CLI or
 * the app can add glossary terms (`term:<entryId>`) or a better number reader without touching the search.
 */
import type { Lang } from './types';
import { findNumbers } from '../text/numbers';
import { arabicNameKeys, englishNameKeys } from './names';
import { arabicDateKeys, englishDateKeys } from './calendar';

/** Maps a sentence to its anchor keys, each `kind:value`. Duplicates are allowed; they count once. */
export type AnchorExtractor = (text: string, lang: Lang) => string[];

/** How much a key of a kind is worth: `reward` when both sides of a bead have it, `miss` when only one does. */
export interface AnchorWeight {
  reward: number;
  miss: number;
}

/**
 * Weights per key kind (the text before the first `:`). Names are reward-only: every Arabic word yields a
 * candidate skeleton, so a missing partner says nothing. Unknown kinds get `DEFAULT_WEIGHT`.
 */
export const ANCHOR_WEIGHTS: Readonly<Record<string, AnchorWeight>> = {
  num: { reward: 4, miss: 1.5 },
  date: { reward: 3, miss: 1 },
  term: { reward: 3, miss: 1 },
  name: { reward: 2, miss: 0 },
  punct: { reward: 0.7, miss: 0.7 },
};

export const DEFAULT_WEIGHT: AnchorWeight = { reward: 2, miss: 0.5 };

/**
 * Number keys (`num:<value>`): digits in any of the three digit sets and numbers in words (أربعمئة وخمسة
 * وعشرون مليون ↔ 425 million). A spelled-out "one" (واحد, a/one) is too common to be evidence.
 */
export const numberAnchors: AnchorExtractor = (text, lang) => {
  const keys: string[] = [];
  for (const m of findNumbers(text, lang)) if (!(m.spelled && m.value <= 1)) keys.push(`num:${m.value}`);
  return keys;
};

/** Name keys (`name:<skeleton>`) from a light Arabic→Latin transliteration. */
export const nameAnchors: AnchorExtractor = (text, lang) =>
  (lang === 'ar' ? arabicNameKeys(text) : englishNameKeys(text)).map((k) => `name:${k}`);

/** Day and month keys (`date:d4` for Thursday / الخميس). */
export const dateAnchors: AnchorExtractor = (text, lang) => (lang === 'ar' ? arabicDateKeys(text) : englishDateKeys(text));

const QUOTES = /["“”«»]/u;
const BRACKETS = /[()[\]]/u;

/** Questions, quotations and brackets usually survive translation. */
export const punctuationAnchors: AnchorExtractor = (text) => {
  const keys: string[] = [];
  if (text.includes('?') || text.includes('؟')) keys.push('punct:?');
  if (QUOTES.test(text)) keys.push('punct:quote');
  if (BRACKETS.test(text)) keys.push('punct:paren');
  return keys;
};

export const DEFAULT_ANCHORS: readonly AnchorExtractor[] = [numberAnchors, dateAnchors, nameAnchors, punctuationAnchors];

/** Anchor keys of both texts, interned to small integers, with reward/miss weights per id. */
export interface AnchorTable {
  source: Int32Array[];
  target: Int32Array[];
  reward: Float64Array;
  miss: Float64Array;
  size: number;
}

/**
 * Extracts and interns the keys of every sentence. Reward-only keys (miss 0) that occur on one side of the
 * whole document only are dropped: they can never match, and dropping them keeps the search fast.
 */
export function buildAnchorTable(
  source: readonly string[],
  target: readonly string[],
  extractors: readonly AnchorExtractor[],
  langs: { source: Lang; target: Lang },
  weights: Readonly<Record<string, AnchorWeight>> = ANCHOR_WEIGHTS,
): AnchorTable {
  const extract = (texts: readonly string[], lang: Lang): string[][] =>
    texts.map((t) => [...new Set(extractors.flatMap((x) => x(t, lang)))]);
  const src = extract(source, langs.source);
  const tgt = extract(target, langs.target);
  const weightOf = (key: string): AnchorWeight => weights[key.slice(0, key.indexOf(':'))] ?? DEFAULT_WEIGHT;
  const onSource = new Set(src.flat());
  const onTarget = new Set(tgt.flat());
  const ids = new Map<string, number>();
  const reward: number[] = [];
  const miss: number[] = [];
  const intern = (keys: string[], other: Set<string>): Int32Array => {
    const out: number[] = [];
    for (const k of keys) {
      const w = weightOf(k);
      if (w.miss === 0 && !other.has(k)) continue;
      let id = ids.get(k);
      if (id === undefined) {
        id = ids.size;
        ids.set(k, id);
        reward.push(w.reward);
        miss.push(w.miss);
      }
      out.push(id);
    }
    return Int32Array.from(out);
  };
  const sourceIds = src.map((k) => intern(k, onTarget));
  const targetIds = tgt.map((k) => intern(k, onSource));
  return { source: sourceIds, target: targetIds, reward: Float64Array.from(reward), miss: Float64Array.from(miss), size: ids.size };
}

/** Scores the anchors of beads; keeps scratch marks so a bead costs O(number of its keys). */
export class AnchorScorer {
  private readonly srcMark: Int32Array;
  private readonly tgtMark: Int32Array;
  private stamp = 0;

  constructor(private readonly table: AnchorTable) {
    this.srcMark = new Int32Array(table.size);
    this.tgtMark = new Int32Array(table.size);
  }

  /** Cost (negative is good) of pairing source sentences [i, i+a) with target sentences [j, j+b). */
  cost(i: number, a: number, j: number, b: number): number {
    const { source, target, reward, miss } = this.table;
    const stamp = ++this.stamp;
    let cost = 0;
    for (let p = i; p < i + a; p++) {
      const keys = source[p]!;
      for (let q = 0; q < keys.length; q++) {
        const k = keys[q]!;
        if (this.srcMark[k] === stamp) continue;
        this.srcMark[k] = stamp;
        cost += miss[k]!;
      }
    }
    for (let p = j; p < j + b; p++) {
      const keys = target[p]!;
      for (let q = 0; q < keys.length; q++) {
        const k = keys[q]!;
        if (this.tgtMark[k] === stamp) continue;
        this.tgtMark[k] = stamp;
        cost += this.srcMark[k] === stamp ? -reward[k]! - miss[k]! : miss[k]!;
      }
    }
    return cost;
  }
}
