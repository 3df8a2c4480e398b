/**
 * Consistency across the document: one Arabic sentence translated in different ways, and different Arabic
 * sentences given the same translation. Texts are compared after normalisation (harakat, letter variants,
 * spacing; English case), so a vowelled copy of a sentence counts as the same sentence.
 */
import type { Row } from '../project/model';
import { normalizeArabic } from '../text/normalize';
import type { QaIssue } from './types';

function sourceKey(row: Row): string {
  return normalizeArabic(row.source.join(' '), { tehMarbutaToHeh: true }).replace(/\s+/g, ' ').trim();
}

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

interface Keyed {
  id: string;
  sk: string;
  tk: string;
}

function groups(rows: readonly Keyed[], key: (r: Keyed) => string): Map<string, Keyed[]> {
  const m = new Map<string, Keyed[]>();
  for (const r of rows) {
    const k = key(r);
    let g = m.get(k);
    if (!g) m.set(k, (g = []));
    g.push(r);
  }
  return m;
}

/** `inconsistent-source` and `inconsistent-target` over all rows that have both a source and a translation. */
export function consistencyChecks(rows: readonly Row[], wanted: { source: boolean; target: boolean } = { source: true, target: true }): QaIssue[] {
  const done: Keyed[] = [];
  for (const r of rows) {
    if (r.target.trim() === '') continue;
    const sk = sourceKey(r);
    if (sk !== '') done.push({ id: r.id, sk, tk: targetKey(r) });
  }
  const out: QaIssue[] = [];
  if (wanted.source) {
    for (const [sk, g] of groups(done, (r) => r.sk)) {
      const variants = new Set(g.map((r) => r.tk));
      if (variants.size < 2) continue;
      for (const r of g) {
        const others = g.filter((o) => o.tk !== r.tk).map((o) => o.id);
        out.push({
          rowId: r.id, check: 'inconsistent-source', severity: 'warning', key: fingerprint(`${sk}\n${r.tk}`), related: others,
          message: `the same Arabic is translated ${variants.size} different ways (other rows: ${others.join(', ')})`,
        });
      }
    }
  }
  if (wanted.target) {
    for (const [tk, g] of groups(done, (r) => r.tk)) {
      const sources = new Set(g.map((r) => r.sk));
      if (sources.size < 2) continue;
      for (const r of g) {
        const others = g.filter((o) => o.sk !== r.sk).map((o) => o.id);
        out.push({
          rowId: r.id, check: 'inconsistent-target', severity: 'info', key: fingerprint(`${tk}\n${r.sk}`), related: others,
          message: `${sources.size} different Arabic sentences have this same translation (other rows: ${others.join(', ')})`,
        });
      }
    }
  }
  return out;
}
