import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cancelReplay,
  retryFailed,
  startReplay,
} from '../../../../electron/services/replay/index.ts';
import { startModelServer, type ModelServer } from '../../../support/model-server/index.ts';
import { addEndpoint, makeFixture, saveVersion, testCase, type Fixture } from './fixture.ts';

let fx: Fixture;
let server: ModelServer;

beforeEach(async () => {
  fx = makeFixture();
  server = await startModelServer({ models: ['m'], script: [{ answer: 'ok', delayMs: 200 }] });
});

afterEach(async () => {
  fx.cleanup();
  await server.close();
});

describe('cancelling a replay', () => {
  it('aborts calls in flight, starts no more, ends interrupted, and retry finishes it', async () => {
    const keys = Array.from({ length: 10 }, (_, i) => `c${i}`);
    fx.ws.golden.addSnapshot({
      name: 'g',
      sourceFile: 'g.csv',
      cases: keys.map((key) => testCase(key, { ticket: key })),
    });
    saveVersion(fx.ws, 't', {});
    const endpoint = addEndpoint(fx.ws, server.url, { concurrency: 2 });
    const variant = { slug: 't', version: 1, endpointId: endpoint.id, model: 'm' };
    const { run, done } = startReplay(fx.deps, {
      golden: 'g',
      variants: [variant],
      baselineIndex: 0,
    });

    await expect.poll(() => fx.ws.runs.cells(run.id).length).toBeGreaterThan(0);
    expect(cancelReplay(run.id)).toBe(true);
    const ended = await done;

    expect(ended.status).toBe('interrupted');
    const cells = fx.ws.runs.cells(run.id);
    expect(cells.length).toBeLessThan(10);
    expect(cells.every((c) => c.status === 'ok' || c.error?.kind === 'cancelled')).toBe(true);
    expect(fx.ws.audit.list({ runId: run.id })).toHaveLength(cells.length);
    expect(cancelReplay(run.id)).toBe(false);

    const again = retryFailed(fx.deps, run.id);
    expect((await again.done).status).toBe('finished');
    expect(fx.ws.runs.cells(run.id).filter((c) => c.status === 'ok')).toHaveLength(10);
  });
});
