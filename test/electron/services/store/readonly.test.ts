import Database from 'better-sqlite3';
import { chmodSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openInMemoryCopy } from '../../../../electron/services/store/access.ts';
import { openWorkspace, type Workspace } from '../../../../electron/services/store/index.ts';
import { content, entry, tempFile } from './helpers.ts';

// Root ignores file permissions, so chmod cannot make a file read-only for root: those tests
// are skipped as root and the read-only paths are driven through the store's own options.
const isRoot = process.getuid?.() === 0;

const open: Workspace[] = [];
const track = (ws: Workspace): Workspace => (open.push(ws), ws);
const folders: string[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
  for (const dir of folders.splice(0)) chmodSync(dir, 0o755);
});

/** A closed workspace file holding one prompt version and one audit record. */
function archived(): string {
  const file = tempFile();
  const ws = openWorkspace(file);
  ws.versions.save({ slug: 'a', content: content('hi'), message: 'm', author: 'me' });
  ws.audit.append(entry());
  ws.close();
  return file;
}

const readOnlyError = (file: string) =>
  expect.objectContaining({
    kind: 'database',
    message: expect.stringMatching(new RegExp(`^store: ${file} is read-only; `)),
  });

describe('store: a workspace that cannot be written', () => {
  it('refuses every write to a read-only workspace with a database error naming the file', () => {
    const file = archived();
    const ws = track(openWorkspace(file, { readonly: true }));
    expect(ws.audit.verify()).toMatchObject({ ok: true });
    expect(() => ws.prompts.create({ slug: 'b', description: '', tags: [] })).toThrow(
      readOnlyError(file),
    );
    const save = () =>
      ws.versions.save({ slug: 'a', content: content('new'), message: 'm', author: 'me' });
    expect(save).toThrow(readOnlyError(file));
    expect(() => ws.settings.set('audit.hashOnly', 'true')).toThrow(readOnlyError(file));
    expect(() => ws.audit.append(entry())).toThrow(readOnlyError(file));
  });

  it('reads an in-memory copy of a WAL workspace without touching its folder', () => {
    const file = archived();
    const raw = openInMemoryCopy(file);
    expect(raw.prepare('SELECT count(*) AS n FROM prompt_versions').get()).toEqual({ n: 1 });
    expect(() => raw.prepare("DELETE FROM settings WHERE key = 'x'").run()).toThrow(/readonly/);
    raw.close();
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('refuses an in-memory copy while the -wal file holds changes the copy would miss', () => {
    const file = tempFile();
    const ws = track(openWorkspace(file));
    ws.versions.save({ slug: 'a', content: content('hi'), message: 'm', author: 'me' });
    expect(() => openInMemoryCopy(file)).toThrow(
      `store: cannot open ${file} read-only: ${file}-wal holds changes not yet in the file`,
    );
  });

  it('fails a write that finds the file locked with a database error naming the file', () => {
    const file = archived();
    const ws = track(openWorkspace(file, { busyTimeoutMs: 50 }));
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => ws.prompts.create({ slug: 'b', description: '', tags: [] })).toThrow(
        expect.objectContaining({
          kind: 'database',
          message: expect.stringContaining(`store: ${file} is locked by another process`),
        }),
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(ws.prompts.create({ slug: 'b', description: '', tags: [] }).slug).toBe('b');
  });

  it.skipIf(isRoot)(
    'reads a workspace in a read-only folder (skipped as root: root ignores permissions)',
    () => {
      const file = archived();
      const folder = path.dirname(file);
      chmodSync(folder, 0o555);
      folders.push(folder);
      const ws = track(openWorkspace(file, { readonly: true }));
      expect(ws.versions.latest('a')?.number).toBe(1);
      expect(ws.audit.verify()).toMatchObject({ ok: true });
      expect(() => ws.prompts.create({ slug: 'b', description: '', tags: [] })).toThrow(
        readOnlyError(file),
      );
      expect(existsSync(`${file}-shm`)).toBe(false);
    },
  );
});
