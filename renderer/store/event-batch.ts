import type { Cell, RunId } from '../../shared/domain/index.ts';

export interface RunProgress {
  runId: RunId;
  done: number;
  total: number;
}

/** What arrived since the last flush: every cell, and only the latest progress per run. */
export interface EventBatch {
  cells: Cell[];
  progress: RunProgress[];
}

export interface EventBatcher {
  cell(cell: Cell): void;
  progress(progress: RunProgress): void;
  /** Hands over what is pending now (before a run's report is loaded, say). */
  flush(): void;
}

export interface Timer {
  start(run: () => void, ms: number): unknown;
}

const browserTimer: Timer = { start: (run, ms) => setTimeout(run, ms) };

/**
 * Collects replay events and hands them to `apply` at most once per `intervalMs`. A large replay
 * sends thousands of events a second; one store update (and render) for each froze the page.
 */
export function createEventBatcher(
  apply: (batch: EventBatch) => void,
  intervalMs: number,
  timer: Timer = browserTimer,
): EventBatcher {
  let cells: Cell[] = [];
  const progress = new Map<RunId, RunProgress>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    if (cells.length === 0 && progress.size === 0) return;

    const batch = { cells, progress: [...progress.values()] };
    cells = [];
    progress.clear();
    apply(batch);
  };
  const schedule = () => {
    if (scheduled) return;

    scheduled = true;
    timer.start(flush, intervalMs);
  };

  return {
    cell(cell) {
      cells.push(cell);
      schedule();
    },
    progress(p) {
      progress.set(p.runId, p);
      schedule();
    },
    flush,
  };
}
