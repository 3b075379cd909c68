import PQueue from 'p-queue';
import type { Run, RunId } from '../../../shared/domain/index.ts';
import { logger } from '../logger.ts';
import { computeCell } from './cell.ts';
import { hashOnly, prepareVariants } from './prepare.ts';
import type {
  CellTask,
  PreparedVariant,
  ReplayDeps,
  ReplayHandle,
  ReplayRequest,
} from './types.ts';

export type { Emit, ReplayDeps, ReplayHandle, ReplayRequest } from './types.ts';

const log = logger('replay');

/** Runs under way in this process, so they can be cancelled. */
const running = new Map<string, AbortController>();

/**
 * Stops a run under way: calls in flight are aborted (their cells record `cancelled`), cells
 * not yet started are left for "retry failed", and the run ends as interrupted. False when
 * the run is not running in this process.
 */
export function cancelReplay(runId: string): boolean {
  const controller = running.get(runId);
  controller?.abort();
  return controller !== undefined;
}

/**
 * Starts a replay of a golden-set snapshot across variants. Everything is loaded and every
 * template rendered for every case first: a missing variable refuses the replay
 * (ApiError 'template') before a run exists. Cells are saved, audited and emitted one by one.
 */
export function startReplay(deps: ReplayDeps, req: ReplayRequest): ReplayHandle {
  const { snapshot, cases } = deps.ws.golden.snapshot(req.golden, req.snapshot);
  const prepared = prepareVariants(deps, req.variants, cases);
  const run = deps.ws.runs.create({
    snapshotId: snapshot.id,
    variants: req.variants,
    baselineIndex: req.baselineIndex,
    minSimilarity: req.minSimilarity ?? null,
  });
  log.info({ runId: run.id, cases: cases.length, variants: req.variants.length }, 'replay started');

  const tasks = cases.flatMap((testCase) =>
    prepared.map((variant) => ({ testCase, prepared: variant })),
  );
  return { run, done: execute(deps, run, tasks) };
}

/**
 * Runs again the cells of a run that ended in an error or never ran (a run interrupted by a
 * crash), replacing them; the run is marked running meanwhile, then finished again.
 */
export function retryFailed(deps: ReplayDeps, runId: string): ReplayHandle {
  const existing = deps.ws.runs.get(runId);
  const { cases } = deps.ws.golden.snapshotById(existing.snapshotId);
  const done = new Set(
    deps.ws.runs
      .cells(runId)
      .filter((cell) => cell.status === 'ok')
      .map((cell) => `${cell.variantIndex}\u0000${cell.caseKey}`),
  );
  const isOpen = (index: number, key: string) => !done.has(`${index}\u0000${key}`);
  const wanted = cases.filter((c) => existing.variants.some((_, i) => isOpen(i, c.key)));
  if (wanted.length === 0) return { run: existing, done: Promise.resolve(existing) };

  const prepared = prepareVariants(deps, existing.variants, wanted);
  const tasks = wanted.flatMap((testCase) =>
    prepared.flatMap((variant, i): CellTask[] =>
      isOpen(i, testCase.key) ? [{ testCase, prepared: variant }] : [],
    ),
  );
  const run = deps.ws.runs.reopen(existing.id);
  log.info({ runId, cells: tasks.length }, 'retrying failed and missing cells');
  return { run, done: execute(deps, run, tasks) };
}

/** One queue per endpoint, each as wide as the endpoint's concurrency. */
function queuesFor(tasks: CellTask[]): Map<string, PQueue> {
  const queues = new Map<string, PQueue>();
  for (const { prepared } of tasks) {
    if (!queues.has(prepared.endpoint.id))
      queues.set(prepared.endpoint.id, new PQueue({ concurrency: prepared.endpoint.concurrency }));
  }
  return queues;
}

async function execute(deps: ReplayDeps, run: Run, tasks: CellTask[]): Promise<Run> {
  const queues = queuesFor(tasks);
  const controller = new AbortController();
  const progress = { done: 0, total: tasks.length, broken: false, signal: controller.signal };
  const audited = hashOnly(deps.ws);
  running.set(run.id, controller);

  try {
    await Promise.all(
      tasks.map((task) =>
        queueOf(queues, task.prepared).add(() => runTask(deps, run.id, task, audited, progress)),
      ),
    );
  } finally {
    running.delete(run.id);
  }

  const status = progress.broken || controller.signal.aborted ? 'interrupted' : 'finished';
  const finished = deps.ws.runs.finish(run.id, status);
  deps.emit('run.finished', { runId: run.id, status });
  log.info({ runId: run.id, status }, 'replay finished');
  return finished;
}

function queueOf(queues: Map<string, PQueue>, prepared: PreparedVariant): PQueue {
  const queue = queues.get(prepared.endpoint.id);
  if (!queue) throw new Error(`replay: no queue for endpoint ${prepared.endpoint.id}`);
  return queue;
}

type Progress = { done: number; total: number; broken: boolean; signal: AbortSignal };

/** Computes, stores and announces one cell. A bug or database failure interrupts the run. */
async function runTask(
  deps: ReplayDeps,
  runId: RunId,
  task: CellTask,
  hashOnly: boolean,
  progress: Progress,
): Promise<void> {
  // A cancelled run starts no new call; the cell stays missing for "retry failed".
  if (progress.signal.aborted) return;
  try {
    const { cell, audit } = await computeCell(runId, task, deps.user, hashOnly, progress.signal);
    // Cell and audit record land together or not at all, so neither outlives the other.
    deps.ws.transaction(() => {
      deps.ws.runs.saveCell(cell);
      deps.ws.audit.append(audit);
    });
    progress.done += 1;
    deps.emit('run.cell', { runId, cell });
    deps.emit('run.progress', { runId, done: progress.done, total: progress.total });
  } catch (error) {
    progress.broken = true;
    log.error(
      { runId, caseKey: task.testCase.key, err: error },
      'replay: cell could not be stored',
    );
  }
}
