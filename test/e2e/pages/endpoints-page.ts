import { expect, type Page } from '@playwright/test';

export interface EndpointFields {
  name: string;
  baseUrl: string;
  models: string[];
  concurrency?: number;
}

export class EndpointsPage {
  constructor(readonly page: Page) {}

  async add(fields: EndpointFields): Promise<void> {
    await this.page.getByRole('button', { name: '+ New endpoint' }).click();
    const form = this.page.getByRole('form', { name: 'Endpoint' });
    await form.getByLabel('Name').fill(fields.name);
    await form.getByLabel('Base URL').fill(fields.baseUrl);
    await form.getByLabel('Models').fill(fields.models.join(', '));
    await form.getByLabel('Concurrency').fill(String(fields.concurrency ?? 4));
    await form.getByRole('button', { name: 'Save endpoint' }).click();
    await expect(this.page.getByTestId('endpoint-list')).toContainText(fields.name);
  }

  /** Asks the open (saved) endpoint for its models, expects them, and saves them. */
  async fetchModels(expected: string[]): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Endpoint' });
    await form.getByRole('button', { name: 'Fetch models' }).click();
    await expect(form.getByLabel('Models')).toHaveValue(expected.join(', '));
    await form.getByRole('button', { name: 'Save endpoint' }).click();
    await expect(this.page.getByTestId('endpoint-list')).toContainText(expected.join(', '));
  }
}
