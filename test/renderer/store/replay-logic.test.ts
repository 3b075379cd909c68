import { describe, expect, it } from 'vitest';
import type { Cell, Run, RunId, RunReport } from '../../../shared/domain/index.ts';
import {
  modelPickKey,
  rowKeys,
  variantsOf,
  versionPickKey,
} from '../../../renderer/store/replay-logic.ts';
import { replayGrid, type GridSource } from '../../../renderer/store/replay-view.ts';

const runId = 'run-1' as RunId;

function cell(caseKey: string, variantIndex: number, output: string | null): Cell {
  return {
    runId,
    caseKey,
    variantIndex,
    status: output === null ? 'error' : 'ok',
    output,
    finishReason: 'stop',
    ttftMs: null,
    latencyMs: 10,
    tokensIn: 1,
    tokensOut: 1,
    cost: 0,
    returnedModel: null,
    fingerprint: null,
    error: output === null ? { kind: 'server', message: 'boom' } : null,
    checks: [],
    agreement: null,
    createdAt: '2026-01-01T00:00:00Z',
  };
}

describe('replay store logic', () => {
  it('forms variants as versions × models with the first pick as the baseline column', () => {
    const variants = variantsOf(
      [versionPickKey('support/triage', 1), versionPickKey('support/triage', 2)],
      [modelPickKey('ep1', 'm::a'), modelPickKey('ep1', 'b')],
    );
    expect(variants.map((v) => `${v.slug}@${v.version}/${v.model}`)).toEqual([
      'support/triage@1/m::a',
      'support/triage@1/b',
      'support/triage@2/m::a',
      'support/triage@2/b',
    ]);
  });

  it('keeps golden case order and appends keys only the cells know', () => {
    expect(rowKeys(['a', 'b'], ['c', 'b', 'c'])).toEqual(['a', 'b', 'c']);
  });

  it('diffs each cell against the baseline column and filters to regressions', () => {
    const run = {
      id: runId,
      variants: [{}, {}],
      baselineIndex: 0,
    } as unknown as Run;
    const cells = Object.fromEntries(
      [
        cell('a', 0, 'hello there'),
        cell('a', 1, 'hello world'),
        cell('b', 0, 'x'),
        cell('b', 1, null),
      ].map((c) => [`${c.variantIndex}\u0000${c.caseKey}`, c]),
    );
    const report = {
      regressions: [{ caseKey: 'b', variantIndex: 1, reasons: ['error'], detail: 'boom' }],
    } as unknown as RunReport;
    const source: GridSource = {
      run,
      runId,
      cellsByRun: { [runId]: cells },
      runCaseKeys: ['a', 'b'],
      report,
      regressionsOnly: false,
    };

    const rows = replayGrid(source);
    expect(rows[0]?.cells[0]?.diff).toBeNull();
    expect(rows[0]?.cells[1]?.diff).toEqual([
      { kind: 'same', text: 'hello ' },
      { kind: 'removed', text: 'there' },
      { kind: 'added', text: 'world' },
    ]);
    expect(rows[1]?.cells[1]?.regression?.reasons).toEqual(['error']);

    const only = replayGrid({ ...source, regressionsOnly: true });
    expect(only.map((r) => r.caseKey)).toEqual(['b']);
  });
});
