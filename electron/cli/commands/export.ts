import { resolve } from 'node:path';
import { EXIT_OK } from '../exit.ts';
import { out } from '../output.ts';
import { parseVersionRef } from '../refs.ts';
import { parse, required, withBackend } from './open.ts';
import type { CommandInput } from './types.ts';

interface Exported {
  file: string;
  commit: string;
  pushed: boolean;
}

/** `export SLUG@V --repo PATH`: writes the approved version into the repo and commits it. */
export async function exportCommand({ args, workspace }: CommandInput): Promise<number> {
  const { values, positionals } = parse(args, { repo: { type: 'string' } });
  const ref = parseVersionRef(required(positionals[0], 'SLUG@VERSION'));
  const repoPath = resolve(required(values.repo, '--repo PATH'));

  const result = await withBackend(workspace, async (backend) => {
    await backend.call('export.configure', { repoPath });
    return (await backend.call('export.version', ref)) as Exported;
  });
  const pushed = result.pushed ? ', pushed' : '';
  out(`exported ${ref.slug}@${ref.number} to ${result.file}: commit ${result.commit}${pushed}`);
  return EXIT_OK;
}
