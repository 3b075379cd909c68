import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.ts';
import type { Approval, PromptVersion } from '../../../shared/domain/index.ts';
import { serializePromptFile, versionMeta } from '../../../shared/promptfile/index.ts';
import { logger } from '../logger.ts';
import type { Workspace } from '../store/types.ts';
import { git, gitOrThrow } from './git.ts';

const log = logger('export');

export interface ExportResult {
  repoPath: string;
  /** The written file, relative to repoPath. */
  file: string;
  commit: string;
  pushed: boolean;
}

/**
 * Writes an approved version to `<repo>/prompts/<slug>.prompt.yaml`, commits it as the approver,
 * and pushes when the repo has an upstream or an `origin`. Any failure leaves the repo as it was.
 */
export async function exportVersion(
  ws: Workspace,
  slug: string,
  number: number,
  repoPath: string,
  opts: { push?: boolean } = {},
): Promise<ExportResult> {
  const version = ws.versions.get(slug, number);
  const approval = ws.approvals.find(slug, number);
  if (!approval) throw new ApiError('export', `export: ${slug} v${number} is not approved`);

  const repo = path.resolve(repoPath);
  await checkRepo(repo);
  const head = await currentHead(repo);
  const rel = path.join('prompts', `${slug}.prompt.yaml`);
  const text = render(ws, version, approval);

  const abs = path.join(repo, rel);
  if (existsSync(abs) && readFileSync(abs, 'utf8') === text && head) {
    return { repoPath: repo, file: rel, commit: head, pushed: false };
  }

  const undo = write(abs, text);
  try {
    const commit = await commitFile(repo, rel, version, approval);
    const pushed = opts.push === false ? false : await pushIfRemote(repo);
    return { repoPath: repo, file: rel, commit, pushed };
  } catch (err) {
    await restore(repo, head, undo);
    throw err;
  }
}

function render(ws: Workspace, version: PromptVersion, approval: Approval): string {
  const prompt = ws.prompts.get(version.slug);
  const file = {
    slug: prompt.slug,
    description: prompt.description,
    tags: prompt.tags,
    content: version.content,
  };
  return serializePromptFile(file, versionMeta(version, approval));
}

/**
 * Refuses a repository setting that could never work: a relative path (relative to what? the
 * backend's working folder is not the user's), a missing folder, or one outside a git work tree.
 */
