/** Reading another version of a document to compare with: .qalam or XLIFF in, a project out, errors that say where. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareProjects } from '../../../app/core/review/compare';
import { AppData } from '../../../app/host/app-data';
import { exportProject } from '../../../app/host/formats/export';
import { serializeProject } from '../../../app/host/project-file';
import { readProjectForCompare } from '../../../app/host/read-for-compare';
import { sampleProject } from '../../../app/host/sample';
import { createHostApi, dispatch } from '../../../app/host/services';

const dir = mkdtempSync(join(tmpdir(), 'qalam-compare-'));
const write = (name: string, data: string | Uint8Array): string => {
  const f = join(dir, name);
  writeFileSync(f, data);
  return f;
};

describe('readProjectForCompare', () => {
  it('reads a .qalam project as it is, and a changed copy compares with exactly its changes', async () => {
    const current = sampleProject();
    const older = sampleProject();
    older.rows[2] = { ...older.rows[2]!, target: 'An older English sentence.' };
    older.rows.splice(4, 1);
    const read = await readProjectForCompare(write('older.qalam', serializeProject(older)));
    expect(read).toEqual(older);
    const diffs = compareProjects(read, current);
    expect(diffs.map((d) => [d.differences, (d.after ?? d.before)!.id])).toEqual([
      [['target'], current.rows[2]!.id],
      [['added'], current.rows[4]!.id],
    ]);
  });

  it.each(['xliff21', 'xliff12'] as const)('reads %s exported from a project: the same rows, nothing differs', async (format) => {
    const project = sampleProject();
    const file = write(`sample-${format}.xlf`, await exportProject(project, format));
    const read = await readProjectForCompare(file);
    expect(read.rows.map((r) => r.id)).toEqual(project.rows.map((r) => r.id));
    expect(compareProjects(read, project)).toEqual([]);
  });

  it('reads a project file without the .qalam extension by its content', async () => {
    const project = sampleProject();
    const read = await readProjectForCompare(write('copy.json', serializeProject(project)));
    expect(read.id).toBe(project.id);
  });

  it('names the file and the field of a damaged project', async () => {
    const bad = JSON.parse(serializeProject(sampleProject())) as { rows: { state: string }[] };
    bad.rows[1]!.state = 'done';
    const file = write('bad.qalam', JSON.stringify(bad));
    await expect(readProjectForCompare(file)).rejects.toMatchObject({ code: 'damaged', file, message: expect.stringContaining('rows[1].state') });
  });

  it('names the file and the line of malformed XLIFF', async () => {
    const file = write('broken.xlf', '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar">\n<file id="f"><unit id="1"></file>\n</xliff>\n');
    await expect(readProjectForCompare(file)).rejects.toMatchObject({ file, message: expect.stringMatching(/broken\.xlf.*line 3/) });
  });

  it('refuses a TMX file, saying what it is', async () => {
    const file = write('memory.tmx', '<tmx version="1.4"></tmx>');
    await expect(readProjectForCompare(file)).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining('memory.tmx: a TMX file holds a translation memory') });
  });
});

describe('readProjectForCompare through the contract', () => {
  it('validates its argument, answers with the path and project, and leaves the recent list alone', async () => {
    const data = mkdtempSync(join(tmpdir(), 'qalam-compare-data-'));
    const appData = new AppData(data);
    const api = createHostApi({ appData, pickFile: async () => null });
    expect(await dispatch(api, 'readProjectForCompare', { path: '' })).toMatchObject({ ok: false, error: { code: 'bad-args' } });
    expect(await dispatch(api, 'readProjectForCompare', { path: 'a.qalam', open: true })).toMatchObject({ ok: false, error: { code: 'bad-args' } });
    const file = write('other.qalam', serializeProject(sampleProject()));
    const reply = await dispatch(api, 'readProjectForCompare', { path: file });
    expect(reply).toMatchObject({ ok: true, value: { path: file, project: { id: sampleProject().id } } });
    expect(await appData.listRecent()).toEqual([]);
    const missing = await dispatch(api, 'readProjectForCompare', { path: join(dir, 'none.qalam') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('none.qalam') } });
  });
});
