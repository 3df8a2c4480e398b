import { describe, expect, it } from 'vitest';
import { consistencyChecks, fingerprint, isJsSpace } from '../../../../app/core/qa/checks-consistency';
import type { QaIssue } from '../../../../app/core/qa/types';
import type { Row } from '../../../../app/core/project/model';
import { normalizeArabic } from '../../../../app/core/text/normalize';
import { seeded } from '../../../fixtures/seeded';

/**
 * The plain way to group rows: build every row's compared text and group by it. consistencyChecks groups
 * by hashes first and builds texts only where hashes meet; it must give exactly what this gives.
 */
function reference(rows: readonly Row[]): QaIssue[] {
  const keyed = rows
    .filter((r) => r.target.trim() !== '')
    .map((r) => ({
      id: r.id,
      sk: normalizeArabic(r.source.join(' '), { tehMarbutaToHeh: true }).replace(/\s+/g, ' ').trim(),
      tk: r.target.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase(),
    }))
    .filter((r) => r.sk !== '');
  const by = (f: (r: (typeof keyed)[number]) => string): Map<string, typeof keyed> => {
    const m = new Map<string, typeof keyed>();
    for (const r of keyed) m.set(f(r), [...(m.get(f(r)) ?? []), r]);
    return m;
  };
  const out: QaIssue[] = [];
  for (const [sk, g] of by((r) => r.sk)) {
    const n = new Set(g.map((r) => r.tk)).size;
    if (n < 2) continue;
    for (const r of g) {
      const others = g.filter((o) => o.tk !== r.tk).map((o) => o.id);
      out.push({ rowId: r.id, check: 'inconsistent-source', severity: 'warning', key: fingerprint(`${sk}\n${r.tk}`), related: others, code: 'inconsistent-source', params: { count: n, rows: others }, message: `the same Arabic is translated ${n} different ways (other rows: ${others.join(', ')})` });
    }
  }
  for (const [tk, g] of by((r) => r.tk)) {
    const n = new Set(g.map((r) => r.sk)).size;
    if (n < 2) continue;
    for (const r of g) {
      const others = g.filter((o) => o.sk !== r.sk).map((o) => o.id);
      out.push({ rowId: r.id, check: 'inconsistent-target', severity: 'info', key: fingerprint(`${tk}\n${r.sk}`), related: others, code: 'inconsistent-target', params: { count: n, rows: others }, message: `${n} different Arabic sentences have this same translation (other rows: ${others.join(', ')})` });
    }
  }
  return out;
}

const row = (id: string, source: string[], target: string): Row => ({ id, source, target, state: 'translated', score: null, paragraph: 0 });

// Pieces chosen to collide after normalisation: harakat, tatweel, hamza and alef forms, ة/ه, presentation
// forms, white space of every kind, English case, accents that NFC composes, and the Kelvin sign.
const AR = ['الدولة', 'الدوله', 'الدَّوْلَة', 'الدولـــة', 'أحمد', 'احمد', 'ﻻ', 'لا', 'ﷺ', 'قال', ' ', '  ', '\u00a0', '\t', '\n', '\u2003', '\u200c', '\u064b', '.', '5', '٥'];
const EN = ['State', 'state', 'STATE', ' ', '  ', '\u00a0', '\u3000', 'café', 'cafe\u0301', 'CAFÉ', '\u212aelvin', 'kelvin', 'said', 'Said', '.', '5', '\t'];

function document(seed: number, n: number): Row[] {
  const rnd = seeded(seed);
  const pick = (xs: readonly string[], k: number): string => Array.from({ length: k }, () => xs[Math.floor(rnd() * xs.length)]).join('');
  return Array.from({ length: n }, (_, i) => {
    const sentences = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => pick(AR, 1 + Math.floor(rnd() * 3)));
    return row(`r${i}`, sentences, rnd() < 0.05 ? ' ' : pick(EN, 1 + Math.floor(rnd() * 3)));
  });
}

describe('consistencyChecks', () => {
  it('finds exactly what grouping by the whole compared texts finds, on documents full of near-duplicates', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rows = document(seed, 300);
      const want = reference(rows);
      expect(want.length).toBeGreaterThan(0);
      expect(consistencyChecks(rows)).toEqual(want);
    }
  });
  it('a vowelled copy of a sentence is the same sentence; a differently spaced translation is the same translation', () => {
    const rows = [row('a', ['قال الرئيس'], 'The president said'), row('b', ['قَالَ  الرَّئِيسُ'], 'the  President said'), row('c', ['قال الرئيس'], 'The head said')];
    const i = consistencyChecks(rows).filter((x) => x.check === 'inconsistent-source');
    expect(i.map((x) => [x.rowId, x.related])).toEqual([['a', ['c']], ['b', ['c']], ['c', ['a', 'b']]]);
  });
});

describe('isJsSpace', () => {
  it('agrees with \\s (and trim) on every code unit of the Basic Multilingual Plane', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
