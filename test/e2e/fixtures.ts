import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { createBackend } from '../../electron/backend/index.ts';
import type { Backend } from '../../electron/backend/types.ts';
import { startHost, type Host } from '../../electron/host/index.ts';
import { startModelServer, type ModelServer } from '../support/model-server/index.ts';
import { AppPage } from './pages/app-page.ts';
import { rendererDir } from './paths.ts';

export interface RunningApp {
  backend: Backend;
  host: Host;
  models: ModelServer;
  /** A temp folder for this test: workspace, golden files, git repos. */
  dir: string;
  ui: AppPage;
}

/** The whole app in-process for one test: an isolated workspace, the host, a model server. */
export const test = base.extend<{ app: RunningApp }>({
  app: async ({ page }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'pl-e2e-'));
    const backend = await createBackend({
      workspacePath: join(dir, 'workspace.sqlite'),
      user: 'e2e',
      seedSamples: false,
    });
    const host = await startHost({ backend, port: 0, staticDir: rendererDir });
    const models = await startModelServer({ models: ['echo-1', 'echo-2'] });

    // A CSP violation or an uncaught error in the page fails the test that caused it.
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('status of 4')) pageErrors.push(m.text());
    });

    const ui = new AppPage(page);
    await ui.open(host.url);
    await use({ backend, host, models, dir, ui });
    expect(pageErrors, 'errors in the page').toEqual([]);

    await host.close();
    await models.close();
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  },
});

export { expect };
