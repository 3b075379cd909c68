import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { rendererDir, repoRoot } from './paths.ts';

/** The host serves the built renderer; build it once when a fresh checkout has none. */
export default function globalSetup(): void {
  if (existsSync(`${rendererDir}/index.html`)) return;

  execFileSync('npx', ['vite', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}
