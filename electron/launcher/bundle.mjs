// Bundles the Electron main process, the preload and the backend utility process into
// dist-electron/ as CommonJS, which is what Electron loads. Native and Electron modules stay
// external. Used by `npm start` (when Electron can run) and by `npm run package`.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const entries = {
  main: 'electron/main/index.ts',
  preload: 'electron/preload/index.ts',
  backend: 'electron/backend/process.ts',
};

export async function bundle() {
  await Promise.all(
    Object.entries(entries).map(([name, entry]) =>
      build({
        entryPoints: [join(root, entry)],
        outfile: join(root, 'dist-electron', `${name}.cjs`),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['electron', 'better-sqlite3', 'pino'],
        logLevel: 'warning',
      }),
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
