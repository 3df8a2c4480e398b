/**
 * The Arabic–English gold alignment set (tests/fixtures/align) and the generated divergences a real
 * translation has, plus strict bead F1 and link F1 (as in the vecalign/Bleualign literature). Shared by the
 * accuracy test and the align bench.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Bead, Sentence } from '../../../../app/core/align/types';
import { segment } from '../../../../app/core/text/segment';

/** One gold bead with its sentences; `paragraph` is the paragraph of each side. */
interface Unit {
  /** Set once a divergence has been applied to this bead. */
  touched?: boolean;
  ar: string[];
  en: string[];
  arParagraph: number;
  enParagraph: number;
}

/** A document: sentences per side (with paragraphs) and the gold beads. */
export interface GoldDoc {
  name: string;
  ar: Sentence[];
  en: Sentence[];
  gold: Bead[];
}

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/align/', import.meta.url));

function readLines(file: string): { text: string; paragraph: number }[] {
  const out: { text: string; paragraph: number }[] = [];
  let paragraph = 0;
  let blank = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') {
      blank = out.length > 0;
      continue;
    }
    if (blank) paragraph++;
    blank = false;
    out.push({ text: line.trim(), paragraph });
  }
  return out;
}

const indices = (field: string): number[] => (field === '' ? [] : field.split(',').map(Number));

function loadUnits(name: string): Unit[] {
  const ar = readLines(join(FIXTURES, `${name}.ar.txt`));
  const en = readLines(join(FIXTURES, `${name}.en.txt`));
  const rows = readFileSync(join(FIXTURES, `${name}.gold.tsv`), 'utf8').split('\n').filter((l) => l.trim() !== '');
  return rows.map((row) => {
    const [s = '', t = ''] = row.split('\t');
    const si = indices(s);
    const ti = indices(t);
    return {
      ar: si.map((i) => ar[i]!.text),
      en: ti.map((j) => en[j]!.text),
      arParagraph: si.length ? ar[si[0]!]!.paragraph : -1,
      enParagraph: ti.length ? en[ti[0]!]!.paragraph : -1,
    };
  });
}

/** The names of the fixture documents (`<name>.ar.txt`, `<name>.en.txt`, `<name>.gold.tsv`). */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.gold.tsv')).map((f) => f.slice(0, -'.gold.tsv'.length)).sort();
}

export { seeded } from '../../../fixtures/seeded';
import { seeded } from '../../../fixtures/seeded';

const EN_LOWERABLE = new Set(['The', 'He', 'She', 'It', 'They', 'In', 'More', 'Some', 'Most', 'No', 'Around', 'Crossing', 'Temperatures', 'Forecasts', 'Doctors', 'Critics', 'Novels', 'Banking']);
const stripStop = (s: string): string => s.replace(/[.]$/u, '');

/** `A. B.` → `A, and b.`: two English sentences fused with a conjunction. */
export function fuseEnglish(a: string, b: string): string {
  const first = b.split(' ')[0]!;
  const rest = EN_LOWERABLE.has(first) ? b[0]!.toLowerCase() + b.slice(1) : b;
  return `${stripStop(a)}, and ${rest}`;
}

/** `أ. وب.` → `أ وب.`: two Arabic sentences fused with و. */
export function fuseArabic(a: string, b: string): string {
  return `${stripStop(a)} و${b.startsWith('و') ? b.slice(1) : b}`;
}

