/**
 * The in-memory matching index of a translation memory: fuzzy lookup and concordance over normalised tokens.
 *
 * Lookup picks candidates from an inverted index (stem → units), keeps only units that share enough stems
 * and have a fitting length to possibly reach the minimum score, and scores those with a weighted word-level
 * edit distance:
 *   - same normalised form: free (diacritics, alef variants, hamza seats, digits);
 *   - same stem, different particles (والائتلاف / الائتلاف): a quarter of a word;
 *   - any other substitution, insertion or deletion: one word (half for punctuation).
 * score = floor(100 × (1 − cost / larger weight)). Fuzzy scores stop at 98; 99 means the same words spelled
 * differently, 100 the same text, 101 the same text with the same neighbours.
 *
 * The index holds no storage: app/host/tm fills it from the SQLite store and keeps the two in step.
 */
import { exactKey, isPunctForm, matchTokens, stemOfForm, tokenLang } from './match-tokens';
import { sourceDiff } from './source-diff';
import { DEFAULT_MIN_SCORE, type ConcordanceHit, type ConcordanceOptions, type LookupOptions, type LookupQuery, type MatchKind, type TmMatch, type TmUnit } from './types';

// Costs in quarter words, so the edit distance runs on integers.
const WORD = 4;
const PUNCT = 2;
const SAME_STEM = 1;

interface Entry {
  unit: TmUnit;
  /** Term ids of the source's tokens (their stems are `stemOf[id]`: not stored per unit, to keep 100,000 units small). */
  forms: Int32Array;
  weight: number;
  key: string;
}

/** The forms a source is matched by, in order (what the store persists so reopening needs no re-tokenising). */
export function sourceForms(source: string, sourceLang: string): string[] {
  return matchTokens(source, tokenLang(sourceLang)).map((t) => t.form);
}

export class TmIndex {
  private readonly termIds = new Map<string, number>();
  private readonly termList: string[] = [];
  private readonly termWeight: number[] = [];
  private readonly stemOf: number[] = [];
  private readonly entries: (Entry | undefined)[] = [];
  private readonly slotOfId = new Map<number, number>();
  /** stem id → slots of the units that contain it (ascending, possibly with removed slots). */
  private readonly postings = new Map<number, number[]>();
  /** Exact (whitespace-collapsed) source → slots, for duplicate checks and exact matches. */
  private readonly bySource = new Map<string, number[]>();
  /** Per stem id: the lookup that last marked it (query stems), and the candidate that last counted it. */
  private queryMark = new Int32Array(1024);
  private seenMark = new Int32Array(1024);
  private slotMark = new Int32Array(1024);
  private epoch = 0;
  private live = 0;

  /** Number of units in the index. */
  get size(): number {
    return this.live;
  }

  /** Adds a unit, or replaces the unit with the same id. `forms` may be passed when already known (see `sourceForms`). */
  add(unit: TmUnit, forms: readonly string[] | Int32Array = sourceForms(unit.source, unit.sourceLang)): void {
    if (this.slotOfId.has(unit.id)) this.remove(unit.id);
    const formIds = forms instanceof Int32Array ? forms : this.termIdsOf(forms);
    let weight = 0;
    for (let i = 0; i < formIds.length; i++) {
      const f = formIds[i]!;
      if (f < 0 || f >= this.termWeight.length) throw new RangeError(`unit ${unit.id}: unknown term id ${f}`);
      weight += this.termWeight[f]!;
    }
    const slot = this.entries.length;
    const key = exactKey(unit.source);
    this.entries.push({ unit, forms: formIds, weight, key });
    this.slotOfId.set(unit.id, slot);
    this.live++;
    const same = this.bySource.get(key);
    if (same) same.push(slot);
    else this.bySource.set(key, [slot]);
    const mark = this.nextEpoch();
    for (const f of formIds) {
      const s = this.stemOf[f]!;
      if (this.termWeight[s] === PUNCT || this.seenMark[s] === mark) continue;
      this.seenMark[s] = mark;
      let list = this.postings.get(s);
      if (!list) this.postings.set(s, (list = []));
      list.push(slot);
    }
  }

