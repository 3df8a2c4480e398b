/** The contract over Electron IPC: one `ipcMain.handle('qalam:<method>')` per method, sender and arguments checked. */
import { ipcMain, type WebContents } from 'electron';
import { METHODS, type QalamApi, type Reply } from '../app/contract/api';
import { dispatch } from '../app/host/services';
import { isTrustedSender } from './security';

export function registerIpc(api: QalamApi, trustedContents: () => WebContents | null): void {
  for (const method of METHODS) {
    ipcMain.handle(`qalam:${method}`, async (event, args: unknown): Promise<Reply> => {
      if (!isTrustedSender(event, trustedContents())) {
        return { ok: false, error: { message: `${method}: refused (untrusted sender)`, code: 'forbidden' } };
      }
      return dispatch(api, method, args);
    });
  }
}
