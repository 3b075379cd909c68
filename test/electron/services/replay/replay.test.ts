import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { retryFailed, startReplay } from '../../../../electron/services/replay/index.ts';
import { startModelServer, type ModelServer } from '../../../support/model-server/index.ts';
import { findRegressions, summarise } from '../../../../shared/summary/index.ts';
import type { Endpoint, EndpointId, Variant } from '../../../../shared/domain/index.ts';
import { addEndpoint, makeFixture, seedTriage, testCase, type Fixture } from './fixture.ts';

let fx: Fixture;
let server: ModelServer;

beforeEach(async () => {
  fx = makeFixture();
  server = await startModelServer({
    models: ['echo-1', 'echo-2'],
    script: [
      { model: 'echo-1', match: 'refund', answer: '{"category": "billing"}' },
      {
        model: 'echo-2',
        match: 'refund',
        answer: 'This is about billing.',
        returnedModel: 'echo-2-2026',
      },
    ],
  });
  seedTriage(fx.ws);
  fx.ws.golden.addSnapshot({
    name: 'tickets',
    sourceFile: 'tickets.jsonl',
    cases: [
      testCase('1', { ticket: 'I want a refund' }, '{"category": "billing"}'),
      testCase('2', { ticket: 'refund please', product: 'Acme' }),
      testCase('3', { ticket: 'cannot log in' }),
    ],
  });
});

afterEach(async () => {
  fx.cleanup();
  await server.close();
});

function variants(endpointId: EndpointId): Variant[] {
  return [1, 2].flatMap((version) =>
    ['echo-1', 'echo-2'].map((model) => ({ slug: 'support/triage', version, endpointId, model })),
  );
}

/** Replays support/triage v1 on echo-1 over the tickets set and waits for the run to end. */
async function replayTriageV1(url: string, over: Partial<Endpoint> = {}) {
  const endpoint = addEndpoint(fx.ws, url, over);
  const variant = { slug: 'support/triage', version: 1, endpointId: endpoint.id, model: 'echo-1' };
  const { run, done } = startReplay(fx.deps, {
    golden: 'tickets',
    variants: [variant],
    baselineIndex: 0,
  });
  await done;
  return run;
}

