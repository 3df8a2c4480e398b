/**
 * The glossary index: built once per glossary, then used to find terms in Arabic source text and their
 * translations in English target text.
 *
 * Each side is a trie over word keys (normalised, clitic-free Arabic words; inflection-free English
 * words). Matching walks the text's words once, trying each word's few readings as trie edges, and keeps
 * the leftmost-longest match, so a segment costs time in proportion to its words, not to the glossary.
 */
import type { GlossaryEntry } from '../project/model';
import { arabicTokens, isWordGapAt, type ArabicToken } from '../text/arabic-tokens';
import { termWordKey, termWordVariants, wordReadings } from '../text/arabic-clitics';
import { normalizeArabic } from '../text/normalize';
import { englishKey, englishTokens, isEnglishGapAt, type EnglishToken } from './english';

/** A term found in Arabic text. */
export interface SourceMatch {
  entryId: string;
  start: number;
  end: number;
  /** The text as it stands there, clitics included (للإئتلاف). */
  surface: string;
}

/** An allowed or forbidden translation found in English text. */
export interface TargetMatch {
  entryId: string;
  start: number;
  end: number;
  surface: string;
  /** The translation as written in the glossary. */
  translation: string;
  forbidden: boolean;
}

/** Options of the index. */
export interface GlossaryIndexOptions {
  /** A term ending in ة also matches the word typed with ه (الدوله). Default true: both spellings are common. */
  tehMarbutaToHeh?: boolean;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  hits: T[];
}

function node<T>(): Node<T> {
  return { next: new Map(), hits: [] };
}

function insert<T>(root: Node<T>, paths: string[][], hit: T): void {
  // Each position may have several spellings; insert every combination (a handful at most).
  let frontier: Node<T>[] = [root];
  for (const keys of paths) {
    const next: Node<T>[] = [];
    for (const n of frontier) {
      for (const k of keys) {
        let c = n.next.get(k);
        if (!c) n.next.set(k, (c = node()));
        if (!next.includes(c)) next.push(c);
      }
    }
    frontier = next;
  }
  for (const n of frontier) if (!n.hits.includes(hit)) n.hits.push(hit);
}

/** The trie nodes reached from the root by any of `keys`, without duplicates. */
function children<T>(from: readonly Node<T>[], keys: readonly string[]): Node<T>[] {
  if (from.length === 1 && keys.length === 1) {
    const c = from[0]!.next.get(keys[0]!);
    return c ? [c] : [];
  }
  const out: Node<T>[] = [];
  for (const n of from) {
    for (const k of keys) {
      const c = n.next.get(k);
      if (c && !out.includes(c)) out.push(c);
    }
  }
  return out;
}

/**
 * Walks the trie from each word and returns leftmost-longest, non-overlapping matches. `startAt(i)` lists
 * the nodes word i reaches from the root as the first word of a term; `keysAt(i)` the keys it can stand for
 * inside a term; `joined(i)` says whether word i-1 and word i may belong to one term.
 */
function walk<T>(count: number, startAt: (i: number) => readonly Node<T>[], keysAt: (i: number) => string[], joined: (i: number) => boolean): { from: number; to: number; hits: T[] }[] {
  const out: { from: number; to: number; hits: T[] }[] = [];
  let i = 0;
  while (i < count) {
    let frontier = startAt(i);
    if (frontier.length === 0) {
      i++;
      continue;
    }
    let best: { to: number; hits: T[] } | undefined;
    let j = i;
    while (frontier.length > 0) {
      const hits = frontier.length === 1 ? frontier[0]!.hits : [...new Set(frontier.flatMap((n) => n.hits))];
      if (hits.length > 0) best = { to: j, hits };
      j++;
      if (j >= count || !joined(j)) break;
      frontier = children(frontier, keysAt(j));
    }
    if (best) {
      out.push({ from: i, to: best.to, hits: best.hits });
      i = best.to + 1;
    } else {
      i++;
    }
  }
  return out;
}

/** Distinct words remembered per side before the memory is cleared (bounds memory on huge documents). */
const WORD_CACHE_LIMIT = 200_000;

interface TargetHit {
  entryId: string;
  translation: string;
  forbidden: boolean;
}

/** Finds glossary terms in Arabic text and their translations in English text. Build once, match often. */
export class GlossaryIndex {
  private readonly source = node<string>();
  private readonly target = node<TargetHit>();
  private readonly fold: boolean;
  private readonly hasCaseSensitive: boolean;
  // Words recur (Zipf): each distinct spelling is normalised and analysed once per index.
  private readonly wordCache = new Map<string, { normed: string; start?: Node<string>[]; inner?: string[] }>();
  private readonly englishCache = new Map<string, { keys: string[]; start: Node<TargetHit>[] }>();
  /** Entries by id. */
  readonly entries: ReadonlyMap<string, GlossaryEntry>;

