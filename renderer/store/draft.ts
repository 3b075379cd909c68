import type { PromptContent, PromptVersion } from '../../shared/domain/index.ts';
import { syntaxError } from './variables.ts';

/** Objects with their keys sorted, so two contents compare equal whatever order keys were set. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;

  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(
    entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]),
  );
}

/** Whether two prompt contents are the same version-worthy content. */
export function sameContent(a: PromptContent, b: PromptContent): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

export type SaveBlock =
  { kind: 'syntax'; message: string } | { kind: 'unchanged'; message: string };

/**
 * Why the draft cannot become a new version, or null when it can: a template that does not parse
 * would fail every replay, and an unchanged draft would only return the latest version again.
 */
export function saveBlock(
  draft: PromptContent,
  latest: PromptVersion | undefined,
): SaveBlock | null {
  for (const [i, m] of draft.messages.entries()) {
    const error = syntaxError(m.content);
    if (error !== null)
      return {
        kind: 'syntax',
        message: `save: message ${i + 1} (${m.role}): ${error}; fix it before saving`,
      };
  }
  if (latest && sameContent(draft, latest.content))
    return { kind: 'unchanged', message: `No changes: v${latest.number} already has this content` };

  return null;
}
