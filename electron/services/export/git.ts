import { execFile } from 'node:child_process';
import { ApiError } from '../../../shared/api/errors.ts';

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Credentials in a remote URL (`https://user:token@host`) never reach a message or log. */
export function redact(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}

/**
 * Runs the system git in `cwd`. Never prompts: a missing credential fails fast instead of
 * hanging the backend on a terminal prompt nobody can see.
 */
export function git(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<GitResult> {
  const fullEnv: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_SSH_COMMAND: process.env['GIT_SSH_COMMAND'] ?? 'ssh -o BatchMode=yes',
    LC_ALL: 'C',
    ...env,
  };
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, env: fullEnv, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err && (err as NodeJS.ErrnoException).code === 'ENOENT' && !stderr) {
          reject(new ApiError('export', 'export: git is not installed or not on PATH'));
          return;
        }
        resolve({ ok: !err, stdout: stdout.toString(), stderr: redact(stderr.toString()) });
      },
    );
  });
}

/** Like `git` but an export error on failure, with git's own (redacted) reason. */
export async function gitOrThrow(
  cwd: string,
  args: string[],
  what: string,
  env?: Record<string, string>,
): Promise<string> {
  const result = await git(cwd, args, env);
  if (!result.ok)
    throw new ApiError('export', `export: ${what}: ${lastLines(result.stderr || result.stdout)}`);
  return result.stdout.trim();
}

function lastLines(text: string): string {
  return redact(text).trim().split('\n').slice(-3).join(' ').slice(0, 500) || 'git failed';
}
