import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ApiError } from '../../../shared/api/errors.ts';
import { logger } from '../logger.ts';
import { folderWritable, openInMemoryCopy } from './access.ts';

const log = logger('store');

/** Statements slower than this are logged with their name (STYLE.md: queries are timed). */
export const SLOW_MS = 40;

export type Param = string | number | bigint | null | Buffer;
export type Params = readonly Param[];

/**
 * A thin layer over better-sqlite3: every statement has a name, takes bound parameters only,
 * is prepared once and timed.
 */
export interface Db {
  readonly raw: Database.Database;
  readonly file: string;
  run(name: string, sql: string, params?: Params): Database.RunResult;
  get<T>(name: string, sql: string, params?: Params): T | undefined;
  all<T>(name: string, sql: string, params?: Params): T[];
  tx<T>(fn: () => T): T;
}

export function wrapDb(raw: Database.Database, file: string): Db {
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = raw.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };

  return {
    raw,
    file,
    run: (name, sql, params = []) =>
      guarded(file, () => timed(name, () => prepare(sql).run(...params))),
    get: <T>(name: string, sql: string, params: Params = []) =>
      guarded(file, () => timed(name, () => prepare(sql).get(...params) as T | undefined)),
    all: <T>(name: string, sql: string, params: Params = []) =>
      guarded(file, () => timed(name, () => prepare(sql).all(...params) as T[])),
    // IMMEDIATE takes the write lock up front, so two writers wait on busy_timeout instead of
    // failing with SQLITE_BUSY when a read transaction tries to upgrade.
    tx: <T>(fn: () => T) => guarded(file, () => raw.transaction(fn).immediate()),
  };
}

/** SQLite codes that are about the file or its lock, not about the statement or the data. */
const STORAGE_CODES = /^SQLITE_(READONLY|BUSY|LOCKED|FULL|IOERR|CANTOPEN|PERM)/;

/** A read-only, locked or full file is an expected failure naming the file, not a raw error. */
function guarded<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ApiError || !STORAGE_CODES.test(codeOf(err))) throw err;
    throw databaseError(file, err, 'write');
  }
}

const codeOf = (err: unknown): string => (err as { code?: unknown }).code?.toString() ?? '';

function timed<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    const ms = performance.now() - start;
    if (ms > SLOW_MS) log.warn({ statement: name, ms: Math.round(ms) }, 'slow statement');
  }
}

export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the file and applies the connection settings; a file SQLite cannot read is refused. A
 * read-only open whose folder SQLite may not write (it needs a `-shm` file to read a WAL
 * database in place) reads an in-memory copy instead.
 */
export function connect(
  file: string,
  readonly: boolean,
  busyTimeoutMs = BUSY_TIMEOUT_MS,
): Database.Database {
  try {
    const copy = readonly && existsSync(file) && !folderWritable(file);
    const raw = copy
      ? openInMemoryCopy(file)
      : new Database(file, { readonly, fileMustExist: readonly });
    return settle(raw, readonly, busyTimeoutMs);
  } catch (err) {
    if (readonly && existsSync(file) && isFolderRefusal(err)) return connectCopy(file);
    throw databaseError(file, err);
  }
}

/** Root passes access checks that SQLite then fails; a refused `-shm` means "read a copy". */
function isFolderRefusal(err: unknown): boolean {
  const code = codeOf(err);
  return code === 'SQLITE_READONLY_DIRECTORY' || code === 'SQLITE_CANTOPEN';
}

function connectCopy(file: string): Database.Database {
  try {
    log.warn({ file }, 'folder not writable; reading an in-memory copy');
    return settle(openInMemoryCopy(file), true, 0);
  } catch (err) {
    throw databaseError(file, err);
  }
}

function settle(raw: Database.Database, readonly: boolean, busyMs: number): Database.Database {
  try {
    raw.pragma(`busy_timeout = ${Math.trunc(busyMs)}`);
    // Reading the schema is what fails on a file that is not a database.
    raw.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!readonly) raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('synchronous = NORMAL');
    return raw;
  } catch (err) {
    raw.close();
    throw err;
  }
}

/** Translates a SQLite failure into a message that names the file and what to do. */
export function databaseError(
  file: string,
  err: unknown,
  action: 'open' | 'write' = 'open',
): ApiError {
  if (err instanceof ApiError) return err;
  const code = codeOf(err);
  const detail = err instanceof Error ? err.message : String(err);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new ApiError(
      'database',
      `store: ${file} is not a readable Promptledger database (${detail}); ` +
        'it is corrupt or another kind of file. Restore a backup or choose another file.',
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new ApiError(
      'database',
      `store: ${file} is read-only; nothing can be saved to it. ` +
        'Copy it to a writable folder to make changes.',
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new ApiError('database', `store: ${file} is locked by another process (${detail})`);
  }
  if (code === 'SQLITE_FULL') {
    return new ApiError('database', `store: cannot ${action} ${file}: the disk is full`);
  }
  return new ApiError('database', `store: cannot ${action} ${file}: ${detail}`);
}
