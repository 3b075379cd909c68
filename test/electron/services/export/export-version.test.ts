import { execFileSync } from 'node:child_process';
import { tempDir } from '../../../support/temp.ts';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportVersion } from '../../../../electron/services/export/index.ts';
import { openWorkspace, type Workspace } from '../../../../electron/services/store/index.ts';
import { parsePromptFile } from '../../../../shared/promptfile/index.ts';

const tmp = (prefix: string): string => tempDir(prefix);
const sh = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

beforeAll(() => {
  // Keep the machine's own git config (signing, hooks, identity) out of the tests.
  const empty = path.join(tmp('pl-gitcfg-'), 'config');
  writeFileSync(empty, '');
  process.env['GIT_CONFIG_GLOBAL'] = empty;
  process.env['GIT_CONFIG_NOSYSTEM'] = '1';
});

let ws: Workspace;
let repo: string;
let bare: string;

beforeEach(() => {
  ws = openWorkspace(path.join(tmp('pl-export-ws-'), 'w.db'));
  ws.prompts.ensure({
    slug: 'support/triage',
    description: 'Classify a ticket',
    tags: ['support'],
  });
  const content = {
    messages: [{ role: 'user' as const, content: 'Ticket: {{ ticket }}' }],
    model: {},
    checks: [],
  };
  ws.versions.save({ slug: 'support/triage', content, message: 'first', author: 'alice' });
  ws.versions.save({
    slug: 'support/triage',
    content: { ...content, model: { temperature: 0 } },
    message: 'colder',
    author: 'alice',
  });
  ws.approvals.approve({
    slug: 'support/triage',
    number: 1,
    approver: 'Rita Reviewer <rita@example.com>',
    note: 'ok',
  });

  bare = tmp('pl-bare-');
  sh(bare, 'init', '-q', '--bare', '-b', 'main');
  repo = tmp('pl-repo-');
  sh(repo, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(repo, 'README.md'), 'prompts\n');
  sh(repo, 'add', 'README.md');
  sh(repo, 'commit', '-q', '-m', 'init');
  sh(repo, 'remote', 'add', 'origin', bare);
  sh(repo, 'push', '-q', '-u', 'origin', 'main');
});
afterEach(() => ws.close());

describe('export', () => {
  it('commits the approved version as the approver and pushes it to the remote', async () => {
    const result = await exportVersion(ws, 'support/triage', 1, repo);
    const version = ws.versions.get('support/triage', 1);
    expect(result).toMatchObject({
      file: path.join('prompts', 'support', 'triage.prompt.yaml'),
      pushed: true,
    });
    expect(sh(bare, 'rev-parse', 'main')).toBe(result.commit);
    expect(sh(bare, 'log', '-1', '--format=%an <%ae>|%s', 'main')).toBe(
      `Rita Reviewer <rita@example.com>|support/triage v1 (${version.contentHash.slice(0, 12)}): first`,
    );
    const text = sh(bare, 'show', 'main:prompts/support/triage.prompt.yaml');
    expect(parsePromptFile(text, 'triage.prompt.yaml').content).toEqual(version.content);
    expect(text).toContain('approved_by: Rita Reviewer <rita@example.com>');
    expect(sh(repo, 'status', '--porcelain')).toBe('');
  });

  it('refuses a version that is not approved', async () => {
    await expect(exportVersion(ws, 'support/triage', 2, repo)).rejects.toThrow(
      'export: support/triage v2 is not approved',
    );
  });

  it('refuses a folder that is not a git repository', async () => {
    const plain = tmp('pl-plain-');
    await expect(exportVersion(ws, 'support/triage', 1, plain)).rejects.toThrow(
      /is not a git work tree/,
    );
    expect(existsSync(path.join(plain, 'prompts'))).toBe(false);
  });

  it('refuses a dirty tree, names the files and leaves them untouched', async () => {
    writeFileSync(path.join(repo, 'README.md'), 'edited\n');
    writeFileSync(path.join(repo, 'notes.txt'), 'new\n');
    const head = sh(repo, 'rev-parse', 'HEAD');
    await expect(exportVersion(ws, 'support/triage', 1, repo)).rejects.toThrow(
      /uncommitted changes \(README\.md, notes\.txt\)/,
    );
    expect(readFileSync(path.join(repo, 'README.md'), 'utf8')).toBe('edited\n');
    expect(sh(repo, 'rev-parse', 'HEAD')).toBe(head);
    expect(existsSync(path.join(repo, 'prompts'))).toBe(false);
  });

  it('undoes the local commit when the push is rejected', async () => {
    const hook = path.join(bare, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "policy: no pushes today" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const head = sh(repo, 'rev-parse', 'HEAD');
    await expect(exportVersion(ws, 'support/triage', 1, repo)).rejects.toThrow(
      /export: push to origin was rejected/,
    );
    expect(sh(repo, 'rev-parse', 'HEAD')).toBe(head);
    expect(sh(repo, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(existsSync(path.join(repo, 'prompts'))).toBe(false);
  });

  it('commits without pushing when the repo has no remote', async () => {
    sh(repo, 'remote', 'remove', 'origin');
    const result = await exportVersion(ws, 'support/triage', 1, repo);
    expect(result.pushed).toBe(false);
    expect(sh(repo, 'rev-parse', 'HEAD')).toBe(result.commit);
  });
});

describe('export: git messages', () => {
  it('redacts credentials from remote URLs', async () => {
    const { redact } = await import('../../../../electron/services/export/git.ts');
    expect(redact("fatal: unable to access 'https://bob:ghp_secret@github.com/x.git/'")).toBe(
      "fatal: unable to access 'https://***@github.com/x.git/'",
    );
  });
});
