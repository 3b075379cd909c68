import { z } from 'zod';
import { Cell, RunId } from '../domain/index.ts';

/** Events the backend pushes to every connected client. */
export const events = {
  'run.cell': z.object({ runId: RunId, cell: Cell }),
  'run.progress': z.object({ runId: RunId, done: z.number().int(), total: z.number().int() }),
  'run.finished': z.object({ runId: RunId, status: z.string() }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
export const eventNames = Object.keys(events) as EventName[];
