/**
 * The glossary index: built once per glossary, then used to find terms in Arabic source text and their
 * translations in English target text.
 *
 * Each side is a trie over word keys (normalised, clitic-free Arabic words; inflection-free English
 * words). Matching walks the text's words once, trying each word's few readings as trie edges, and keeps
 * the leftmost-longest match, so a segment costs time in proportion to its words, not to the glossary.
 */
import type { GlossaryEntry } from '../project/model';
import { arabicTokens, isWordGapAt, scanArabicWords } from '../text/arabic-tokens';
import { termWordKey, termWordVariants, wordReadings } from '../text/arabic-clitics';
import { normalizeArabic } from '../text/normalize';
import { englishKey, englishTokens, isEnglishGapAt, scanEnglishWords } from './english';
import { brokenPluralForms } from './broken-plurals';
import { SpellingMemo } from './spelling-memo';

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

/** How a walk sees the words of one text: `count` words, read through the three functions below. */
interface WalkWords<T> {
  count: number;
  /** The nodes word i reaches from the root as the first word of a term. */
  startAt(i: number): readonly Node<T>[];
  /** The keys word i can stand for inside a term. */
  keysAt(i: number): string[];
  /** Whether word i-1 and word i may belong to one term. */
  joined(i: number): boolean;
}

/**
 * Walks the trie from each word and calls `found` with leftmost-longest, non-overlapping matches, in order
 * (word indexes `from` to `to`, inclusive).
 */
function walk<T>(words: WalkWords<T>, found: (from: number, to: number, hits: T[]) => void): void {
  const count = words.count;
  let i = 0;
  while (i < count) {
    let frontier = words.startAt(i);
    if (frontier.length === 0) {
      i++;
      continue;
    }
    let bestTo = -1;
    let bestHits: T[] = [];
    let j = i;
    while (frontier.length > 0) {
      const hits = frontier.length === 1 ? frontier[0]!.hits : [...new Set(frontier.flatMap((n) => n.hits))];
      if (hits.length > 0) {
        bestTo = j;
        bestHits = hits;
      }
      j++;
      if (j >= count || !words.joined(j)) break;
      frontier = children(frontier, words.keysAt(j));
    }
    if (bestTo >= 0) {
      found(i, bestTo, bestHits);
      i = bestTo + 1;
    } else {
      i++;
    }
  }
}

/** Distinct words remembered per side before the memory is cleared (bounds memory on huge documents). */
const WORD_CACHE_LIMIT = 200_000;

interface TargetHit {
  entryId: string;
  translation: string;
  forbidden: boolean;
}

/** An Arabic spelling as the index has analysed it: normalised, and the trie nodes it starts a term at. */
interface ArabicWord {
  spelling: string;
  normed: string;
  start: Node<string>[];
  /** Its readings inside a term (no front particles), worked out when first needed. */
  inner?: string[];
}

/** An English spelling's keys and the trie nodes it starts a translation at. */
interface EnglishWord {
  spelling: string;
  keys: string[];
  start: Node<TargetHit>[];
}

/** Finds glossary terms in Arabic text and their translations in English text. Build once, match often. */
export class GlossaryIndex {
  private readonly source = node<string>();
  private readonly target = node<TargetHit>();
  private readonly fold: boolean;
  private readonly hasCaseSensitive: boolean;
  /** Keys that only the broken-plural forms of term words brought in (no term word is spelled so). */
  private readonly pluralOnly = new Set<string>();
  /** Entries by id. */
  readonly entries: ReadonlyMap<string, GlossaryEntry>;

  constructor(entries: GlossaryEntry[], options: GlossaryIndexOptions = {}) {
    this.fold = options.tehMarbutaToHeh ?? true;
    this.entries = new Map(entries.map((e) => [e.id, e]));
    this.hasCaseSensitive = entries.some((e) => e.caseSensitive === true);
    const own = new Set<string>();
    const plural = new Set<string>();
    for (const e of entries) {
      for (const spelling of [e.source, ...(e.sourceVariants ?? [])]) {
        const words = arabicTokens(spelling).map((t) => this.termKeys(t.text, own, plural));
        if (words.length > 0) insert(this.source, words, e.id);
      }
      const cs = e.caseSensitive ?? false;
      for (const t of e.targets) this.addTarget(t, { entryId: e.id, translation: t, forbidden: false }, cs);
      for (const t of e.forbidden) this.addTarget(t, { entryId: e.id, translation: t, forbidden: true }, cs);
    }
    for (const k of plural) if (!own.has(k)) this.pluralOnly.add(k);
  }

