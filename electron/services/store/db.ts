import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { ApiError } from '../../../shared/api/errors.ts';
import { logger } from '../logger.ts';

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
    run: (name, sql, params = []) => timed(name, () => prepare(sql).run(...params)),
    get: <T>(name: string, sql: string, params: Params = []) =>
      timed(name, () => prepare(sql).get(...params) as T | undefined),
    all: <T>(name: string, sql: string, params: Params = []) =>
      timed(name, () => prepare(sql).all(...params) as T[]),
    // IMMEDIATE takes the write lock up front, so two writers wait on busy_timeout instead of
    // failing with SQLITE_BUSY when a read transaction tries to upgrade.
    tx: <T>(fn: () => T) => raw.transaction(fn).immediate(),
  };
}

function timed<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    const ms = performance.now() - start;
    if (ms > SLOW_MS) log.warn({ statement: name, ms: Math.round(ms) }, 'slow statement');
  }
}

/** Opens the file and applies the connection settings; a file SQLite cannot read is refused. */
export function connect(file: string, readonly: boolean): Database.Database {
  let raw: Database.Database | undefined;
  try {
    raw = new Database(file, { readonly, fileMustExist: readonly });
    raw.pragma('busy_timeout = 5000');
    // Reading the schema is what fails on a file that is not a database.
    raw.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!readonly) raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('synchronous = NORMAL');
    return raw;
  } catch (err) {
    raw?.close();
    throw databaseError(file, err);
  }
}

/** Translates a SQLite failure on open into a message that names the file and what to do. */
export function databaseError(file: string, err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const code = (err as { code?: string }).code ?? '';
  const detail = err instanceof Error ? err.message : String(err);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new ApiError(
      'database',
      `store: ${file} is not a readable Promptledger database (${detail}); ` +
        'it is corrupt or another kind of file. Restore a backup or choose another file.',
    );
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new ApiError('database', `store: ${file} is locked by another process (${detail})`);
  }
  return new ApiError('database', `store: cannot open ${file}: ${detail}`);
}
