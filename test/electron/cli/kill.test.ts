import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/temp.ts';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/index.ts';
import { openWorkspace } from '../../../electron/services/store/index.ts';
import { runCli } from '../../support/cli.ts';
import { startModelServer, type ModelServer } from '../../support/model-server/index.ts';

const bin = fileURLToPath(new URL('../../../electron/cli/bin.mjs', import.meta.url));
const prompt = `slug: slow
messages:
  - role: user
    content: "{{ q }}"
`;
const golden = ['id,q', ...Array.from({ length: 12 }, (_, i) => `c${i},question ${i}`)].join('\n');

describe('a replay killed midway', () => {
  let server: ModelServer;
  beforeAll(async () => {
    server = await startModelServer({ models: ['m'], script: [{ answer: 'ok', delayMs: 250 }] });
  });
  afterAll(() => server?.close());

  it('loses no completed cell and no audit record, and the chain still verifies', async () => {
    const dir = tempDir('pl-kill-');
    const ws = ['--workspace', join(dir, 'ws.sqlite')];
    writeFileSync(join(dir, 'p.yaml'), prompt);
    writeFileSync(join(dir, 'g.csv'), golden);
    expect(
      (await runCli([...ws, 'prompt', 'save', 'slow', '--file', join(dir, 'p.yaml')])).code,
    ).toBe(0);
    expect(
      (await runCli([...ws, 'golden', 'import', join(dir, 'g.csv'), '--name', 'g'])).code,
    ).toBe(0);

    const args = ['--prompt', 'slow@1', '--golden', 'g', '--endpoint', server.url, '--model', 'm'];
    const child = spawn(process.execPath, [bin, ...ws, 'replay', ...args]);
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (/replay: [1-9]\d*\/12 cells/.test(chunk.toString())) resolve();
      });
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));

    const store = openWorkspace(join(dir, 'ws.sqlite'), { readonly: true });
    const [run] = store.runs.list();
    const cells = store.runs.cells(run?.id ?? '');
    const records = store.audit.list({ runId: run?.id, limit: 100 });
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.length).toBeLessThan(12);
    expect(records.map((r) => r.caseKey).sort()).toEqual(cells.map((c) => c.caseKey).sort());
    expect(store.audit.verify().ok).toBe(true);
    store.close();

    const backend = await createBackend({ workspacePath: join(dir, 'ws.sqlite'), user: 'me' });
    const runs = (await backend.call('runs.list', {})) as { status: string }[];
    expect(runs[0]?.status).toBe('interrupted');
    await backend.close();
  });

  it('stops cleanly on Ctrl+C: the run is interrupted, reported, and retry finishes it', async () => {
    const dir = tempDir('pl-sigint-');
    const ws = ['--workspace', join(dir, 'ws.sqlite')];
    writeFileSync(join(dir, 'p.yaml'), prompt);
    writeFileSync(join(dir, 'g.csv'), golden);
    await runCli([...ws, 'prompt', 'save', 'slow', '--file', join(dir, 'p.yaml')]);
    await runCli([...ws, 'golden', 'import', join(dir, 'g.csv'), '--name', 'g']);

    const args = ['--prompt', 'slow@1', '--golden', 'g', '--endpoint', server.url, '--model', 'm'];
    const child = spawn(process.execPath, [bin, ...ws, 'replay', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/replay: [1-9]\d*\/12 cells/.test(stderr)) resolve();
      });
    });
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('close', resolve));

    expect(code).toBe(1);
    expect(stderr).toContain('finish it later with: promptledger retry ');
    expect(stdout).toMatch(/^run \S+ on g snapshot 1/);
    const runId = /retry (\S+)/.exec(stderr)?.[1] ?? 'missing';
    expect((await runCli([...ws, 'runs'])).stdout).toContain(`${runId}`);
    expect((await runCli([...ws, 'runs'])).stdout).toContain('interrupted');

    const retried = await runCli([...ws, 'retry', runId]);
    expect(retried.code).toBe(0);
    expect((await runCli([...ws, 'runs'])).stdout).toContain('finished');
  });
});
