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

function groups(rows: readonly Row[], key: (r: Row) => string): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const r of rows) {
    const k = key(r);
    let g = m.get(k);
    if (!g) m.set(k, (g = []));
    g.push(r);
  }
  return m;
}

/** `inconsistent-source` and `inconsistent-target` over all rows that have both a source and a translation. */
export function consistencyChecks(rows: readonly Row[]): QaIssue[] {
  const done = rows.filter((r) => r.target.trim() !== '' && sourceKey(r) !== '');
  const out: QaIssue[] = [];
  for (const [sk, g] of groups(done, sourceKey)) {
    const variants = new Set(g.map(targetKey));
    if (variants.size < 2) continue;
    for (const r of g) {
      const others = g.filter((o) => targetKey(o) !== targetKey(r)).map((o) => o.id);
      out.push({
        rowId: r.id, check: 'inconsistent-source', severity: 'warning', key: fingerprint(`${sk}\n${targetKey(r)}`), related: others,
        message: `the same Arabic is translated ${variants.size} different ways (other rows: ${others.join(', ')})`,
      });
    }
  }
  for (const [tk, g] of groups(done, targetKey)) {
    const sources = new Set(g.map(sourceKey));
    if (sources.size < 2) continue;
    for (const r of g) {
      const others = g.filter((o) => sourceKey(o) !== sourceKey(r)).map((o) => o.id);
      out.push({
        rowId: r.id, check: 'inconsistent-target', severity: 'info', key: fingerprint(`${tk}\n${sourceKey(r)}`), related: others,
        message: `${sources.size} different Arabic sentences have this same translation (other rows: ${others.join(', ')})`,
      });
    }
  }
  return out;
}
