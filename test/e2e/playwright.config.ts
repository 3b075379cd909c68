import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = fileURLToPath(new URL('.', import.meta.url));
const debianChromium = '/usr/bin/chromium';

// Without the networking switches Chromium keeps trying to reach Google and gets refused.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Tests start the backend, host and model server themselves (see fixtures.ts): no webServer. */
export default defineConfig({
  testDir: here,
  testMatch: '**/*.spec.ts',
  outputDir: `${here}../../test-results/e2e`,
  globalSetup: `${here}global-setup.ts`,
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      args,
      ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
    },
  },
});
