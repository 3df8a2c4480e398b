import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph } from 'docx';
import { qalam, tempFiles } from './align-harness';

const AR = 'أعلن الوزير يوم الخميس خطة بقيمة ٤٢٥ مليون يورو. وقال إن الخطة ستبدأ فوراً.\n\nهل تكفي الخطة؟ يشك الخبراء في ذلك كثيراً.\n';
const EN = 'The minister announced a 425 million euro plan on Thursday. He said the plan would start at once.\n\nIs the plan enough? Experts doubt it greatly.\n';

describe('qalam align', () => {
  it('prints tsv beads (source indices, target indices, score) by default', async () => {
    const f = tempFiles({ 'a.txt': AR, 'e.txt': EN });
    const r = await qalam('align', f['a.txt']!, f['e.txt']!);
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\n').map((l) => l.split('\t'));
    expect(rows.map((x) => `${x[0]}|${x[1]}`)).toEqual(['0|0', '1|1', '2|2', '3|3']);
    for (const x of rows) expect(Number(x[2])).toBeGreaterThan(0.5);
  });
  it('prints spans as UTF-16 offsets into the text as read (BOM removed)', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(AR)]);
    const f = tempFiles({ 'a.txt': bom, 'e.txt': EN });
    const r = await qalam('align', '--format', 'spans', f['a.txt']!, f['e.txt']!);
    const first = r.out.split('\n')[0]!.split('\t');
    const [s0, s1] = first[0]!.split(':').map(Number);
    const [t0, t1] = first[1]!.split(':').map(Number);
    expect(AR.slice(s0, s1)).toBe('أعلن الوزير يوم الخميس خطة بقيمة ٤٢٥ مليون يورو.');
    expect(EN.slice(t0, t1)).toBe('The minister announced a 425 million euro plan on Thursday.');
  });
  it('prints json beads with indices, spans, texts and score', async () => {
    const f = tempFiles({ 'a.txt': AR, 'e.txt': EN });
    const beads = JSON.parse((await qalam('align', f['a.txt']!, f['e.txt']!, '--format=json')).out) as {
      source: number[];
      target: number[];
      sourceSpan: [number, number];
      sourceText: string;
      targetText: string;
      score: number;
    }[];
    expect(beads).toHaveLength(4);
    expect(beads[2]).toMatchObject({ source: [2], target: [2], sourceText: 'هل تكفي الخطة؟', targetText: 'Is the plan enough?' });
    expect(AR.slice(...beads[2]!.sourceSpan)).toBe('هل تكفي الخطة؟');
  });
  it('with --lines takes each line as one segment, and leaves an untranslated line unpaired (empty side)', async () => {
    const ar = 'أعلن البنك المركزي خفض سعر الفائدة بمقدار ١٠٠ نقطة أساس إلى ١٩٫٢٥ في المئة.\nوقال محافظ البنك في مؤتمر صحفي طويل إن التضخم تراجع بشكل ملحوظ خلال الأشهر الستة الماضية بفضل السياسات الجديدة.\nوارتفعت البورصة ٢٫١ في المئة.\n';
    const en = 'The central bank cut its interest rate by 100 basis points to 19.25 percent.\nThe stock exchange rose 2.1 percent.\n';
    const f = tempFiles({ 'a.txt': ar, 'e.txt': en });
    const r = await qalam('align', '--lines', f['a.txt']!, f['e.txt']!);
    const rows = r.out.trim().split('\n').map((l) => l.split('\t').slice(0, 2).join('|'));
    expect(rows).toEqual(['0|0', '1|', '2|1']);
  });
  it('refuses user errors with one line on stderr and exit 2: missing file, empty file, unknown option, one file', async () => {
    const f = tempFiles({ 'a.txt': AR, 'empty.txt': '  \n' });
    const cases: [string[], RegExp][] = [
      [['align', f['a.txt']!, `${f['a.txt']!}.nope`], /no such file/u],
      [['align', f['a.txt']!, f['empty.txt']!], /empty/u],
      [['align', '--colour', f['a.txt']!, f['a.txt']!], /unknown option --colour/u],
      [['align', f['a.txt']!], /expected SOURCE and TARGET/u],
      [['align', '--format', 'xml', f['a.txt']!, f['a.txt']!], /--format must be one of tsv, spans, json/u],
    ];
    for (const [args, message] of cases) {
      const r = await qalam(...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
  it('uses --glossary terms as anchors and warns about glossary rows it cannot read', async () => {
    const ar = 'قال المدرب إن الفريق لعب جيداً.\nوأشاد الجمهور بالأداء الرائع للاعبين الشبان طوال المباراة.\n';
    const en = 'The fans praised the young players for their excellent performance throughout the match.\n';
    const f = tempFiles({ 'a.txt': ar, 'e.txt': en, 'g.tsv': 'source\ttarget\nالمباراة\tmatch\nالمدرب\tcoach\nالحكم\n' });
    const r = await qalam('align', '--lines', '--glossary', f['g.tsv']!, f['a.txt']!, f['e.txt']!);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').map((l) => l.split('\t').slice(0, 2).join('|'))).toEqual(['0|', '1|0']);
    expect(r.err).toMatch(/warning: .*g\.tsv:4: /u);
    // Without the glossary, lengths alone merge the coach's sentence into the pair.
    const bare = await qalam('align', '--lines', f['a.txt']!, f['e.txt']!);
    expect(bare.out.split('\t').slice(0, 2).join('|')).toBe('0,1|0');
  });
  it('refuses a glossary of an unknown type with one line on stderr', async () => {
    const f = tempFiles({ 'a.txt': AR, 'e.txt': EN, 'g.xml': '<x/>' });
    const r = await qalam('align', '--glossary', f['g.xml']!, f['a.txt']!, f['e.txt']!);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/g\.xml: unknown glossary type/u);
  });
  it('aligns the seed article with an independent English translation (tests/fixtures/glossary) one to one', async () => {
    const dir = fileURLToPath(new URL('../../fixtures/glossary/', import.meta.url));
    const r = await qalam('align', `${dir}seed-article.ar.txt`, `${dir}seed-article.en.txt`);
    const rows = r.out.trim().split('\n').map((l) => l.split('\t'));
    expect(rows.map((x) => `${x[0]}|${x[1]}`)).toEqual(rows.map((_, k) => `${k}|${k}`));
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const x of rows) expect(Number(x[2])).toBeGreaterThan(0.9);
  });
  it('reads a Word (.docx) source as its text', async () => {
    const doc = new Document({ sections: [{ children: AR.trim().split('\n\n').map((p) => new Paragraph(p)) }] });
    const f = tempFiles({ 'a.docx': new Uint8Array(await Packer.toBuffer(doc)), 'e.txt': EN });
    const r = await qalam('align', f['a.docx']!, f['e.txt']!);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').map((l) => l.split('\t').slice(0, 2).join('|'))).toEqual(['0|0', '1|1', '2|2', '3|3']);
  });
});
