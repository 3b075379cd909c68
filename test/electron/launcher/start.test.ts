import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/temp.ts';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const built = existsSync(join(root, 'dist', 'renderer', 'index.html'));

/** Collects a child's output until a line matches, or fails after the timeout. */
function waitFor(child: ChildProcess, pattern: RegExp, timeoutMs = 20_000) {
  return new Promise<{ match: RegExpExecArray; stderr: string }>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} in: ${stdout} ${stderr}`)),
      timeoutMs,
    );
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = pattern.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ match, stderr });
      }
    });
  });
}

describe('npm start without a runnable Electron', () => {
  let child: ChildProcess | undefined;
  afterEach(() => void child?.kill('SIGTERM'));

  it.skipIf(!built)(
    'says why in one line and serves the UI on a new workspace with samples',
    async () => {
      const dir = tempDir('pl-start-');
      child = spawn(process.execPath, [join(root, 'electron/launcher/start.mjs'), '--port', '0'], {
        env: {
          ...process.env,
          PROMPTLEDGER_BROWSER_HOST: '1',
          PROMPTLEDGER_WORKSPACE: join(dir, 'ws.sqlite'),
        },
      });
      const { match, stderr } = await waitFor(
        child,
        /Open (http:\/\/127\.0\.0\.1:\d+\/\S*token=([^\s&]+))/,
      );
      expect(stderr).toMatch(
        /^Electron cannot start: .*\. Serving the UI to your browser instead\.\n/,
      );

      const page = await fetch(match[1] as string);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('promptledger-token');

      const origin = new URL(match[1] as string).origin;
      const prompts = await fetch(`${origin}/api/prompts.list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-promptledger-token': match[2] as string },
        body: '{}',
      });
      expect(await prompts.json()).toEqual([
        expect.objectContaining({ slug: 'samples/ticket-triage' }),
      ]);
    },
  );
});
