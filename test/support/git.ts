import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Runs git with a fixed test identity; never touches the user's global config. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
      GIT_CONFIG_GLOBAL: '/dev/null',
    },
  });
}

/** A work tree with one commit, cloned from a new bare repository that acts as the remote. */
export function makeRepoWithRemote(dir: string): { repo: string; remote: string } {
  const remote = join(dir, 'remote.git');
  const repo = join(dir, 'prompts-repo');
  git(dir, 'init', '-q', '--bare', '-b', 'main', remote);
  git(dir, 'clone', '-q', remote, repo);
  git(repo, 'checkout', '-q', '-b', 'main');
  git(repo, 'commit', '-q', '--allow-empty', '-m', 'Start');
  git(repo, 'push', '-q', '-u', 'origin', 'main');
  return { repo, remote };
}
