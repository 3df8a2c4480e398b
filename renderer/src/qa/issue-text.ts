/**
 * A QA issue's message in the UI language: `messages.<code>` of locales/<lang>/qa.json, filled with the
 * issue's parameters. The result is a list of pieces: text in the UI language, and values (terms,
 * translations, numbers, rows) that a view isolates in their own direction, so an English translation
 * inside an Arabic sentence, or an Arabic term inside an English one, keeps its order.
 *
 * In English the wording is the core's own `message` (a unit test holds them equal), except that rows are
 * shown by number, not by id.
 */
import type { QaIssue } from '../../../app/core/qa/types';

/** Text in the UI language, or a value to isolate. */
export type Piece = { text: string } | { value: string };

/** The translation function this needs (i18next's `t`). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface IssueTextContext {
  t: Translate;
  /** The UI language, for number formats. */
  language: string;
  /** The 1-based number of the row with this id, or undefined to show the id. */
  rowNumber(id: string): number | undefined;
}

// A value stands in the translated text as a private-use marker with its index, and is put back as pieces.
const MARK = /\uE000(\d+)\uE001/g;
const mark = (i: number): string => `\uE000${i}\uE001`;

/** `key` translated with `values` put in its placeholders; `count` chooses the plural form. */
function fill(t: Translate, key: string, values: Record<string, Piece[]>, count?: number): Piece[] {
  const names = Object.keys(values);
  const options: Record<string, unknown> = Object.fromEntries(names.map((n, i) => [n, mark(i)]));
  if (count !== undefined) options.count = count;
  const text = t(key, options);
  const out: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(MARK)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push(...values[names[Number(m[1])]!]!);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

function joined(items: Piece[][], separator: string): Piece[] {
  return items.flatMap((item, i) => (i === 0 ? item : [{ text: separator }, ...item]));
}

/** Parameters shown in quotation marks: English translations, as the core's message quotes them. */
const QUOTED = new Set(['used', 'translation', 'suggestion', 'preferred']);

/** The message of `issue` as pieces. */
export function issuePieces(issue: QaIssue, ctx: IssueTextContext): Piece[] {
  const { t } = ctx;
  const nf = new Intl.NumberFormat(ctx.language, { maximumFractionDigits: 6 });
  const quoted = (v: string): Piece[] => fill(t, 'qa:quoted', { text: [{ value: v }] });
  const rowLabel = (id: string): string => {
    const n = ctx.rowNumber(id);
    return n === undefined ? id : nf.format(n);
  };
  const values: Record<string, Piece[]> = {};
  let count: number | undefined;
  for (const [name, v] of Object.entries(issue.params)) {
    if (name === 'count' && typeof v === 'number') {
      count = v;
      values.n = [{ value: nf.format(v) }];
    } else if (name === 'pair') {
      values.pair = [{ text: t(`qa:pairs.${String(v)}`) }];
    } else if (name === 'translations' && Array.isArray(v)) {
      values.translations = joined(v.map(quoted), t('qa:or'));
    } else if (name === 'rows' && Array.isArray(v)) {
      values.rows = joined(v.map((id: string) => [{ value: rowLabel(id) }]), t('qa:listSeparator'));
    } else if (Array.isArray(v)) {
      values[name] = joined(v.map((x: string) => [{ value: x }]), t('qa:listSeparator'));
    } else if (typeof v === 'number') {
      values[name] = [{ value: nf.format(v) }];
    } else {
      values[name] = QUOTED.has(name) ? quoted(v as string) : [{ value: v as string }];
    }
  }
  if (issue.code === 'term-variant') {
    const uses = (issue.variants ?? []).map((u) => fill(t, 'qa:uses', { translation: quoted(u.translation), n: [{ value: nf.format(u.count) }] }, u.count));
    values.uses = joined(uses, t('qa:listSeparator'));
  }
  return fill(t, `qa:messages.${issue.code}`, values, count);
}

/** The pieces as one plain string. */
export function piecesText(pieces: readonly Piece[]): string {
  return pieces.map((p) => ('text' in p ? p.text : p.value)).join('');
}
