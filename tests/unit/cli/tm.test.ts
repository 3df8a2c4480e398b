import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../app/cli/main';
import type { Project, Row } from '../../../app/core/project/model';

const row = (id: string, source: string, target: string, state: Row['state']): Row => ({ id, source: [source], target, state, score: null, paragraph: 0 });
const project: Project = {
  format: 'qalam-project', version: 1, id: 'p', name: 'Sample', sourceLang: 'ar', targetLang: 'en', createdAt: '', modifiedAt: '', glossary: [], qaIgnores: [], meta: {},
  rows: [
    row('1', 'أعلن الائتلاف الحاكم عن خطة جديدة للإصلاح.', 'The ruling coalition announced a new reform plan.', 'translated'),
    row('2', 'وقال الوزير إن الحكومة ستدعم القرار.', 'The minister said the government would support the decision.', 'reviewed'),
    row('3', 'رفض البرلمان مشروع القانون.', 'Draft only.', 'initial'),
  ],
};

let dir: string;
let tm: string;
let projectFile: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qalam-cli-tm-'));
  tm = join(dir, 'tm.sqlite');
  projectFile = join(dir, 'sample.qalam');
  await writeFile(projectFile, JSON.stringify(project));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function qalam(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('qalam tm', () => {
  it('adds the confirmed rows of a project and says how many', async () => {
    const r = await qalam('tm', 'add', projectFile, '--tm', tm);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${tm}: 2 added, 0 updated, 0 already there (2 units)\n`);
    expect((await qalam('tm', 'add', projectFile, '--tm', tm)).out).toBe(`${tm}: 0 added, 0 updated, 2 already there (2 units)\n`);
  });

  it('looks up a sentence with a particle and hamza variant: score<TAB>source<TAB>target, best first', async () => {
    await qalam('tm', 'add', projectFile, '--tm', tm);
    const r = await qalam('tm', 'lookup', 'أعلن والإئتلاف الحاكم عن خطة جديدة للإصلاح.', '--tm', tm);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(lines).toHaveLength(1);
    expect(Number(lines[0]![0])).toBeGreaterThanOrEqual(90);
    expect(lines[0]!.slice(1)).toEqual(['أعلن الائتلاف الحاكم عن خطة جديدة للإصلاح.', 'The ruling coalition announced a new reform plan.']);
  });

  it('prints nothing (and succeeds) when no match reaches --min', async () => {
    await qalam('tm', 'add', projectFile, '--tm', tm);
    const r = await qalam('tm', 'lookup', 'رفض البرلمان القرار.', '--tm', tm, '--min', '90');
    expect([r.code, r.out]).toEqual([0, '']);
  });

  it('prints JSON with the score, kind and the source differences', async () => {
    await qalam('tm', 'add', projectFile, '--tm', tm);
    const r = await qalam('tm', 'lookup', 'وقال الوزير إن الحكومة ستدعم القرار.', '--tm', tm, '--format', 'json');
    const data = JSON.parse(r.out) as { score: number; kind: string; target: string; sourceDiff: unknown[] }[];
    expect(data.map((m) => [m.score, m.kind, m.target])).toEqual([[100, 'exact', 'The minister said the government would support the decision.']]);
  });

  it('finds how a phrase was translated (concordance), diacritics-insensitive', async () => {
    await qalam('tm', 'add', projectFile, '--tm', tm);
    const r = await qalam('tm', 'concordance', 'الحُكومة', '--tm', tm);
    expect(r.out).toBe('وقال الوزير إن الحكومة ستدعم القرار.\tThe minister said the government would support the decision.\n');
  });

  it('aligns two documents into the TM, then finds a similar sentence and a phrase in it', async () => {
    const fixtures = join(__dirname, '..', '..', 'fixtures', 'align');
    const r = await qalam('tm', 'align', join(fixtures, 'economy.ar.txt'), join(fixtures, 'economy.en.txt'), '--tm', tm);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/: (\d+) added, 0 updated, 0 already there; \d+ beads left out/);
    expect(Number(/: (\d+) added/.exec(r.out)![1])).toBeGreaterThanOrEqual(8);
    const look = await qalam('tm', 'lookup', 'وأعلن البنك المركزي المصري يوم الخميس خفض سعر الفائدة الرئيسي بمقدار ١٠٠ نقطة أساس إلى ١٩٫٢٥ في المئة.', '--tm', tm);
    const [score, , target] = look.out.split('\n')[0]!.split('\t');
    expect(Number(score)).toBeGreaterThanOrEqual(90);
    expect(target).toMatch(/central bank .* cut its main interest rate by 100 basis points/);
    const conc = await qalam('tm', 'concordance', 'سعر الفائدة', '--tm', tm);
    expect(conc.out).toMatch(/interest rate/);
  });

  it('user errors are one line on stderr with exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['tm', 'lookup', 'نص', '--tm', join(dir, 'none.sqlite')], /none\.sqlite: no translation memory there yet/],
      [['tm', 'lookup', 'نص', '--tm', tm, '--min', 'seventy'], /--min must be a whole number from 0 to 101/],
      [['tm', 'lookup', 'نص', '--tm', tm, '--format', 'xml'], /--format must be one of tsv, json/],
      [['tm', 'add', join(dir, 'missing.tmx'), '--tm', tm], /missing\.tmx: no such file/],
      [['tm', 'add', join(dir, 'notes.txt'), '--tm', tm], /notes\.txt: expected a \.qalam project or a \.tmx file/],
      [['tm', 'add', join(dir, 'missing.qalam'), '--tm', tm], /missing\.qalam: no such file/],
      [['tm', 'frobnicate'], /unknown sub-command 'frobnicate'/],
      [['tm', 'align', 'only-one.txt', '--tm', tm], /expected SOURCE and TARGET files, got 1/],
      [['tm', 'align', 'a.txt', 'b.txt', '--min-confidence', '2'], /--min-confidence must be a number from 0 to 1/],
    ];
    for (const [argv, message] of cases) {
      const r = await qalam(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('imports a TMX file (any state, no context) and finds its units', async () => {
    const tmx = join(dir, 'memory.tmx');
    await writeFile(
      tmx,
      `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="other" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="ar" datatype="plaintext"/>
<body>
<tu tuid="1"><tuv xml:lang="ar"><seg>ارتفعت أسعار النفط بنسبة ٣٪ يوم الاثنين.</seg></tuv><tuv xml:lang="en-US"><seg>Oil prices rose 3% on Monday.</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="ar"><seg>انخفض الذهب.</seg></tuv></tu>
</body></tmx>
`,
    );
    const r = await qalam('tm', 'add', tmx, '--tm', tm);
    expect([r.code, r.out]).toEqual([0, `${tm}: 1 added, 0 updated, 0 already there (1 units)\n`]);
    const look = await qalam('tm', 'lookup', 'ارتفعت أسعار النفط بنسبة ٣٪ يوم الثلاثاء.', '--tm', tm, '--format', 'json');
    const [m] = JSON.parse(look.out) as { score: number; target: string; origin: string }[];
    expect([m?.target, m?.origin]).toEqual(['Oil prices rose 3% on Monday.', 'tmx']);
    expect(m!.score).toBeGreaterThanOrEqual(80);
  });

  it('a damaged TMX file is one line naming the file and the place', async () => {
    const tmx = join(dir, 'broken.tmx');
    await writeFile(tmx, '<tmx version="1.4"><header srclang="ar"/><body><tu>');
    const r = await qalam('tm', 'add', tmx, '--tm', tm);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/broken\.tmx/);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('names the row of a damaged project', async () => {
    const bad = join(dir, 'bad.qalam');
    await writeFile(bad, JSON.stringify({ ...project, rows: [project.rows[0], { id: 'r9', source: 'not a list', target: '', state: 'initial' }] }));
    const r = await qalam('tm', 'add', bad, '--tm', tm);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.qalam: damaged project file \(rows\[1\]\.source: /);
  });
});
