import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { PromptVersion } from '../../../shared/domain/index.ts';
import { parsePromptFile } from '../../../shared/promptfile/index.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import { EXIT_OK, UsageError } from '../exit.ts';
import { out } from '../output.ts';
import { parse, required, withBackend } from './open.ts';
import type { CommandInput } from './types.ts';

/** `prompt save SLUG --file PROMPT.yaml [--message M]`: prints the new version. */
export async function promptSave({ args, workspace }: CommandInput): Promise<number> {
  const { values, positionals } = parse(args, {
    file: { type: 'string', short: 'f' },
    message: { type: 'string', short: 'm' },
  });
  const slug = required(positionals[0], 'SLUG (e.g. prompt save support/triage --file p.yaml)');
  const file = required(values.file, '--file PROMPT.yaml');
  const parsed = parsePromptFile(readText(file), basename(file));
  if (parsed.slug && parsed.slug !== slug) {
    throw new UsageError(`${file} is for '${parsed.slug}', not '${slug}'`);
  }

  const version = await withBackend(workspace, async (backend) => {
    const known = (await backend.call('prompts.list', {})) as { slug: string }[];
    if (!known.some((prompt) => prompt.slug === slug)) {
      await backend.call('prompts.create', {
        slug,
        description: parsed.description,
        tags: parsed.tags,
      });
    }
    const message = values.message ?? `Saved from ${basename(file)}`;
    return (await backend.call('versions.save', {
      slug,
      content: parsed.content,
      message,
    })) as PromptVersion;
  });

  out(`${version.slug}@${version.number} ${version.contentHash.slice(0, 12)} ${version.message}`);
  return EXIT_OK;
}

/** `prompt versions SLUG`: lists the versions, newest first. */
export async function promptVersions({ args, workspace }: CommandInput): Promise<number> {
  const { positionals } = parse(args, {});
  const slug = required(positionals[0], 'SLUG');
  const versions = await withBackend(workspace, async (backend) => {
    const known = (await backend.call('prompts.list', {})) as { slug: string }[];
    if (!known.some((prompt) => prompt.slug === slug)) {
      throw new ApiError('not-found', `prompt versions: no prompt '${slug}' in ${workspace}`);
    }
    return (await backend.call('versions.list', { slug })) as PromptVersion[];
  });
  for (const v of versions) {
    out(
      `${v.slug}@${v.number}  ${v.contentHash.slice(0, 12)}  ${v.createdAt}  ${v.author}  ${v.message}`,
    );
  }
  return EXIT_OK;
}

const readProblems: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder',
};

/** Reads a text file the user named; a failure says which file and why, and exits 2. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ApiError('invalid-input', `cannot read ${file}: ${readProblems[code] ?? code}`);
  }
}
