import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.ts';

/** What the current user may do with a workspace path: create it, write it, or only read it. */
export type WorkspaceAccess = 'create' | 'write' | 'read';

const DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);

function writable(target: string): boolean {
  try {
    accessSync(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * How a workspace file can be opened. An existing file is opened for writing only when both it
 * and its folder are writable: in WAL mode SQLite writes `-wal` and `-shm` files beside it.
 * Note: root passes every permission check, so as root this always answers `write` or `create`.
 */
export function workspaceAccess(file: string): WorkspaceAccess {
  const folder = path.dirname(file);
  if (existsSync(file)) return writable(file) && writable(folder) ? 'write' : 'read';

  try {
    mkdirSync(folder, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (!DENIED.has(code)) throw new ApiError('database', `store: cannot create ${file}: ${code}`);
  }
  if (!writable(folder)) {
    throw new ApiError('database', `store: cannot create ${file}: the folder is not writable`);
  }
  return 'create';
}

/** The folder cannot hold the `-shm` file SQLite needs to read a WAL database in place. */
export function folderWritable(file: string): boolean {
  return writable(path.dirname(file));
}

/**
 * A read-only, in-memory copy of a workspace file, for a file whose folder SQLite may not write
 * (an archive, a read-only share). Refused when a `-wal` file beside it holds changes the copy
 * would miss. Shortcoming: the whole file is read into memory.
 */
export function openInMemoryCopy(file: string): Database.Database {
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new ApiError(
      'database',
      `store: cannot open ${file} read-only: ${wal} holds changes not yet in the file and the ` +
        'folder is not writable; copy both files to a writable folder and open the copy',
    );
  }
  const bytes = readFileSync(file);
  // Bytes 18 and 19 say "WAL" (2); an in-memory database cannot use a WAL, so say "rollback" (1).
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20);
  return new Database(bytes, { readonly: true });
}
