import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../../backend/index.ts';
import { startHost } from '../../host/index.ts';
import { currentUser } from '../../services/paths.ts';
import { UsageError } from '../exit.ts';
import { out } from '../output.ts';
import { parse } from './open.ts';
import type { CommandInput } from './types.ts';

const staticDir = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

/** `serve [--port N]`: the browser host, until interrupted. */
export async function serve({ args, workspace }: CommandInput): Promise<number> {
  const { values } = parse(args, { port: { type: 'string', short: 'p' } });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a number from 0 to 65535, got '${values.port}'`);
  }
  if (!existsSync(`${staticDir}/index.html`)) {
    throw new UsageError(`the UI is not built (${staticDir}); run 'npm run build:renderer' first`);
  }

  const backend = await createBackend({ workspacePath: workspace, user: currentUser() });
  const host = await startHost({ backend, port, staticDir }).catch(async (error: unknown) => {
    await backend.close();
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new UsageError(`serve: port ${port} is already in use; choose another with --port`);
  });
  out(`Promptledger is serving ${backend.workspacePath}`);
  out(`Open ${host.url}`);
  await untilInterrupted();
  await host.close();
  await backend.close();
  return 0;
}

function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
