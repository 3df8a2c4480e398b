/**
 * A light Arabic→Latin name matcher: both sides are reduced to a consonant skeleton (vowels, `h`, `w`, `y`,
 * alif, waw, ya, hamza and ta marbuta dropped; letters that English spellings of Arabic names confuse merged),
 * so `Kerry` and `كيري` both read `KR`, `Hammond` and `هاموند` `MND`, `Paris` and `باريس` `BRS`.
 */

const AR_MAP: Readonly<Record<string, string>> = {
  'ب': 'B', 'پ': 'B', 'ت': 'T', 'ط': 'T', 'ث': 'T', 'ج': 'J', 'غ': 'J', 'گ': 'J', 'خ': 'K', 'ك': 'K', 'ق': 'K', 'ک': 'K',
  'د': 'D', 'ض': 'D', 'ذ': 'D', 'ر': 'R', 'ز': 'S', 'س': 'S', 'ص': 'S', 'ش': 'S', 'ظ': 'S', 'ف': 'F', 'ڤ': 'F',
  'ل': 'L', 'م': 'M', 'ن': 'N',
};

/** English spelling → skeleton letters; digraphs first. */
const EN_DIGRAPHS: ReadonlyArray<[RegExp, string]> = [
  [/sh|ch|sch/g, 's'], [/th/g, 't'], [/ph/g, 'f'], [/kh|ck|qu/g, 'k'], [/gh/g, 'g'], [/dh/g, 'd'], [/c(?=[eiy])/g, 's'], [/x/g, 'ks'],
];
const EN_MAP: Readonly<Record<string, string>> = {
  b: 'B', p: 'B', t: 'T', d: 'D', g: 'J', j: 'J', k: 'K', c: 'K', q: 'K', r: 'R', s: 'S', z: 'S', f: 'F', v: 'F', l: 'L', m: 'M', n: 'N',
};

function collapse(s: string): string {
  let out = '';
  for (const ch of s) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/** The skeleton of an English word (`Obama` → `BM`). */
export function englishSkeleton(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '');
  for (const [re, to] of EN_DIGRAPHS) w = w.replace(re, to);
  let out = '';
  for (const ch of w) out += EN_MAP[ch] ?? '';
  return collapse(out);
}

/** The skeleton of an Arabic word as written (`أوباما` → `BM`). */
export function arabicSkeleton(word: string): string {
  let out = '';
  for (const ch of word) out += AR_MAP[ch] ?? '';
  return collapse(out);
}

/** Capitalised English words that are never names. */
const EN_NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'this', 'that', 'these', 'those', 'there', 'but', 'and', 'in', 'on', 'at',
  'for', 'from', 'after', 'before', 'when', 'while', 'if', 'as', 'his', 'her', 'its', 'their', 'our', 'some', 'many', 'most',
  'however', 'meanwhile', 'also', 'according', 'during', 'since', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'minister', 'president', 'prime', 'mr', 'mrs', 'dr', 'ministry', 'foreign', 'state', 'secretary',
]);

const EN_WORD = /\p{Lu}[\p{L}'’-]*/gu;
const AR_WORD = /[\u0621-\u064A\u0671-\u06D3\u064B-\u065F\u0640]+/gu;
const AR_MARKS = /[\u064B-\u065F\u0670\u0640]/gu;

const englishCache = new Map<string, readonly string[]>();

/** Name skeletons of the capitalised words of an English sentence (two consonants or more). */
export function englishNameKeys(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(EN_WORD)) {
    let sk = englishCache.get(m[0]);
    if (sk === undefined) {
      sk = m[0].split('-').flatMap((part) => {
        if (EN_NOT_NAMES.has(part.toLowerCase())) return [];
        const k = englishSkeleton(part);
        return k.length >= 2 ? [k] : [];
      });
      if (englishCache.size > 100_000) englishCache.clear();
      englishCache.set(m[0], sk);
    }
    for (const k of sk) keys.push(k);
  }
  return keys;
}

/**
 * Name skeletons of every word of an Arabic sentence: as written, and without the proclitics a name can carry
 * (و ف ب ل ك and the article ال), since Arabic has no capitals to tell names apart.
 */
export function arabicNameKeys(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(AR_WORD)) {
    let cached = wordCache.get(m[0]);
    if (!cached) {
      cached = arabicWordKeys(m[0]);
      if (wordCache.size > 100_000) wordCache.clear();
      wordCache.set(m[0], cached);
    }
    for (const k of cached) keys.push(k);
  }
  return keys;
}

/** Words recur throughout a document; their skeletons are computed once. */
const wordCache = new Map<string, readonly string[]>();

function arabicWordKeys(word: string): string[] {
  let w = word.replace(AR_MARKS, '');
  const forms = [w];
  if (/^[وف]/u.test(w) && w.length > 3) forms.push((w = w.slice(1)));
  if (/^[بلك]/u.test(w) && w.length > 3) forms.push((w = w.slice(1)));
  if (w.startsWith('ال') && w.length > 3) forms.push(w.slice(2));
  else if (w.startsWith('ل') && w.length > 3) forms.push(w.slice(1));
  const keys = new Set<string>();
  for (const f of forms) {
    const sk = arabicSkeleton(f);
    if (sk.length >= 2) keys.add(sk);
  }
  return [...keys];
}
