import type { ApiErrorBody } from '../../shared/api/errors.ts';
import type { EventName } from '../../shared/api/events.ts';

/** Messages from the Electron main process to the backend utility process. */
export type ToBackend =
  | { type: 'init'; workspacePath: string; user: string }
  | { type: 'secrets'; values: Record<string, string> }
  | { type: 'call'; id: number; method: string; input: unknown };

/** Messages from the backend utility process to the main process. */
export type FromBackend =
  | { type: 'ready' }
  | { type: 'event'; event: EventName; payload: unknown }
  | { type: 'result'; id: number; ok: true; value: unknown }
  | {
      type: 'result';
      id: number;
      ok: false;
      error: ApiErrorBody | { kind: string; message: string };
    };
