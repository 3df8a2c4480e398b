import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProjectFile, saveProjectFile, parseProject, serializeProject } from '../../../app/host/project-file';
import { sampleProject } from '../../../app/host/sample';

const dir = () => mkdtempSync(join(tmpdir(), 'qalam-project-'));

describe('.qalam project files', () => {
  it('save then load gives the same project', async () => {
    const f = join(dir(), 'a.qalam');
    const p = sampleProject();
    await saveProjectFile(f, p);
    expect(await loadProjectFile(f)).toEqual(p);
  });

  it('keeps the previous version as .bak and leaves no temp files behind', async () => {
    const d = dir();
    const f = join(d, 'a.qalam');
    const p = sampleProject();
    await saveProjectFile(f, p);
    await saveProjectFile(f, { ...p, name: 'second' });
    expect(JSON.parse(readFileSync(`${f}.bak`, 'utf8')).name).toBe(p.name);
    expect(JSON.parse(readFileSync(f, 'utf8')).name).toBe('second');
    expect(readdirSync(d).sort()).toEqual(['a.qalam', 'a.qalam.bak']);
  });

  it('a failed save leaves the existing file untouched', async () => {
    const d = dir();
    const f = join(d, 'a.qalam');
    await saveProjectFile(f, sampleProject());
    const before = readFileSync(f, 'utf8');
    const cyclic = sampleProject() as unknown as Record<string, unknown>;
    cyclic.self = cyclic;
    await expect(saveProjectFile(f, cyclic as never)).rejects.toThrow();
    expect(readFileSync(f, 'utf8')).toBe(before);
    expect(existsSync(join(d, 'a.qalam.bak'))).toBe(false);
  });

  it('says where JSON is broken: line and column', () => {
    expect(() => parseProject('{\n  "format": "qalam-project",\n  "rows": [}', 'x.qalam')).toThrow(/x\.qalam: damaged project file \(not valid JSON at line 3, column 12\)/);
    expect(() => parseProject('{"format": "qalam-project", ', 'cut.qalam')).toThrow(/cut\.qalam: damaged project file \(not valid JSON at line 1/);
  });

  it('refuses files that are not Qalam projects, newer versions, bad fields and duplicate row ids', () => {
    const p = sampleProject();
    expect(() => parseProject('{"hello": 1}', 'o.json')).toThrow(/o\.json: not a Qalam project/);
    expect(() => parseProject(JSON.stringify({ ...p, version: 2 }), 'n.qalam')).toThrow(/n\.qalam: made by a newer Qalam \(project version 2; this Qalam reads up to 1\)/);
    expect(() => parseProject(JSON.stringify({ ...p, rows: [{ ...p.rows[0], state: 'done' }] }), 'b.qalam')).toThrow(/b\.qalam: damaged project file \(rows\[0\]\.state/);
    expect(() => parseProject(JSON.stringify({ ...p, rows: [p.rows[0], p.rows[0]] }), 'd.qalam')).toThrow(/rows\[1\]\.id: duplicate id "u0001"/);
  });

  it('keeps fields written by a later minor version of a row (forward compatible reading)', () => {
    const p = sampleProject();
    const text = serializeProject({ ...p, rows: [{ ...p.rows[0]!, futureField: 'kept' } as never] });
    expect((parseProject(text, 'f.qalam').rows[0] as unknown as { futureField: string }).futureField).toBe('kept');
  });

  it('reports a missing file by name', async () => {
    await expect(loadProjectFile(join(dir(), 'gone.qalam'))).rejects.toThrow(/gone\.qalam: no such file/);
    writeFileSync(join(tmpdir(), 'qalam-unused'), '');
  });
});

describe('jsonErrorOffset', () => {
  it('agrees with JSON.parse on what is valid, and points at the first bad character', async () => {
    const { jsonErrorOffset } = await import('../../../app/host/json-error-position');
    const valid = ['{}', '[]', '{"a":[1,-2.5e3,true,false,null,"x\\u0041\\n"]}', ' "s" ', '0'];
    for (const v of valid) expect(jsonErrorOffset(v)).toBe(-1);
    expect(jsonErrorOffset('{"a":}')).toBe(5);
    expect(jsonErrorOffset('[1,2')).toBe(4);
    expect(jsonErrorOffset('{"a":1} x')).toBe(8);
    expect(jsonErrorOffset('{"a":01}')).toBe(6);
    expect(jsonErrorOffset('"tab\there"')).toBe(4);
  });
});
