import { templateErrors, templateVariables } from '../../shared/templates/index.ts';
import type { PromptVersion } from '../../shared/domain/index.ts';
import { serializePromptFile } from '../../shared/promptfile/index.ts';

/** Variables a template reads that the golden set's columns do not define, in order of use. */
export function undefinedVariables(template: string, columns: string[] | null): string[] {
  if (columns === null) return [];

  const known = new Set(columns);
  return templateVariables(template).filter((name) => !known.has(name));
}

/** The first syntax error of a template as one line, or null. */
export function syntaxError(template: string): string | null {
  const first = templateErrors(template)[0];
  return first ? `${first.message} (line ${first.line}, column ${first.column})` : null;
}

/** A version as the prompt file it would export to, for the side-by-side diff. */
export function versionText(version: PromptVersion): string {
  return serializePromptFile({
    slug: version.slug,
    description: '',
    tags: [],
    content: version.content,
  });
}
