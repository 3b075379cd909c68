import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../../electron/services/store/index.ts';
import { MIGRATIONS } from '../../../../electron/services/store/migrations/index.ts';
import { content, tempFile } from './helpers.ts';

const open: Workspace[] = [];
const track = (ws: Workspace): Workspace => (open.push(ws), ws);
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});

describe('store: opening a workspace', () => {
  it('creates a new file in WAL mode with foreign keys and a workspace id', () => {
    const ws = track(openWorkspace(tempFile()));
    const raw = new Database(ws.path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    expect(ws.schemaVersion).toBe(MIGRATIONS.length);
    expect(ws.settings.get('workspace.id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the same workspace id when reopened', () => {
    const file = tempFile();
    const first = openWorkspace(file);
    const id = first.settings.get('workspace.id');
    first.close();
    expect(track(openWorkspace(file)).settings.get('workspace.id')).toBe(id);
  });

  it('refuses an applied migration whose text was edited', () => {
    const file = tempFile();
    openWorkspace(file).close();
    const edited = MIGRATIONS.map((m) => ({ ...m, sql: `${m.sql}\n-- edited` }));
    expect(() => openWorkspace(file, { migrations: edited })).toThrow(
      /migration 1 \(initial\) was edited after it was applied/,
    );
  });

  it('refuses a file from a newer schema version and leaves it unchanged', () => {
    const file = tempFile();
    openWorkspace(file).close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO migrations VALUES (99, 'future', 'x', '2030-01-01')").run();
    raw.close();
    expect(() => openWorkspace(file)).toThrow(
      `store: ${file} has schema version 99, newer than this app (${MIGRATIONS.length})`,
    );
    const again = new Database(file, { readonly: true });
    expect(again.prepare('SELECT count(*) AS n FROM migrations').get()).toEqual({
      n: MIGRATIONS.length + 1,
    });
    again.close();
  });

  it('names the file when it is not a database', () => {
    const file = tempFile('notes.db');
    writeFileSync(file, 'this is not sqlite, just some text that is long enough '.repeat(40));
    expect(() => openWorkspace(file)).toThrow(expect.objectContaining({ kind: 'database' }));
    expect(() => openWorkspace(file)).toThrow(new RegExp(`store: ${file} is not a readable`));
  });

  it('refuses a SQLite file that is not a workspace', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.exec('CREATE TABLE other (x)');
    raw.close();
    expect(() => openWorkspace(file)).toThrow(/not a Promptledger workspace/);
  });

  it('backs the file up before applying a new migration to existing data', () => {
    const file = tempFile();
    const v1 = MIGRATIONS.slice(0, 1);
    const ws = openWorkspace(file, { migrations: v1 });
    ws.prompts.create({ slug: 'a', description: '', tags: [] });
    ws.close();
    const next = [
      ...v1,
      { version: 2, name: 'extra', sql: 'CREATE TABLE extra (x INTEGER) STRICT;' },
    ];
    const migrated = track(openWorkspace(file, { migrations: next }));
    expect(migrated.schemaVersion).toBe(2);
    expect(existsSync(`${file}.bak-v1`)).toBe(true);
    const backup = new Database(`${file}.bak-v1`, { readonly: true });
    expect(backup.prepare('SELECT slug FROM prompts').pluck().all()).toEqual(['a']);
    backup.close();
  });

  it('rolls back a failing migration as one transaction', () => {
    const file = tempFile();
    openWorkspace(file).close();
    const bad = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'bad',
        sql: 'CREATE TABLE t2 (x) STRICT; SELECT nope();',
      },
    ];
    expect(() => openWorkspace(file, { migrations: bad })).toThrow();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 't2'").get()).toEqual({
      n: 0,
    });
    raw.close();
  });

  it('migrates a version 1 workspace forward, keeping a backup of it first', () => {
    const file = tempFile();
    openWorkspace(file, { migrations: MIGRATIONS.slice(0, 1) }).close();
    const ws = track(openWorkspace(file));
    expect(ws.schemaVersion).toBe(MIGRATIONS.length);
    expect(existsSync(`${file}.bak-v1`)).toBe(true);
    const raw = new Database(file, { readonly: true });
    const columns = raw.prepare("SELECT name FROM pragma_table_info('runs')").all();
    expect(columns).toContainEqual({ name: 'min_similarity' });
    raw.close();
  });

  it('opens read-only without writing', () => {
    const file = tempFile();
    const ws = openWorkspace(file);
    ws.versions.save({ slug: 'a', content: content('hi'), message: 'm', author: 'me' });
    ws.close();
    const ro = track(openWorkspace(file, { readonly: true }));
    expect(ro.versions.latest('a')?.number).toBe(1);
    expect(() => ro.prompts.create({ slug: 'b', description: '', tags: [] })).toThrow();
  });
});
