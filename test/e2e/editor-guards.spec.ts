import { test, expect, type RunningApp } from './fixtures.ts';

async function seedTwoPrompts(app: RunningApp): Promise<void> {
  for (const slug of ['alpha', 'beta']) {
    await app.backend.call('prompts.create', { slug, description: '' });
    const user = { role: 'user', content: `I am ${slug}` };
    await app.backend.call('versions.save', {
      slug,
      content: { messages: [user], checks: [] },
      message: 'first',
    });
  }
  await app.ui.page.reload();
  await expect(app.ui.page.getByTestId('app-ready')).toBeVisible();
}

const typed = (text: string) => text.replace(/ /g, '\u00a0');

test.describe('editor guards', () => {
  test('asks before unsaved work is discarded, and keeps it when the user says no', async ({
    app,
  }) => {
    await seedTwoPrompts(app);
    const { ui, page } = { ui: app.ui, page: app.ui.page };
    await ui.prompts.select('alpha');
    await ui.prompts.setMessage(0, 'unsaved work');
    const lines = ui.prompts.message(0).locator('.view-lines');
    const questions: string[] = [];

    page.once('dialog', (d) => {
      questions.push(d.message());
      void d.dismiss();
    });
    await ui.prompts.listItem('beta').click();
    await expect.poll(() => questions.length).toBe(1);
    await expect(ui.prompts.heading('alpha')).toBeVisible();
    await expect(lines).toHaveText(typed('unsaved work'));

    page.once('dialog', (d) => void d.dismiss());
    await ui.prompts.openVersion(1);
    await expect(lines).toHaveText(typed('unsaved work'));

    page.once('dialog', (d) => void d.dismiss());
    await ui.prompts.listItem('alpha').click();
    await expect(lines).toHaveText(typed('unsaved work'));

    page.once('dialog', (d) => {
      questions.push(d.message());
      void d.accept();
    });
    await ui.prompts.listItem('beta').click();
    await expect(ui.prompts.heading('beta')).toBeVisible();
    await expect(lines).toHaveText(typed('I am beta'));
    expect(questions[0]).toContain('Discard unsaved changes to alpha');
    expect(questions).toHaveLength(2);

    // Nothing unsaved now: no question (Playwright would dismiss one, and the switch would fail).
    await ui.prompts.select('alpha');
    await ui.prompts.setMessage(0, 'second try');
    page.once('dialog', (d) => void d.accept());
    await ui.prompts.openVersion(1);
    await expect(lines).toHaveText(typed('I am alpha'));
  });

  test('refuses to save a template with a syntax error and says when nothing changed', async ({
    app,
  }) => {
    await seedTwoPrompts(app);
    const { ui, page } = { ui: app.ui, page: app.ui.page };
    await ui.prompts.select('alpha');
    await expect(ui.prompts.saveButton).toBeDisabled();
    await expect(ui.prompts.editor.getByTestId('save-hint')).toHaveText(
      'No changes: v1 already has this content',
    );
    await page.keyboard.press('ControlOrMeta+S');
    await expect(ui.notice).toContainText('No changes: v1 already has this content');
    await expect(ui.prompts.saveDialog).toHaveCount(0);

    await ui.prompts.setMessage(0, 'Hello {{ name ');
    await expect(ui.prompts.message(0).locator('.fail')).toBeVisible();
    await ui.prompts.saveButton.click();
    await expect(ui.errorBanner).toContainText('save: message 1 (user):');
    await expect(ui.errorBanner).toContainText('fix it before saving');
    await expect(ui.prompts.saveDialog).toHaveCount(0);
    await ui.errorBanner.getByRole('button', { name: 'Dismiss error' }).click();
    await page.keyboard.press('ControlOrMeta+S');
    await expect(ui.errorBanner).toContainText('save: message 1 (user):');
    await expect(ui.prompts.saveDialog).toHaveCount(0);

    await ui.prompts.setMessage(0, 'Hello {{ name }}');
    await ui.prompts.addCheck('regex', '([a-z');
    await expect(ui.errorBanner).toContainText('regex "([a-z" does not compile');
    await ui.prompts.save('fixed', 2);
    await expect(ui.notice).toContainText('Saved alpha version 2');
    await ui.expectNoError();
  });
});
