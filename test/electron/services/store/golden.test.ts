import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GoldenCase } from '../../../../shared/domain/index.ts';
import { openWorkspace, type Workspace } from '../../../../electron/services/store/index.ts';
import { tempFile } from './helpers.ts';

let ws: Workspace;
beforeEach(() => {
  ws = openWorkspace(tempFile());
});
afterEach(() => ws.close());

const golden = (key: string, vars: Record<string, unknown>): GoldenCase => ({
  key,
  vars,
  expected: null,
  tags: [],
  note: '',
  source: { file: 'g.csv', row: 1 },
});

describe('store: golden snapshots', () => {
  it('numbers snapshots per set and returns the latest by default', () => {
    ws.golden.addSnapshot({
      name: 'tickets',
      sourceFile: 'a.csv',
      cases: [golden('1', { t: 'a' })],
    });
    const second = ws.golden.addSnapshot({
      name: 'tickets',
      sourceFile: 'b.csv',
      cases: [golden('1', { t: 'b' }), golden('2', { u: 1 })],
    });
    expect(second).toMatchObject({ number: 2, caseCount: 2, columns: ['t', 'u'] });
    expect(ws.golden.snapshot('tickets').cases.map((c) => c.vars)).toEqual([{ t: 'b' }, { u: 1 }]);
    expect(ws.golden.snapshot('tickets', 1).cases[0]?.vars).toEqual({ t: 'a' });
    expect(ws.golden.list()).toMatchObject([{ name: 'tickets', latestSnapshot: 2 }]);
  });

  it('refuses a raw change to a stored snapshot or case', () => {
    ws.golden.addSnapshot({
      name: 'tickets',
      sourceFile: 'a.csv',
      cases: [golden('1', { t: 'a' })],
    });
    const raw = new Database(ws.path);
    expect(() => raw.prepare("UPDATE golden_cases SET vars = '{}'").run()).toThrow(/immutable/);
    expect(() => raw.prepare('DELETE FROM golden_snapshots').run()).toThrow(/immutable/);
    raw.close();
  });

  it('stores nothing when a snapshot has duplicate keys', () => {
    const cases = [golden('1', {}), golden('1', {})];
    expect(() => ws.golden.addSnapshot({ name: 'x', sourceFile: 'a.csv', cases })).toThrow(
      /duplicate/,
    );
    expect(ws.golden.list()).toEqual([]);
  });
});

describe('store: runs', () => {
  it('replaces a retried cell and finishes the run', () => {
    const snap = ws.golden.addSnapshot({
      name: 's',
      sourceFile: 'a.csv',
      cases: [golden('1', {})],
    });
    const endpoint = ws.endpoints.ensureByUrl('http://127.0.0.1:9/v1/');
    expect(ws.endpoints.ensureByUrl('http://127.0.0.1:9/v1').id).toBe(endpoint.id);
    const variant = { slug: 'p', version: 1, endpointId: endpoint.id, model: 'm' };
    const run = ws.runs.create({ snapshotId: snap.id, variants: [variant], baselineIndex: 0 });
    const cell = {
      runId: run.id,
      caseKey: '1',
      variantIndex: 0,
      status: 'error' as const,
      output: null,
      finishReason: null,
      ttftMs: null,
      latencyMs: null,
      tokensIn: null,
      tokensOut: null,
      cost: null,
      returnedModel: null,
      fingerprint: null,
      error: { kind: 'timeout' as const, message: 't' },
      checks: [],
      agreement: null,
      createdAt: new Date().toISOString(),
    };
    ws.runs.saveCell(cell);
    ws.runs.saveCell({ ...cell, status: 'ok', output: 'fine', error: null });
    expect(ws.runs.cells(run.id)).toMatchObject([{ status: 'ok', output: 'fine' }]);
    expect(ws.runs.finish(run.id, 'finished')).toMatchObject({
      status: 'finished',
      caseCount: 1,
      goldenName: 's',
    });
  });
});
