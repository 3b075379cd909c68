import { expect, type Locator, type Page } from '@playwright/test';

export interface ReplayChoice {
  golden: string;
  prompt: string;
  versions: number[];
  /** Endpoint name and model, as listed under Models. */
  models: Array<{ endpoint: string; model: string }>;
}

export class ReplayPage {
  readonly grid: Locator;
  readonly summary: Locator;
  readonly status: Locator;
  readonly runList: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByTestId('replay-grid');
    this.summary = page.getByTestId('run-summary');
    this.status = page.getByTestId('run-status');
    this.runList = page.getByTestId('run-list');
  }

  async start(choice: ReplayChoice): Promise<void> {
    await this.page.getByLabel('Replay golden set').selectOption(choice.golden);
    await this.page.getByLabel('Replay prompt').selectOption(choice.prompt);
    for (const v of choice.versions)
      await this.page.getByLabel(`Replay ${choice.prompt}@${v}`).check();
    for (const m of choice.models)
      await this.page.getByLabel(`Model ${m.endpoint} ${m.model}`).check();
    await this.page.getByRole('button', { name: 'Start replay' }).click();
    await expect(this.grid).toBeVisible();
  }

  async waitFinished(): Promise<void> {
    await expect(this.status).toHaveText('finished');
  }

  columns(): Locator {
    return this.grid.locator('thead th[data-testid^="column-"]');
  }

  rows(): Locator {
    return this.grid.getByTestId('grid-row');
  }

  row(caseKey: string): Locator {
    return this.grid.locator(`[data-testid="grid-row"][data-case="${caseKey}"]`);
  }

  /** Scrolls the grid's own scroller (or the page, when the grid does not scroll) to the end. */
  async scrollGridToEnd(): Promise<void> {
    await this.page.getByTestId('grid-scroller').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
  }

  summaryRow(index: number): Locator {
    return this.page.getByTestId(`summary-${index}`);
  }

  async regressionsOnly(on: boolean): Promise<void> {
    await this.page.getByLabel('Regressions only').setChecked(on);
  }
}
