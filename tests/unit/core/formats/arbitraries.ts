/** fast-check generators of projects for the format property tests. */
import fc from 'fast-check';
import type { InlineCode, Project, Row } from '../../../../app/core/project/model';

const SPECIAL = ['&', '<', '>', '"', "'", ' ', ' ', '\n', '\t', '\r', ']]>', '&amp;', '\u200f', '\u200e', '\u202b', '\u202c', '\u2067', '\u2069', '\u061f', '\u060c', '😀', '👍🏽', '١٢٣', 'ـ'];
const ARABIC = 'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة'.split('').concat(['\u064b', '\u0650', '\u0651']);
const LATIN = 'abcXYZ019.,;:-()%$'.split('');

/** Text that XML 1.0 can carry (no C0 controls, no lone surrogates), never a private-use code character. */
export const xmlText = fc.array(fc.constantFrom(...SPECIAL, ...ARABIC, ...LATIN), { maxLength: 12 }).map((a) => a.join(''));
/** Any text, with characters XML cannot carry (XLIFF 2 writes them as <cp/>). */
export const anyText = fc
  .array(fc.oneof(fc.constantFrom(...SPECIAL, ...ARABIC, ...LATIN), fc.constantFrom('\u0001', '\u000b', '\u001f', '\ufffe', '\ud800')), { maxLength: 12 })
  .map((a) => a.join(''));

export type Dialect = 'xliff2' | 'xliff12';

/** A segment skeleton: text slots, placeholders and paired codes (nested). */
type Piece = { t: 'text' } | { t: 'ph' } | { t: 'pair'; inner: Piece[] };
const piece: fc.Arbitrary<Piece[]> = fc.letrec((tie) => ({
  list: fc.array(tie('piece'), { maxLength: 4 }),
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant({ t: 'text' } as Piece),
    fc.constant({ t: 'ph' } as Piece),
    tie('list').map((inner) => ({ t: 'pair', inner }) as Piece),
  ),
})).list as fc.Arbitrary<Piece[]>;

/** Renders a skeleton with codes numbered in order of appearance and texts taken from `texts`. */
function render(pieces: Piece[], texts: string[], dialect: Dialect, codes: InlineCode[] | undefined): { text: string; codes: InlineCode[] } {
  const out: InlineCode[] = codes ?? [];
  let n = 0;
  let k = 0;
  const use = (code: InlineCode): string => {
    let i = codes ? n : out.length;
    if (!codes) out.push(code);
    else i = n;
    n++;
    return String.fromCharCode(0xe000 + i);
  };
  const walk = (ps: Piece[]): string =>
    ps
      .map((p) => {
        if (p.t === 'text') return texts[k++ % texts.length] ?? '';
        const id = String(n + 1);
        if (p.t === 'ph') return use({ id, kind: 'standalone', original: dialect === 'xliff2' ? `<ph id="${id}"/>` : `<x id="${id}"/>` });
        const open = use({ id, kind: 'open', original: dialect === 'xliff2' ? `<pc id="${id}">` : `<g id="${id}">` });
        const inner = walk(p.inner);
        return open + inner + use({ id, kind: 'close', original: dialect === 'xliff2' ? '</pc>' : '</g>' });
      })
      .join('');
  return { text: walk(pieces), codes: out };
}

function rowArb(dialect: Dialect, text: fc.Arbitrary<string>): fc.Arbitrary<Omit<Row, 'id'>> {
  const plainSource = fc.array(text, { maxLength: 3 });
  const withCodes = fc.tuple(piece, fc.array(text, { minLength: 1, maxLength: 4 }), fc.array(text, { minLength: 1, maxLength: 4 })).map(([ps, st, tt]) => {
    const s = render(ps, st, dialect, undefined);
    const t = render(ps, tt, dialect, s.codes);
    return { source: [s.text], target: t.text, codes: s.codes };
  });
  const content = fc.oneof(
    fc.tuple(plainSource, fc.oneof(text, fc.constant(''))).map(([source, target]) => ({ source, target, codes: [] as InlineCode[] })),
    withCodes,
  );
  const note = fc.record({ text: xmlText, author: xmlText, date: fc.constantFrom('2026-01-06T10:00:00Z', '2025-12-31') }, { requiredKeys: ['text'] });
  return fc
    .record({
      content,
      state: fc.constantFrom('initial', 'translated', 'reviewed', 'final' as const),
      score: fc.option(fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0), { nil: null }),
      paragraph: fc.nat(4),
      notes: fc.array(note, { maxLength: 2 }),
      extra: fc.dictionary(fc.constantFrom('tm:origin', 'mt:engine', 'review:by'), xmlText, { maxKeys: 2 }),
    })
    .map(({ content, state, score, paragraph, notes, extra }) => {
      const r: Omit<Row, 'id'> = { source: content.source, target: content.target, state, score, paragraph };
      if (notes.length > 0) r.notes = notes;
      if (content.codes.length > 0) r.codes = content.codes;
      if (Object.keys(extra).length > 0) r.extra = extra;
      return r;
    });
}

export function projectArb(dialect: Dialect, text: fc.Arbitrary<string>): fc.Arbitrary<Project> {
  return fc
    .record({
      name: xmlText.map((s) => s || 'project'),
      rows: fc.array(rowArb(dialect, text), { maxLength: 8 }),
      meta: fc.dictionary(fc.constantFrom('source', 'client', 'domain'), xmlText, { maxKeys: 3 }),
      glossary: fc.array(
        fc.record({ id: fc.constantFrom('t1', 't2'), source: xmlText, targets: fc.array(xmlText, { minLength: 1, maxLength: 2 }), forbidden: fc.array(xmlText, { maxLength: 2 }) }),
        { maxLength: 2 },
      ),
      qaIgnores: fc.array(fc.record({ rowId: fc.constantFrom('r0', 'r1'), check: fc.constantFrom('numbers', 'terms'), key: xmlText, reason: xmlText }), { maxLength: 2 }),
    })
    .map(({ name, rows, meta, glossary, qaIgnores }) => ({
      format: 'qalam-project' as const,
      version: 1,
      id: 'p1',
      name,
      sourceLang: 'ar',
      targetLang: 'en',
      createdAt: '2026-01-01T00:00:00.000Z',
      modifiedAt: '2026-01-02T00:00:00.000Z',
      rows: rows.map((r, i) => ({ id: `r${i}`, ...r })),
      glossary,
      qaIgnores,
      meta,
    }));
}

