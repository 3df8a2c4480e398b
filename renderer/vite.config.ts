import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 6000,
    target: 'chrome120',
  },
  worker: { format: 'es' },
  // The Hunspell dictionaries' packages export only a Node loader; the spelling worker imports their files as text.
  resolve: {
    alias: {
      'dictionary-en-files': fileURLToPath(new URL('../node_modules/dictionary-en', import.meta.url)),
      'dictionary-en-gb-files': fileURLToPath(new URL('../node_modules/dictionary-en-gb', import.meta.url)),
    },
  },
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
  oxc: { jsx: { runtime: 'automatic' } },
  define: { __QALAM_VERSION__: JSON.stringify(pkg.version) },
});
