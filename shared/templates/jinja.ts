import type { Liquid } from 'liquidjs';

/**
 * Jinja habits carried over to liquidjs so prompts from Jinja, Prompty and promptfoo users
 * render unchanged. Rewrites happen only inside `{{ … }}` and `{% … %}`; text outside them,
 * such as JSON in a prompt, is never touched. A rewrite can shift a column by a character or
 * two on its own line; line numbers in errors stay right.
 */
export function fromJinja(template: string): string {
  return template
    .replace(/\{#([\s\S]*?)#\}/g, '{% comment %}$1{% endcomment %}')
    .replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, rewriteTag);
}

function rewriteTag(tag: string): string {
  return tag
    .replace(/\|\s*([A-Za-z_]\w*)\(\s*([^()]*?)\s*\)/g, (_all, name: string, args: string) =>
      args ? `| ${name}: ${args}` : `| ${name}`,
    )
    .replace(/^\{%(-?)(\s*)elif\b/, '{%$1$2elsif')
    .replace(/^\{%(-?)(\s*)set\b/, '{%$1$2assign')
    .replace(/\bloop\.(index0?|first|last|length)\b/g, 'forloop.$1');
}

function length(value: unknown): number {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (value && typeof value === 'object') return Object.keys(value).length;
  return 0;
}

/** Jinja's filter names, with Jinja's meaning where it differs from Liquid's. */
export function registerJinjaFilters(liquid: Liquid): void {
  liquid.registerFilter('upper', (value: unknown) => String(value ?? '').toUpperCase());
  liquid.registerFilter('lower', (value: unknown) => String(value ?? '').toLowerCase());
  liquid.registerFilter('trim', (value: unknown) => String(value ?? '').trim());
  liquid.registerFilter('length', length);
  liquid.registerFilter('count', length);
  liquid.registerFilter('tojson', (value: unknown, indent?: number) =>
    JSON.stringify(value ?? null, null, indent),
  );
  // Jinja joins with '' by default, where Liquid uses ' '.
  liquid.registerFilter('join', (value: unknown, separator = '') =>
    Array.isArray(value)
      ? value.map((item) => String(item)).join(String(separator))
      : String(value ?? ''),
  );
}
