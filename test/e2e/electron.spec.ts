import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { _electron as electron, expect, test } from '@playwright/test';
import { repoRoot } from './paths.ts';

// The Electron shell, through Playwright's Electron launcher. Our CI machines cannot download
// Electron's binary, so there this test reports itself skipped with the reason, never passed.
function electronBinary(): { path?: string; reason?: string } {
  const pathFile = join(repoRoot, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile))
    return { reason: 'the Electron binary is not installed (download unavailable)' };
  const path = join(
    repoRoot,
    'node_modules',
    'electron',
    'dist',
    readFileSync(pathFile, 'utf8').trim(),
  );
  if (!existsSync(path)) return { reason: `the Electron binary is missing at ${path}` };
  if (process.platform === 'linux' && !process.env['DISPLAY'])
    return { reason: 'no display (DISPLAY unset)' };
  return { path };
}

test('the Electron app opens its window on the workspace and reaches ready', async () => {
  const found = electronBinary();
  if (!found.path) console.log(`electron.spec: skipped because ${found.reason}`);
  test.skip(!found.path, `skipped: ${found.reason}`);

  const { bundle } = await import('../../electron/launcher/bundle.mjs');
  await bundle();
  const userData = mkdtempSync(join(tmpdir(), 'pl-electron-'));
  const app = await electron.launch({
    executablePath: found.path as string,
    args: [repoRoot, `--user-data-dir=${userData}`],
  });
  const window = await app.firstWindow();
  await expect(window.getByTestId('app-ready')).toBeAttached();
  await expect(window.getByText('workspace.sqlite').first()).toBeVisible();
  await app.close();
});
