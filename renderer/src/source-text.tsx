/**
 * The Arabic of a row: its sentences (a thin bar between them shows where the segmenter cut), with glossary terms
 * and search hits marked. Each sentence carries its index so the caret's place can be turned into a split point.
 */
import { memo } from 'react';

export interface Mark {
  sentence: number;
  start: number;
  end: number;
  kind: 'term' | 'hit';
  title?: string;
}

export type SourceMarks = readonly Mark[];

function pieces(text: string, marks: readonly Mark[]): { text: string; mark?: Mark }[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const out: { text: string; mark?: Mark }[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), mark: m });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

export const SourceText = memo(function SourceText({ sentences, marks }: { sentences: string[]; marks: SourceMarks | undefined }) {
  return (
    <>
      {sentences.map((s, k) => {
        const mine = marks?.filter((m) => m.sentence === k) ?? [];
        return (
          <span key={k} className="sentence" data-sentence={k}>
            {mine.length === 0
              ? s
              : pieces(s, mine).map((p, i) =>
                  p.mark ? (
                    <mark key={i} className={`mark-${p.mark.kind}`} title={p.mark.title}>
                      {p.text}
                    </mark>
                  ) : (
                    p.text
                  ),
                )}
          </span>
        );
      })}
    </>
  );
});
