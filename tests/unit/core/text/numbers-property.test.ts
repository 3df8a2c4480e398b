import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNumbers } from '../../../../app/core/text/numbers';

// Spells n (1 ≤ n < 10^9) the way Arabic news prose does: units before tens, parts joined by و, duals for
// 2 hundreds/thousands/millions, plurals (آلاف, ملايين) after 3–10, the singular after 11 and up.
const UNITS = ['', 'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'];
const TENS = ['', 'عشرة', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون'];
const HUNDREDS = ['', 'مئة', 'مئتان', 'ثلاثمئة', 'أربعمئة', 'خمسمئة', 'ستمئة', 'سبعمئة', 'ثمانمئة', 'تسعمئة'];

function below1000(n: number): string[] {
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h > 0) parts.push(HUNDREDS[h]!);
  if (r > 0 && r < 10) parts.push(UNITS[r]!);
  else if (r === 10) parts.push('عشرة');
  else if (r === 11) parts.push('أحد عشر');
  else if (r === 12) parts.push('اثنا عشر');
  else if (r > 12 && r < 20) parts.push(`${UNITS[r - 10]} عشر`);
  else if (r >= 20) {
    if (r % 10 > 0) parts.push(UNITS[r % 10]!);
    parts.push(TENS[Math.floor(r / 10)]!);
  }
  return parts;
}

function scaled(n: number, one: string, two: string, plural: string): string[] {
  if (n === 1) return [one];
  if (n === 2) return [two];
  const words = below1000(n).join(' و');
  return [`${words} ${n <= 10 ? plural : one}`];
}

export function arabicWords(n: number): string {
  const millions = Math.floor(n / 1e6);
  const thousands = Math.floor((n % 1e6) / 1e3);
  const rest = n % 1e3;
  const parts: string[] = [];
  if (millions > 0) parts.push(...scaled(millions, 'مليون', 'مليونان', 'ملايين'));
  if (thousands > 0) parts.push(...scaled(thousands, 'ألف', 'ألفان', 'آلاف'));
  if (rest > 0) parts.push(...below1000(rest));
  return parts.join(' و');
}

const EN_UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function enBelow1000(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  const tail = r < 20 ? EN_UNITS[r]! : `${EN_TENS[Math.floor(r / 10)]}${r % 10 ? `-${EN_UNITS[r % 10]}` : ''}`;
  if (h === 0) return tail;
  return `${EN_UNITS[h]} hundred${r ? ` and ${tail}` : ''}`;
}

export function englishWords(n: number): string {
  const parts: string[] = [];
  const m = Math.floor(n / 1e6);
  const t = Math.floor((n % 1e6) / 1e3);
  const r = n % 1e3;
  if (m) parts.push(`${enBelow1000(m)} million`);
  if (t) parts.push(`${enBelow1000(t)} thousand`);
  if (r) parts.push(enBelow1000(r));
  return parts.join(' ');
}

describe('findNumbers reads every spelled-out number (property)', () => {
  it('the generators spell the issue\'s examples as expected', () => {
    expect(arabicWords(425_000_000)).toBe('أربعمئة وخمسة وعشرون مليون');
    expect(arabicWords(2680)).toBe('ألفان وستمئة وثمانون');
    expect(englishWords(235_400)).toBe('two hundred and thirty-five thousand four hundred');
  });
  it('Arabic: any whole number below a billion, as one mention with its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        const text = `بلغ العدد ${arabicWords(n)} شخصا`;
        const ms = findNumbers(text, 'ar');
        expect(ms.map((m) => m.value)).toEqual([n]);
        expect(ms[0]!.text).toBe(arabicWords(n));
      }),
      { numRuns: 300 },
    );
  });
  it('English: any whole number below a billion, as one mention with its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        const ms = findNumbers(`about ${englishWords(n)} people`, 'en');
        expect(ms.map((m) => m.value)).toEqual([n]);
      }),
      { numRuns: 300 },
    );
  });
  it('digits with separators in either script read back as the number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        const western = n.toLocaleString('en-US');
        const arabic = n.toLocaleString('ar-EG');
        expect(findNumbers(western, 'en').map((m) => m.value)).toEqual([n]);
        expect(findNumbers(arabic, 'ar').map((m) => m.value)).toEqual([n]);
      }),
      { numRuns: 200 },
    );
  });
});
