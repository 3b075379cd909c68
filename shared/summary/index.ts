import type { Cell, Regression, Run, VariantSummary } from '../domain/index.ts';
import { findRegressions } from './regressions.ts';

export { findRegressions } from './regressions.ts';

/** The p-th percentile by nearest rank (p in 0..100) of unsorted values, or null when empty. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;

  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

function sum(values: Array<number | null>): number {
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

/**
 * One summary per variant. Agreement rate is over cells whose case has an expected output
 * (the replay marks an errored cell of such a case as not agreeing); latency percentiles are
 * over cells that answered.
 */
export function summarise(run: Run, cells: Cell[]): VariantSummary[] {
  const regressions = findRegressions(run, cells);
  return run.variants.map((_variant, variantIndex) =>
    summariseVariant(
      variantIndex,
      cells.filter((cell) => cell.variantIndex === variantIndex),
      regressions,
    ),
  );
}

function summariseVariant(
  variantIndex: number,
  cells: Cell[],
  regressions: Regression[],
): VariantSummary {
  const ok = cells.filter((cell) => cell.status === 'ok');
  const checks = ok.flatMap((cell) => cell.checks);
  const graded = cells.filter((cell) => cell.agreement !== null);
  const agreeing = graded.filter((cell) => cell.agreement?.normalised).length;
  const latencies = ok
    .map((cell) => cell.latencyMs)
    .filter((value): value is number => value !== null);

  return {
    variantIndex,
    cells: cells.length,
    errors: cells.length - ok.length,
    checksPassed: checks.filter((check) => check.pass).length,
    checksFailed: checks.filter((check) => !check.pass).length,
    casesAllChecksPass: ok.filter((cell) => cell.checks.every((check) => check.pass)).length,
    agreementRate: graded.length === 0 ? null : agreeing / graded.length,
    agreementCases: graded.length,
    latencyP50: percentile(latencies, 50),
    latencyP95: percentile(latencies, 95),
    tokensIn: sum(cells.map((cell) => cell.tokensIn)),
    tokensOut: sum(cells.map((cell) => cell.tokensOut)),
    cost: sum(cells.map((cell) => cell.cost)),
    regressions: regressions.filter((item) => item.variantIndex === variantIndex).length,
  };
}
