import type { Run } from '../../../shared/domain/index.ts';
import { EXIT_OK } from '../exit.ts';
import { out } from '../output.ts';
import { parse, withBackend } from './open.ts';
import type { CommandInput } from './types.ts';

/** `runs`: the runs of the workspace, newest first, with their status and columns. */
export async function runsList({ args, workspace }: CommandInput): Promise<number> {
  parse(args, {});
  const runs = await withBackend(
    workspace,
    async (backend) => (await backend.call('runs.list', {})) as Run[],
  );
  for (const run of runs) {
    const columns = run.variants.map((v) => `${v.slug}@${v.version} ${v.model}`).join(', ');
    out(`${run.id}  ${run.startedAt}  ${run.status.padEnd(11)}  ${run.goldenName}  ${columns}`);
  }
  return EXIT_OK;
}
