/**
 * Numbers written with digits (Western 0-9, Arabic-Indic ٠-٩, Eastern Arabic-Indic ۰-۹), as anchor values.
 * A stop-gap used until `findNumbers` from core/text/numbers.ts is available; spelled-out numbers are not read,
 * but a scale word after the digits is (`٩٠ ألف` = 90000 = `90,000`).
 */

const DIGIT_RUN =
  /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C\u2009\u00A0][0-9\u0660-\u0669\u06F0-\u06F9]+)*(?:[\s\u00A0]*(?:-|\p{L}+))?/gu;

/** Scale words written after digits (`٩٠ ألف`, `3.2 billion`): the value is multiplied. */
const SCALES: ReadonlyMap<string, number> = new Map([
  ['ألف', 1e3], ['الف', 1e3], ['آلاف', 1e3], ['الاف', 1e3], ['ألفا', 1e3], ['الفا', 1e3], ['ألفاً', 1e3], ['الفاً', 1e3],
  ['مليون', 1e6], ['ملايين', 1e6], ['مليار', 1e9], ['مليارات', 1e9], ['بليون', 1e9],
  ['thousand', 1e3], ['million', 1e6], ['millions', 1e6], ['billion', 1e9], ['billions', 1e9], ['trillion', 1e12], ['bn', 1e9], ['m', 1e6],
]);

function westernDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else out += ch;
  }
  return out;
}

/**
 * The numeric values written with digits in `text`. Group separators (`,` `٬` thin space) are dropped when
 * they separate groups of three; `٫` and a `.` before other than three digits are decimal points.
 */
export function digitNumbers(text: string): number[] {
  const values: number[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    const word = /[\s\u00A0]*(-|\p{L}+)$/u.exec(m[0]);
    const digits = word ? m[0].slice(0, word.index) : m[0];
    const scale = word ? (SCALES.get(word[1]!.toLowerCase()) ?? 1) : 1;
    const raw = westernDigits(digits);
    const parts = raw.split(/([.,\u066B\u066C\u2009\u00A0])/u);
    let s = parts[0]!;
    for (let k = 1; k < parts.length; k += 2) {
      const sep = parts[k]!;
      const group = parts[k + 1]!;
      const grouping = sep !== '\u066B' && group.length === 3 && (sep !== '.' || parts.length > 3);
      s += grouping ? group : '.' + group;
    }
    const v = Number(s);
    if (Number.isFinite(v)) values.push(Number((v * scale).toPrecision(12)));
  }
  return values;
}
