import { basename } from 'node:path';
import type { GoldenSnapshot } from '../../../shared/domain/index.ts';
import { EXIT_OK } from '../exit.ts';
import { out } from '../output.ts';
import { parse, required, withBackend } from './open.ts';
import { readText } from './prompt.ts';
import type { CommandInput } from './types.ts';

/** `golden import FILE --name NAME [--expected COL] [--id COL]`: a new snapshot. */
export async function goldenImport({ args, workspace }: CommandInput): Promise<number> {
  const { values, positionals } = parse(args, {
    name: { type: 'string', short: 'n' },
    expected: { type: 'string' },
    id: { type: 'string' },
  });
  const file = required(positionals[0], 'FILE (CSV, JSONL or YAML)');
  const name = required(values.name, '--name NAME');
  const text = readText(file);

  const snapshot = await withBackend(workspace, async (backend) => {
    const input = {
      name,
      fileName: basename(file),
      text,
      ...(values.expected ? { expectedColumn: values.expected } : {}),
      ...(values.id ? { idColumn: values.id } : {}),
    };
    return (await backend.call('golden.import', input)) as GoldenSnapshot;
  });
  out(
    `${snapshot.setName} snapshot ${snapshot.number}: ${snapshot.caseCount} cases from ${basename(file)}`,
  );
  return EXIT_OK;
}
