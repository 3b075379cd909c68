import { expect, type Locator, type Page } from '@playwright/test';
import { PromptsPage } from './prompts-page.ts';
import { GoldenPage } from './golden-page.ts';
import { EndpointsPage } from './endpoints-page.ts';
import { ReplayPage } from './replay-page.ts';
import { SettingsPage } from './settings-page.ts';

export type ScreenName = 'Prompts' | 'Golden sets' | 'Endpoints' | 'Replay' | 'Audit' | 'Settings';

/** The shell: navigation, the ready signal, banners; each screen has its own page object. */
export class AppPage {
  readonly errorBanner: Locator;
  readonly notice: Locator;
  readonly prompts: PromptsPage;
  readonly golden: GoldenPage;
  readonly endpoints: EndpointsPage;
  readonly replay: ReplayPage;
  readonly settings: SettingsPage;

  constructor(readonly page: Page) {
    this.errorBanner = page.getByTestId('error-banner');
    this.notice = page.getByTestId('notice');
    this.prompts = new PromptsPage(page);
    this.golden = new GoldenPage(page);
    this.endpoints = new EndpointsPage(page);
    this.replay = new ReplayPage(page);
    this.settings = new SettingsPage(page);
  }

  /** Opens the printed URL and waits for the ready signal (workspace.info loaded). */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByTestId('app-ready')).toBeVisible();
  }

  async go(screen: ScreenName): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('button', { name: screen })
      .click();
  }

  /** Fails with the banner's text when an API error is showing. */
  async expectNoError(): Promise<void> {
    await expect(this.errorBanner).toHaveCount(0);
  }
}
