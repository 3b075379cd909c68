import type { Cell, Regression, Run } from '../domain/index.ts';
import { similarity } from '../diff/index.ts';

type Reason = Regression['reasons'][number];

interface Finding {
  reason: Reason;
  detail: string;
}

/**
 * Cells that got worse than the same case in the baseline column: a check that passed there
 * and fails here (matched by check name), agreement with the expected output lost, an
 * error where the baseline answered, or (when the run sets `minSimilarity`) an output less
 * similar than that to the baseline's. Cases missing from the baseline are not compared.
 */
export function findRegressions(run: Run, cells: Cell[]): Regression[] {
  const baseline = new Map(
    cells
      .filter((cell) => cell.variantIndex === run.baselineIndex)
      .map((cell) => [cell.caseKey, cell]),
  );

  return cells.flatMap((cell) => {
    const base = baseline.get(cell.caseKey);
    if (!base || cell.variantIndex === run.baselineIndex) return [];

    const findings = compare(base, cell, run.minSimilarity);
    if (findings.length === 0) return [];
    return [toRegression(cell, findings)];
  });
}

function compare(base: Cell, cell: Cell, minSimilarity: number | null): Finding[] {
  if (cell.status === 'error') return erroredAgainst(base, cell);
  return [
    ...checksLost(base, cell),
    ...agreementLost(base, cell),
    ...outputChanged(base, cell, minSimilarity),
  ];
}

function outputChanged(base: Cell, cell: Cell, minSimilarity: number | null): Finding[] {
  if (minSimilarity === null || base.status === 'error') return [];
  const score = similarity(base.output ?? '', cell.output ?? '');
  if (score >= minSimilarity) return [];
  const detail = `output changed: similarity ${score.toFixed(2)} to the baseline is below ${minSimilarity}`;
  return [{ reason: 'output-changed', detail }];
}

function erroredAgainst(base: Cell, cell: Cell): Finding[] {
  if (base.status === 'error') return [];
  const why = cell.error ? `${cell.error.kind}: ${cell.error.message}` : 'unknown error';
  return [{ reason: 'error', detail: `error where baseline answered (${why})` }];
}

function checksLost(base: Cell, cell: Cell): Finding[] {
  const passedBefore = new Set(
    base.checks.filter((check) => check.pass).map((check) => check.name),
  );
  return cell.checks
    .filter((check) => !check.pass && passedBefore.has(check.name))
    .map((check) => ({
      reason: 'check-failed' as const,
      detail: `${check.name} now fails: ${check.detail}`,
    }));
}

function agreementLost(base: Cell, cell: Cell): Finding[] {
  if (!base.agreement?.normalised || cell.agreement?.normalised) return [];
  return [{ reason: 'agreement-lost', detail: 'no longer agrees with the expected output' }];
}

function toRegression(cell: Cell, findings: Finding[]): Regression {
  return {
    caseKey: cell.caseKey,
    variantIndex: cell.variantIndex,
    reasons: [...new Set(findings.map((finding) => finding.reason))],
    detail: findings.map((finding) => finding.detail).join('; '),
  };
}
