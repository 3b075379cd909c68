import type { CheckResult, CheckSpec } from '../domain/index.ts';
import { agreement } from './agreement.ts';

export { agreement, normalise } from './agreement.ts';

type Verdict = { pass: boolean; detail: string };
type Spec<T extends CheckSpec['type']> = Extract<CheckSpec, { type: T }>;

/**
 * Runs structural checks over one output. Never throws: a bad regex or a missing expected
 * output is a failed check whose detail says so.
 */
export function runChecks(
  specs: CheckSpec[],
  output: string,
  expected: string | null,
): CheckResult[] {
  return specs.map((spec) => ({
    name: checkName(spec),
    type: spec.type,
    ...verdict(spec, output, expected),
  }));
}

/** The check's own name, or one made from its type and parameters, e.g. `contains "refund"`. */
export function checkName(spec: CheckSpec): string {
  if (spec.name) return spec.name;

  switch (spec.type) {
    case 'is-json':
      return 'is-json';
    case 'contains':
    case 'not-contains':
    case 'starts-with':
      return `${spec.type} ${JSON.stringify(spec.value)}`;
    case 'regex':
      return `regex /${spec.pattern}/${spec.flags ?? ''}`;
    case 'equals-expected':
      return `equals-expected (${spec.mode ?? 'exact'})`;
  }
}

function verdict(spec: CheckSpec, output: string, expected: string | null): Verdict {
  switch (spec.type) {
    case 'is-json':
      return isJson(output);
    case 'contains':
      return contains(spec, output);
    case 'not-contains':
      return notContains(spec, output);
    case 'regex':
      return regex(spec, output);
    case 'starts-with':
      return startsWith(spec, output);
    case 'equals-expected':
      return equalsExpected(spec, output, expected);
  }
}

/**
 * Strict: the whole output (surrounding whitespace aside) must parse as JSON. A Markdown
 * ```json fence fails, on purpose: a caller that JSON.parses the raw output would fail too.
 */
function isJson(output: string): Verdict {
  try {
    JSON.parse(output);
    return { pass: true, detail: 'output is valid JSON' };
  } catch (error) {
    if (/^\s*```/.test(output)) {
      return { pass: false, detail: 'output is JSON inside a ``` code fence, not bare JSON' };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return { pass: false, detail: `output is not valid JSON: ${reason}` };
  }
}

function fold(text: string, ignoreCase: boolean | undefined): string {
  return ignoreCase ? text.toLowerCase() : text;
}

function contains(spec: Spec<'contains'>, output: string): Verdict {
  const found = fold(output, spec.ignoreCase).includes(fold(spec.value, spec.ignoreCase));
  const how = spec.ignoreCase ? ' (ignoring case)' : '';
  const value = JSON.stringify(spec.value);
  return { pass: found, detail: found ? `found ${value}${how}` : `${value} not found${how}` };
}

function notContains(spec: Spec<'not-contains'>, output: string): Verdict {
  const haystack = fold(output, spec.ignoreCase);
  const at = haystack.indexOf(fold(spec.value, spec.ignoreCase));
  const value = JSON.stringify(spec.value);
  if (at < 0) return { pass: true, detail: `${value} absent` };
  return { pass: false, detail: `${value} found at character ${at + 1}` };
}

function regex(spec: Spec<'regex'>, output: string): Verdict {
  let pattern: RegExp;
  try {
    pattern = new RegExp(spec.pattern, spec.flags ?? '');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { pass: false, detail: `invalid regex /${spec.pattern}/: ${reason}` };
  }

  const match = pattern.exec(output);
  if (!match) return { pass: false, detail: `no match for /${spec.pattern}/${spec.flags ?? ''}` };
  return { pass: true, detail: `matched ${JSON.stringify(clip(match[0]))}` };
}

function startsWith(spec: Spec<'starts-with'>, output: string): Verdict {
  if (output.startsWith(spec.value))
    return { pass: true, detail: `starts with ${JSON.stringify(spec.value)}` };
  return { pass: false, detail: `starts with ${JSON.stringify(clip(output))} instead` };
}

/** With no expected output the check fails (it cannot hold), and says why. */
function equalsExpected(
  spec: Spec<'equals-expected'>,
  output: string,
  expected: string | null,
): Verdict {
  if (expected === null) return { pass: false, detail: 'case has no expected output' };

  const mode = spec.mode ?? 'exact';
  const agrees = agreement(output, expected)[mode];
  const how = mode === 'exact' ? 'exactly' : 'once normalised';
  if (agrees) return { pass: true, detail: `equals the expected output ${how}` };
  return {
    pass: false,
    detail: `differs from the expected output ${JSON.stringify(clip(expected))} ${how}`,
  };
}

function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
