import { expect, type Page } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async setExportRepo(path: string): Promise<void> {
    await this.page.getByLabel('Export repository path').fill(path);
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.page.getByTestId('repo-path')).toHaveText(`current: ${path}`);
  }
}
