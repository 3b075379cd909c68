import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const rendererDir = `${repoRoot}dist/renderer`;
export const resultsDir = `${repoRoot}test-results`;
