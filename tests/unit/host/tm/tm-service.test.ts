import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bead, Sentence } from '../../../../app/core/align/types';
import type { Project, Row } from '../../../../app/core/project/model';
import { TmService, type AlignTools } from '../../../../app/host/tm/tm-service';
import { TmStore } from '../../../../app/host/tm/tm-store';

const row = (id: string, source: string, target: string, state: Row['state']): Row => ({ id, source: [source], target, state, score: null, paragraph: 0 });
const project = (rows: Row[]): Project => ({
  format: 'qalam-project', version: 1, id: 'p', name: 'Report', sourceLang: 'ar', targetLang: 'en', createdAt: '', modifiedAt: '', rows, glossary: [], qaIgnores: [], meta: {},
});

// Stand-ins for the real segmenter and aligner: one sentence per full stop, pairs in order.
const tools: AlignTools = {
  segment(text: string): Sentence[] {
    const out: Sentence[] = [];
    for (const m of text.matchAll(/[^.]+\./gu)) out.push({ text: m[0].trim(), start: m.index, end: m.index + m[0].length, paragraph: 0 });
    return out;
  },
  align(src: Sentence[], tgt: Sentence[]): Bead[] {
    return src.map((_, i) => ({ source: [i], target: i < tgt.length ? [i] : [], score: 0.9 }));
  },
};

let dir: string;
let service: TmService;
const clock = (): Date => new Date('2026-11-29T12:00:00Z');
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qalam-tm-service-'));
  service = new TmService({ userTmPath: join(dir, 'user', 'tm.sqlite'), now: clock, saveDelayMs: 60_000 });
});
afterEach(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

describe('TmService', () => {
  it('a confirmed row goes into the user TM and the project TM, and is offered for a similar sentence', async () => {
    const p = project([row('1', 'أعلن الائتلاف الحاكم عن خطة جديدة للإصلاح.', 'The ruling coalition announced a new reform plan.', 'translated')]);
    await service.setProject(join(dir, 'report.qalam'));
    expect((await service.addConfirmedRow(p, 0, 'Huda')).added).toBe(1);
    const matches = await service.lookup({ source: 'وأعلن الائتلاف الحاكم عن خطة جديدة للإصلاح.' });
    expect(matches.map((m) => [m.tm, m.unit.target, m.unit.author])).toEqual([['project', 'The ruling coalition announced a new reform plan.', 'Huda']]);
    await service.flush();
    const user = await TmStore.open(join(dir, 'user', 'tm.sqlite'));
    const proj = await TmStore.open(join(dir, 'report.tm.sqlite'));
    expect([user.size, proj.size]).toEqual([1, 1]);
    user.close();
    proj.close();
  });

  it('a new project finds what an earlier project confirmed, through the user TM', async () => {
    await service.setProject(join(dir, 'first.qalam'));
    await service.addProject(project([row('1', 'رفض البرلمان مشروع القانون بأغلبية كبيرة.', 'Parliament rejected the bill by a large majority.', 'reviewed')]));
    await service.setProject(join(dir, 'second.qalam'));
    const [m] = await service.lookup({ source: 'رفض البرلمان مشروع القانون بأغلبية ساحقة.' });
    expect([m?.tm, m?.unit.target]).toEqual(['user', 'Parliament rejected the bill by a large majority.']);
    expect(m!.score).toBeGreaterThanOrEqual(80);
  });

  it('aligns two documents into the TM and finds their sentences afterwards (concordance too)', async () => {
    const r = await service.alignIntoTm(
      { source: 'قال الوزير إن الحكومة ستدعم القرار. رفض البرلمان مشروع القانون.', target: 'The minister said the government would back the decision. Parliament rejected the bill.', from: 'speech' },
      tools,
    );
    expect([r.pairs, r.added]).toEqual([2, 2]);
    const [m] = await service.lookup({ source: 'وقال الوزير إن الحكومة ستدعم القرار.' });
    expect(m?.unit).toMatchObject({ target: 'The minister said the government would back the decision.', origin: 'alignment', from: 'speech' });
    const hits = await service.concordance('مشروع القانون');
    expect(hits.map((h) => h.unit.target)).toEqual(['Parliament rejected the bill.']);
  });

  it('aligns with the app segmenter and aligner by default', async () => {
    const r = await service.alignIntoTm({
      source: 'قال الوزير إن الحكومة ستدعم القرار. ورفض البرلمان مشروع القانون بأغلبية ٢٠٠ صوت.',
      target: 'The minister said the government would back the decision. Parliament rejected the bill by 200 votes.',
    });
    expect(r.pairs).toBe(2);
    const [m] = await service.lookup({ source: 'ورفض البرلمان مشروع القانون بأغلبية ٢٠٠ صوت.' });
    expect([m?.score, m?.unit.target]).toEqual([100, 'Parliament rejected the bill by 200 votes.']);
  });

  it('writes nothing before flush when saves are delayed, and everything after', async () => {
    await service.addProject(project([row('1', 'قال الوزير.', 'The minister said.', 'translated')]));
    await expect(stat(join(dir, 'user', 'tm.sqlite'))).rejects.toThrow();
    await service.flush();
    expect((await stat(join(dir, 'user', 'tm.sqlite'))).size).toBeGreaterThan(0);
  });
});
