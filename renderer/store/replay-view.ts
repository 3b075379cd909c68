import type { Cell, Regression, RunReport } from '../../shared/domain/index.ts';
import { wordDiff, type DiffPart } from '../../shared/diff/index.ts';
import { cellKey, regressedCases, rowKeys } from './replay-logic.ts';
import type { AppState } from './types.ts';

/** Rows = cases, columns = variants; the grid asks for each visible row's cells by key. */
export type GridSource = Pick<
  AppState,
  'run' | 'runId' | 'cellsByRun' | 'runCaseKeys' | 'report' | 'regressionsOnly'
>;

/** The case keys the grid shows, in golden order; only regressed ones when filtered. */
export function gridRowKeys(s: GridSource): string[] {
  if (s.runId === null || s.run === null) return [];

  const cells = s.cellsByRun[s.runId] ?? {};
  const keys = rowKeys(
    s.runCaseKeys,
    Object.values(cells).map((c) => c.caseKey),
  );
  if (!s.regressionsOnly) return keys;

  const regressed = regressedCases(s.report);
  return keys.filter((k) => regressed.has(k));
}

/** One row's cells, one per variant, null where none arrived yet. */
export function rowCells(
  cells: Record<string, Cell> | undefined,
  caseKey: string,
  variants: number,
): Array<Cell | null> {
  return Array.from({ length: variants }, (_, i) => cells?.[cellKey(caseKey, i)] ?? null);
}

/** Regressions by cell key, so each row finds its own without scanning the report. */
export function regressionIndex(report: RunReport | null): Map<string, Regression> {
  const index = new Map<string, Regression>();
  for (const r of report?.regressions ?? []) index.set(cellKey(r.caseKey, r.variantIndex), r);
  return index;
}

/** Word diff of a cell's output against the baseline's; null for the baseline or no output. */
export function cellDiff(
  output: string | null | undefined,
  baseOutput: string | null | undefined,
  isBase: boolean,
): DiffPart[] | null {
  if (isBase || output == null || baseOutput == null) return null;

  return wordDiff(baseOutput, output);
}

/** A compact figure for the summary table. */
export function fmt(value: number | null, digits = 0, unit = ''): string {
  return value === null ? '—' : `${value.toFixed(digits)}${unit}`;
}
