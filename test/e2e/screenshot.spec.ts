import { test, expect } from './fixtures.ts';
import { addModelEndpoint } from './seed.ts';
import { resultsDir } from './paths.ts';

const csv = [
  'id,name,company,expected',
  'ada,Ada,Acme,Hello Ada',
  'linus,Linus,Acme,Hello Linus',
  'grace,Grace,Globex,Hello Grace',
].join('\n');

/** Seeds through the backend (the flow itself is main-flow's job), then shoots the screens. */
test('saves screenshots of the replay and editor screens', async ({ app }) => {
  const call = (method: string, input: unknown) => app.backend.call(method, input);
  app.models.script({
    model: 'echo-2',
    answer: (b) => `Sure! ${b.messages?.at(-1)?.content ?? ''}`,
  });
  app.models.script({ model: 'echo-2', match: 'Grace', fault: { kind: 'server', status: 500 } });

  await call('prompts.create', { slug: 'support/greeter', description: 'Greets a customer' });
  const system = { role: 'system', content: 'You greet customers of {{ company }} by name.' };
  const checks = [{ type: 'contains', value: 'Hello' }];
  const v1 = { messages: [system, { role: 'user', content: 'Hello {{ name }}' }], checks };
  const v2 = {
    messages: [system, { role: 'user', content: 'Hi {{ name }}, welcome back' }],
    checks,
  };
  await call('versions.save', { slug: 'support/greeter', content: v1, message: 'first draft' });
  await call('versions.save', { slug: 'support/greeter', content: v2, message: 'warmer tone' });
  await call('golden.import', { name: 'customers', fileName: 'customers.csv', text: csv });
  await addModelEndpoint(app, {
    name: 'local-llama',
    priceInPerM: 0.5,
    priceOutPerM: 1.5,
    concurrency: 4,
  });

  const { ui } = app;
  await ui.page.reload();
  await expect(ui.page.getByTestId('app-ready')).toBeVisible();
  await ui.go('Replay');
  await ui.replay.start({
    golden: 'customers',
    prompt: 'support/greeter',
    versions: [1, 2],
    models: [
      { endpoint: 'local-llama', model: 'echo-1' },
      { endpoint: 'local-llama', model: 'echo-2' },
    ],
  });
  await ui.replay.waitFinished();
  await expect(ui.replay.grid.locator('.diff-removed').first()).toBeVisible();
  await ui.page.screenshot({ path: `${resultsDir}/screenshot.png`, fullPage: true });
  await ui.replay.regressionsOnly(true);
  await expect(ui.replay.rows()).toHaveCount(3);
  await expect(ui.replay.summaryRow(2)).toContainText('3');
  await ui.replay.regressionsOnly(false);

  await ui.go('Prompts');
  await ui.prompts.select('support/greeter');
  await ui.prompts.compare(1, 2);
  await ui.prompts.setMessage(0, 'You greet customers of {{ company }} in a {{ tone }} voice.');
  await expect(ui.prompts.message(0).getByTestId('undefined-vars')).toContainText('tone');
  await expect(ui.prompts.message(0).locator('.squiggly-warning')).toHaveCount(1);
  await ui.page.screenshot({ path: `${resultsDir}/screenshot-editor.png`, fullPage: true });
});
