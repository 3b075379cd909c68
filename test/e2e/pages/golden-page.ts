import { type Locator, type Page } from '@playwright/test';

export interface ImportOptions {
  expectedColumn?: string;
  idColumn?: string;
}

export class GoldenPage {
  readonly cases: Locator;

  constructor(readonly page: Page) {
    this.cases = page.getByTestId('cases-table');
  }

  /** Imports a file; an empty name leaves the default (the file name without extension). */
  async import(name: string, file: string, options: ImportOptions = {}): Promise<void> {
    await this.page.getByLabel('Golden file').setInputFiles(file);
    await this.page.getByLabel('Golden set name').fill(name);
    await this.page.getByLabel('Expected output column').fill(options.expectedColumn ?? '');
    await this.page.getByLabel('Case id column').fill(options.idColumn ?? '');
    await this.page.getByRole('button', { name: 'Import' }).click();
  }

  /** The expected-output cells, in case order. */
  expected(): Locator {
    return this.cases.getByTestId('expected');
  }
}
