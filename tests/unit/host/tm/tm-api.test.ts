import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTmHandlers, tmMethodArgs } from '../../../../app/host/tm/tm-api';
import { TmService } from '../../../../app/host/tm/tm-service';

let dir: string;
let service: TmService;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qalam-tm-api-'));
  service = new TmService({ userTmPath: join(dir, 'tm.sqlite'), saveDelayMs: 60_000 });
});
afterEach(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

describe('TM handlers for the contract', () => {
  it('aligns two files into the TM, then a new project sentence gets the fuzzy match with its differences', async () => {
    const src = join(dir, 'speech.ar.txt');
    const tgt = join(dir, 'speech.en.txt');
    await writeFile(src, 'قال الوزير إن الحكومة ستدعم القرار.\nورفض البرلمان مشروع القانون بأغلبية كبيرة.\n');
    await writeFile(tgt, 'The minister said the government would back the decision.\nParliament rejected the bill by a large majority.\n');
    const h = createTmHandlers(service);
    const added = await h.tmAlignFiles(tmMethodArgs.tmAlignFiles.parse({ sourcePath: src, targetPath: tgt }));
    expect(added.pairs).toBe(2);
    await h.tmSetProject({ path: join(dir, 'new.qalam') });
    const [m] = await h.tmLookup(tmMethodArgs.tmLookup.parse({ source: 'رفض البرلمان مشروع القانون بأغلبية ساحقة.' }));
    expect(m?.unit.target).toBe('Parliament rejected the bill by a large majority.');
    expect(m?.tm).toBe('user');
    expect(m?.sourceDiff.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text])).toEqual([
      ['stored', 'ورفض'],
      ['current', 'رفض'],
      ['stored', 'كبيرة'],
      ['current', 'ساحقة'],
    ]);
    const json = JSON.parse(JSON.stringify(m)) as unknown;
    expect(json).toEqual(m);
  });

  it('imports a TMX file into the TM', async () => {
    const tmx = join(dir, 'memory.tmx');
    await writeFile(
      tmx,
      '<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="ar" datatype="plaintext"/><body>' +
        '<tu><tuv xml:lang="ar"><seg>ارتفعت أسعار النفط.</seg></tuv><tuv xml:lang="en"><seg>Oil prices rose.</seg></tuv></tu></body></tmx>',
    );
    const h = createTmHandlers(service);
    expect((await h.tmImportTmx({ path: tmx })).added).toBe(1);
    expect((await h.tmLookup({ source: 'ارتفعت أسعار النفط.' }))[0]?.unit.origin).toBe('tmx');
  });

  it('refuses malformed arguments before they reach the TM', () => {
    expect(tmMethodArgs.tmLookup.safeParse({ source: 'نص', minScore: 150 }).success).toBe(false);
    expect(tmMethodArgs.tmLookup.safeParse({ source: 'نص', extra: 1 }).success).toBe(false);
    expect(tmMethodArgs.tmConcordance.safeParse({ phrase: '' }).success).toBe(false);
    expect(tmMethodArgs.tmSetProject.safeParse({ path: null }).success).toBe(true);
  });
});
