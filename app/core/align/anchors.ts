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
  // A question is nearly always translated as a question, and questions are rare in news.
  question: { reward: 2, miss: 2 },
};

/** Weight of a key whose kind is not in `ANCHOR_WEIGHTS` (e.g. a kind added by an extra extractor). */
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
export const nameAnchors: AnchorExtractor = (text, lang) => (lang === 'ar' ? arabicNameKeys(text) : englishNameKeys(text)).map(nameKey);

/** Skeletons recur; their `name:` keys are made once. */
const nameKeys = new Map<string, string>();
function nameKey(skeleton: string): string {
  let k = nameKeys.get(skeleton);
  if (k === undefined) {
    if (nameKeys.size > 100_000) nameKeys.clear();
    nameKeys.set(skeleton, (k = `name:${skeleton}`));
  }
  return k;
}

/** Day and month keys (`date:d4` for Thursday / الخميس). */
export const dateAnchors: AnchorExtractor = (text, lang) => (lang === 'ar' ? arabicDateKeys(text) : englishDateKeys(text));

const QUOTES = /["“”«»]/u;
const BRACKETS = /[()[\]]/u;

/** Questions, quotations and brackets usually survive translation. */
export const punctuationAnchors: AnchorExtractor = (text) => {
  const keys: string[] = [];
  if (text.includes('?') || text.includes('؟')) keys.push('question:?');
  if (QUOTES.test(text)) keys.push('punct:quote');
  if (BRACKETS.test(text)) keys.push('punct:paren');
  return keys;
};

/** The built-in extractors: numbers, dates, names, punctuation. */
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
  // Keys are interned as they are extracted (no per-sentence sets of strings): `seen` dedupes within a
  // sentence, `sides` records whether a key occurs in the source (1), the target (2) or both (3).
  const ids = new Map<string, number>();
  const reward: number[] = [];
  const miss: number[] = [];
  const sides: number[] = [];
  const seen: number[] = [];
  let stamp = 0;
  const extract = (texts: readonly string[], lang: Lang, side: number): Int32Array[] =>
    texts.map((t) => {
      stamp++;
      const out: number[] = [];
      for (const x of extractors) {
        for (const k of x(t, lang)) {
          let id = ids.get(k);
          if (id === undefined) {
            id = ids.size;
            ids.set(k, id);
            const w = weights[k.slice(0, k.indexOf(':'))] ?? DEFAULT_WEIGHT;
            reward.push(w.reward);
            miss.push(w.miss);
            sides.push(0);
            seen.push(0);
          }
          if (seen[id] === stamp) continue;
          seen[id] = stamp;
          sides[id]! |= side;
          out.push(id);
        }
      }
      return Int32Array.from(out);
    });
  const src = extract(source, langs.source, 1);
  const tgt = extract(target, langs.target, 2);
  // Reward-only keys found on one side only can never match: drop them, then renumber the rest densely.
  const keep = new Int32Array(ids.size).fill(-1);
  const keptReward: number[] = [];
  const keptMiss: number[] = [];
  for (let id = 0; id < ids.size; id++) {
    if (miss[id] === 0 && sides[id] !== 3) continue;
    keep[id] = keptReward.length;
    keptReward.push(reward[id]!);
    keptMiss.push(miss[id]!);
  }
  const remap = (keys: Int32Array): Int32Array => {
    let n = 0;
    for (const k of keys) if (keep[k]! >= 0) n++;
    const out = new Int32Array(n);
    n = 0;
    for (const k of keys) if (keep[k]! >= 0) out[n++] = keep[k]!;
    return out;
  };
  return {
    source: src.map(remap),
    target: tgt.map(remap),
    reward: Float64Array.from(keptReward),
    miss: Float64Array.from(keptMiss),
    size: keptReward.length,
  };
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
