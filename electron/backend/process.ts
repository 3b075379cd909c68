import { ApiError } from '../../shared/api/errors.ts';
import { logger } from '../services/logger.ts';
import { createBackend, type Backend } from './index.ts';
import type { FromBackend, ToBackend } from './protocol.ts';

/**
 * The backend as an Electron utility process: the main process forwards validated calls here
 * over `process.parentPort`, so SQLite and long runs never block a window. This file does not
 * import `electron`; the port is provided by the utility-process runtime.
 */
interface ParentPort {
  on(event: 'message', listener: (message: { data: ToBackend }) => void): void;
  postMessage(message: FromBackend): void;
}

const log = logger('backend-process');
const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!port) throw new Error('backend-process: must run as an Electron utility process');

const secrets = new Map<string, string>();
let backend: Backend | null = null;

port.on('message', ({ data }) => {
  void handle(data).catch((error: unknown) => log.error({ error }, 'message failed'));
});

async function handle(message: ToBackend): Promise<void> {
  if (message.type === 'secrets') {
    for (const [ref, value] of Object.entries(message.values)) secrets.set(ref, value);
    return;
  }
  if (message.type === 'init') return init(message.workspacePath, message.user);

  try {
    if (!backend) throw new ApiError('internal', 'backend: not initialised');
    const value = await backend.call(message.method, message.input);
    port?.postMessage({ type: 'result', id: message.id, ok: true, value });
  } catch (error) {
    const body =
      error instanceof ApiError ? error.toBody() : { kind: 'internal', message: String(error) };
    port?.postMessage({ type: 'result', id: message.id, ok: false, error: body });
  }
}

async function init(workspacePath: string, user: string): Promise<void> {
  const secret = (ref: string) => secrets.get(ref) ?? process.env[ref];
  backend = await createBackend({ workspacePath, user, secrets: secret });
  backend.subscribe((event, payload) => port?.postMessage({ type: 'event', event, payload }));
  port?.postMessage({ type: 'ready' });
}
