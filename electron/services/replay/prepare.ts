import { ApiError } from '../../../shared/api/errors.ts';
import type { GoldenCase, Message, PromptVersion, Variant } from '../../../shared/domain/index.ts';
import { tryRenderTemplate } from '../../../shared/templates/index.ts';
import type { Workspace } from '../store/types.ts';
import type { PreparedVariant, ReplayDeps } from './types.ts';

/** Clauses in a refusal, and case keys named in each, before the rest is summed up. */
const maxClauses = 10;
const maxKeys = 3;

export function variantLabel(variant: Pick<Variant, 'slug' | 'version'>): string {
  return `${variant.slug} v${variant.version}`;
}

/** A version's saved model defaults under the variant's overrides; the model name is the variant's. */
function mergedParams(version: PromptVersion, variant: Variant): PreparedVariant['params'] {
  const { name: _name, ...defaults } = version.content.model;
  return { ...defaults, ...variant.overrides };
}

/** One kind of failure (a missing variable, a template error) and the cases it hit. */
type Problem = { what: string; keys: Set<string> };
type Rendered = { messages: Map<string, Message[]>; problems: string[] };

/** Renders every message of a version for every case, grouping what went wrong by kind. */
function renderAll(version: PromptVersion, cases: GoldenCase[]): Rendered {
  const messages = new Map<string, Message[]>();
  const problems = new Map<string, Problem>();

  for (const testCase of cases) {
    const out: Message[] = [];
    for (const message of version.content.messages) {
      const outcome = tryRenderTemplate(message.content, testCase.vars);
      if (outcome.ok) out.push({ ...message, content: outcome.text });
      else note(problems, failures(message.content, testCase.vars), testCase.key);
    }
    messages.set(testCase.key, out);
  }
  const label = variantLabel({ slug: version.slug, version: version.number });
  return { messages, problems: [...problems.values()].map((p) => clause(p, cases.length, label)) };
}

/**
 * Every missing variable of a template, not just the first: liquidjs stops at the first, so each
 * one found is filled with a blank and the template rendered again, a few times at most.
 */
function failures(template: string, vars: Record<string, unknown>): string[] {
  const found: string[] = [];
  let filled = vars;
  for (let attempt = 0; attempt < maxClauses; attempt++) {
    const outcome = tryRenderTemplate(template, filled);
    if (outcome.ok) break;
    const what = describe(outcome);
    if (found.includes(what)) break;
    found.push(what);
    if (!outcome.variable) break;
    filled = { ...filled, [outcome.variable]: '' };
  }
  return found;
}

function note(problems: Map<string, Problem>, kinds: string[], caseKey: string): void {
  for (const what of kinds) {
    const problem = problems.get(what) ?? { what, keys: new Set<string>() };
    problem.keys.add(caseKey);
    problems.set(what, problem);
  }
}

function describe(outcome: { message: string; variable: string | null }): string {
  if (outcome.variable) return `variable '${outcome.variable}' is not defined`;
  return outcome.message.replace(/^template: /, '');
}

/** `variable 'name' is not defined in 541 of 541 cases (1, 2, 3, …) for samples/x v2` */
function clause(problem: Problem, total: number, label: string): string {
  const keys = [...problem.keys];
  const listed = keys.slice(0, maxKeys).join(', ') + (keys.length > maxKeys ? ', …' : '');
  const cases = total === 1 ? 'case' : 'cases';
  return `${problem.what} in ${keys.length} of ${total} ${cases} (${listed}) for ${label}`;
}

function refusal(problems: string[]): ApiError {
  const listed = problems.slice(0, maxClauses).join('; ');
  const more = problems.length > maxClauses ? `; and ${problems.length - maxClauses} more` : '';
  return new ApiError('template', `replay: cannot start: ${listed}${more}`);
}

/**
 * Loads each variant's version and endpoint and renders its messages for every case. Any
 * template that fails for any case refuses the whole replay, naming each variable once per
 * version with how many cases lack it and the first few of them.
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
