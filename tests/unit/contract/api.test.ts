import { describe, expect, it } from 'vitest';
import { ApiError, METHODS, checkArgs, createApi, invokeFromReplies, isMethod } from '../../../app/contract/api';
import { sampleProject } from '../../../app/host/sample';

describe('the contract', () => {
  it('builds an API object with every method, each forwarding its name and argument to invoke', async () => {
    const calls: [string, unknown][] = [];
    const api = createApi(async (m, a) => {
      calls.push([m, a]);
      return m;
    });
    for (const m of METHODS) expect(typeof (api as unknown as Record<string, unknown>)[m]).toBe('function');
    await expect(api.openProject({ path: '/p/x.qalam' })).resolves.toBe('openProject');
    expect(calls).toEqual([['openProject', { path: '/p/x.qalam' }]]);
  });

  it('turns an error reply into an ApiError carrying the code and the file', async () => {
    const invoke = invokeFromReplies(async () => ({ ok: false, error: { message: 'x.qalam: damaged', code: 'damaged', file: 'x.qalam' } }));
    await expect(invoke('openProject', { path: 'x.qalam' })).rejects.toSatisfy((e: unknown) => e instanceof ApiError && e.payload.code === 'damaged');
  });

  it('guards arguments: wrong types, extra fields and unknown methods are refused', () => {
    expect(() => checkArgs('openProject', { path: 42 })).toThrow(/openProject: invalid arguments \(path:/);
    expect(() => checkArgs('openProject', { path: 'a', evil: true })).toThrow(/invalid arguments/);
    expect(() => checkArgs('openProject', undefined)).toThrow(/invalid arguments/);
    expect(() => checkArgs('getSettings', { sneaky: 1 })).toThrow(/invalid arguments/);
    expect(() => checkArgs('setSettings', { settings: { language: 'fr' } })).toThrow(/settings\.language/);
    expect(() => checkArgs('pickFile', { purpose: 'delete-everything' })).toThrow(/purpose/);
    expect(isMethod('openProject')).toBe(true);
    expect(isMethod('__proto__')).toBe(false);
    expect(isMethod('constructor')).toBe(false);
  });

  it('validates a whole project on save, naming the bad field', () => {
    const p = sampleProject();
    expect(() => checkArgs('saveProject', { path: 'a.qalam', project: p })).not.toThrow();
    const bad = { ...p, rows: [{ ...p.rows[0], score: 7 }] };
    expect(() => checkArgs('saveProject', { path: 'a.qalam', project: bad })).toThrow(/project\.rows\.0\.score/);
  });
});
