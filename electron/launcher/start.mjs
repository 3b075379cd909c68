// `npm start`: the Electron app where Electron can run; otherwise, in one line, why not, and the
// same UI from the browser host. Never imports `electron`: without its binary that import tries
// a download and throws.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const passThrough = process.argv.slice(2);

function findElectron() {
  if (process.env.PROMPTLEDGER_BROWSER_HOST) return { reason: 'PROMPTLEDGER_BROWSER_HOST is set' };
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile))
    return { reason: 'its binary is not installed (the download failed or was skipped)' };

  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { reason: `its binary is missing at ${binary}` };
  const headless =
    process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (headless) return { reason: 'there is no display (DISPLAY is not set)' };
  return { binary };
}

async function serveInBrowser(reason) {
  process.stderr.write(
    `Electron cannot start: ${reason}. Serving the UI to your browser instead.\n`,
  );
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../cli/main.ts');
  process.exitCode = await main(['serve', ...passThrough]);
}

async function runElectron(binary) {
  const { bundle } = await import('./bundle.mjs');
  await bundle();
  const child = spawn(binary, [root, ...passThrough], { stdio: 'inherit' });
  child.on('error', (error) => void serveInBrowser(`it failed to launch (${error.message})`));
  child.on('exit', (code) => {
    process.exitCode = code ?? 0;
  });
}

const found = findElectron();
if (found.binary) await runElectron(found.binary);
else await serveInBrowser(found.reason);
