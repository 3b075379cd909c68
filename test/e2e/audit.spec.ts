import { readFile } from 'node:fs/promises';
import type { Run } from '../../shared/domain/index.ts';
import { test, expect, type RunningApp } from './fixtures.ts';
import { addModelEndpoint } from './seed.ts';

/** Replays a two-case golden set once, through the API, and waits for the run to finish. */
async function replayOnce(app: RunningApp): Promise<void> {
  const { backend } = app;
  await backend.call('prompts.create', { slug: 'audit/greeter' });
  await backend.call('versions.save', {
    slug: 'audit/greeter',
    content: { messages: [{ role: 'user', content: 'Hello {{ name }}' }] },
    message: 'v1',
  });
  const text = 'id,name\nada,Ada\nlinus,Linus\n';
  await backend.call('golden.import', { name: 'people', fileName: 'people.csv', text });
  const endpoint = await addModelEndpoint(app, { name: 'models', models: ['echo-1'] });
  const variant = { slug: 'audit/greeter', version: 1, endpointId: endpoint.id, model: 'echo-1' };
  await backend.call('replay.start', { golden: 'people', variants: [variant] });
  await expect
    .poll(async () => ((await backend.call('runs.list', {})) as Run[])[0]?.status)
    .toBe('finished');
}

test('the audit screen lists the calls of a prompt and exports them as evidence', async ({
  app,
}) => {
  await replayOnce(app);
  const { page } = app.ui;
  await app.ui.go('Audit');
  await page.getByLabel('Filter by prompt').fill('audit/greeter');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByTestId('audit-table').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('audit-count')).toContainText('2 most recent records');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export evidence' }).click();
  const file = await (await download).path();
  const evidence = JSON.parse(await readFile(file, 'utf8')) as {
    chain: { ok: boolean };
    filter: { slug: string };
    records: { promptSlug: string; caseKey: string; output: string }[];
  };
  expect(evidence.chain.ok).toBe(true);
  expect(evidence.filter.slug).toBe('audit/greeter');
  const calls = evidence.records.map((r) => `${r.caseKey}: ${r.output}`).sort();
  expect(calls).toEqual(['ada: echo: Hello Ada', 'linus: echo: Hello Linus']);
  await expect(page.getByTestId('audit-verdict')).toContainText('chain intact');
  await expect(app.ui.notice).toContainText('Exported 2 audit records');
});
