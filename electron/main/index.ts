import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { currentUser } from '../services/paths.ts';
import { startBackendProcess } from './backend-bridge.ts';
import { registerIpc } from './ipc.ts';
import { loadSecrets } from './keychain.ts';
import { createMainWindow } from './window.ts';

// The main process owns windows, dialogs and the keychain; all data work is in the backend
// utility process. Kept small on purpose: our CI machines cannot run Electron.
app.setName('Promptledger');

async function start(): Promise<void> {
  await app.whenReady();
  const workspacePath = join(app.getPath('userData'), 'workspace.sqlite');
  const backend = startBackendProcess(join(__dirname, 'backend.cjs'));
  backend.init(workspacePath, currentUser(), loadSecrets());
  registerIpc(backend);

  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => backend.stop());
}

void start();
