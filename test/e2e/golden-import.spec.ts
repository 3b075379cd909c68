import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';

test.describe('golden import', () => {
  test('names the set after the file and reads the expected and id columns given', async ({
    app,
  }) => {
    const file = join(app.dir, 'banking-intents.csv');
    const rows = ['ref,text,category', 'r1,Where is my card?,card_arrival', 'r2,Top up?,top_up'];
    await writeFile(file, rows.join('\n'));
    const { ui } = app;
    await ui.go('Golden sets');
    await ui.golden.import('', file, { expectedColumn: 'category', idColumn: 'ref' });

    await expect(ui.notice).toContainText('Imported 2 cases into banking-intents #1');
    await expect(ui.page.getByTestId('golden-list')).toContainText('banking-intents');
    await expect(ui.golden.expected()).toHaveText(['card_arrival', 'top_up']);
    await expect(ui.golden.cases.locator('tbody code')).toHaveText(['r1', 'r2']);
    await ui.expectNoError();
  });

  test('cuts a 5 MB cell to its start and keeps the expected column in view', async ({ app }) => {
    const file = join(app.dir, 'huge.csv');
    const huge = 'word '.repeat(1_000_000).trim();
    await writeFile(file, `id,text,expected\nbig,${huge},short answer\nsmall,hi,hello\n`);
    const { ui } = app;
    await ui.go('Golden sets');
    await ui.golden.import('huge', file);

    const row = ui.golden.cases.locator('tbody tr').first();
    await expect(row).toContainText(`(${huge.length.toLocaleString('en')} chars)`);
    await expect(row.getByTestId('expected')).toHaveText('short answer');
    await expect(row.getByTestId('expected')).toBeInViewport();
    const shown = await row.locator('td').nth(1).innerText();
    expect(shown.length).toBeLessThan(400);
  });
});
