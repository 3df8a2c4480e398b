/**
 * Consistency across the document: one Arabic sentence translated in different ways, and different Arabic
 * sentences given the same translation. Texts are compared after normalisation (harakat, letter variants,
 * spacing; English case), so a vowelled copy of a sentence counts as the same sentence.
 *
 * Most sentences of a document occur once. So rows are first grouped by a hash of their compared text,
 * worked out without building that text; only rows that share a hash have their texts built and compared.
 */
import type { Row } from '../project/model';
import * as normalize from '../text/normalize';
import type { QaIssue } from './types';

// Read once at load: where modules are loaded as CommonJS (tsx, which runs the bench), every use of an
// imported name is a property getter, and these run for every character of the source.
const { foldCode, foldTable, normalizeArabic } = normalize;

/** The Arabic as compared: normalised (ة as ه), runs of white space as one space, trimmed. */
function sourceKey(row: Row): string {
  return normalizeArabic(row.source.join(' '), { tehMarbutaToHeh: true }).replace(/\s+/g, ' ').trim();
}

/** The English as compared: NFC, runs of white space as one space, trimmed, lower case. */
function targetKey(row: Row): string {
  return row.target.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A short stable fingerprint (FNV-1a, 32 bits, hex). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** True for the code units JavaScript's `\s` and `trim()` treat as white space. */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * FNV-1a over the code units of a text as {@link sourceKey} or {@link targetKey} would make it, fed one code
 * unit at a time: white space runs become one space, and leading and trailing white space is left out.
 */
class KeyHash {
  h = 0x811c9dc5;
  /** Something other than white space has been fed. */
  any = false;
  private space = false;

  add(c: number): void {
    if (isJsSpace(c)) {
      this.space = this.any;
      return;
    }
    if (this.space) {
      this.h = Math.imul(this.h ^ 0x20, 0x01000193);
      this.space = false;
    }
    this.h = Math.imul(this.h ^ c, 0x01000193);
    this.any = true;
  }

  addString(s: string): void {
    for (let i = 0; i < s.length; i++) this.add(s.charCodeAt(i));
  }
}

const SOURCE_FOLD = foldTable({ tehMarbutaToHeh: true });

/** The hash of {@link sourceKey}, or undefined when that key is empty. Folds code unit by code unit, as normalizeArabic does. */
function sourceHash(row: Row): number | undefined {
  const k = new KeyHash();
  row.source.forEach((s, n) => {
    if (n > 0) k.add(0x20);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const folded = foldCode(SOURCE_FOLD, c);
      if (folded === undefined) k.add(c);
      else k.addString(folded);
    }
  });
  return k.any ? k.h >>> 0 : undefined;
}

/** The hash of {@link targetKey}. ASCII text is hashed as it is read; other text through the key itself (NFC and Unicode case). */
function targetHash(row: Row): number {
  const t = row.target;
  const k = new KeyHash();
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x80) {
      const whole = new KeyHash();
      whole.addString(targetKey(row));
      return whole.h >>> 0;
    }
    k.add(c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
  }
  return k.h >>> 0;
}

interface Keyed {
  id: string;
  row: Row;
  /** Position among the compared rows: groups are reported in the order of their first row. */
  at: number;
  sh: number;
  th: number;
  sk?: string;
  tk?: string;
}

const sk = (r: Keyed): string => (r.sk ??= sourceKey(r.row));
const tk = (r: Keyed): string => (r.tk ??= targetKey(r.row));

/**
 * The rows grouped by the text `key` gives, keeping only groups of two or more, ordered by their first
 * row. `hash` is a hash of that text: rows with different hashes never share a group, and only rows
 * that share one have their text built.
 */
function sharedGroups(rows: readonly Keyed[], hash: (r: Keyed) => number, key: (r: Keyed) => string): { key: string; rows: Keyed[] }[] {
  const out: { key: string; rows: Keyed[] }[] = [];
  for (const candidates of groupBy(rows, hash).values()) {
    if (candidates.length < 2) continue;
    for (const [k, g] of groupBy(candidates, key)) if (g.length > 1) out.push({ key: k, rows: g });
  }
  return out.sort((a, b) => a.rows[0]!.at - b.rows[0]!.at);
}

/** `rows` by `key`, each group in the order of `rows`. */
function groupBy<K>(rows: readonly Keyed[], key: (r: Keyed) => K): Map<K, Keyed[]> {
  const m = new Map<K, Keyed[]>();
  for (const r of rows) {
    const k = key(r);
    const g = m.get(k);
    if (g) g.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** `inconsistent-source` and `inconsistent-target` over all rows that have both a source and a translation. */
export function consistencyChecks(rows: readonly Row[], wanted: { source: boolean; target: boolean } = { source: true, target: true }): QaIssue[] {
  const done: Keyed[] = [];
  for (const row of rows) {
    if (row.target.trim() === '') continue;
    const sh = sourceHash(row);
    if (sh !== undefined) done.push({ id: row.id, row, at: done.length, sh, th: targetHash(row) });
  }
  const out: QaIssue[] = [];
  // One pass per direction: rows sharing one side (key) whose other side (vary) differs.
  const report = (check: 'inconsistent-source' | 'inconsistent-target', hash: (r: Keyed) => number, key: (r: Keyed) => string, vary: (r: Keyed) => string): void => {
    for (const { key: shared, rows: g } of sharedGroups(done, hash, key)) {
      const variants = new Set(g.map(vary));
      if (variants.size < 2) continue;
      for (const r of g) {
        const others = g.filter((o) => vary(o) !== vary(r)).map((o) => o.id);
        out.push({
          rowId: r.id, check, severity: check === 'inconsistent-source' ? 'warning' : 'info', key: fingerprint(`${shared}\n${vary(r)}`), related: others,
          code: check, params: { count: variants.size, rows: others },
          message: check === 'inconsistent-source'
            ? `the same Arabic is translated ${variants.size} different ways (other rows: ${others.join(', ')})`
            : `${variants.size} different Arabic sentences have this same translation (other rows: ${others.join(', ')})`,
        });
      }
    }
  };
  if (wanted.source) report('inconsistent-source', (r) => r.sh, sk, tk);
  if (wanted.target) report('inconsistent-target', (r) => r.th, tk, sk);
  return out;
}
