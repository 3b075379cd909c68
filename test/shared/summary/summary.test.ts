import { describe, expect, it } from 'vitest';
import { findRegressions, percentile, summarise } from '../../../shared/summary/index.ts';
import type {
  Cell,
  CheckResult,
  Run,
  RunId,
  SnapshotId,
  EndpointId,
} from '../../../shared/domain/index.ts';

const runId = 'run-1' as RunId;
const variant = (version: number) => ({
  slug: 'support/triage',
  version,
  endpointId: 'ep' as EndpointId,
  model: 'echo-1',
});
const run: Run = {
  id: runId,
  snapshotId: 'snap' as SnapshotId,
  goldenName: 'tickets',
  snapshotNumber: 1,
  variants: [variant(1), variant(2)],
  baselineIndex: 0,
  minSimilarity: null,
  status: 'finished',
  caseCount: 3,
  startedAt: '2026-01-01T00:00:00Z',
  finishedAt: null,
};

const check = (name: string, pass: boolean): CheckResult => ({
  name,
  type: 'contains',
  pass,
  detail: name,
});

function cell(caseKey: string, variantIndex: number, over: Partial<Cell> = {}): Cell {
  return {
    runId,
    caseKey,
    variantIndex,
    status: 'ok',
    output: 'x',
    finishReason: 'stop',
    ttftMs: 5,
    latencyMs: 100,
    tokensIn: 10,
    tokensOut: 5,
    cost: 0.001,
    returnedModel: 'echo-1',
    fingerprint: 'fp',
    error: null,
    checks: [check('json', true)],
    agreement: { exact: true, normalised: true },
    createdAt: '2026-01-01T00:00:01Z',
    ...over,
  };
}

const failed = {
  status: 'error' as const,
  output: null,
  latencyMs: null,
  tokensIn: null,
  tokensOut: null,
  cost: null,
};

const cells: Cell[] = [
  cell('1', 0),
  cell('2', 0, { latencyMs: 300 }),
  cell('3', 0, { agreement: null }),
  cell('1', 1, { checks: [check('json', false)], latencyMs: 200 }),
  cell('2', 1, { agreement: { exact: false, normalised: false } }),
  cell('3', 1, {
    ...failed,
    agreement: null,
    checks: [],
    error: { kind: 'timeout', message: 'slow' },
  }),
];

describe('percentile', () => {
  it('takes the nearest rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('findRegressions', () => {
  it('flags a check that went from pass to fail, lost agreement and a new error', () => {
    expect(findRegressions(run, cells)).toEqual([
      { caseKey: '1', variantIndex: 1, reasons: ['check-failed'], detail: 'json now fails: json' },
      {
        caseKey: '2',
        variantIndex: 1,
        reasons: ['agreement-lost'],
        detail: 'no longer agrees with the expected output',
      },
      {
        caseKey: '3',
        variantIndex: 1,
        reasons: ['error'],
        detail: 'error where baseline answered (timeout: slow)',
      },
    ]);
  });

  it('does not flag a check that also failed in the baseline', () => {
    const both = [
      cell('1', 0, { checks: [check('json', false)] }),
      cell('1', 1, { checks: [check('json', false)] }),
    ];
    expect(findRegressions(run, both)).toEqual([]);
  });

  it("flags an output that drifted below the run's minimum similarity, and only then", () => {
    const pair = [
      cell('1', 0, { output: 'The parcel is on its way and arrives on Friday.' }),
      cell('1', 1, { output: 'Refunds take five working days.' }),
      cell('2', 0, { output: 'Your account is unlocked.' }),
      cell('2', 1, { output: 'Your account is now unlocked.' }),
    ];
    expect(findRegressions(run, pair)).toEqual([]);

    const strict = findRegressions({ ...run, minSimilarity: 0.7 }, pair);
    expect(strict).toHaveLength(1);
    expect(strict[0]).toMatchObject({ caseKey: '1', reasons: ['output-changed'] });
    expect(strict[0]?.detail).toMatch(/similarity 0\.\d\d to the baseline is below 0\.7/);
  });
});

describe('summarise', () => {
  it('sums each variant and counts its regressions', () => {
    const [base, candidate] = summarise(run, cells);

    expect(base).toEqual({
      variantIndex: 0,
      cells: 3,
      errors: 0,
      checksPassed: 3,
      checksFailed: 0,
      casesAllChecksPass: 3,
      agreementRate: 1,
      agreementCases: 2,
      latencyP50: 100,
      latencyP95: 300,
      tokensIn: 30,
      tokensOut: 15,
      cost: 0.003,
      regressions: 0,
    });
    expect(candidate).toMatchObject({
      cells: 3,
      errors: 1,
      checksFailed: 1,
      casesAllChecksPass: 1,
    });
    expect(candidate).toMatchObject({
      agreementRate: 0.5,
      latencyP50: 100,
      latencyP95: 200,
      regressions: 3,
    });
  });
});
