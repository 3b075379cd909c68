import { describe, expect, it } from 'vitest';
import type { Cell, RunId } from '../../../shared/domain/index.ts';
import { createEventBatcher, type EventBatch } from '../../../renderer/store/event-batch.ts';

const runId = 'run-1' as RunId;
const cell = (caseKey: string) => ({ runId, caseKey, variantIndex: 0 }) as unknown as Cell;

/** A timer the test fires by hand. */
function manualTimer() {
  const pending: Array<() => void> = [];
  return {
    start: (run: () => void) => pending.push(run),
    fire: () => pending.splice(0).forEach((run) => run()),
    get pending() {
      return pending.length;
    },
  };
}

describe('event batcher', () => {
  it('hands over every cell and the latest progress in one batch per interval', () => {
    const batches: EventBatch[] = [];
    const timer = manualTimer();
    const batcher = createEventBatcher((b) => batches.push(b), 150, timer);

    for (let i = 0; i < 500; i += 1) {
      batcher.cell(cell(`c${i}`));
      batcher.progress({ runId, done: i + 1, total: 500 });
    }
    expect(batches).toHaveLength(0);
    expect(timer.pending).toBe(1);

    timer.fire();
    expect(batches).toHaveLength(1);
    expect(batches[0]?.cells).toHaveLength(500);
    expect(batches[0]?.progress).toEqual([{ runId, done: 500, total: 500 }]);
  });

  it('flushes on demand and stays quiet when nothing is pending', () => {
    const batches: EventBatch[] = [];
    const timer = manualTimer();
    const batcher = createEventBatcher((b) => batches.push(b), 150, timer);

    batcher.cell(cell('a'));
    batcher.flush();
    timer.fire();
    expect(batches.map((b) => b.cells.length)).toEqual([1]);

    batcher.cell(cell('b'));
    expect(timer.pending).toBe(1);
  });
});
