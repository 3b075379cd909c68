import type { LabelMove } from '../../../shared/domain/index.ts';
import { EXIT_OK } from '../exit.ts';
import { out } from '../output.ts';
import { parseVersionRef } from '../refs.ts';
import { parse, required, withBackend } from './open.ts';
import type { CommandInput } from './types.ts';

/** `label SLUG@V NAME`: points a label (production, staging…) at a version; rollback is a move. */
export async function label({ args, workspace }: CommandInput): Promise<number> {
  const { positionals } = parse(args, {});
  const ref = parseVersionRef(required(positionals[0], 'SLUG@VERSION'));
  const name = required(positionals[1], 'a label NAME (e.g. production)');
  const move = await withBackend(
    workspace,
    async (backend) => (await backend.call('labels.move', { ...ref, label: name })) as LabelMove,
  );
  const was = move.previousNumber === null ? 'new label' : `was v${move.previousNumber}`;
  out(`${move.label} → ${move.slug}@${move.number} (${was})`);
  return EXIT_OK;
}
