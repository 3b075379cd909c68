import type { RunReport, Variant } from '../../../shared/domain/index.ts';
import { out, table } from '../output.ts';

const percent = (rate: number | null) => (rate === null ? '-' : `${(rate * 100).toFixed(0)}%`);
const ms = (value: number | null) => (value === null ? '-' : `${Math.round(value)} ms`);
const label = (v: Variant | undefined) => (v ? `${v.slug}@${v.version} ${v.model}` : '?');

/** The run summary per variant, then each regression, on stdout. */
export function printReport({ run, summaries, regressions }: RunReport): void {
  const header = [
    'variant',
    'cells',
    'errors',
    'checks',
    'agreement',
    'p50',
    'p95',
    'tokens',
    'regressions',
  ];
  const rows = summaries.map((s) => [
    `${s.variantIndex === run.baselineIndex ? '*' : ' '} ${label(run.variants[s.variantIndex])}`,
    String(s.cells),
    String(s.errors),
    `${s.checksPassed}/${s.checksPassed + s.checksFailed}`,
    percent(s.agreementRate),
    ms(s.latencyP50),
    ms(s.latencyP95),
    `${s.tokensIn}+${s.tokensOut}`,
    String(s.regressions),
  ]);
  out(`run ${run.id} on ${run.goldenName} snapshot ${run.snapshotNumber} (* = baseline)`);
  out(table([header, ...rows]));
  for (const r of regressions) {
    out(`regression: case ${r.caseKey}, ${label(run.variants[r.variantIndex])}: ${r.detail}`);
  }
}