  constructor(entries: GlossaryEntry[], options: GlossaryIndexOptions = {}) {
    this.fold = options.tehMarbutaToHeh ?? true;
    this.entries = new Map(entries.map((e) => [e.id, e]));
    this.hasCaseSensitive = entries.some((e) => e.caseSensitive === true);
    for (const e of entries) {
      const words = arabicTokens(e.source).map((t) => this.termKeys(t.text));
      if (words.length > 0) insert(this.source, words, e.id);
      const cs = e.caseSensitive ?? false;
      for (const t of e.targets) this.addTarget(t, { entryId: e.id, translation: t, forbidden: false }, cs);
      for (const t of e.forbidden) this.addTarget(t, { entryId: e.id, translation: t, forbidden: true }, cs);
    }
  }

  /**
   * The keys a term word is indexed under. Text keeps ة apart from ه (so مدينة never loses a "pronoun" ه
   * and becomes مدين); a term ending in ة is also indexed with ه, for texts typed that way (الدوله).
   */
  private termKeys(word: string): string[] {
    const keys = termWordVariants(termWordKey(this.norm(word)));
    if (this.fold) for (const k of [...keys]) if (k.endsWith('ة')) keys.push(k.slice(0, -1) + 'ه');
    return keys;
  }

  private norm(word: string): string {
    return normalizeArabic(word);
  }

  private addTarget(text: string, hit: TargetHit, caseSensitive: boolean): void {
    const toks = englishTokens(text);
    if (toks.length === 0) return;
    const prefix = caseSensitive ? 's:' : 'i:';
    insert(this.target, toks.map((t) => [prefix + englishKey(t.text, caseSensitive)]), hit);
    // "al-Qaeda" also as one word, "alQaeda"; the spaced form is already covered by the word walk.
    if (toks.length > 1 && /[-‐‑]/.test(text)) {
      insert(this.target, [[prefix + englishKey(toks.map((t) => t.text).join(''), caseSensitive)]], hit);
    }
  }

  private arabicWord(word: string): { normed: string; start?: Node<string>[]; inner?: string[] } {
    let w = this.wordCache.get(word);
    if (!w) {
      if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
      this.wordCache.set(word, (w = { normed: this.norm(word) }));
    }
    return w;
  }

  /** Every glossary term in `text` (Arabic), leftmost-longest, with offsets into `text`. */
  matchSource(text: string): SourceMatch[] {
    const toks: ArabicToken[] = arabicTokens(text);
    // A word as the first of a term may carry front particles; inside a term only the article and endings.
    const startAt = (i: number): Node<string>[] => {
      const w = this.arabicWord(toks[i]!.text);
      return (w.start ??= children([this.source], wordReadings(w.normed, { proclitics: true })));
    };
    const keysAt = (i: number): string[] => {
      const w = this.arabicWord(toks[i]!.text);
      return (w.inner ??= wordReadings(w.normed, { proclitics: false }));
    };
    const joined = (i: number): boolean => isWordGapAt(text, toks[i - 1]!.end, toks[i]!.start);
    const out: SourceMatch[] = [];
    for (const m of walk(toks.length, startAt, keysAt, joined)) {
      const start = toks[m.from]!.start;
      const end = toks[m.to]!.end;
      for (const entryId of m.hits) out.push({ entryId, start, end, surface: text.slice(start, end) });
    }
    return out;
  }

  /** Every allowed or forbidden translation in `text` (English), leftmost-longest, with offsets into `text`. */
  matchTarget(text: string): TargetMatch[] {
    const toks: EnglishToken[] = englishTokens(text);
    const word = (i: number): { keys: string[]; start: Node<TargetHit>[] } => {
      const w = toks[i]!.text;
      let k = this.englishCache.get(w);
      if (!k) {
        if (this.englishCache.size >= WORD_CACHE_LIMIT) this.englishCache.clear();
        const keys = this.hasCaseSensitive ? ['i:' + englishKey(w), 's:' + englishKey(w, true)] : ['i:' + englishKey(w)];
        this.englishCache.set(w, (k = { keys, start: children([this.target], keys) }));
      }
      return k;
    };
    const joined = (i: number): boolean => isEnglishGapAt(text, toks[i - 1]!.end, toks[i]!.start);
    const out: TargetMatch[] = [];
    for (const m of walk(toks.length, (i) => word(i).start, (i) => word(i).keys, joined)) {
      const start = toks[m.from]!.start;
      const end = toks[m.to]!.end;
      for (const h of m.hits) out.push({ ...h, start, end, surface: text.slice(start, end) });
    }
    return out;
  }
}
