import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

// The renderer is built into dist/renderer and served by Electron or the browser host.
// Vitest reads its settings from here too; end-to-end tests run under Playwright instead.
export default defineConfig({
  root: `${here}renderer`,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${here}dist/renderer`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
  },
  test: {
    root: here,
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