  private nextEpoch(): number {
    const n = this.termWeight.length;
    if (this.seenMark.length < n) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(n * 2);
        b.set(a);
        return b;
      };
      this.seenMark = grow(this.seenMark);
      this.queryMark = grow(this.queryMark);
    }
    return ++this.epoch;
  }

  /** The stored unit with exactly this source (up to spacing) and target, if any. */
  findPair(source: string, target: string): TmUnit | undefined {
    for (const slot of this.bySource.get(exactKey(source)) ?? []) {
      const u = this.entries[slot]?.unit;
      if (u && u.target === target) return u;
    }
    return undefined;
  }

  /** Removes a unit by id; returns whether it was there. */
  remove(id: number): boolean {
    const slot = this.slotOfId.get(id);
    if (slot === undefined) return false;
    const key = this.entries[slot]!.key;
    const same = this.bySource.get(key)!.filter((x) => x !== slot);
    if (same.length) this.bySource.set(key, same);
    else this.bySource.delete(key);
    this.entries[slot] = undefined;
    this.slotOfId.delete(id);
    this.live--;
    return true;
  }

  /** The unit with this id, if present. */
  get(id: number): TmUnit | undefined {
    const slot = this.slotOfId.get(id);
    return slot === undefined ? undefined : this.entries[slot]?.unit;
  }

  /** Every unit, oldest slot first. */
  *units(): IterableIterator<TmUnit> {
    for (const e of this.entries) if (e) yield e.unit;
  }

  /**
   * The term ids of a list of forms, adding new forms to the term table. Ids are assigned in order of first
   * appearance, so a store that persists `terms()` and replays them with `termIdsOf` in the same order gets the
   * same ids back, and can persist units as id arrays (reopening then needs no string work per token).
   */
  termIdsOf(forms: readonly string[]): Int32Array {
    const ids = new Int32Array(forms.length);
    for (let i = 0; i < forms.length; i++) ids[i] = this.term(forms[i]!);
    return ids;
  }

  /** Number of terms (forms and stems) in the term table. */
  get termCount(): number {
    return this.termWeight.length;
  }

  /** The terms with ids from `from` on, in id order. */
  terms(from = 0): string[] {
    return this.termList.slice(from);
  }

  private term(form: string): number {
    let id = this.termIds.get(form);
    if (id !== undefined) return id;
    id = this.termWeight.length;
    this.termIds.set(form, id);
    this.termList.push(form);
    const punct = isPunctForm(form);
    this.termWeight.push(punct ? PUNCT : WORD);
    this.stemOf.push(id);
    const stem = punct ? form : stemOfForm(form);
    if (stem !== form) this.stemOf[id] = this.term(stem);
    return id;
  }

  /**
   * The best matches for a source sentence, best first (ties: most recently changed first). Sources in the
   * query are tokenised as Arabic when the stored units are (the TM is Arabic → English).
   */
  lookup(query: LookupQuery, options: LookupOptions = {}, sourceLang = 'ar'): TmMatch[] {
    const minScore = Math.max(1, Math.min(101, options.minScore ?? DEFAULT_MIN_SCORE));
    const limit = Math.max(1, options.limit ?? 5);
    const lang = tokenLang(sourceLang);
    const tokens = matchTokens(query.source, lang);
    if (tokens.length === 0) return [];
    // Unknown words get ids no stored unit has, so they cost what a missing word costs.
    let unknown = -1;
    const forms = new Int32Array(tokens.length);
    const stems = new Int32Array(tokens.length);
    const weights = new Int32Array(tokens.length);
    let qWeight = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      weights[i] = t.punct ? PUNCT : WORD;
      qWeight += weights[i]!;
      const f = this.termIds.get(t.form);
      forms[i] = f ?? unknown--;
      const s = f !== undefined ? this.stemOf[f]! : this.termIds.get(t.stem);
      stems[i] = s ?? unknown--;
    }
    const m = Math.min(minScore, 100) / 100;
    // A unit lacking k of the query's unique stems leaves k query words without a cheap partner: cost ≥ k words,
    // and when the unit is the longer one, cost ≥ (its weight − query weight) + k words. With cost ≤ (1 − m) ×
    // the larger weight, both cases give k ≤ (1 − m) × query weight / word; the length must fit as well.
    const maxMissing = Math.floor(((1 - m) * qWeight) / WORD + 1e-9);
    const minW = m * qWeight - 1e-9;
    const maxW = qWeight / m + 1e-9;
    const qMark = this.nextEpoch();
    const unique: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const s = stems[i]!;
      if (weights[i] !== WORD) continue;
      if (s < 0) unique.push(s);
      else if (this.queryMark[s] !== qMark) {
        this.queryMark[s] = qMark;
        unique.push(s);
      }
    }
    const needed = Math.max(1, unique.length - maxMissing);
    // Prefix filter: such a unit holds at least one of any maxMissing + 1 query stems, so candidates come from
    // the postings of the rarest ones only; the common words' long lists are never walked.
    const postingLength = (s: number): number => (s < 0 ? 0 : (this.postings.get(s)?.length ?? 0));
    unique.sort((a, b) => postingLength(a) - postingLength(b));
    const candidates: number[] = [];
    if (this.slotMark.length < this.entries.length) this.slotMark = new Int32Array(this.entries.length * 2);
    const slotMark = this.slotMark;
    for (const s of unique.slice(0, maxMissing + 1)) {
      for (const slot of (s >= 0 && this.postings.get(s)) || []) {
        if (slotMark[slot] === qMark) continue;
        slotMark[slot] = qMark;
        candidates.push(slot);
      }
    }
    // A query of punctuation only (rare) has no stems: it can only match itself.
    if (unique.length === 0) for (const slot of this.bySource.get(exactKey(query.source)) ?? []) candidates.push(slot);

    const found: { entry: Entry; score: number; kind: MatchKind }[] = [];
    const qKey = exactKey(query.source);
    const row = { prev: new Int32Array(tokens.length + 1), cur: new Int32Array(tokens.length + 1) };
    for (const slot of candidates) {
      const e = this.entries[slot];
      if (!e || e.weight < minW || e.weight > maxW) continue;
      if (unique.length > 0 && this.sharedStems(e, qMark) < needed) continue;
      const big = Math.max(e.weight, qWeight);
      const budget = Math.floor((1 - m) * big + 1e-9);
      const cost = this.distance(forms, stems, weights, e, budget, row);
      if (cost > budget) continue;
      let score: number;
      let kind: MatchKind = 'fuzzy';
      if (cost === 0 && e.key === qKey) {
        // A unit stored without any context (TMX, a lone sentence) cannot prove the same context.
        const known = e.unit.prev !== undefined || e.unit.next !== undefined;
        const sameContext = known && exactKey(e.unit.prev ?? '') === exactKey(query.prev ?? '') && exactKey(e.unit.next ?? '') === exactKey(query.next ?? '');
        score = sameContext ? 101 : 100;
        kind = sameContext ? 'context' : 'exact';
      } else if (cost === 0) {
        score = 99;
      } else {
        score = Math.min(98, Math.floor(100 * (1 - cost / big) + 1e-9));
      }
      if (score >= minScore) found.push({ entry: e, score, kind });
    }
    found.sort((a, b) => b.score - a.score || (a.entry.unit.changed < b.entry.unit.changed ? 1 : a.entry.unit.changed > b.entry.unit.changed ? -1 : b.entry.unit.id - a.entry.unit.id));
    return found.slice(0, limit).map(({ entry, score, kind }) => ({
      unit: entry.unit,
      score,
      kind,
      sourceDiff: sourceDiff(entry.unit.source, query.source, lang),
    }));
  }

  /** How many distinct query stems (marked with `qMark`) the unit contains. */
  private sharedStems(e: Entry, qMark: number): number {
    const seen = this.nextEpoch();
    let n = 0;
    for (const f of e.forms) {
      const s = this.stemOf[f]!;
      if (this.queryMark[s] === qMark && this.seenMark[s] !== seen) {
        this.seenMark[s] = seen;
        n++;
      }
    }
    return n;
  }

  /** Weighted token edit distance, or a number above `budget` as soon as the budget cannot be kept. */
  private distance(qForms: Int32Array, qStems: Int32Array, qWeights: Int32Array, e: Entry, budget: number, rows: { prev: Int32Array; cur: Int32Array }): number {
    const n = qForms.length;
    let prev = rows.prev;
    let cur = rows.cur;
    prev[0] = 0;
    for (let j = 1; j <= n; j++) prev[j] = prev[j - 1]! + qWeights[j - 1]!;
    for (let i = 0; i < e.forms.length; i++) {
      const uf = e.forms[i]!;
      const us = this.stemOf[uf]!;
      const uw = this.termWeight[uf]!;
      cur[0] = prev[0]! + uw;
      let best = cur[0]!;
      for (let j = 1; j <= n; j++) {
        const qw = qWeights[j - 1]!;
        const sub = uf === qForms[j - 1] ? 0 : us === qStems[j - 1] && uw === WORD ? SAME_STEM : Math.max(uw, qw);
        let v = prev[j - 1]! + sub;
        const del = prev[j]! + uw;
        if (del < v) v = del;
        const ins = cur[j - 1]! + qw;
        if (ins < v) v = ins;
        cur[j] = v;
        if (v < best) best = v;
      }
      if (best > budget) return budget + 1;
      const t = prev;
      prev = cur;
      cur = t;
    }
    return prev[n]!;
  }

  /**
   * Units whose source contains `phrase` as a run of words, ignoring diacritics, spelling variants and
   * attached particles (searching "الائتلاف الحاكم" finds "والإئتلاف الحاكم"); newest first. With
   * `side: 'target'` the English target is searched, case-insensitively.
   */
  concordance(phrase: string, options: ConcordanceOptions = {}, sourceLang = 'ar'): ConcordanceHit[] {
    const limit = Math.max(1, options.limit ?? 50);
    const hits: ConcordanceHit[] = [];
    if (options.side === 'target') {
      const needle = phrase.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
      if (!needle) return [];
      for (const e of this.entries) {
        if (!e) continue;
        const at = e.unit.target.toLowerCase().indexOf(needle);
        if (at >= 0) hits.push({ unit: e.unit, start: at, end: at + needle.length });
      }
      return newestFirst(hits).slice(0, limit);
    }
    const lang = tokenLang(sourceLang);
    const wanted = matchTokens(phrase, lang).filter((t) => !t.punct);
    if (wanted.length === 0) return [];
    const stems: number[] = [];
    for (const t of wanted) {
      // The stem of a known form is looked up through the form (a stem's own stem may be shorter still).
      const form = this.termIds.get(t.form);
      const id = form !== undefined ? this.stemOf[form] : this.termIds.get(t.stem);
      if (id === undefined) return [];
      stems.push(id);
    }
    // Candidates come from the rarest stem's postings.
    let rarest: number[] | undefined;
    for (const s of stems) {
      const list = this.postings.get(s);
      if (!list) return [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    for (const slot of rarest ?? []) {
      const e = this.entries[slot];
      if (!e) continue;
      const at = findRun(e, stems, this.termWeight, this.stemOf);
      if (at === undefined) continue;
      const toks = matchTokens(e.unit.source, tokenLang(e.unit.sourceLang)).filter((t) => !t.punct);
      hits.push({ unit: e.unit, start: toks[at]!.start, end: toks[at + stems.length - 1]!.end });
    }
    return newestFirst(hits).slice(0, limit);
  }
}

/** Index (among the unit's word tokens) where the stems run starts, if it does. */
function findRun(e: Entry, stems: number[], termWeight: number[], stemOf: number[]): number | undefined {
  const words: number[] = [];
  for (const f of e.forms) if (termWeight[f] === WORD) words.push(stemOf[f]!);
  outer: for (let i = 0; i + stems.length <= words.length; i++) {
    for (let k = 0; k < stems.length; k++) if (words[i + k] !== stems[k]) continue outer;
    return i;
  }
  return undefined;
}

function newestFirst(hits: ConcordanceHit[]): ConcordanceHit[] {
  return hits.sort((a, b) => (a.unit.changed < b.unit.changed ? 1 : a.unit.changed > b.unit.changed ? -1 : b.unit.id - a.unit.id));
}
