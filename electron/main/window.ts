import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';

/** The one app window, with the secure defaults: isolated, sandboxed, no Node in the page. */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Promptledger',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });

  // Links never navigate the app window; http(s) ones open in the user's browser.
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());

  void win.loadFile(join(__dirname, '..', 'dist', 'renderer', 'index.html'));
  return win;
}

/** Whether an IPC message came from our own page (file:// in the app bundle). */
export function isOwnFrame(url: string | undefined): boolean {
  return typeof url === 'string' && url.startsWith('file://') && url.includes('/dist/renderer/');
}
