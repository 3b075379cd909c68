import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * The user data folder, as Electron's `app.getPath('userData')` names it for an app called
 * Promptledger, so the app, the browser host and the command line share one default workspace.
 */
export function userDataDir(): string {
  const home = homedir();
  if (process.platform === 'darwin')
    return join(home, 'Library', 'Application Support', 'Promptledger');
  if (process.platform === 'win32') {
    return join(process.env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Promptledger');
  }
  return join(process.env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'Promptledger');
}

/** The workspace file: PROMPTLEDGER_WORKSPACE when set, else `workspace.sqlite` in user data. */
export function defaultWorkspacePath(): string {
  return process.env['PROMPTLEDGER_WORKSPACE'] ?? join(userDataDir(), 'workspace.sqlite');
}

/** Who is acting, for authorship, approvals and the audit trail. */
export function currentUser(): string {
  return process.env['PROMPTLEDGER_USER'] ?? userInfo().username;
}
