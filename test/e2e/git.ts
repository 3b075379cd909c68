import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

/** A work tree with one commit and a bare repository as its `origin`. */
export function exportRepo(dir: string): { repo: string; remote: string } {
  const repo = join(dir, 'shared-prompts');
  const remote = join(dir, 'remote.git');
  mkdirSync(repo);
  git(dir, 'init', '-q', '--bare', '-b', 'main', remote);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.name', 'E2E');
  git(repo, 'config', 'user.email', 'e2e@example.invalid');
  git(repo, 'commit', '-q', '--allow-empty', '-m', 'initial');
  git(repo, 'remote', 'add', 'origin', remote);
  git(repo, 'push', '-q', '-u', 'origin', 'main');
  return { repo, remote };
}
