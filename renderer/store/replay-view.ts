import type { Cell, Regression } from '../../shared/domain/index.ts';
import { wordDiff, type DiffPart } from '../../shared/diff/index.ts';
import { cellKey, regressedCases, rowKeys } from './replay-logic.ts';
import type { AppState } from './types.ts';

export interface GridCell {
  cell: Cell | null;
  /** Word diff against the baseline column's output; null for the baseline or no output. */
  diff: DiffPart[] | null;
  regression: Regression | null;
}

export interface GridRow {
  caseKey: string;
  regressed: boolean;
  cells: GridCell[];
}

function gridCell(cell: Cell | null, base: Cell | null, isBase: boolean, reg: Regression | null) {
  const comparable = !isBase && cell?.output != null && base?.output != null;
  const diff = comparable ? wordDiff(base?.output ?? '', cell?.output ?? '') : null;
  return { cell, diff, regression: reg };
}

/** Rows = cases, columns = variants, with diffs against the baseline and regression marks. */
export type GridSource = Pick<
  AppState,
  'run' | 'runId' | 'cellsByRun' | 'runCaseKeys' | 'report' | 'regressionsOnly'
>;

export function replayGrid(s: GridSource): GridRow[] {
  const run = s.run;
  if (s.runId === null || run === null) return [];

  const cells = s.cellsByRun[s.runId] ?? {};
  const keys = rowKeys(
    s.runCaseKeys,
    Object.values(cells).map((c) => c.caseKey),
  );
  const regressed = regressedCases(s.report);
  const regressions = s.report?.regressions ?? [];
  const base = run.baselineIndex;

  const rows = keys.map((caseKey) => {
    const at = (i: number) => cells[cellKey(caseKey, i)] ?? null;
    const reg = (i: number) =>
      regressions.find((r) => r.caseKey === caseKey && r.variantIndex === i) ?? null;
    const row = run.variants.map((_, i) => gridCell(at(i), at(base), i === base, reg(i)));
    return { caseKey, regressed: regressed.has(caseKey), cells: row };
  });
  return s.regressionsOnly ? rows.filter((r) => r.regressed) : rows;
}

/** A compact figure for the summary table. */
export function fmt(value: number | null, digits = 0, unit = ''): string {
  return value === null ? '—' : `${value.toFixed(digits)}${unit}`;
}
