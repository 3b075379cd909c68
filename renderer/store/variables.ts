import { templateErrors, templateVariables } from '../../shared/templates/index.ts';
import type { PromptContent } from '../../shared/domain/index.ts';

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

/** A readable text of a version for the side-by-side diff. */
export function versionText(content: PromptContent): string {
  const params = Object.entries(content.model)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  const checks = content.checks.map((c) => `- ${JSON.stringify(c)}`).join('\n');
  const messages = content.messages.map((m) => `### ${m.role}\n${m.content}`).join('\n\n');
  return `## model\n${params || '(defaults)'}\n\n## checks\n${checks || '(none)'}\n\n## messages\n${messages}\n`;
}
