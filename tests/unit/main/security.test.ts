import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { secureWebPreferences, isAppUrl } from '../../../main/security';
import { CSP } from '../../../app/contract/csp';

describe("Electron's security checklist", () => {
  it('isolates the renderer: context isolation, sandbox, no Node integration, web security', () => {
    const p = secureWebPreferences('/x/preload.cjs');
    expect(p.contextIsolation).toBe(true);
    expect(p.sandbox).toBe(true);
    expect(p.nodeIntegration).toBe(false);
    expect(p.nodeIntegrationInWorker).toBe(false);
    expect(p.webSecurity).toBe(true);
    expect(p.allowRunningInsecureContent).toBe(false);
    expect(p.webviewTag).toBe(false);
  });
  it('has a strict CSP: own scripts only, no eval, no inline script, no plugins, no framing', () => {
    const directives = Object.fromEntries(CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(CSP).not.toContain('unsafe-eval');
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
  });
  it('treats only qalam://app pages as our own (navigation to anything else is blocked)', () => {
    expect(isAppUrl('qalam://app/index.html')).toBe(true);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('qalam://other/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
  it('the renderer page declares the same CSP as the host sends', () => {
    const html = readFileSync(join(__dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const d of ["script-src 'self'", "object-src 'none'", "default-src 'self'"]) expect(meta).toContain(d);
    expect(meta).not.toContain('unsafe-eval');
  });
});
