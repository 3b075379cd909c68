import { test, expect } from './fixtures.ts';

// Electron cannot run here, so the renderer's preload path is driven through a stand-in for
// `window.promptledger` with the same named verbs, forwarding calls to the browser host. It
// proves the renderer uses the bridge when present, carries error kinds through it, and hands
// API keys to the keychain verb without keeping them.
const fakeBridge = () => {
  const token = () =>
    document.querySelector<HTMLMetaElement>('meta[name="promptledger-token"]')?.content ?? '';
  const w = window as unknown as Record<string, unknown>;
  w['bridgeCalls'] = [];
  w['keychain'] = {};
  w['promptledger'] = {
    call: async (method: string, input: unknown) => {
      (w['bridgeCalls'] as string[]).push(method);
      const res = await fetch(`api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-promptledger-token': token() },
        body: JSON.stringify(input ?? {}),
      });
      const body = (await res.json()) as { kind?: string; message?: string };
      if (!res.ok) throw Object.assign(new Error(body.message), { kind: body.kind });
      return body;
    },
    onEvent: () => () => undefined,
    setSecret: async (ref: string, value: string) => {
      (w['keychain'] as Record<string, string>)[ref] = value;
    },
  };
};

test('the renderer talks through the preload bridge and stores API keys in the keychain', async ({
  app,
}) => {
  const { page } = app.ui;
  await page.addInitScript(fakeBridge);
  await page.reload();
  await expect(page.getByTestId('app-ready')).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { bridgeCalls: string[] }).bridgeCalls),
  ).toContain('workspace.info');

  await app.ui.go('Endpoints');
  await page.getByRole('button', { name: '+ New endpoint' }).click();
  const form = page.getByRole('form', { name: 'Endpoint' });
  await form.getByLabel('API key', { exact: true }).fill('sk-test-123');
  await form.getByRole('button', { name: 'Store key' }).click();
  await expect(app.ui.errorBanner).toContainText('give the key a name');

  await form.getByLabel('API key env var').fill('MY_PROVIDER_KEY');
  await form.getByRole('button', { name: 'Store key' }).click();
  await expect(app.ui.notice).toContainText('Stored MY_PROVIDER_KEY in the OS keychain');
  await expect(form.getByLabel('API key', { exact: true })).toHaveValue('');
  const stored = await page.evaluate(() => (window as unknown as { keychain: object }).keychain);
  expect(stored).toEqual({ MY_PROVIDER_KEY: 'sk-test-123' });

  // An expected failure keeps its message through the bridge.
  await form.getByLabel('Base URL').fill('not a url');
  await form.getByLabel('Name').fill('broken');
  await form.getByRole('button', { name: 'Save endpoint' }).click();
  await expect(app.ui.errorBanner).toContainText('baseUrl');
});
