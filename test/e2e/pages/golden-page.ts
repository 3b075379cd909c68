import { type Locator, type Page } from '@playwright/test';

export class GoldenPage {
  readonly cases: Locator;

  constructor(readonly page: Page) {
    this.cases = page.getByTestId('cases-table');
  }

  async import(name: string, file: string): Promise<void> {
    await this.page.getByLabel('Golden set name').fill(name);
    await this.page.getByLabel('Golden file').setInputFiles(file);
    await this.page.getByRole('button', { name: 'Import' }).click();
  }
}
