import type { Cell, RunId } from '../../shared/domain/index.ts';
import { client } from '../api/index.ts';
import { attempt } from './attempt.ts';
import { succeeded } from './banner.ts';
import { createEventBatcher, type EventBatch } from './event-batch.ts';
import { cellsToRetry, mergeCells } from './replay-logic.ts';
import type { AppState, Slice } from './types.ts';

/** How often buffered cells reach the store (and the grid) while a replay runs. */
export const flushIntervalMs = 150;

export interface RetryState {
  runId: RunId;
  cells: number;
}

export interface RunEventsSlice {
  /** The retry in flight, for the notice and the progress line. */
  retrying: RetryState | null;
  receiveCell(cell: Cell): void;
  receiveProgress(runId: RunId, done: number, total: number): void;
  receiveFinished(runId: RunId): Promise<void>;
  retryFailed(): Promise<void>;
  /** Stops the open run; it ends as interrupted and "Retry failed" can finish it. */
  cancelRun(): Promise<void>;
}

/** One store update for a whole batch of replay events. */
export function applyBatch(s: AppState, batch: EventBatch): Partial<AppState> {
  const current = batch.progress.find((p) => p.runId === s.runId);
  return {
    cellsByRun: batch.cells.length > 0 ? mergeCells(s.cellsByRun, batch.cells) : s.cellsByRun,
    ...(current ? { progress: { done: current.done, total: current.total } } : {}),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const createRunEventsSlice: Slice<RunEventsSlice> = (set, get) => {
  const batcher = createEventBatcher((batch) => set((s) => applyBatch(s, batch)), flushIntervalMs);

  const reportRetry = (retry: RetryState) => {
    const failing = cellsToRetry(get().report);
    const still = failing === 0 ? 'all pass now' : `${plural(failing, 'cell')} still failing`;
    set({
      retrying: null,
      ...succeeded(`Retry finished: ${plural(retry.cells, 'cell')} run again, ${still}`),
    });
  };

  return {
    retrying: null,

    receiveCell: (cell) => batcher.cell(cell),
    receiveProgress: (runId, done, total) => batcher.progress({ runId, done, total }),

    async receiveFinished(runId) {
      batcher.flush();
      await get().loadRuns();
      if (get().runId !== runId) return;

      await get().refreshReport(runId);
      const retry = get().retrying;
      if (retry?.runId === runId) reportRetry(retry);
    },

    async cancelRun() {
      const runId = get().runId;
      if (runId === null) return;

      const result = await attempt(set, () => client.api['replay.cancel']({ runId }));
      if (result && !result.cancelled) set(succeeded('This run is no longer running'));
      else if (result) set(succeeded('Cancelling: calls in flight are stopped'));
    },

    async retryFailed() {
      const runId = get().runId;
      const cells = cellsToRetry(get().report);
      if (runId === null || cells === 0) return;

      set({ retrying: { runId, cells }, progress: { done: 0, total: cells } });
      set(succeeded(`Retrying ${plural(cells, 'failed cell')}…`));
      const retried = await attempt(set, () => client.api['replay.retryFailed']({ runId }));
      if (!retried) {
        set({ retrying: null });
        return;
      }
      await get().openRun(retried.runId);
      // A retry with nothing left to run sends no events: settle it from the loaded run.
      const retry = get().retrying;
      if (retry && get().run?.status !== 'running') reportRetry(retry);
    },
  };
};
