import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks/index.ts';

// Read in place from the shared data folder beside the repository; never copied into it.
const dataDir = new URL('../../../../shared/data/ifeval/', import.meta.url);

interface IfevalPrompt {
  key: number;
  prompt: string;
  instruction_id_list: string[];
}

function readJsonl<T>(name: string): T[] {
  const text = readFileSync(new URL(name, dataDir), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

describe('checks on IFEval with GPT-4 responses', () => {
  const prompts = readJsonl<IfevalPrompt>('input_data.jsonl');
  const responses = new Map(
    readJsonl<{ prompt: string; response: string }>(
      'input_response_data_gpt4_20231107_145030.jsonl',
    ).map((row) => [row.prompt, row.response]),
  );

  it('joins every prompt to its response on the prompt text', () => {
    expect(prompts).toHaveLength(541);
    expect(prompts.every((row) => responses.has(row.prompt))).toBe(true);
  });

  it('fails is-json on the 6 of 17 json_format responses that start with a code fence', () => {
    const json = prompts.filter((row) =>
      row.instruction_id_list.includes('detectable_format:json_format'),
    );
    const results = json.map((row) => ({
      key: row.key,
      result: runChecks([{ type: 'is-json' }], responses.get(row.prompt) ?? '', null)[0],
    }));
    const failed = results.filter((item) => !item.result?.pass);

    expect(json).toHaveLength(17);
    expect(failed.map((item) => item.key).sort((a, b) => a - b)).toEqual([
      13, 1148, 2404, 2591, 2857, 3506,
    ]);
    expect(failed.every((item) => item.result?.detail.includes('code fence'))).toBe(true);
  });

  it('finds commas in responses to no-comma prompts with not-contains', () => {
    const noComma = prompts.filter((row) =>
      row.instruction_id_list.includes('punctuation:no_comma'),
    );
    const failing = noComma.filter(
      (row) =>
        !runChecks([{ type: 'not-contains', value: ',' }], responses.get(row.prompt) ?? '', null)[0]
          ?.pass,
    );

    expect(noComma.length).toBeGreaterThan(0);
    expect(failing.length).toBeLessThan(noComma.length);
  });
});
