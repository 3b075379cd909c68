import { ApiError } from '../../shared/api/errors.ts';
import { logger } from '../services/logger.ts';
import { openWorkspace, workspaceAccess } from '../services/store/index.ts';
import { dispatch } from './dispatch.ts';
import { EventBus } from './events.ts';
import { seedSamples } from './samples.ts';
import type { HandlerContext } from './context.ts';
import type { Workspace } from '../services/store/types.ts';
import type { Backend, BackendOptions } from './types.ts';

export type { Backend, BackendOptions } from './types.ts';

const log = logger('backend');

/**
 * Opens (or creates) the workspace and serves the contract over it, in this process. A file
 * this user may not write (or whose folder they may not) is opened read-only: it can be read
 * and verified, and every write fails with `ApiError('database', 'store: <file> is read-only…')`.
 */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const access = options.readonly ? 'read' : workspaceAccess(options.workspacePath);
  const readonly = access === 'read';
  const ws = openWorkspace(options.workspacePath, { readonly });
  if (readonly) log.warn({ file: ws.path }, 'workspace opened read-only');
  else startUp(ws, access === 'create' && options.seedSamples !== false, options.user);

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

/** The writes a writable workspace gets on opening; a read-only one is left exactly as it is. */
function startUp(ws: Workspace, seed: boolean, user: string): void {
  if (seed) seedSamples(ws, user);
  // A run still marked running was cut off by a crash or a kill: its saved cells stay, and
  // "retry failed" fills in the rest. Shortcoming: a second process replaying on the same
  // workspace file at this moment would see its run marked too.
  ws.runs.interruptRunning();
}

export { ApiError };
