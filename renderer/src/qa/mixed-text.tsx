/**
 * English text with Arabic quoted inside (QA messages: `the term داعش (للداعش) should be…`). Each Arabic run is
 * isolated as its own right-to-left span, so neighbouring Arabic runs and brackets keep their order.
 */
import { Fragment } from 'react';

const AR = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF';
/** Arabic words separated only by spaces (or tatweel) read as one run. */
const RUN = new RegExp(`[${AR}]+(?:[\\s\\u0640]+[${AR}]+)*`, 'g');

/** Splits `text` into pieces, Arabic runs flagged. */
export function arabicRuns(text: string): { text: string; arabic: boolean }[] {
  const out: { text: string; arabic: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), arabic: false });
    out.push({ text: m[0], arabic: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), arabic: false });
  return out;
}

export function MixedText({ text }: { text: string }) {
  return (
    <>
      {arabicRuns(text).map((p, i) =>
        p.arabic ? (
          <bdi key={i} lang="ar" dir="rtl" className="ar-run">
            {p.text}
          </bdi>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
