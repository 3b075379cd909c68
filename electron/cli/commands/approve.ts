import type { Approval } from '../../../shared/domain/index.ts';
import { EXIT_OK } from '../exit.ts';
import { out } from '../output.ts';
import { parseVersionRef } from '../refs.ts';
import { parse, required, withBackend } from './open.ts';
import type { CommandInput } from './types.ts';

/** `approve SLUG@V [--note TEXT]`. */
export async function approve({ args, workspace }: CommandInput): Promise<number> {
  const { values, positionals } = parse(args, { note: { type: 'string' } });
  const ref = parseVersionRef(required(positionals[0], 'SLUG@VERSION'));
  const approval = await withBackend(workspace, async (backend) => {
    const input = { ...ref, note: values.note ?? '' };
    return (await backend.call('approvals.approve', input)) as Approval;
  });
  out(
    `approved ${approval.slug}@${approval.number} (${approval.contentHash.slice(0, 12)}) by ${approval.approver}`,
  );
  return EXIT_OK;
}
