import { expect, type Locator, type Page } from '@playwright/test';

export class PromptsPage {
  readonly editor: Locator;
  readonly saveButton: Locator;
  readonly saveDialog: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByTestId('prompt-editor');
    this.saveButton = this.editor.getByRole('button', { name: 'Save version' });
    this.saveDialog = page.getByRole('dialog', { name: 'Save version' });
  }

  listItem(slug: string): Locator {
    return this.page.getByTestId('prompt-list').getByRole('button', { name: slug });
  }

  heading(slug: string): Locator {
    return this.editor.getByRole('heading', { name: slug });
  }

  /** "Open" on a history row; a dialog handler must be set when the draft has changes. */
  async openVersion(number: number): Promise<void> {
    await this.versionRow(number).getByRole('button', { name: 'Open' }).click();
  }

  async create(slug: string, description: string): Promise<void> {
    await this.page.getByLabel('New prompt slug').fill(slug);
    await this.page.getByLabel('New prompt description').fill(description);
    await this.page.getByRole('button', { name: 'Create prompt' }).click();
    await expect(this.editor.getByRole('heading', { name: slug })).toBeVisible();
  }

  async select(slug: string): Promise<void> {
    await this.listItem(slug).click();
    await expect(this.heading(slug)).toBeVisible();
  }

  message(index: number): Locator {
    return this.page.getByTestId(`message-${index}`);
  }

  /** Replaces a message's template by typing into its Monaco editor, as a user would. */
  async setMessage(index: number, text: string): Promise<void> {
    const monaco = this.message(index).locator('.monaco-editor');
    await expect(monaco).toBeVisible();
    await monaco.locator('.view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Escape');
    await expect(monaco.locator('.view-lines')).toHaveText(text.replace(/ /g, '\u00a0'));
  }

  async addCheck(type: string, value = ''): Promise<void> {
    await this.page.getByLabel('Check type').selectOption(type);
    if (value !== '') await this.page.getByLabel('Check value').fill(value);
    await this.page.getByRole('button', { name: 'Add check' }).click();
  }

  /** Saves through Ctrl/Cmd+S and the commit-message dialog; waits for the new history row. */
  async save(message: string, expectedVersion: number): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+S');
    const dialog = this.saveDialog;
    await dialog.getByLabel('Commit message').fill(message);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.versionRow(expectedVersion)).toBeVisible();
  }

  versionRow(number: number): Locator {
    return this.page.getByTestId(`version-row-${number}`);
  }

  async compare(a: number, b: number): Promise<void> {
    await this.page.getByLabel(`Compare version ${a}`).check();
    await this.page.getByLabel(`Compare version ${b}`).check();
    await expect(
      this.page.getByTestId('version-diff').locator('.monaco-diff-editor'),
    ).toBeVisible();
  }

  async approve(number: number, note: string): Promise<void> {
    await this.page.getByLabel('Action version').selectOption(String(number));
    await this.page.getByLabel('Approval note').fill(note);
    await this.page.getByRole('button', { name: 'Approve' }).click();
    await expect(this.versionRow(number).getByText('approved')).toBeVisible();
  }

  async exportVersion(number: number): Promise<Locator> {
    await this.page.getByLabel('Action version').selectOption(String(number));
    await this.page.getByRole('button', { name: 'Export to git' }).click();
    const result = this.page.getByTestId('export-result');
    await expect(result).toBeVisible();
    return result;
  }

  /** Moves a label to a version with the version actions bar. */
  async moveLabel(version: number, label: string): Promise<void> {
    const bar = this.page.getByLabel('Version actions');
    await bar.getByLabel('Action version').selectOption(String(version));
    await bar.getByLabel('Label name').fill(label);
    await bar.getByRole('button', { name: 'Move label here' }).click();
  }
}