  /**
   * The keys a term word is indexed under: its own (see termWordKey, termWordVariants) in `own`, and the
   * forms of its other number from the broken-plural table (دول for دولة, جنود for جندي) in `plural`. Text
   * keeps ة apart from ه (so مدينة never loses a "pronoun" ه and becomes مدين); a key ending in ة is also
   * indexed with ه, for texts typed that way (الدوله).
   */
  private termKeys(word: string, own: Set<string>, plural: Set<string>): string[] {
    const normed = this.norm(word);
    const key = termWordKey(normed);
    const mine = this.withHeh(termWordVariants(key));
    // ألغام normalises to الغام, whose key loses a false "article": look the whole word up as well.
    const forms = new Set([...brokenPluralForms(key), ...brokenPluralForms(normed)]);
    const others = this.withHeh([...forms]).filter((k) => !mine.includes(k));
    for (const k of mine) own.add(k);
    for (const k of others) plural.add(k);
    return [...mine, ...others];
  }

  private withHeh(keys: string[]): string[] {
    if (this.fold) for (const k of [...keys]) if (k.endsWith('ة')) keys.push(k.slice(0, -1) + 'ه');
    return keys;
  }

  /**
   * The readings of a normalised text word (see wordReadings). A key that only a broken plural brought in is
   * not read out of a nisba adjective: الدولي, دولي ("international") are not دول ("states") + ي ("my").
   */
  private readings(normed: string, proclitics: boolean): string[] {
    const all = wordReadings(normed, { proclitics });
    if (this.pluralOnly.size === 0) return all;
    return all.filter((k) => !(this.pluralOnly.has(k) && all.includes(k + 'ي')));
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

  private readonly analyseArabic = (spelling: string): ArabicWord => {
    const normed = this.norm(spelling);
    // A word as the first of a term may carry front particles; inside a term only the article and endings.
    return { spelling, normed, start: children([this.source], this.readings(normed, true)) };
  };

  private readonly analyseEnglish = (spelling: string): EnglishWord => {
    const keys = this.hasCaseSensitive ? ['i:' + englishKey(spelling), 's:' + englishKey(spelling, true)] : ['i:' + englishKey(spelling)];
    return { spelling, keys, start: children([this.target], keys) };
  };

  // Words recur (Zipf): each distinct spelling is normalised and analysed once per index.
  private readonly arabicMemo = new SpellingMemo(this.analyseArabic, WORD_CACHE_LIMIT);
  private readonly englishMemo = new SpellingMemo(this.analyseEnglish, WORD_CACHE_LIMIT);

  // Scratch space of the match calls, reused so that a call allocates little beyond its results: the
  // words' offsets and their cached analyses. (An index is used by one caller at a time.)
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly arabicWords: ArabicWord[] = [];
  private readonly englishWords: EnglishWord[] = [];
  private text = '';

  private readonly arabicWalk: WalkWords<string> = {
    count: 0,
    startAt: (i) => this.arabicWords[i]!.start,
    keysAt: (i) => {
      const w = this.arabicWords[i]!;
      return (w.inner ??= this.readings(w.normed, false));
    },
    joined: (i) => isWordGapAt(this.text, this.ends[i - 1]!, this.starts[i]!),
  };

  private readonly englishWalk: WalkWords<TargetHit> = {
    count: 0,
    startAt: (i) => this.englishWords[i]!.start,
    keysAt: (i) => this.englishWords[i]!.keys,
    joined: (i) => isEnglishGapAt(this.text, this.ends[i - 1]!, this.starts[i]!),
  };

  /** Every glossary term in `text` (Arabic), leftmost-longest, with offsets into `text`. */
  matchSource(text: string): SourceMatch[] {
    const { starts, ends, arabicWords } = this;
    const count = scanArabicWords(text, starts, ends);
    for (let k = 0; k < count; k++) arabicWords[k] = this.arabicMemo.get(text, starts[k]!, ends[k]!);
    this.text = text;
    this.arabicWalk.count = count;
    const out: SourceMatch[] = [];
    walk(this.arabicWalk, (from, to, hits) => {
      const start = starts[from]!;
      const end = ends[to]!;
      const surface = text.slice(start, end);
      for (const entryId of hits) out.push({ entryId, start, end, surface });
    });
    return out;
  }

  /** Every allowed or forbidden translation in `text` (English), leftmost-longest, with offsets into `text`. */
  matchTarget(text: string): TargetMatch[] {
    const { starts, ends, englishWords } = this;
    const count = scanEnglishWords(text, starts, ends);
    for (let k = 0; k < count; k++) englishWords[k] = this.englishMemo.get(text, starts[k]!, ends[k]!);
    this.text = text;
    this.englishWalk.count = count;
    const out: TargetMatch[] = [];
    walk(this.englishWalk, (from, to, hits) => {
      const start = starts[from]!;
      const end = ends[to]!;
      const surface = text.slice(start, end);
      // Spelled out rather than spread: object spread is several times slower here, and this runs per match.
      for (const h of hits) out.push({ entryId: h.entryId, translation: h.translation, forbidden: h.forbidden, start, end, surface });
    });
    return out;
  }
}