describe('replay', () => {
  it('runs two versions on two models as four columns of cells', async () => {
    const endpoint = addEndpoint(fx.ws, server.url);
    const { run, done } = startReplay(fx.deps, {
      golden: 'tickets',
      variants: variants(endpoint.id),
      baselineIndex: 0,
    });
    expect(run.status).toBe('running');

    const finished = await done;
    const cells = fx.ws.runs.cells(run.id);
    expect(finished.status).toBe('finished');
    expect(cells).toHaveLength(12);
    expect(
      [0, 1, 2, 3].map((index) => cells.filter((cell) => cell.variantIndex === index).length),
    ).toEqual([3, 3, 3, 3]);
    expect(cells.every((cell) => cell.status === 'ok')).toBe(true);

    const v2echo1 = cells.find((cell) => cell.variantIndex === 2 && cell.caseKey === '1');
    expect(v2echo1?.checks.map((check) => check.pass)).toEqual([true, true]);
    expect(cells.find((cell) => cell.variantIndex === 1)?.returnedModel).toBe('echo-2-2026');
  });

  it('sends the rendered messages with the version params under the variant overrides', async () => {
    const endpoint = addEndpoint(fx.ws, server.url);
    const variant = {
      slug: 'support/triage',
      version: 2,
      endpointId: endpoint.id,
      model: 'echo-1',
      overrides: { temperature: 1 },
    };
    await startReplay(fx.deps, { golden: 'tickets', variants: [variant], baselineIndex: 0 }).done;

    const sent = server.requests.find(
      (req) => req.body?.messages?.[1]?.content === 'Ticket: refund please',
    );
    expect(sent?.body).toMatchObject({ model: 'echo-1', temperature: 1, max_tokens: 64 });
    expect(sent?.body?.messages?.[0]?.content).toBe('Answer in JSON for Acme.');
  });

  it('saves one audit record per call, emits cells and progress, and grades against the baseline', async () => {
    const endpoint = addEndpoint(fx.ws, server.url);
    const { run, done } = startReplay(fx.deps, {
      golden: 'tickets',
      variants: variants(endpoint.id),
      baselineIndex: 0,
    });
    await done;

    const records = fx.ws.audit.list({ runId: run.id });
    expect(records).toHaveLength(12);
    expect(records[0]).toMatchObject({
      kind: 'call',
      userContext: 'tester@example.com',
      promptSlug: 'support/triage',
    });
    expect(
      records.every((record) => record.inputHash.length === 64 && record.outputHash?.length === 64),
    ).toBe(true);
    expect(fx.ws.audit.verify().ok).toBe(true);

    expect(fx.events.filter((item) => item.event === 'run.cell')).toHaveLength(12);
    expect(fx.events.at(-2)).toEqual({
      event: 'run.progress',
      payload: { runId: run.id, done: 12, total: 12 },
    });
    expect(fx.events.at(-1)).toEqual({
      event: 'run.finished',
      payload: { runId: run.id, status: 'finished' },
    });

    const cells = fx.ws.runs.cells(run.id);
    const summaries = summarise(fx.ws.runs.get(run.id), cells);
    expect(summaries[0]).toMatchObject({
      cells: 3,
      errors: 0,
      agreementRate: 1,
      agreementCases: 1,
    });
    expect(summaries[1]).toMatchObject({ agreementRate: 0, regressions: 1 });
    expect(
      findRegressions(fx.ws.runs.get(run.id), cells).find((item) => item.variantIndex === 1),
    ).toMatchObject({
      caseKey: '1',
      reasons: ['agreement-lost'],
    });
  });

  it('retries a 429 after its Retry-After and records one audit entry for the call', async () => {
    server.script({ times: 1, fault: { kind: 'rate-limit', retryAfterSeconds: 0.2 } });
    const run = await replayTriageV1(server.url, { concurrency: 1 });

    expect(fx.ws.runs.cells(run.id).every((cell) => cell.status === 'ok')).toBe(true);
    expect(server.requests).toHaveLength(4);
    expect(fx.ws.audit.list({ runId: run.id })).toHaveLength(3);
  });

  it('fills cells with connection errors for an unreachable endpoint and still finishes', async () => {
    const endpoint = addEndpoint(fx.ws, 'http://127.0.0.1:1/v1');
    const variant = {
      slug: 'support/triage',
      version: 1,
      endpointId: endpoint.id,
      model: 'echo-1',
    };
    const { run, done } = startReplay(fx.deps, {
      golden: 'tickets',
      variants: [variant],
      baselineIndex: 0,
    });

    expect((await done).status).toBe('finished');
    const cells = fx.ws.runs.cells(run.id);
    expect(cells).toHaveLength(3);
    expect(cells.every((cell) => cell.error?.kind === 'connection')).toBe(true);
    expect(cells[0]?.error?.message).toContain('connection refused at http://127.0.0.1:1/v1');
    expect(
      fx.ws.audit
        .list({ runId: run.id })
        .every((record) => record.error?.startsWith('connection:')),
    ).toBe(true);
  });

  it('refuses to start when a case lacks a variable, naming it and the case, and creates no run', () => {
    fx.ws.golden.addSnapshot({
      name: 'tickets',
      sourceFile: 'tickets.jsonl',
      cases: [testCase('1', { ticket: 'refund' }), testCase('3', { subject: 'no ticket here' })],
    });
    const endpoint = addEndpoint(fx.ws, server.url);
    const variant = {
      slug: 'support/triage',
      version: 2,
      endpointId: endpoint.id,
      model: 'echo-1',
    };

    expect(() =>
      startReplay(fx.deps, { golden: 'tickets', variants: [variant], baselineIndex: 0 }),
    ).toThrow(
      "replay: cannot start: variable 'ticket' is not defined in 1 of 2 cases (3) for support/triage v2",
    );
    expect(fx.ws.runs.list()).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it('retries only the failed cells and replaces them', async () => {
    server.script({ match: 'log in', times: 1, fault: { kind: 'server' } });
    const run = await replayTriageV1(server.url);
    const before = fx.ws.runs.cells(run.id);
    expect(before.map((cell) => cell.status)).toEqual(['ok', 'ok', 'error']);

    const retried = retryFailed(fx.deps, run.id);
    expect((await retried.done).status).toBe('finished');
    const after = fx.ws.runs.cells(run.id);
    expect(after.map((cell) => cell.status)).toEqual(['ok', 'ok', 'ok']);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(server.requests).toHaveLength(4);
    expect(fx.ws.audit.list({ runId: run.id })).toHaveLength(4);
  });
});
