/**
 * The renderer's way to its host. In Electron, preload has put a `QalamBridge` on `window.qalam`; in plain Chromium
 * (tests, `npm start` without Electron) the same calls travel over HTTP to the web host. Either way the UI gets the
 * one typed API from `createApi`.
 */
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
      return (await res.json()) as Reply;
    },
    onCommand() {
      // No native menu in the browser: commands come from the app's own toolbar and keys.
      return () => undefined;
    },
  };
}

export const bridge: QalamBridge = window.qalam ?? httpBridge();
export const api: QalamApi = createApi(invokeFromReplies((m, a) => bridge.invoke(m, a)));
