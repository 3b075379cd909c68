import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createBackend, type Backend } from '../../backend/index.ts';
import { currentUser } from '../../services/paths.ts';
import { UsageError } from '../exit.ts';
import { err } from '../output.ts';

/** Opens the workspace for one command and closes it when the work is done. */
export async function withBackend<T>(
  workspace: string,
  work: (b: Backend) => Promise<T>,
): Promise<T> {
  // A mistyped --workspace would otherwise pass silently as a new, empty workspace.
  if (!existsSync(workspace)) err(`promptledger: creating a new workspace at ${workspace}`);
  const backend = await createBackend({ workspacePath: workspace, user: currentUser() });
  try {
    return await work(backend);
  } finally {
    await backend.close();
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into usage errors. */
export function parse<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function required(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`missing ${what}`);
  return value;
}
