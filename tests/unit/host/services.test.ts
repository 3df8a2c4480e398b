import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppData } from '../../../app/host/app-data';
import { createHostApi, dispatch } from '../../../app/host/services';
import { readDocument, htmlToText } from '../../../app/host/read-document';

const make = () => {
  const dir = mkdtempSync(join(tmpdir(), 'qalam-svc-'));
  return { dir, api: createHostApi({ appData: new AppData(dir), pickFile: async () => null }) };
};

describe('host services through dispatch', () => {
  it('answers a valid call and adds opened projects to the recent list', async () => {
    const { dir, api } = make();
    const sample = await dispatch(api, 'openSample', undefined);
    expect(sample.ok).toBe(true);
    const project = (sample as { value: { project: unknown } }).value.project;
    const file = join(dir, 's.qalam');
    expect((await dispatch(api, 'saveProject', { path: file, project })).ok).toBe(true);
    expect((await dispatch(api, 'openProject', { path: file })).ok).toBe(true);
    const recent = await dispatch(api, 'listRecent', undefined);
    expect((recent as { value: { path: string }[] }).value[0]!.path).toBe(file);
  });

  it('turns bad arguments and user errors into payloads, never exceptions', async () => {
    const { dir, api } = make();
    const bad = await dispatch(api, 'openProject', { path: 3 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-args' } });
    const missing = await dispatch(api, 'openProject', { path: join(dir, 'none.qalam') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('none.qalam: no such file') } });
  });
});

describe('reading documents for a new project', () => {
  it('reads HTML as paragraphs of text, decoding entities and dropping scripts', () => {
    expect(htmlToText('<html><head><title>x</title><script>alert(1)</script></head><body><p>أهلاً &amp; سهلاً</p><p>Second&#x21;</p></body></html>')).toBe('أهلاً & سهلاً\n\nSecond!');
  });
  it('reads text files with Windows line ends', async () => {
    const { dir } = make();
    const f = join(dir, 'a.txt');
    writeFileSync(f, 'سطر\r\nآخر\r\n');
    expect((await readDocument(f)).text).toBe('سطر\nآخر\n');
  });
  it('says a .docx that is not a Word document is damaged, naming it', async () => {
    const { dir } = make();
    const f = join(dir, 'fake.docx');
    writeFileSync(f, 'not a zip');
    await expect(readDocument(f)).rejects.toThrow(/fake\.docx: not a readable Word document/);
  });
});
