import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '../../shared/api/errors.ts';
import { openWorkspace } from '../services/store/index.ts';
import { dispatch } from './dispatch.ts';
import { EventBus } from './events.ts';
import { seedSamples } from './samples.ts';
import type { HandlerContext } from './context.ts';
import type { Workspace } from '../services/store/types.ts';
import type { Backend, BackendOptions } from './types.ts';

export type { Backend, BackendOptions } from './types.ts';

/** Opens (or creates) the workspace and serves the contract over it, in this process. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const isNew = !existsSync(options.workspacePath);
  mkdirSync(dirname(options.workspacePath), { recursive: true });

  const ws = openWorkspace(options.workspacePath);
  if (isNew && options.seedSamples !== false) seedSamples(ws, options.user);
  markInterruptedRuns(ws);

  const bus = new EventBus();
  const ctx: HandlerContext = {
    ws,
    user: options.user,
    secrets: options.secrets ?? ((ref) => process.env[ref]),
    emit: (event, payload) => bus.emit(event, payload),
  };

  return {
    workspacePath: ws.path,
    call: (method, input) => dispatch(ctx, method, input),
    subscribe: (listener) => bus.subscribe(listener),
    close: async () => ws.close(),
  };
}

/**
 * A run still marked running when the workspace opens was cut off by a crash or a kill: its
 * saved cells stay, and "retry failed" fills in the rest. Shortcoming: a second process
 * replaying on the same workspace file at this moment would see its run marked too.
 */
function markInterruptedRuns(ws: Workspace): void {
  for (const run of ws.runs.list()) {
    if (run.status === 'running') ws.runs.finish(run.id, 'interrupted');
  }
}

export { ApiError };
