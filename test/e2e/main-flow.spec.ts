import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { exportRepo, git } from './git.ts';

const goldenCsv =
  'id,name,expected\nada,Ada,Hello Ada\nlinus,Linus,Hello Linus\ngrace,Grace,Hello Grace\n';

test.describe('main flow', () => {
  test('writes two versions, replays them on two models, approves and exports to git', async ({
    app,
  }) => {
    const ui = app.ui;
    // echo-2 answers differently from echo-1, so the model columns differ from the baseline too.
    app.models.script({
      model: 'echo-2',
      answer: (body) => `Reply: ${body.messages?.at(-1)?.content ?? ''}`,
    });

    await ui.prompts.create('greeter', 'Greets a person');
    await ui.prompts.setMessage(1, 'Hello {{ name }}');
    await ui.prompts.addCheck('contains', 'Hello');
    await ui.prompts.save('first version', 1);

    await ui.prompts.setMessage(1, 'Hello {{ name }}, how are you today?');
    await ui.prompts.save('friendlier greeting', 2);
    await ui.prompts.compare(1, 2);
    await ui.expectNoError();

    const csv = join(app.dir, 'people.csv');
    await writeFile(csv, goldenCsv);
    await ui.go('Golden sets');
    await ui.golden.import('people', csv);
    await expect(ui.golden.cases).toContainText('Linus');
    await expect(ui.golden.cases.locator('tbody tr')).toHaveCount(3);

    await ui.go('Endpoints');
    await ui.endpoints.add({ name: 'test-server', baseUrl: app.models.url, models: [] });
    await ui.endpoints.fetchModels(['echo-1', 'echo-2']);

    await ui.go('Replay');
    await ui.replay.start({
      golden: 'people',
      prompt: 'greeter',
      versions: [1, 2],
      models: [
        { endpoint: 'test-server', model: 'echo-1' },
        { endpoint: 'test-server', model: 'echo-2' },
      ],
    });
    await ui.replay.waitFinished();
    await expect(ui.replay.columns()).toHaveCount(4);
    await expect(ui.replay.rows()).toHaveCount(3);
    await expect(ui.replay.grid.locator('.diff-added').first()).toBeVisible();
    await expect(ui.replay.grid.locator('.chip-pass').first()).toBeVisible();
    await expect(ui.replay.rows().first()).toContainText('Hello Ada');
    await expect(ui.replay.summaryRow(0)).toContainText('baseline');
    await expect(ui.replay.summaryRow(3)).toContainText('greeter@2');
    await ui.expectNoError();

    const { repo } = exportRepo(app.dir);
    await ui.go('Settings');
    await ui.settings.setExportRepo(repo);

    await ui.go('Prompts');
    await ui.prompts.select('greeter');
    await ui.prompts.approve(2, 'reads better');
    await ui.prompts.moveLabel(2, 'production');
    await expect(ui.page.getByTestId('version-row-2')).toContainText('production');
    await ui.prompts.moveLabel(1, 'production');
    await expect(ui.notice).toContainText('production → greeter v1 (was v2)');
    await expect(ui.page.getByTestId('version-row-1')).toContainText('production');
    await expect(ui.page.getByTestId('version-row-2')).not.toContainText('production');
    const result = await ui.prompts.exportVersion(2);
    await ui.expectNoError();

    const log = git(repo, 'log', '--name-only', '--format=%H %s', '-1');
    const [sha] = log.split(' ');
    await expect(result).toContainText(sha?.slice(0, 10) ?? 'missing');
    expect(log).toContain('prompts/greeter.prompt.yaml');
    expect(log.toLowerCase()).toContain('greeter');
  });
});
