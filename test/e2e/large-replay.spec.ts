import { test, expect } from './fixtures.ts';
import { addModelEndpoint } from './seed.ts';
import { mainThreadReport, watchMainThread } from './main-thread.ts';

const rows = 2000;
const intents = ['card arrival', 'top up', 'exchange rate', 'lost card', 'refund', 'pin blocked'];

/** A banking77-like golden set: one question per row, an intent as the category. */
function largeCsv(): string {
  const lines = ['id,text,category'];
  for (let i = 1; i <= rows; i += 1) {
    const intent = intents[i % intents.length] ?? 'other';
    lines.push(`q${i},"Question ${i}: what about my ${intent}, order ${i * 7}?",${intent}`);
  }
  return lines.join('\n');
}

test('a 4000-cell replay keeps the page responsive and finishes soon after the backend', async ({
  app,
}) => {
  const call = (method: string, input: unknown) => app.backend.call(method, input);
  app.models.script({ model: 'echo-2', answer: (b) => `Intent of ${b.messages?.at(-1)?.content}` });
  const user = { role: 'user', content: 'Classify: {{ text }}' };
  await call('prompts.create', { slug: 'classify', description: 'Banking intents' });
  await call('versions.save', {
    slug: 'classify',
    content: { messages: [user], checks: [{ type: 'contains', value: 'Question' }] },
    message: 'first',
  });
  await call('golden.import', { name: 'large', fileName: 'large.csv', text: largeCsv() });
  await addModelEndpoint(app, { concurrency: 16 });

  let backendDone = 0;
  app.backend.subscribe((event) => {
    if (event === 'run.finished') backendDone = Date.now();
  });

  const { ui } = app;
  await ui.page.reload();
  await expect(ui.page.getByTestId('app-ready')).toBeVisible();
  await ui.go('Replay');
  await watchMainThread(ui.page);
  await ui.replay.start({
    golden: 'large',
    prompt: 'classify',
    versions: [1],
    models: [
      { endpoint: 'local', model: 'echo-1' },
      { endpoint: 'local', model: 'echo-2' },
    ],
  });
  await expect(ui.replay.status).toHaveText('finished', { timeout: 25_000 });
  const uiDone = Date.now();
  const blocks = await mainThreadReport(ui.page);
  const lag = uiDone - backendDone;
  test.info().annotations.push({
    type: 'main thread',
    description: `longest ${blocks.longest} ms (heartbeat gap ${blocks.longestGap} ms), total ${blocks.total} ms in ${blocks.count} long tasks; UI finished ${lag} ms after the backend`,
  });
  process.stdout.write(`large replay: ${test.info().annotations.at(-1)?.description}\n`);

  await expect(ui.replay.rows().first()).toContainText('Intent of Classify: Question 1:');
  await ui.replay.scrollGridToEnd();
  await expect(ui.replay.row(`q${rows}`)).toContainText(`Question ${rows}:`);
  await ui.expectNoError();
  // Generous so two slow cores cannot flake it; the old per-cell re-render blocked for seconds.
  expect(blocks.longest).toBeLessThan(1000);
  expect(blocks.longestGap).toBeLessThan(1000);
  expect(lag).toBeLessThan(5000);
});