/** Splits an English sentence at its middle-most comma into two sentences, or returns undefined. */
export function splitEnglish(s: string): [string, string] | undefined {
  const commas = [...s.matchAll(/, /gu)].map((m) => m.index!);
  if (commas.length === 0) return undefined;
  const at = commas.reduce((best, c) => (Math.abs(c - s.length / 2) < Math.abs(best - s.length / 2) ? c : best));
  const left = s.slice(0, at);
  const right = s.slice(at + 2);
  if (left.length < 20 || right.length < 20 || /["“]/u.test(left)) return undefined;
  return [`${left}.`, right[0]!.toUpperCase() + right.slice(1)];
}

type Op = 'drop-en' | 'drop-ar' | 'fuse-en' | 'fuse-ar' | 'split-en';
const OPS: readonly Op[] = ['drop-en', 'drop-ar', 'fuse-en', 'fuse-ar', 'split-en'];

const oneToOne = (u: Unit | undefined): u is Unit => u !== undefined && u.ar.length === 1 && u.en.length === 1;

/**
 * Applies `count` random divergences to the units of a document. Divergences are kept apart (a bead next to
 * a changed bead is left alone): an omission right beside an addition is a different text, not a translation.
 */
function diverge(units: Unit[], rand: () => number, count: number): Unit[] {
  const out = units.map((u) => ({ ...u, ar: [...u.ar], en: [...u.en] }));
  let done = 0;
  for (let tries = 0; done < count && tries < 200; tries++) {
    const op = OPS[Math.floor(rand() * OPS.length)]!;
    // The headline (unit 0) is left alone: a translation never drops or fuses it.
    const k = 1 + Math.floor(rand() * (out.length - 1));
    const u = out[k];
    const v = out[k + 1];
    if (!oneToOne(u) || out[k - 1]?.touched || u.touched || v?.touched || out[k + 2]?.touched) continue;
    if (op === 'drop-en') u.en = [];
    else if (op === 'drop-ar') u.ar = [];
    else if (op === 'split-en') {
      const parts = splitEnglish(u.en[0]!);
      if (!parts) continue;
      u.en = parts;
    } else {
      if (!oneToOne(v) || v.arParagraph !== u.arParagraph || v.enParagraph !== u.enParagraph) continue;
      // Only statements fuse with a conjunction; a question or a headline does not.
      if (!u.ar[0]!.endsWith('.') || !u.en[0]!.endsWith('.')) continue;
      if (op === 'fuse-en') out.splice(k, 2, { ...u, touched: true, ar: [u.ar[0]!, v.ar[0]!], en: [fuseEnglish(u.en[0]!, v.en[0]!)] });
      else out.splice(k, 2, { ...u, touched: true, ar: [fuseArabic(u.ar[0]!, v.ar[0]!)], en: [u.en[0]!, v.en[0]!] });
    }
    u.touched = true;
    done++;
  }
  return out;
}

/** Turns units into a document: sentences with offsets in a text where paragraphs are separated by blank lines. */
function toDoc(name: string, units: Unit[]): GoldDoc & { arText: string; enText: string } {
  const side = (pick: (u: Unit) => string[], para: (u: Unit) => number): { sentences: Sentence[]; text: string; owner: number[][] } => {
    const sentences: Sentence[] = [];
    const owner: number[][] = [];
    let text = '';
    let lastPara = -1;
    units.forEach((u) => {
      const idx: number[] = [];
      for (const s of pick(u)) {
        const p = para(u);
        // Sentences run on within a paragraph; one without a final stop (a headline) keeps its line break.
        if (sentences.length > 0) text += p !== lastPara ? '\n\n' : /[.!?؟…"”»)]$/u.test(text) ? ' ' : '\n';
        lastPara = p;
        sentences.push({ text: s, start: text.length, end: text.length + s.length, paragraph: p });
        idx.push(sentences.length - 1);
        text += s;
      }
      owner.push(idx);
    });
    return { sentences, text: text + '\n', owner };
  };
  const ar = side((u) => u.ar, (u) => u.arParagraph);
  const en = side((u) => u.en, (u) => u.enParagraph);
  const gold = units.map((_, k) => ({ source: ar.owner[k]!, target: en.owner[k]!, score: 1 }));
  return { name, ar: ar.sentences, en: en.sentences, gold, arText: ar.text, enText: en.text };
}

export type EvalDoc = ReturnType<typeof toDoc>;

/**
 * Every fixture document as written, plus `variants` seeded variants of each. `beadsPerDivergence` sets how
 * often a translation diverges: 5 (the default) gives one omission, fusion or split per five beads on top of
 * the natural 1-2 and 2-1 beads already in the gold, which is what edited news translations show; 3 is a
 * harsh setting used to show the margin over the baseline.
 */
export function evaluationSet(variants = 6, beadsPerDivergence = 5): EvalDoc[] {
  const docs: EvalDoc[] = [];
  for (const name of fixtureNames()) {
    const units = loadUnits(name);
    docs.push(toDoc(name, units));
    for (let v = 0; v < variants; v++) {
      const rand = seeded(1000 * v + name.length * 17 + name.charCodeAt(0));
      docs.push(toDoc(`${name}#${v}`, diverge(units, rand, Math.max(1, Math.round(units.length / beadsPerDivergence)))));
    }
  }
  return docs;
}

/** Counts for micro-averaged precision/recall. */
export interface Counts {
  tp: number;
  test: number;
  gold: number;
}

const beadKey = (b: Bead): string => `${b.source.join(',')}|${b.target.join(',')}`;
const links = (beads: Bead[]): string[] => beads.flatMap((b) => b.source.flatMap((s) => b.target.map((t) => `${s}-${t}`)));

function count(gold: string[], test: string[]): Counts {
  const g = new Set(gold);
  return { tp: test.filter((t) => g.has(t)).length, test: test.length, gold: gold.length };
}

/** Strict bead counts: a test bead is right only if exactly the same bead (1-0 and 0-1 included) is in gold. */
export const beadCounts = (gold: Bead[], test: Bead[]): Counts => count(gold.map(beadKey), test.map(beadKey));
/** Link counts: every (source, target) pair inside a bead; unpaired sentences make no link. */
export const linkCounts = (gold: Bead[], test: Bead[]): Counts => count(links(gold), links(test));

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, test: a.test + b.test, gold: a.gold + b.gold };
}

export function f1(c: Counts): number {
  const p = c.test ? c.tp / c.test : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * Maps beads over segmenter output back to gold sentence indices: each segment belongs to every gold
 * sentence it overlaps, so paragraph-mode results can be scored against the gold beads.
 */
export function toGoldIndices(beads: Bead[], srcSeg: Sentence[], tgtSeg: Sentence[], srcGold: Sentence[], tgtGold: Sentence[]): Bead[] {
  const owners = (seg: Sentence, gold: Sentence[]): number[] =>
    gold.flatMap((g, k) => (g.start < seg.end && seg.start < g.end ? [k] : []));
  const map = (idx: number[], seg: Sentence[], gold: Sentence[]): number[] => [...new Set(idx.flatMap((i) => owners(seg[i]!, gold)))].sort((a, b) => a - b);
  return beads.map((b) => ({ source: map(b.source, srcSeg, srcGold), target: map(b.target, tgtSeg, tgtGold), score: b.score }));
}

/** Aligns every document with `aligner` in line mode and in paragraph mode (segment, then align). */
export function evaluate(
  docs: EvalDoc[],
  aligner: (src: Sentence[], tgt: Sentence[]) => Bead[],
): { lines: { bead: Counts; link: Counts }; paragraphs: { bead: Counts; link: Counts } } {
  const zero = (): Counts => ({ tp: 0, test: 0, gold: 0 });
  const res = { lines: { bead: zero(), link: zero() }, paragraphs: { bead: zero(), link: zero() } };
  for (const d of docs) {
    const lineBeads = aligner(d.ar, d.en);
    res.lines.bead = add(res.lines.bead, beadCounts(d.gold, lineBeads));
    res.lines.link = add(res.lines.link, linkCounts(d.gold, lineBeads));
    const sa = segment(d.arText, 'ar');
    const se = segment(d.enText, 'en');
    const paraBeads = toGoldIndices(aligner(sa, se), sa, se, d.ar, d.en);
    res.paragraphs.bead = add(res.paragraphs.bead, beadCounts(d.gold, paraBeads));
    res.paragraphs.link = add(res.paragraphs.link, linkCounts(d.gold, paraBeads));
  }
  return res;
}