export async function checkWorkTree(repoPath: string): Promise<void> {
  if (!path.isAbsolute(repoPath)) {
    throw new ApiError(
      'export',
      `export: ${repoPath} is a relative path; choose the repository folder by its full path`,
    );
  }
  if (!existsSync(repoPath) || !statSync(repoPath).isDirectory()) {
    throw new ApiError('export', `export: ${repoPath} does not exist or is not a folder`);
  }
  const inside = await git(repoPath, ['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok || inside.stdout.trim() !== 'true') {
    throw new ApiError(
      'export',
      `export: ${repoPath} is not a git work tree; run "git init" there or choose a clone`,
    );
  }
}

async function checkRepo(repo: string): Promise<void> {
  await checkWorkTree(repo);
  // Not trimmed: each porcelain line starts with a two-letter status that may be a space.
  const status = await git(repo, ['status', '--porcelain', '--untracked-files=all']);
  if (!status.ok) throw new ApiError('export', `export: cannot read the status of ${repo}`);
  const lines = status.stdout.split('\n').filter(Boolean);
  if (lines.length > 0) {
    const files = lines.map((l) => l.slice(3)).slice(0, 10);
    throw new ApiError(
      'export',
      `export: ${repo} has uncommitted changes (${files.join(', ')}); commit or stash them first`,
    );
  }
}

async function currentHead(repo: string): Promise<string | null> {
  const result = await git(repo, ['rev-parse', '--verify', '-q', 'HEAD']);
  return result.ok ? result.stdout.trim() : null;
}

/** Writes the file and returns what must be removed if the export is undone. */
function write(
  abs: string,
  text: string,
): { file: string; existed: boolean; createdDir: string | undefined } {
  const existed = existsSync(abs);
  const createdDir = mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
  return { file: abs, existed, createdDir };
}

async function commitFile(
  repo: string,
  rel: string,
  version: PromptVersion,
  approval: Approval,
): Promise<string> {
  await gitOrThrow(repo, ['add', '--', rel], 'cannot stage the file');
  const message = `${version.slug} v${version.number} (${version.contentHash.slice(0, 12)}): ${version.message}`;
  await gitOrThrow(
    repo,
    ['commit', '-q', '-m', message, '--', rel],
    'commit failed',
    await identity(repo, approval.approver),
  );
  return gitOrThrow(repo, ['rev-parse', 'HEAD'], 'cannot read the commit');
}

/**
 * The approver is the author. A repo without a configured committer would refuse to commit, so
 * the approver stands in as committer there too.
 */
async function identity(repo: string, approver: string): Promise<Record<string, string>> {
  const match = /^(.+?)\s*<([^>]+)>$/.exec(approver.trim());
  const name = match?.[1] ?? approver.trim();
  const email = match?.[2] ?? `${name.replace(/[^A-Za-z0-9._-]+/g, '.')}@promptledger.invalid`;
  const env: Record<string, string> = { GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email };
  const configured = await git(repo, ['config', 'user.email']);
  if (!configured.ok && !process.env['GIT_COMMITTER_EMAIL']) {
    Object.assign(env, { GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email });
  }
  return env;
}

async function pushIfRemote(repo: string): Promise<boolean> {
  const upstream = await git(repo, ['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{u}']);
  const remotes = (await git(repo, ['remote'])).stdout.split('\n').map((r) => r.trim());
  if (!upstream.ok && !remotes.includes('origin')) return false;

  const target = upstream.ok
    ? await upstreamTarget(repo, upstream.stdout.trim())
    : await originTarget(repo);
  const result = await git(repo, ['push', '--porcelain', target.remote, `HEAD:${target.branch}`]);
  if (!result.ok) {
    const reason = result.stderr.trim().split('\n').filter(Boolean).slice(-2).join(' ');
    throw new ApiError(
      'export',
      `export: push to ${target.remote} was rejected (${reason}); the local commit was undone`,
    );
  }
  return true;
}

async function upstreamTarget(
  repo: string,
  upstream: string,
): Promise<{ remote: string; branch: string }> {
  const remote = await gitOrThrow(
    repo,
    ['config', `branch.${await branchName(repo)}.remote`],
    'no upstream remote',
  );
  const merge = await gitOrThrow(
    repo,
    ['config', `branch.${await branchName(repo)}.merge`],
    `no upstream for ${upstream}`,
  );
  return { remote, branch: merge };
}

async function originTarget(repo: string): Promise<{ remote: string; branch: string }> {
  return { remote: 'origin', branch: `refs/heads/${await branchName(repo)}` };
}

async function branchName(repo: string): Promise<string> {
  return gitOrThrow(
    repo,
    ['symbolic-ref', '--short', 'HEAD'],
    'HEAD is detached; check out a branch to export',
  );
}

/** Puts the repo back to `head`: the tree was clean before, so a hard reset loses nothing. */
async function restore(
  repo: string,
  head: string | null,
  undo: ReturnType<typeof write>,
): Promise<void> {
  if (head) {
    await git(repo, ['reset', '-q', '--hard', head]);
  } else {
    await git(repo, ['update-ref', '-d', 'HEAD']);
    await git(repo, ['rm', '-q', '--cached', '--ignore-unmatch', '--', undo.file]);
  }
  if (!undo.existed) rmSync(undo.file, { force: true });
  if (undo.createdDir) rmSync(undo.createdDir, { recursive: true, force: true });
  log.warn({ repo }, 'export undone');
}
