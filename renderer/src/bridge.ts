/**
 * The renderer's way to its host. In Electron, preload has put a `QalamBridge` on `window.qalam`; in plain Chromium
 * (tests, `npm start` without Electron) the same calls travel over HTTP to the web host. Either way the UI gets the
 * one typed API from `createApi`.
 */
import i18next from 'i18next';
import { createApi, invokeFromReplies, type QalamApi, type QalamBridge, type Reply } from '../../app/contract/api';

declare global {
  interface Window {
    qalam?: QalamBridge;
  }
}

function httpBridge(): QalamBridge {
  return {
    transport: 'http',
    async invoke(method, args) {
      const res = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ args }),
      });
      const reply = (await res.json()) as Reply;
      // Plain Chromium has no native file dialog: ask for a path instead.
      if (method === 'pickFile' && !reply.ok && reply.error.code === 'no-dialog') {
        const path = window.prompt(i18next.t('common:pickPath'));
        return { ok: true, value: path?.trim() ? path.trim() : null };
      }
      return reply;
    },
    onCommand() {
      // No native menu in the browser: commands come from the app's own toolbar and keys.
      return () => undefined;
    },
  };
}

export const bridge: QalamBridge = window.qalam ?? httpBridge();
export const api: QalamApi = createApi(invokeFromReplies((m, a) => bridge.invoke(m, a)));
