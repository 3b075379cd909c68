import { accessSync, constants, existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Backend } from '../../backend/index.ts';
import type { RunReport } from '../../../shared/domain/index.ts';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../exit.ts';
import { err } from '../output.ts';
import { printReport } from './report.ts';

/** Refuses a report path that cannot be written before any work is done. */
export function checkReportPath(file: string | undefined, option = '--report'): void {
  if (file === undefined) return;
  const folder = dirname(resolve(file));
  if (!existsSync(folder)) throw new UsageError(`${option}: no such folder ${folder}`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new UsageError(`${option}: cannot write in ${folder}`);
  }
}

/** Progress on stderr at most once a second, and always the last step. */
function progressPrinter(): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 1000) return;
    last = now;
    err(`replay: ${done}/${total} cells`);
  };
}

/**
 * Calls a method that starts (or resumes) a run, waits for the backend to announce that it
 * finished, and returns its report.
 */
export async function runToEnd(
  backend: Backend,
  method: 'replay.start' | 'replay.retryFailed',
  input: object,
): Promise<RunReport> {
  const finished = new Set<string>();
  const waiting = new Map<string, () => void>();
  const progress = progressPrinter();
  const stop = backend.subscribe((event, payload) => {
    const { runId, done, total } = payload as { runId: string; done: number; total: number };
    if (event === 'run.progress') progress(done, total);
    if (event !== 'run.finished') return;
    finished.add(runId);
    waiting.get(runId)?.();
  });

  try {
    const { runId } = (await backend.call(method, input)) as { runId: string };
    const report = (await backend.call('runs.report', { runId })) as RunReport;
    // A retry with nothing left to run starts nothing, so no event will come.
    if (finished.has(runId) || report.run.status !== 'running') return report;

    // Ctrl+C stops the run cleanly: completed cells stay, and `retry` can finish it later.
    const interrupt = () => {
      err(`replay: cancelling; finish it later with: promptledger retry ${runId}`);
      void backend.call('replay.cancel', { runId });
    };
    process.once('SIGINT', interrupt);
    await new Promise<void>((done) => waiting.set(runId, done));
    process.removeListener('SIGINT', interrupt);
    return (await backend.call('runs.report', { runId })) as RunReport;
  } finally {
    stop();
  }
}

/** Writes the report file if asked, prints the summary; exit 1 on a failure or regression. */
export function conclude(report: RunReport, reportFile: string | undefined): number {
  if (reportFile) writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  const failed = report.summaries.some((s) => s.checksFailed > 0 || s.errors > 0);
  return failed || report.regressions.length > 0 ? EXIT_FAILED : EXIT_OK;
}
