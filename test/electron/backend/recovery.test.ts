import { join } from 'node:path';
import { tempDir } from '../../support/temp.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/index.ts';
import { openWorkspace } from '../../../electron/services/store/index.ts';
import type { RunId, RunReport, SnapshotId, Variant } from '../../../shared/domain/index.ts';
import { startModelServer, type ModelServer } from '../../support/model-server/index.ts';

/** Resolves when the backend announces that the run finished. */
function finished(backend: Backend, runId: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = backend.subscribe((event, payload) => {
      if (event === 'run.finished' && (payload as { runId: string }).runId === runId) {
        stop();
        resolve();
      }
    });
  });
}

describe('a run cut off by a crash', () => {
  let server: ModelServer | undefined;
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    await server?.close();
  });

  it('is marked interrupted on the next start, keeps its cells, and retry fills in the rest', async () => {
    server = await startModelServer({ models: ['m'] });
    const file = join(tempDir('pl-recovery-'), 'ws.sqlite');

    // The state a kill leaves: a run marked running with one of its three cells saved.
    const ws = openWorkspace(file);
    ws.versions.save({
      slug: 't',
      content: { messages: [{ role: 'user', content: '{{ ticket }}' }], model: {}, checks: [] },
      message: 'v1',
      author: 'me',
    });
    const snapshot = ws.golden.addSnapshot({
      name: 'tickets',
      sourceFile: 't.csv',
      cases: ['a', 'b', 'c'].map((key) => ({
        key,
        vars: { ticket: key },
        expected: null,
        tags: [],
        note: '',
        source: null,
      })),
    });
    const endpoint = ws.endpoints.ensureByUrl(server.url, 'test');
    const variant: Variant = { slug: 't', version: 1, endpointId: endpoint.id, model: 'm' };
    const run = ws.runs.create({
      snapshotId: snapshot.id as SnapshotId,
      variants: [variant],
      baselineIndex: 0,
    });
    ws.runs.saveCell({
      runId: run.id,
      caseKey: 'a',
      variantIndex: 0,
      status: 'ok',
      output: 'saved before the crash',
      finishReason: 'stop',
      ttftMs: 1,
      latencyMs: 2,
      tokensIn: 1,
      tokensOut: 1,
      cost: 0,
      returnedModel: 'm',
      fingerprint: null,
      error: null,
      checks: [],
      agreement: null,
      createdAt: new Date().toISOString(),
    });
    ws.close();

    backend = await createBackend({ workspacePath: file, user: 'me', seedSamples: false });
    const report = async () =>
      (await backend?.call('runs.report', { runId: run.id as RunId })) as RunReport;
    expect((await report()).run.status).toBe('interrupted');

    const done = finished(backend, run.id);
    await backend.call('replay.retryFailed', { runId: run.id });
    await done;

    const after = await report();
    expect(after.run.status).toBe('finished');
    expect(after.cells.map((cell) => [cell.caseKey, cell.output])).toEqual([
      ['a', 'saved before the crash'],
      ['b', 'echo: b'],
      ['c', 'echo: c'],
    ]);
    expect(server.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(2);
  });
});
