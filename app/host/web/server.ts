/**
 * The HTTP transport of the contract: serves the built renderer and carries `POST /api/<method>` calls to the same
 * host services Electron uses. It runs the app in plain Chromium (the e2e target when no Electron binary exists,
 * and `npm start`'s fallback). It listens on loopback only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { FilePurpose } from '../../contract/api';
import { isMethod } from '../../contract/api';
import { AppData } from '../app-data';
import { createHostApi, dispatch } from '../services';
import { HostError } from '../errors';
import { CSP } from '../../contract/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const MAX_BODY = 256 * 1024 * 1024;

export interface WebHostOptions {
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** The app-data folder (settings, recent, recovery). */
  dataDir: string;
  port?: number;
}

export interface WebHost {
  server: Server;
  url: string;
  /** Answers the next `pickFile` calls (what a native dialog would return); tests set these. */
  pickQueue: (string | null)[];
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) throw new Error('request too large');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, data: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(data);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const pickQueue: (string | null)[] = [];
  const api = createHostApi({
    appData: new AppData(options.dataDir),
    // A browser has no native file dialog to offer: answers queued by tests come first, otherwise the page is told
    // to ask for a path itself.
    pickFile: async (_purpose: FilePurpose) => {
      if (pickQueue.length) return pickQueue.shift() ?? null;
      throw new HostError('no native file dialog here', undefined, 'no-dialog');
    },
  });
  const root = resolve(options.staticDir);
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname.startsWith('/api/')) {
        const method = url.pathname.slice(5);
        if (req.method !== 'POST' || !isMethod(method)) return send(res, 404, 'application/json', JSON.stringify({ ok: false, error: { message: `unknown method ${method}`, code: 'bad-method' } }));
        // Only pages this host served may call it (a same-origin check, like Electron's sender check).
        const origin = req.headers.origin;
        const host = req.headers.host;
        if (origin !== undefined && origin !== `http://${host}`) return send(res, 403, 'application/json', JSON.stringify({ ok: false, error: { message: 'forbidden origin', code: 'forbidden' } }));
        let args: unknown;
        try {
          const text = await body(req);
          args = text ? (JSON.parse(text) as { args?: unknown }).args : undefined;
        } catch {
          return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { message: 'bad request body', code: 'bad-args' } }));
        }
        const reply = await dispatch(api, method, args);
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(reply));
      }
      const rel = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)).replace(/^([/\\])+/, '');
      const file = join(root, rel);
      if (!file.startsWith(root + sep)) return send(res, 403, 'text/plain', 'forbidden');
      try {
        const s = await stat(file);
        if (!s.isFile()) throw new Error('not a file');
        return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      } catch {
        return send(res, 404, 'text/plain', 'not found');
      }
    })().catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', String(e));
    });
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    pickQueue,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
