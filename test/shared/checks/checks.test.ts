import { describe, expect, it } from 'vitest';
import { agreement, normalise, runChecks } from '../../../shared/checks/index.ts';
import type { CheckSpec } from '../../../shared/domain/index.ts';

function one(spec: CheckSpec, output: string, expected: string | null = null) {
  const [result] = runChecks([spec], output, expected);
  if (!result) throw new Error('no result');
  return result;
}

describe('runChecks', () => {
  it('passes bare JSON and fails JSON inside a code fence, saying it is fenced', () => {
    expect(one({ type: 'is-json' }, ' {"a": [1, 2]}\n').pass).toBe(true);

    const fenced = one({ type: 'is-json' }, '```json\n{"a": 1}\n```');
    expect(fenced).toMatchObject({ name: 'is-json', type: 'is-json', pass: false });
    expect(fenced.detail).toContain('code fence');
    expect(one({ type: 'is-json' }, '{"a": ').detail).toMatch(/^output is not valid JSON: /);
  });

  it('checks contains and not-contains, optionally ignoring case', () => {
    expect(one({ type: 'contains', value: 'Refund' }, 'a refund').pass).toBe(false);
    expect(one({ type: 'contains', value: 'Refund', ignoreCase: true }, 'a refund').pass).toBe(
      true,
    );
    expect(one({ type: 'not-contains', value: ',' }, 'a, b')).toMatchObject({
      pass: false,
      detail: '"," found at character 2',
    });
    expect(one({ type: 'not-contains', value: 'X', ignoreCase: true }, 'abc').pass).toBe(true);
  });

  it('fails an invalid regex with a clear detail instead of throwing', () => {
    const result = one({ type: 'regex', pattern: '(unclosed' }, 'anything');
    expect(result.pass).toBe(false);
    expect(result.detail).toMatch(/^invalid regex \/\(unclosed\/: /);
    expect(one({ type: 'regex', pattern: '^\\d+$', flags: 'm' }, 'x\n42').detail).toBe(
      'matched "42"',
    );
  });

  it('checks starts-with and names checks from their parameters', () => {
    expect(one({ type: 'starts-with', value: 'Dear' }, 'Dear Ada').pass).toBe(true);
    expect(one({ type: 'starts-with', value: 'Dear' }, 'Hi Ada')).toMatchObject({
      name: 'starts-with "Dear"',
      pass: false,
      detail: 'starts with "Hi Ada" instead',
    });
    expect(one({ type: 'contains', value: 'x', name: 'mentions x' }, 'x').name).toBe('mentions x');
  });

  it('compares with the expected output exactly or normalised', () => {
    expect(one({ type: 'equals-expected' }, 'Yes.', 'yes').pass).toBe(false);
    expect(one({ type: 'equals-expected', mode: 'normalised' }, '"Yes."', 'yes').pass).toBe(true);
  });

  it('fails equals-expected when the case has no expected output', () => {
    expect(one({ type: 'equals-expected' }, 'anything', null)).toMatchObject({
      pass: false,
      detail: 'case has no expected output',
    });
  });
});

describe('agreement', () => {
  it('agrees exactly only on identical text', () => {
    expect(agreement('billing', 'billing')).toEqual({ exact: true, normalised: true });
  });

  it('agrees once normalised across case, spacing, quotes and a trailing period', () => {
    expect(agreement('  "The  Sky\nis Blue."  ', 'the sky is blue')).toEqual({
      exact: false,
      normalised: true,
    });
    expect(normalise('\u201cYes\u201d.')).toBe('yes');
    expect(agreement('blue', 'red').normalised).toBe(false);
  });
});
