/**
 * The glossary index: built once per glossary, then used to find terms in Arabic source text and their
 * translations in English target text.
 *
 * Each side is a trie over word keys (normalised, clitic-free Arabic words; inflection-free English
 * words). Matching walks the text's words once, trying each word's few readings as trie edges, and keeps
 * the leftmost-longest match, so a segment costs time in proportion to its words, not to the glossary.
 */
import type { GlossaryEntry } from '../project/model';
import { arabicTokens, isWordGap, type ArabicToken } from '../text/arabic-tokens';
import { termWordKey, termWordVariants, wordReadings } from '../text/arabic-clitics';
import { normalizeArabic } from '../text/normalize';
import { englishKey, englishTokens, isEnglishGap, type EnglishToken } from './english';

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
  /** Treat final ة and ه alike on the Arabic side. Default true: both spellings are common in real text. */
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

/**
 * Walks the trie from each word and returns leftmost-longest, non-overlapping matches. `keysAt(i, first)`
 * lists the keys word i can stand for (as the first word of a term or inside one); `joined(i)` says whether
 * word i-1 and word i may belong to one term.
 */
function walk<T>(root: Node<T>, count: number, keysAt: (i: number, first: boolean) => string[], joined: (i: number) => boolean): { from: number; to: number; hits: T[] }[] {
  const out: { from: number; to: number; hits: T[] }[] = [];
  let i = 0;
  while (i < count) {
    let best: { to: number; hits: T[] } | undefined;
    let frontier: Node<T>[] = [];
    for (const k of keysAt(i, true)) {
      const c = root.next.get(k);
      if (c && !frontier.includes(c)) frontier.push(c);
    }
    let j = i;
    while (frontier.length > 0) {
      const hits = frontier.flatMap((n) => n.hits);
      if (hits.length > 0) best = { to: j, hits: [...new Set(hits)] };
      j++;
      if (j >= count || !joined(j)) break;
      const keys = keysAt(j, false);
      const next: Node<T>[] = [];
      for (const n of frontier) {
        for (const k of keys) {
          const c = n.next.get(k);
          if (c && !next.includes(c)) next.push(c);
        }
      }
      frontier = next;
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
  /** Entries by id. */
  readonly entries: ReadonlyMap<string, GlossaryEntry>;

  constructor(entries: GlossaryEntry[], options: GlossaryIndexOptions = {}) {
    this.fold = options.tehMarbutaToHeh ?? true;
    this.entries = new Map(entries.map((e) => [e.id, e]));
    for (const e of entries) {
      const words = arabicTokens(e.source).map((t) => termWordVariants(termWordKey(this.norm(t.text))));
      if (words.length > 0) insert(this.source, words, e.id);
      const cs = e.caseSensitive ?? false;
      for (const t of e.targets) this.addTarget(t, { entryId: e.id, translation: t, forbidden: false }, cs);
      for (const t of e.forbidden) this.addTarget(t, { entryId: e.id, translation: t, forbidden: true }, cs);
    }
  }

  private norm(word: string): string {
    return normalizeArabic(word, { tehMarbutaToHeh: this.fold });
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

  /** Every glossary term in `text` (Arabic), leftmost-longest, with offsets into `text`. */
  matchSource(text: string): SourceMatch[] {
    const toks: ArabicToken[] = arabicTokens(text);
    const normed = toks.map((t) => this.norm(t.text));
    const cache = new Map<string, string[]>();
    const keysAt = (i: number, first: boolean): string[] => {
      const ck = (first ? '1' : '0') + normed[i]!;
      let r = cache.get(ck);
      if (!r) cache.set(ck, (r = wordReadings(normed[i]!, { proclitics: first, tehMarbutaToHeh: this.fold })));
      return r;
    };
    const joined = (i: number): boolean => isWordGap(text.slice(toks[i - 1]!.end, toks[i]!.start));
    const out: SourceMatch[] = [];
    for (const m of walk(this.source, toks.length, keysAt, joined)) {
      const start = toks[m.from]!.start;
      const end = toks[m.to]!.end;
      for (const entryId of m.hits) out.push({ entryId, start, end, surface: text.slice(start, end) });
    }
    return out;
  }

  /** Every allowed or forbidden translation in `text` (English), leftmost-longest, with offsets into `text`. */
  matchTarget(text: string): TargetMatch[] {
    const toks: EnglishToken[] = englishTokens(text);
    const keysAt = (i: number): string[] => {
      const w = toks[i]!.text;
      return ['i:' + englishKey(w), 's:' + englishKey(w, true)];
    };
    const joined = (i: number): boolean => isEnglishGap(text.slice(toks[i - 1]!.end, toks[i]!.start));
    const out: TargetMatch[] = [];
    for (const m of walk(this.target, toks.length, keysAt, joined)) {
      const start = toks[m.from]!.start;
      const end = toks[m.to]!.end;
      for (const h of m.hits) out.push({ ...h, start, end, surface: text.slice(start, end) });
    }
    return out;
  }
}
