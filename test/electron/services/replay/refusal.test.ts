import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startReplay } from '../../../../electron/services/replay/index.ts';
import { addEndpoint, makeFixture, saveVersion, testCase, type Fixture } from './fixture.ts';

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.cleanup());

const start = (slug: string, versions: number[]) => {
  const endpoint = addEndpoint(fx.ws, 'http://127.0.0.1:1/v1');
  const variants = versions.map((version) => ({
    slug,
    version,
    endpointId: endpoint.id,
    model: 'm',
  }));
  return () => startReplay(fx.deps, { golden: 'big', variants, baselineIndex: 0 });
};

describe('replay: refusing to start over missing variables', () => {
  it('names each missing variable once per version with a count and the first case keys', () => {
    const cases = Array.from({ length: 541 }, (_, i) => testCase(String(i + 1), { prompt: 'p' }));
    fx.ws.golden.addSnapshot({ name: 'big', sourceFile: 'big.jsonl', cases });
    saveVersion(fx.ws, 'samples/x', { messages: [{ role: 'user', content: '{{ prompt }}' }] });
    saveVersion(fx.ws, 'samples/x', {
      messages: [
        { role: 'system', content: 'Hello {{ name }}' },
        { role: 'user', content: '{{ name }}: {{ prompt }} {{ topic }}' },
      ],
    });

    expect(start('samples/x', [1, 2])).toThrow(
      expect.objectContaining({
        kind: 'template',
        message:
          "replay: cannot start: variable 'name' is not defined in 541 of 541 cases " +
          "(1, 2, 3, …) for samples/x v2; variable 'topic' is not defined in 541 of 541 " +
          'cases (1, 2, 3, …) for samples/x v2',
      }),
    );
    expect(fx.ws.runs.list()).toEqual([]);
  });

  it('lists only the cases that lack the variable', () => {
    const cases = [
      testCase('a', { q: 1, name: 'x' }),
      testCase('b', { q: 2 }),
      testCase('c', { q: 3, name: 'y' }),
    ];
    fx.ws.golden.addSnapshot({ name: 'big', sourceFile: 'small.csv', cases });
    saveVersion(fx.ws, 'greet', { messages: [{ role: 'user', content: '{{ name }} {{ q }}' }] });

    expect(start('greet', [1])).toThrow(
      "replay: cannot start: variable 'name' is not defined in 1 of 3 cases (b) for greet v1",
    );
  });
});
