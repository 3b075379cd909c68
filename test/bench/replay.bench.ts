import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../../shared/checks/index.ts';
import { wordDiff } from '../../shared/diff/index.ts';
import { renderMessages } from '../../shared/templates/index.ts';
import { importGolden } from '../../electron/services/import/index.ts';
import { startReplay } from '../../electron/services/replay/index.ts';
import type { Workspace } from '../../electron/services/store/index.ts';
import { startModelServer } from '../support/model-server/index.ts';
import { measure, type Figure } from './measure.ts';

const readLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));

/** Pure per-cell work (render, checks, diff) over IFEval's 541 recorded GPT-4 answers. */
export async function cellWorkFigures(dataDir: string): Promise<Figure[]> {
  const rows = readLines(
    join(dataDir, 'ifeval', 'input_response_data_gpt4_20231107_145030.jsonl'),
  ) as {
    prompt: string;
    response: string;
  }[];
  const messages = [{ role: 'user' as const, content: 'Follow this: {{ prompt }}' }];
  const checks = [
    { type: 'is-json' as const },
    { type: 'not-contains' as const, value: ',' },
    { type: 'regex' as const, pattern: '^[A-Z]' },
  ];

  const render = await measure('templates: render a chat prompt', rows.length, 'cases', () =>
    rows.forEach((row) => renderMessages(messages, { prompt: row.prompt }, 'bench')),
  );
  const check = await measure('checks: three structural checks', rows.length, 'outputs', () =>
    rows.forEach((row) => runChecks(checks, row.response, null)),
  );
  const diff = await measure(
    'diff: word diff of an answer against a variant',
    rows.length,
    'pairs',
    () => rows.forEach((row) => wordDiff(row.response, row.response.replaceAll('the', 'a'))),
  );
  return [render, check, diff];
}

/** A whole replay over real HTTP: 541 IFEval cases × 2 models against our model server. */
export async function replayFigures(open: () => Workspace, dataDir: string): Promise<Figure[]> {
  const server = await startModelServer({
    models: ['m1', 'm2'],
    script: [{ answer: 'A short answer.' }],
  });
  const ws = open();
  try {
    const text = readFileSync(join(dataDir, 'ifeval', 'input_data.jsonl'), 'utf8');
    importGolden(ws, { name: 'ifeval', fileName: 'input_data.jsonl', text });
    ws.versions.save({
      slug: 'bench/ifeval',
      content: {
        messages: [{ role: 'user', content: '{{ prompt }}' }],
        model: {},
        checks: [{ type: 'is-json' }],
      },
      message: 'bench',
      author: 'bench',
    });
    const endpoint = ws.endpoints.ensureByUrl(server.url, 'bench');
    ws.endpoints.save({ ...endpoint, concurrency: 8 });
    const variants = ['m1', 'm2'].map((model) => ({
      slug: 'bench/ifeval',
      version: 1,
      endpointId: endpoint.id,
      model,
    }));
    const deps = { ws, secrets: () => undefined, emit: () => undefined, user: 'bench' };

    const figure = await measure(
      'replay: 541 cases × 2 models, concurrency 8',
      1082,
      'cells',
      async () => {
        await startReplay(deps, { golden: 'ifeval', variants, baselineIndex: 0 }).done;
      },
      2,
    );
    return [figure];
  } finally {
    ws.close();
    await server.close();
  }
}
