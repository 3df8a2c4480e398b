/**
 * Deterministic generator of news-like Arabic texts and their English translations for the benchmarks:
 * varied sentence shapes, numbers in Arabic-Indic digits, names, days, paragraphs, and the divergences a
 * real translation has (an omitted sentence, two sentences fused, one split).
 */
import { seeded } from '../../../fixtures/seeded';
import type { Bead } from '../../../../app/core/align/types';

const SUBJECTS: ReadonlyArray<[string, string]> = [
  ['أعلنت وزارة المالية', 'The finance ministry announced'],
  ['قال رئيس الوزراء', 'The prime minister said'],
  ['أكد البنك المركزي', 'The central bank confirmed'],
  ['ذكرت وكالة الأنباء الرسمية', 'The official news agency reported'],
  ['أوضح المتحدث باسم الحكومة', 'The government spokesman explained'],
  ['قال المدرب', 'The coach said'],
  ['حذرت هيئة الأرصاد الجوية', 'The meteorological office warned'],
  ['أفادت وزارة الصحة', 'The health ministry said'],
];
const OBJECTS: ReadonlyArray<[string, string]> = [
  ['أن الصادرات ارتفعت بنسبة', 'that exports had risen by'],
  ['أن عدد الإصابات بلغ', 'that the number of cases had reached'],
  ['أن الميزانية ستخصص', 'that the budget would allocate'],
  ['أن درجات الحرارة ستصل إلى', 'that temperatures would reach'],
  ['أن الفريق سجل', 'that the team had scored'],
  ['أن المشروع سيوفر', 'that the project would create'],
];
const TAILS: ReadonlyArray<[string, string]> = [
  ['في المئة خلال العام الماضي', 'percent last year'],
  ['حالة منذ بداية الشهر', 'since the start of the month'],
  ['مليون دولار للتعليم والصحة', 'million dollars for education and health'],
  ['درجة مئوية في العاصمة', 'degrees Celsius in the capital'],
  ['هدفاً في الموسم الحالي', 'goals this season'],
  ['وظيفة جديدة في المنطقة', 'new jobs in the region'],
];
const PLACES: ReadonlyArray<[string, string]> = [
  ['في القاهرة', 'in Cairo'], ['في عمّان', 'in Amman'], ['في الرياض', 'in Riyadh'], ['في بيروت', 'in Beirut'],
  ['في تونس', 'in Tunis'], ['في باريس', 'in Paris'], ['في لندن', 'in London'], ['', ''],
];
const DAYS: ReadonlyArray<[string, string]> = [
  ['يوم الأحد', 'on Sunday'], ['يوم الإثنين', 'on Monday'], ['يوم الثلاثاء', 'on Tuesday'], ['يوم الأربعاء', 'on Wednesday'],
  ['يوم الخميس', 'on Thursday'], ['', ''], ['', ''],
];
const EXTRAS: ReadonlyArray<[string, string]> = [
  ['، مشيراً إلى أن الحكومة ستواصل الإصلاحات الاقتصادية والاجتماعية', ', adding that the government would press on with economic and social reforms'],
  ['، وسط توقعات بمزيد من التحسن في الأشهر المقبلة', ', amid expectations of further improvement in the coming months'],
  ['', ''], ['', ''], ['', ''],
];

const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;

function arabicDigits(n: number): string {
  return String(n).replace(/[0-9]/gu, (d) => String.fromCharCode(0x0660 + Number(d)));
}

/** One Arabic sentence and its English translation. */
function pair(r: () => number): [string, string] {
  const s = pick(SUBJECTS, r);
  const o = pick(OBJECTS, r);
  const t = pick(TAILS, r);
  const p = pick(PLACES, r);
  const d = pick(DAYS, r);
  const x = pick(EXTRAS, r);
  const n = 1 + Math.floor(r() * 5000);
  const ar = [s[0], d[0], p[0], o[0], arabicDigits(n), t[0]].filter((w) => w !== '').join(' ') + x[0] + '.';
  const en = [s[1], d[1], o[1], String(n), t[1], p[1]].filter((w) => w !== '').join(' ') + x[1] + '.';
  return [ar, en];
}

/**
 * `count` sentence pairs as two raw texts (paragraphs of 3–7 sentences). About one sentence in 40 is
 * omitted in the translation, one pair in 40 is fused into one English sentence with "and".
 */
export function newsCorpus(count: number, seed = 42): { ar: string; en: string; arLines: string; enLines: string; gold: Bead[] } {
  const r = seeded(seed);
  const arParas: string[][] = [];
  const enParas: string[][] = [];
  const gold: Bead[] = [];
  let enCount = 0;
  let made = 0;
  while (made < count) {
    const size = Math.min(count - made, 3 + Math.floor(r() * 5));
    const ar: string[] = [];
    const en: string[] = [];
    for (let k = 0; k < size; k++) {
      const [a, e] = pair(r);
      ar.push(a);
      const dice = r();
      const i = made + k;
      if (dice < 0.025) {
        gold.push({ source: [i], target: [], score: 1 }); // omitted in the translation
      } else if (dice < 0.05 && en.length > 0 && gold[gold.length - 1]!.target.length > 0) {
        en[en.length - 1] = `${en[en.length - 1]!.slice(0, -1)}, and ${e[0]!.toLowerCase()}${e.slice(1)}`;
        gold[gold.length - 1]!.source.push(i);
      } else {
        en.push(e);
        gold.push({ source: [i], target: [enCount++], score: 1 });
      }
    }
    made += size;
    arParas.push(ar);
    if (en.length === 0) {
      en.push('The report gave no further details.');
      gold.push({ source: [], target: [enCount++], score: 1 });
    }
    enParas.push(en);
  }
  return {
    ar: arParas.map((p) => p.join(' ')).join('\n\n') + '\n',
    en: enParas.map((p) => p.join(' ')).join('\n\n') + '\n',
    arLines: arParas.map((p) => p.join('\n')).join('\n\n') + '\n',
    enLines: enParas.map((p) => p.join('\n')).join('\n\n') + '\n',
    gold,
  };
}
