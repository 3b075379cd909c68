import type Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { ApiError } from '../../../shared/api/errors.ts';
import { sha256Hex } from '../hash.ts';
import { logger } from '../logger.ts';
import type { Migration } from './migrations/index.ts';

const log = logger('store');

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

/**
 * Brings the file up to the newest schema this app knows and returns that version. Refuses a
 * file from a newer app, an applied migration whose text changed, and a foreign database.
 */
export function migrate(
  raw: Database.Database,
  file: string,
  migrations: readonly Migration[],
  readonly: boolean,
): number {
  const applied = readApplied(raw, file, readonly);
  const known = migrations.at(-1)?.version ?? 0;
  const current = applied.at(-1)?.version ?? 0;

  if (current > known) throw newerSchema(file, current, known);
  for (const row of applied) checkApplied(file, row, migrations);

  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  if (readonly) {
    throw new ApiError('database', `store: ${file} needs migrating; open it for writing first`);
  }

  if (current > 0) backup(raw, file, current);
  for (const migration of pending) apply(raw, migration);
  return known;
}

function readApplied(raw: Database.Database, file: string, readonly: boolean): AppliedRow[] {
  const tables = raw
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];

  if (!tables.includes('migrations')) {
    if (tables.length > 0) {
      throw new ApiError(
        'database',
        `store: ${file} is a SQLite file but not a Promptledger workspace`,
      );
    }
    if (readonly) return [];
    raw.exec(`CREATE TABLE migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      checksum TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT`);
    return [];
  }
  return raw
    .prepare('SELECT version, name, checksum FROM migrations ORDER BY version')
    .all() as AppliedRow[];
}

function checkApplied(file: string, row: AppliedRow, migrations: readonly Migration[]): void {
  const migration = migrations.find((m) => m.version === row.version);
  if (!migration) {
    throw new ApiError(
      'database',
      `store: ${file} records migration ${row.version}, unknown to this app`,
    );
  }
  if (checksum(migration) !== row.checksum) {
    throw new ApiError(
      'database',
      `store: migration ${row.version} (${row.name}) was edited after it was applied to ${file}; ` +
        'its checksum no longer matches. Restore the original migration and add a new one instead.',
    );
  }
}

function newerSchema(file: string, found: number, known: number): ApiError {
  return new ApiError(
    'database',
    `store: ${file} has schema version ${found}, newer than this app (${known}); ` +
      'update Promptledger to open it. The file was not changed.',
  );
}

export function checksum(migration: Migration): string {
  return sha256Hex(migration.sql);
}

/** A plain file copy taken before any migration touches an existing workspace. */
function backup(raw: Database.Database, file: string, version: number): void {
  // Fold the WAL into the main file first so the copy is complete on its own.
  raw.pragma('wal_checkpoint(TRUNCATE)');
  const target = `${file}.bak-v${version}`;
  copyFileSync(file, target);
  log.info({ file, backup: target }, 'backed up before migrating');
}

function apply(raw: Database.Database, migration: Migration): void {
  raw
    .transaction(() => {
      raw.exec(migration.sql);
      raw
        .prepare('INSERT INTO migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)')
        .run(migration.version, migration.name, checksum(migration), new Date().toISOString());
      raw.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })
    .immediate();
  log.info({ version: migration.version, name: migration.name }, 'applied migration');
}
