import { execFileSync } from 'node:child_process';
import { tempDir } from '../../support/temp.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/index.ts';
import type { GoldenCase, GoldenSnapshot } from '../../../shared/domain/index.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
const data = resolve(repoRoot, '../shared/data');
const folder = (prefix: string): string => tempDir(prefix);

let backend: Backend;
beforeEach(async () => {
  const workspacePath = join(folder('pl-handlers-'), 'ws.sqlite');
  backend = await createBackend({ workspacePath, user: 'me', seedSamples: false });
});
afterEach(() => backend.close());

const failure = (kind: string, message: string | RegExp) =>
  expect.objectContaining({
    kind,
    message: typeof message === 'string' ? message : expect.stringMatching(message),
  });

describe('backend: golden.import', () => {
  it('passes the named expected column through to the import', async () => {
    const text = readFileSync(join(data, 'banking77/test.csv'), 'utf8');
    const input = { name: 'banking', fileName: 'test.csv', text, expectedColumn: 'category' };
    const snapshot = (await backend.call('golden.import', input)) as GoldenSnapshot;
    expect(snapshot).toMatchObject({ caseCount: 3080, columns: ['text'] });
    const stored = (await backend.call('golden.snapshot', { name: 'banking' })) as {
      cases: GoldenCase[];
    };
    expect(stored.cases[0]).toMatchObject({ vars: { text: 'How do I locate my card?' } });
    expect(stored.cases[0]?.expected).toBe('card_arrival');
  });

  it('refuses a named column the file lacks and stores nothing', async () => {
    const input = { name: 'x', fileName: 'test.csv', text: 'text,category\na,b\n', idColumn: 'n' };
    await expect(backend.call('golden.import', input)).rejects.toThrow(
      failure('import', "import: test.csv: no column 'n' (columns: text, category)"),
    );
    expect(await backend.call('golden.list', {})).toEqual([]);
  });
});

describe('backend: versions.save', () => {
  it('refuses a template with a syntax error and a regex check that does not compile', async () => {
    const broken = { messages: [{ role: 'user', content: 'Hi {{ name' }] };
    await expect(
      backend.call('versions.save', { slug: 'p', content: broken, message: 'm' }),
    ).rejects.toThrow(failure('template', /^versions\.save: messages\.0: template: .*\(line 1/));

    const regex = {
      messages: [{ role: 'user', content: 'Hi' }],
      checks: [{ type: 'regex', pattern: '(a' }],
    };
    await expect(
      backend.call('versions.save', { slug: 'p', content: regex, message: 'm' }),
    ).rejects.toThrow(failure('invalid-input', /regex "\(a" does not compile: Unterminated group/));
    expect(await backend.call('prompts.list', {})).toEqual([]);
  });
});

describe('backend: endpoints.save', () => {
  const endpoint = (name: string, baseUrl: string) => ({
    name,
    baseUrl,
    apiKeyRef: null,
    models: [],
    priceInPerM: 0,
    priceOutPerM: 0,
    concurrency: 2,
    timeoutMs: 1000,
  });

  it('refuses a duplicate name and a base URL that is not http or https', async () => {
    await backend.call('endpoints.save', endpoint('fake', 'http://127.0.0.1:1/v1'));
    await expect(
      backend.call('endpoints.save', endpoint('fake', 'http://127.0.0.1:2/v1')),
    ).rejects.toThrow(failure('conflict', "endpoints: an endpoint named 'fake' already exists"));
    await expect(
      backend.call('endpoints.save', endpoint('ftp', 'ftp://example.com/v1')),
    ).rejects.toThrow(
      failure('invalid-input', 'endpoints.save: baseUrl: must be an http:// or https:// URL'),
    );
  });
});

describe('backend: export.configure', () => {
  it('refuses a relative path and a folder outside a git work tree, and keeps the old setting', async () => {
    await expect(backend.call('export.configure', { repoPath: 'prompts-repo' })).rejects.toThrow(
      failure(
        'export',
        'export: prompts-repo is a relative path; choose the repository folder by its full path',
      ),
    );
    const plain = folder('pl-plain-');
    writeFileSync(join(plain, 'x.txt'), 'x');
    await expect(backend.call('export.configure', { repoPath: plain })).rejects.toThrow(
      failure(
        'export',
        `export: ${plain} is not a git work tree; run "git init" there or choose a clone`,
      ),
    );
    const missing = join(plain, 'nope');
    await expect(backend.call('export.configure', { repoPath: missing })).rejects.toThrow(
      failure('export', `export: ${missing} does not exist or is not a folder`),
    );
    expect(await backend.call('export.settings', {})).toEqual({ repoPath: null });
  });

  it('accepts a git work tree, even one with uncommitted changes', async () => {
    const repo = folder('pl-repo-');
    execFileSync('git', ['init', '-q', repo]);
    writeFileSync(join(repo, 'draft.txt'), 'not committed');
    expect(await backend.call('export.configure', { repoPath: repo })).toEqual({ repoPath: repo });
    expect(await backend.call('export.settings', {})).toEqual({ repoPath: repo });
  });
});
