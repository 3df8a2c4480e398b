/**
 * The number check: every number the source states appears in the translation, and the translation states
 * no other. Numbers are compared by value, so ١٥ ألفاً meets "15,000" and السنوات الثلاث meets "three years".
 * Some numbers are not required on the other side (see {@link soft}).
 */
import type { Row } from '../project/model';
import { findNumbers, type NumberMention } from '../text/numbers';
import type { QaIssue, QaSpan } from './types';

/**
 * A number whose absence on the other side proves nothing: one or two in words (said by a singular or a
 * dual in Arabic), an ordinal (الخامس is not read as 5), and a month in an all-digit date (20/1/2015 may be
 * "20 January 2015").
 */
function soft(m: NumberMention): boolean {
  return (m.spelled === true && m.value <= 2) || m.ordinal === true || (m.datePart === true && m.value <= 12);
}

const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function show(v: number): string {
  return NUMBER_FORMAT.format(v);
}

/** `number-mismatch` for one row (nothing when either side is empty: the empty check covers that). */
export function numberChecks(row: Row): QaIssue[] {
  if (row.target.trim() === '' || row.source.every((s) => s.trim() === '')) return [];
  const src: { m: NumberMention; sentence: number }[] = [];
  row.source.forEach((s, sentence) => {
    for (const m of findNumbers(s, 'ar')) src.push({ m, sentence });
  });
  const tgt = findNumbers(row.target, 'en');
  const unmatchedTarget = new Set(tgt.map((_, i) => i));
  const missing: { m: NumberMention; sentence: number }[] = [];
  for (const s of src) {
    const hit = [...unmatchedTarget].find((i) => tgt[i]!.value === s.m.value);
    if (hit === undefined) missing.push(s);
    else unmatchedTarget.delete(hit);
  }
  const out: QaIssue[] = [];
  for (const s of missing) {
    if (soft(s.m)) continue;
    const span: QaSpan = { side: 'source', sentence: s.sentence, start: s.m.start, end: s.m.end };
    const plain = s.m.text === show(s.m.value);
    const shown = plain ? s.m.text : `${show(s.m.value)} (${s.m.text})`;
    out.push({
      rowId: row.id, check: 'number-mismatch', severity: 'error', key: `source:${s.m.value}`, spans: [span],
      code: plain ? 'number-missing' : 'number-missing-written', params: plain ? { value: s.m.value } : { value: s.m.value, text: s.m.text },
      message: `the source number ${shown} is not in the translation`,
    });
  }
  for (const i of unmatchedTarget) {
    const m = tgt[i]!;
    if (soft(m)) continue;
    const plain = m.text === show(m.value);
    out.push({
      rowId: row.id, check: 'number-mismatch', severity: 'error', key: `target:${m.value}`,
      spans: [{ side: 'target', start: m.start, end: m.end }],
      code: plain ? 'number-extra' : 'number-extra-written', params: plain ? { value: m.value } : { value: m.value, text: m.text },
      message: `the translation has the number ${plain ? m.text : `${show(m.value)} (${m.text})`}, which the source does not`,
    });
  }
  return out;
}
