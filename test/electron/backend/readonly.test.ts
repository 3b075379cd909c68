import { chmodSync, existsSync } from 'node:fs';
import { tempDir } from '../../support/temp.ts';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/index.ts';
import { openWorkspace } from '../../../electron/services/store/index.ts';
import type { Run, SnapshotId } from '../../../shared/domain/index.ts';

// Root ignores file permissions, so a chmod-ed folder is still writable for root; the tests that
// need a really read-only folder are skipped as root, and the rest force read-only mode instead.
const isRoot = process.getuid?.() === 0;

const folder = (): string => tempDir('pl-readonly-');

/** A closed workspace with one prompt version and one run still marked running. */
function archived(): string {
  const file = join(folder(), 'ws.sqlite');
  const ws = openWorkspace(file);
  const content = { messages: [{ role: 'user' as const, content: '{{ q }}' }], model: {} };
  ws.versions.save({ slug: 't', content: { ...content, checks: [] }, message: 'v1', author: 'me' });
  const case1 = { key: 'a', vars: { q: 'a' }, expected: null, tags: [], note: '', source: null };
  const snapshot = ws.golden.addSnapshot({ name: 'g', sourceFile: 'g.csv', cases: [case1] });
  const endpoint = ws.endpoints.ensureByUrl('http://127.0.0.1:1/v1', 'test');
  ws.runs.create({
    snapshotId: snapshot.id as SnapshotId,
    variants: [{ slug: 't', version: 1, endpointId: endpoint.id, model: 'm' }],
    baselineIndex: 0,
  });
  ws.close();
  return file;
}

let backend: Backend | undefined;
const locked: string[] = [];
afterEach(async () => {
  await backend?.close();
  backend = undefined;
  for (const dir of locked.splice(0)) chmodSync(dir, 0o755);
});

const isReadOnly = (file: string) =>
  expect.objectContaining({
    kind: 'database',
    message: expect.stringMatching(new RegExp(`^store: ${file} is read-only; `)),
  });

describe('backend: a read-only workspace', () => {
  it('skips start-up writes, verifies the audit chain and refuses every write', async () => {
    const file = archived();
    backend = await createBackend({ workspacePath: file, user: 'me', readonly: true });

    const runs = (await backend.call('runs.list', {})) as Run[];
    expect(runs.map((run) => run.status)).toEqual(['running']);
    expect(await backend.call('audit.verify', {})).toMatchObject({ ok: true });
    const save = backend.call('versions.save', {
      slug: 't',
      content: { messages: [{ role: 'user', content: 'changed' }] },
      message: 'v2',
    });
    await expect(save).rejects.toThrow(isReadOnly(file));
    await expect(backend.call('prompts.create', { slug: 'other' })).rejects.toThrow(
      isReadOnly(file),
    );
  });

  it.skipIf(isRoot)(
    'opens a workspace in a read-only folder read-only by itself (skipped as root: root ignores permissions)',
    async () => {
      const file = archived();
      const dir = join(file, '..');
      chmodSync(dir, 0o555);
      locked.push(dir);
      backend = await createBackend({ workspacePath: file, user: 'me' });
      expect(await backend.call('audit.verify', {})).toMatchObject({ ok: true });
      const runs = (await backend.call('runs.list', {})) as Run[];
      expect(runs.map((run) => run.status)).toEqual(['running']);
      await expect(backend.call('prompts.create', { slug: 'other' })).rejects.toThrow(
        isReadOnly(file),
      );
      expect(existsSync(`${file}-wal`)).toBe(false);
    },
  );

  it.skipIf(isRoot)(
    'opens a read-only file in a writable folder read-only (skipped as root: root ignores permissions)',
    async () => {
      const file = archived();
      chmodSync(file, 0o444);
      backend = await createBackend({ workspacePath: file, user: 'me' });
      expect(await backend.call('audit.verify', {})).toMatchObject({ ok: true });
      await expect(backend.call('prompts.create', { slug: 'other' })).rejects.toThrow(
        isReadOnly(file),
      );
    },
  );

  it.skipIf(isRoot)(
    'refuses to create a workspace in a read-only folder (skipped as root: root ignores permissions)',
    async () => {
      const dir = folder();
      chmodSync(dir, 0o555);
      locked.push(dir);
      const file = join(dir, 'new.sqlite');
      await expect(createBackend({ workspacePath: file, user: 'me' })).rejects.toThrow(
        expect.objectContaining({
          kind: 'database',
          message: `store: cannot create ${file}: the folder is not writable`,
        }),
      );
    },
  );
});
