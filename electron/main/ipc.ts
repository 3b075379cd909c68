import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { isMethodName } from '../../shared/api/contract.ts';
import type { BackendProcess } from './backend-bridge.ts';
import { saveSecret } from './keychain.ts';
import { isOwnFrame } from './window.ts';

export const CHANNELS = {
  call: 'promptledger:call',
  event: 'promptledger:event',
  secret: 'promptledger:secret',
};

function assertSender(event: IpcMainInvokeEvent): void {
  if (!isOwnFrame(event.senderFrame?.url))
    throw new Error('ipc: refused a message from a foreign frame');
}

/** Every renderer request goes through here: sender checked, method checked, then forwarded. */
export function registerIpc(backend: BackendProcess): void {
  ipcMain.handle(CHANNELS.call, (event, method: unknown, input: unknown) => {
    assertSender(event);
    if (typeof method !== 'string' || !isMethodName(method)) {
      throw new Error(`ipc: unknown method '${String(method)}'`);
    }
    return backend.call(method, input);
  });

  ipcMain.handle(CHANNELS.secret, (event, ref: unknown, value: unknown) => {
    assertSender(event);
    if (typeof ref !== 'string' || typeof value !== 'string')
      throw new Error('ipc: secret needs a name and a value');
    backend.setSecrets(saveSecret(ref, value));
  });

  backend.onEvent((name, payload) => {
    for (const win of BrowserWindow.getAllWindows())
      win.webContents.send(CHANNELS.event, name, payload);
  });
}
