import { Liquid, type Template } from 'liquidjs';
import { ApiError } from '../api/errors.ts';
import type { Message } from '../domain/index.ts';
import { fromJinja, registerJinjaFilters } from './jinja.ts';

/** A syntax error in a template, for the editor. Line and column are 1-based. */
export interface TemplateSyntaxError {
  message: string;
  line: number;
  column: number;
}

export type RenderOutcome =
  { ok: true; text: string } | { ok: false; message: string; variable: string | null };

function printable(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return String(value);
}

const liquid = new Liquid({
  strictVariables: true,
  strictFilters: true,
  // `{% if x %}` and `x | default: …` may name a variable a case lacks; that is the point of them.
  lenientIf: true,
  ownPropertyOnly: true,
  // Objects and arrays print as JSON, not "[object Object]" or run-together items.
  outputEscape: printable,
});
registerJinjaFilters(liquid);

const parsed = new Map<string, Template[]>();
const cacheLimit = 500;

function parse(template: string): Template[] {
  const cached = parsed.get(template);
  if (cached) return cached;

  const tpl = liquid.parse(fromJinja(template));
  if (parsed.size >= cacheLimit) parsed.clear();
  parsed.set(template, tpl);
  return tpl;
}

function caseSuffix(caseKey: string | undefined): string {
  return caseKey === undefined ? '' : ` (case ${caseKey})`;
}

/** The undefined variable a liquidjs error names, if it is that kind of error. */
function undefinedVariable(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'UndefinedVariableError') return null;
  return /undefined variable: ([^,]+)/.exec(error.message)?.[1] ?? null;
}

function stripPosition(message: string): string {
  return message.replace(/, line:\d+, col:\d+$/, '');
}

/** Renders a template, returning a failure as a value with the missing variable if any. */
export function tryRenderTemplate(
  template: string,
  vars: Record<string, unknown>,
  ctx: { caseKey?: string } = {},
): RenderOutcome {
  try {
    return { ok: true, text: String(liquid.renderSync(parse(template), vars)) };
  } catch (error) {
    const variable = undefinedVariable(error);
    const what = variable
      ? `variable '${variable}' is not defined`
      : stripPosition(error instanceof Error ? error.message : String(error));
    return { ok: false, message: `template: ${what}${caseSuffix(ctx.caseKey)}`, variable };
  }
}

/** Renders strictly: a missing variable or a syntax error throws ApiError('template'). */
export function renderTemplate(
  template: string,
  vars: Record<string, unknown>,
  ctx: { caseKey?: string } = {},
): string {
  const outcome = tryRenderTemplate(template, vars, ctx);
  if (!outcome.ok) throw new ApiError('template', outcome.message);
  return outcome.text;
}

/** Renders every message's content; the first failure throws ApiError('template'). */
export function renderMessages(
  messages: Message[],
  vars: Record<string, unknown>,
  caseKey?: string,
): Message[] {
  const ctx = caseKey === undefined ? {} : { caseKey };
  return messages.map((message) => ({
    ...message,
    content: renderTemplate(message.content, vars, ctx),
  }));
}

/**
 * The top-level variables a template reads from its inputs, in order of first use. Loop
 * variables and `assign`/`set` names are not inputs. A template that does not parse has none.
 */
export function templateVariables(template: string): string[] {
  try {
    return [...new Set(liquid.globalVariablesSync(parse(template)))];
  } catch {
    return [];
  }
}

/** The syntax error of a template (liquidjs stops at the first), or an empty list. */
export function templateErrors(template: string): TemplateSyntaxError[] {
  try {
    parse(template);
    return [];
  } catch (error) {
    return [toSyntaxError(error)];
  }
}

function toSyntaxError(error: unknown): TemplateSyntaxError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /line:(\d+), col:(\d+)$/.exec(message);
  return {
    message: `template: ${stripPosition(message)}`,
    line: Number(position?.[1] ?? 1),
    column: Number(position?.[2] ?? 1),
  };
}
