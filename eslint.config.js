// Lint keeps the layers apart (see DESIGN.md): shared/ is browser-safe, renderer/ talks only to
// the API client, and only electron/main and electron/preload may import `electron`.
import tseslint from 'typescript-eslint';

const electronOnly = {
  group: ['electron'],
  message: 'Only electron/main and electron/preload import electron.',
};
const nodeBuiltins = {
  group: ['node:*'],
  message: 'This layer runs in a browser: no node:* imports.',
};
const backendFromUi = {
  group: ['**/electron/**'],
  message: 'The renderer reaches the backend only through the API client.',
};
const rendererFromElsewhere = {
  group: ['**/renderer/**'],
  message: 'Nothing imports the renderer but the renderer.',
};

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'release/',
      'test-results/',
      'playwright-report/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: restrict(electronOnly, nodeBuiltins, backendFromUi, rendererFromElsewhere),
  },
  { files: ['renderer/**'], rules: restrict(electronOnly, nodeBuiltins, backendFromUi) },
  {
    files: ['electron/**'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: restrict(electronOnly, rendererFromElsewhere),
  },
  { files: ['electron/main/**', 'electron/preload/**'], rules: restrict(rendererFromElsewhere) },
  { files: ['test/**', 'electron/launcher/**'], rules: { 'no-console': 'off' } },
);
