import { test, expect } from './fixtures.ts';

test('loading the page requests no favicon and nothing that fails', async ({ app }) => {
  const { page } = app.ui;
  const requested: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });

  await page.reload();
  await expect(page.getByTestId('app-ready')).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(requested.filter((url) => url.includes('favicon'))).toEqual([]);
  expect(failed).toEqual([]);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^data:image\//);
});
