import type { Cell, Run, RunReport, Variant } from '../../../shared/domain/index.ts';
import { out, table } from '../output.ts';

const percent = (rate: number | null) => (rate === null ? '-' : `${(rate * 100).toFixed(0)}%`);
const ms = (value: number | null) => (value === null ? '-' : `${Math.round(value)} ms`);
const label = (v: Variant | undefined) => (v ? `${v.slug}@${v.version} ${v.model}` : '?');

/** How many lines of each kind of finding to print; the rest are in the --report file. */
const SHOWN = 10;

/** The run summary per variant, then why cells failed and what regressed, on stdout. */
export function printReport({ run, cells, summaries, regressions }: RunReport): void {
  const header = ['variant', 'cells', 'errors', 'checks', 'agreement', 'p50', 'p95', 'tokens'];
  const rows = summaries.map((s) => [
    `${s.variantIndex === run.baselineIndex ? '*' : ' '} ${label(run.variants[s.variantIndex])}`,
    String(s.cells),
    String(s.errors),
    `${s.checksPassed}/${s.checksPassed + s.checksFailed}`,
    percent(s.agreementRate),
    ms(s.latencyP50),
    ms(s.latencyP95),
    `${s.tokensIn}+${s.tokensOut}`,
  ]);
  out(`run ${run.id} on ${run.goldenName} snapshot ${run.snapshotNumber} (* = baseline)`);
  out(table([header, ...rows]));

  printSome(errorLines(run, cells));
  printSome(failedCheckLines(run, cells));
  printSome(
    regressions.map(
      (r) => `regression: case ${r.caseKey}, ${label(run.variants[r.variantIndex])}: ${r.detail}`,
    ),
  );
}

function errorLines(run: Run, cells: Cell[]): string[] {
  return cells
    .filter((cell) => cell.error)
    .map((cell) => {
      const where = `case ${cell.caseKey}, ${label(run.variants[cell.variantIndex])}`;
      return `error: ${where}: ${cell.error?.kind}: ${cell.error?.message}`;
    });
}

function failedCheckLines(run: Run, cells: Cell[]): string[] {
  return cells.flatMap((cell) =>
    cell.checks
      .filter((check) => !check.pass)
      .map((check) => {
        const where = `case ${cell.caseKey}, ${label(run.variants[cell.variantIndex])}`;
        return `check failed: ${where}: ${check.name}: ${check.detail}`;
      }),
  );
}

function printSome(lines: string[]): void {
  lines.slice(0, SHOWN).forEach((line) => out(line));
  if (lines.length > SHOWN) out(`… and ${lines.length - SHOWN} more like these (see --report)`);
}
