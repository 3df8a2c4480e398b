import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { startWebHost, type WebHost } from '../../../../app/host/web/server';

let host: WebHost;
const dir = mkdtempSync(join(tmpdir(), 'qalam-web-'));

beforeAll(async () => {
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(mkdtempSync(join(tmpdir(), 'qalam-secret-')), 'secret.txt'), 'secret');
  host = await startWebHost({ staticDir: dir, dataDir: join(dir, 'data') });
});
afterAll(() => host.close());

function raw(path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const u = new URL(host.url);
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', fail);
    req.end(init.body);
  });
}

describe('the HTTP transport of the contract', () => {
  it('listens on loopback only and sends the CSP with every page', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await raw('/');
    expect(r.status).toBe(200);
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'");
  });
  it('never serves files outside the renderer folder', async () => {
    expect((await raw('/../../../../etc/passwd')).status).not.toBe(200);
    expect((await raw('/%2e%2e/%2e%2e/etc/passwd')).status).not.toBe(200);
  });
  it('carries a call to the host services and validates its arguments', async () => {
    const ok = JSON.parse((await raw('/api/getSettings', { method: 'POST', body: '{}' })).body) as { ok: boolean; value: { language: string } };
    expect(ok).toMatchObject({ ok: true, value: { language: 'en' } });
    const bad = JSON.parse((await raw('/api/openProject', { method: 'POST', body: JSON.stringify({ args: { path: 5 } }) })).body) as { ok: boolean; error: { code: string } };
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-args' } });
  });
  it('refuses unknown methods, GET calls and other origins', async () => {
    expect((await raw('/api/deleteEverything', { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await raw('/api/getSettings')).status).toBe(404);
    expect((await raw('/api/getSettings', { method: 'POST', body: '{}', headers: { origin: 'http://evil.example' } })).status).toBe(403);
  });
});

describe('file dialogs in the browser', () => {
  it('answers queued paths first, then tells the page to ask for a path itself', async () => {
    host.pickQueue.push('/p/a.qalam');
    const call = async () => JSON.parse((await raw('/api/pickFile', { method: 'POST', body: JSON.stringify({ args: { purpose: 'open-project' } }) })).body) as { ok: boolean; value?: string; error?: { code: string } };
    expect(await call()).toEqual({ ok: true, value: '/p/a.qalam' });
    expect((await call()).error?.code).toBe('no-dialog');
  });
});
