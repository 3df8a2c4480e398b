// ESLint for the whole project. Besides typescript-eslint's recommended rules it keeps the layers apart
// (see README "Layout"): a layer importing what it must not fails `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const node = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'worker_threads', 'stream', 'util', 'events'];
const nodePatterns = node.map((n) => ({ group: [n, `${n}/*`], message: 'this layer must not use Node APIs' }));

export const layerRules = {
  core: {
    files: ['app/core/**/*.ts'],
    patterns: [
      ...nodePatterns,
      { group: ['electron', 'electron/*'], message: 'app/core must not import electron' },
      { group: ['react', 'react-dom', 'react-dom/*', 'monaco-editor', 'monaco-editor/*'], message: 'app/core must not import UI code' },
      { group: ['**/contract/**', '**/host/**', '**/cli/**', '**/main/**', '**/renderer/**'], message: 'app/core imports only app/core' },
    ],
  },
  contract: {
    files: ['app/contract/**/*.ts'],
    patterns: [
      ...nodePatterns,
      { group: ['electron'], message: 'app/contract must not import electron' },
      { group: ['**/host/**', '**/cli/**', '**/main/**', '**/renderer/**'], message: 'app/contract imports only app/core' },
    ],
  },
  hostAndCli: {
    files: ['app/host/**/*.ts', 'app/cli/**/*.ts'],
    patterns: [
      { group: ['electron'], message: 'app/host and app/cli run without Electron' },
      { group: ['**/main/**', '**/renderer/**'], message: 'app/host and app/cli must not import main/ or renderer/' },
    ],
  },
  main: {
    files: ['main/**/*.ts'],
    patterns: [{ group: ['**/renderer/**'], message: 'main/ must never import renderer/' }],
  },
  renderer: {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    patterns: [
      ...nodePatterns,
      { group: ['electron', 'electron/*'], message: 'the renderer reaches the host only through window.qalam' },
      { group: ['**/app/host/**', '**/app/cli/**', '**/main/**'], message: 'the renderer imports only app/core and app/contract' },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'release/**', 'test-results/**', 'playwright-report/**', 'tests/lint/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  ...Object.values(layerRules).map((l) => ({
    files: l.files,
    ...(l.ignores ? { ignores: l.ignores } : {}),
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: l.patterns }] },
  })),
);
