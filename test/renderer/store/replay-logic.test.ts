import { describe, expect, it } from 'vitest';
import type { Cell, Run, RunId, RunReport } from '../../../shared/domain/index.ts';
import {
  cellsToRetry,
  mergeCells,
  modelPickKey,
  rowKeys,
  runModels,
  variantsOf,
  versionPickKey,
} from '../../../renderer/store/replay-logic.ts';
import {
  cellDiff,
  gridRowKeys,
  regressionIndex,
  rowCells,
  type GridSource,
} from '../../../renderer/store/replay-view.ts';

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

  it('diffs a cell against the baseline column and filters rows to regressions', () => {
    const run = {
      id: runId,
      variants: [{}, {}],
      baselineIndex: 0,
    } as unknown as Run;
    const cells = mergeCells({}, [
      cell('a', 0, 'hello there'),
      cell('a', 1, 'hello world'),
      cell('b', 0, 'x'),
      cell('b', 1, null),
    ]);
    const report = {
      regressions: [{ caseKey: 'b', variantIndex: 1, reasons: ['error'], detail: 'boom' }],
    } as unknown as RunReport;
    const source: GridSource = {
      run,
      runId,
      cellsByRun: cells,
      runCaseKeys: ['a', 'b'],
      report,
      regressionsOnly: false,
    };

    expect(gridRowKeys(source)).toEqual(['a', 'b']);
    const [base, other] = rowCells(cells[runId], 'a', 2);
    expect(cellDiff(base?.output, base?.output, true)).toBeNull();
    expect(cellDiff(other?.output, base?.output, false)).toEqual([
      { kind: 'same', text: 'hello ' },
      { kind: 'removed', text: 'there' },
      { kind: 'added', text: 'world' },
    ]);
    expect(rowCells(cells[runId], 'c', 2)).toEqual([null, null]);
    expect(regressionIndex(report).get('1\u0000b')?.reasons).toEqual(['error']);
    expect(gridRowKeys({ ...source, regressionsOnly: true })).toEqual(['b']);
  });

  it('merges a batch of cells into their runs without touching other runs', () => {
    const other = { 'run-2': { k: cell('z', 0, 'z') } };
    const merged = mergeCells(other, [cell('a', 0, 'one'), cell('a', 0, 'two'), cell('b', 1, 'x')]);
    expect(Object.keys(merged[runId] ?? {})).toHaveLength(2);
    expect(merged[runId]?.['0\u0000a']?.output).toBe('two');
    expect(merged['run-2']).toBe(other['run-2']);
  });

  it('counts failed and never-run cells as the ones a retry runs again', () => {
    const run = { caseCount: 3, variants: [{}, {}] } as unknown as Run;
    const cells = [cell('a', 0, 'ok'), cell('a', 1, null), cell('b', 0, 'ok')];
    expect(cellsToRetry({ run, cells } as unknown as RunReport)).toBe(4);
    expect(cellsToRetry(null)).toBe(0);
  });

  it('names the models a run compared, each once', () => {
    const run = { variants: [{ model: 'm1' }, { model: 'm2' }, { model: 'm1' }] } as unknown as Run;
    expect(runModels(run)).toBe('m1, m2');
  });
});
