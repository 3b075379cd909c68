import { test, expect, type RunningApp } from './fixtures.ts';
import { addModelEndpoint } from './seed.ts';
import { exportRepo } from './git.ts';

const csv = 'id,name\nada,Ada\nlinus,Linus\ngrace,Grace\n';

async function seed(app: RunningApp): Promise<void> {
  const call = (method: string, input: unknown) => app.backend.call(method, input);
  await call('prompts.create', { slug: 'greeter', description: '' });
  const user = { role: 'user', content: 'Hello {{ name }}' };
  const content = { messages: [user], checks: [] };
  await call('versions.save', { slug: 'greeter', content, message: 'first' });
  await call('golden.import', { name: 'people', fileName: 'people.csv', text: csv });
  await addModelEndpoint(app);
  await app.ui.page.reload();
  await expect(app.ui.page.getByTestId('app-ready')).toBeVisible();
}

test.describe('feedback', () => {
  test('a later success or moving elsewhere clears an old error from the banner', async ({
    app,
  }) => {
    await seed(app);
    const { ui } = app;
    const { repo } = exportRepo(app.dir);
    await ui.go('Settings');
    await ui.settings.setExportRepo(repo);

    await ui.go('Prompts');
    await ui.prompts.select('greeter');
    await ui.page.getByRole('button', { name: 'Export to git' }).click();
    await expect(ui.errorBanner).toContainText('not approved');
    await ui.go('Golden sets');
    await ui.expectNoError();

    await ui.go('Prompts');
    await ui.prompts.select('greeter');
    await ui.page.getByRole('button', { name: 'Export to git' }).click();
    await expect(ui.errorBanner).toContainText('not approved');
    await ui.prompts.approve(1, 'fine');
    await ui.expectNoError();
    await ui.prompts.exportVersion(1);
    await expect(ui.notice).toContainText('Exported');
    await ui.expectNoError();
  });

  test('retrying failed cells says how many and shows progress until done', async ({ app }) => {
    app.models.script({ model: 'echo-2', match: 'Grace', fault: { kind: 'server', status: 500 } });
    await seed(app);
    const { ui } = app;
    await ui.go('Replay');
    await ui.replay.start({
      golden: 'people',
      prompt: 'greeter',
      versions: [1],
      models: [
        { endpoint: 'local', model: 'echo-1' },
        { endpoint: 'local', model: 'echo-2' },
      ],
    });
    await ui.replay.waitFinished();
    await expect(ui.replay.runList).toContainText('echo-1, echo-2');
    const retry = ui.page.getByRole('button', { name: 'Retry failed (1)' });
    await expect(retry).toBeEnabled();

    // The model recovers, slowly enough that the retry's progress can be seen.
    app.models.script({ model: 'echo-2', match: 'Grace', answer: 'Hi Grace', delayMs: 1500 });
    await retry.click();
    await expect(ui.notice).toContainText('Retrying 1 failed cell…');
    await expect(ui.page.getByTestId('run-progress')).toHaveText('retrying 0/1');
    await expect(ui.notice).toContainText('Retry finished: 1 cell run again, all pass now');
    await ui.replay.waitFinished();
    await expect(ui.replay.row('grace').locator('.diff-added')).toHaveText('Hi');
    await expect(ui.replay.grid.locator('[data-status="error"]')).toHaveCount(0);
    await expect(ui.page.getByRole('button', { name: 'Retry failed' })).toBeDisabled();
    await ui.expectNoError();
  });
});
