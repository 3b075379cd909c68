import path from 'node:path';
import type Database from 'better-sqlite3';
import { auditLog } from './audit.ts';
import { connect, databaseError, wrapDb } from './db.ts';
import { endpointRepo, settingsRepo } from './endpoints.ts';
import { goldenRepo } from './golden.ts';
import { approvalRepo, labelRepo } from './labels.ts';
import { migrate } from './migrate.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';
import { promptRepo, versionRepo } from './prompts.ts';
import { runRepo } from './runs.ts';
import type { Workspace } from './types.ts';
import { newId } from './util.ts';

export type * from './types.ts';
export { workspaceAccess, type WorkspaceAccess } from './access.ts';

export interface OpenOptions {
  readonly?: boolean;
  /** Tests only: the migrations to apply instead of the app's own list. */
  migrations?: readonly Migration[];
  /** Tests only: how long a write waits for another process's lock (default 5 s). */
  busyTimeoutMs?: number;
}

/**
 * Opens (creating when absent) a workspace file and migrates it to the current schema.
 * Failures are `ApiError('database', ...)` naming the file; a file is never reset.
 */
export function openWorkspace(file: string, opts: OpenOptions = {}): Workspace {
  const full = path.resolve(file);
  const readonly = opts.readonly ?? false;
  const raw = connect(full, readonly, opts.busyTimeoutMs);
  try {
    const schemaVersion = migrate(raw, full, opts.migrations ?? MIGRATIONS, readonly);
    return assemble(raw, full, schemaVersion, readonly);
  } catch (err) {
    raw.close();
    throw databaseError(full, err);
  }
}

function assemble(
  raw: Database.Database,
  file: string,
  schemaVersion: number,
  readonly: boolean,
): Workspace {
  const db = wrapDb(raw, file);
  const settings = settingsRepo(db);
  if (!readonly && settings.get('workspace.id') === null) settings.set('workspace.id', newId());

  const prompts = promptRepo(db);
  const versions = versionRepo(db, prompts);
  const golden = goldenRepo(db);
  return {
    path: file,
    schemaVersion,
    prompts,
    versions,
    labels: labelRepo(db, prompts, versions),
    approvals: approvalRepo(db, versions),
    golden,
    endpoints: endpointRepo(db),
    settings,
    runs: runRepo(db, golden),
    audit: auditLog(db, settings),
    transaction: (fn) => db.tx(fn),
    close: () => raw.close(),
  };
}
