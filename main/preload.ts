/**
 * Exposes exactly one object, `window.qalam`: a raw invoke for the contract's methods (only those names) and a
 * listener for menu commands. The renderer builds the typed API from it with `createApi`. Bundled by esbuild.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isMethod, type QalamBridge, type Reply } from '../app/contract/api';

const bridge: QalamBridge = {
  transport: 'electron',
  invoke(method, args) {
    if (!isMethod(method)) return Promise.resolve<Reply>({ ok: false, error: { message: `unknown method ${String(method)}`, code: 'bad-method' } });
    return ipcRenderer.invoke(`qalam:${method}`, args) as Promise<Reply>;
  },
  onCommand(listener) {
    const handler = (_event: unknown, command: unknown): void => {
      if (typeof command === 'string') listener(command);
    };
    ipcRenderer.on('qalam:command', handler);
    return () => {
      ipcRenderer.removeListener('qalam:command', handler);
    };
  },
};

contextBridge.exposeInMainWorld('qalam', bridge);
