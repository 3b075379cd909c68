import { test, expect } from './fixtures.ts';
import { addModelEndpoint } from './seed.ts';

test('a running replay can be cancelled from the UI and then finished with Retry failed', async ({
  app,
}) => {
  const call = (method: string, input: unknown) => app.backend.call(method, input);
  app.models.script({ model: 'echo-1', delayMs: 150, answer: 'slow answer' });
  await call('prompts.create', { slug: 'slow' });
  const content = { messages: [{ role: 'user', content: 'Say {{ n }}' }] };
  await call('versions.save', { slug: 'slow', content, message: 'first' });
  const rows = Array.from({ length: 30 }, (_, i) => `c${i},${i}`).join('\n');
  await call('golden.import', { name: 'many', fileName: 'many.csv', text: `id,n\n${rows}\n` });
  await addModelEndpoint(app, { concurrency: 1 });

  const { ui } = app;
  await ui.page.reload();
  await expect(ui.page.getByTestId('app-ready')).toBeVisible();
  await ui.go('Replay');
  await ui.replay.start({
    golden: 'many',
    prompt: 'slow',
    versions: [1],
    models: [{ endpoint: 'local', model: 'echo-1' }],
  });
  await expect(ui.replay.status).toHaveText('running');
  await ui.page.getByRole('button', { name: 'Cancel run' }).click();
  await expect(ui.replay.status).toHaveText('interrupted');
  await expect(ui.page.getByRole('button', { name: 'Cancel run' })).toHaveCount(0);

  await ui.page.getByRole('button', { name: /Retry failed/ }).click();
  await ui.replay.waitFinished();
  await expect(ui.notice).toContainText('Retry finished');
  await ui.expectNoError();
});
