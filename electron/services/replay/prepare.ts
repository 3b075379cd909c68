import { ApiError } from '../../../shared/api/errors.ts';
import type { GoldenCase, Message, PromptVersion, Variant } from '../../../shared/domain/index.ts';
import { tryRenderTemplate } from '../../../shared/templates/index.ts';
import type { Workspace } from '../store/types.ts';
import type { PreparedVariant, ReplayDeps } from './types.ts';

const maxListed = 10;

export function variantLabel(variant: Pick<Variant, 'slug' | 'version'>): string {
  return `${variant.slug} v${variant.version}`;
}

/** A version's saved model defaults under the variant's overrides; the model name is the variant's. */
function mergedParams(version: PromptVersion, variant: Variant): PreparedVariant['params'] {
  const { name: _name, ...defaults } = version.content.model;
  return { ...defaults, ...variant.overrides };
}

type Rendered = { messages: Map<string, Message[]>; problems: string[] };

/** Renders every message of a version for every case, collecting what went wrong. */
function renderAll(version: PromptVersion, cases: GoldenCase[]): Rendered {
  const messages = new Map<string, Message[]>();
  const problems: string[] = [];
  const label = variantLabel({ slug: version.slug, version: version.number });

  for (const testCase of cases) {
    const out: Message[] = [];
    for (const message of version.content.messages) {
      const outcome = tryRenderTemplate(message.content, testCase.vars);
      if (outcome.ok) out.push({ ...message, content: outcome.text });
      else problems.push(describe(outcome, testCase.key, label));
    }
    messages.set(testCase.key, out);
  }
  return { messages, problems: [...new Set(problems)] };
}

function describe(
  outcome: { message: string; variable: string | null },
  caseKey: string,
  label: string,
): string {
  if (outcome.variable)
    return `variable '${outcome.variable}' is not defined in case ${caseKey} (${label})`;
  return `${outcome.message.replace(/^template: /, '')} in case ${caseKey} (${label})`;
}

function refusal(problems: string[]): ApiError {
  const listed = problems.slice(0, maxListed).join('; ');
  const more = problems.length > maxListed ? `; and ${problems.length - maxListed} more` : '';
  return new ApiError('template', `replay: cannot start: ${listed}${more}`);
}

/**
 * Loads each variant's version and endpoint and renders its messages for every case. Any
 * template that fails for any case refuses the whole replay, naming each variable and case.
 */
export function prepareVariants(
  deps: ReplayDeps,
  variants: Variant[],
  cases: GoldenCase[],
): PreparedVariant[] {
  const renders = new Map<string, Rendered>();
  const prepared = variants.map((variant, index) => {
    const version = deps.ws.versions.get(variant.slug, variant.version);
    const key = variantLabel(variant);
    const rendered = renders.get(key) ?? renderAll(version, cases);
    renders.set(key, rendered);
    return {
      index,
      variant,
      version,
      rendered: rendered.messages,
      ...endpointOf(deps, variant),
      params: mergedParams(version, variant),
    };
  });

  const problems = [...renders.values()].flatMap((rendered) => rendered.problems);
  if (problems.length > 0) throw refusal(problems);
  return prepared;
}

function endpointOf(
  deps: ReplayDeps,
  variant: Variant,
): Pick<PreparedVariant, 'endpoint' | 'apiKey'> {
  const endpoint = deps.ws.endpoints.get(variant.endpointId);
  const apiKey = endpoint.apiKeyRef ? deps.secrets(endpoint.apiKeyRef) : undefined;
  return { endpoint, apiKey };
}

export function hashOnly(ws: Workspace): boolean {
  const value = ws.settings.get('audit.hashOnly');
  return value === 'true' || value === '1';
}
