// Bundles the Node-side entry points (CLI, Electron main, preload, start launcher) into dist/ with esbuild.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, absWorkingDir: root, logLevel: 'warning' };
const entries = [
  // Document libraries load on demand from node_modules, so every command starts fast.
  { entryPoints: ['app/cli/main.ts'], outfile: 'dist/qalam.cjs', external: ['mammoth', 'docx'] },
  { entryPoints: ['main/main.ts'], outfile: 'dist/main/main.cjs', external: ['electron'] },
  { entryPoints: ['main/preload.ts'], outfile: 'dist/main/preload.cjs', external: ['electron'] },
  // Electron main parses imported files in a worker thread that loads this bundle (IMPORT_WORKER_BUNDLE).
  { entryPoints: ['app/host/formats/import-worker.ts'], outfile: 'dist/main/import-worker.cjs' },
  { entryPoints: ['main/start.ts'], outfile: 'dist/start.cjs' },
];
await Promise.all(entries.filter((e) => existsSync(new URL(`../../${e.entryPoints[0]}`, import.meta.url))).map((e) => build({ ...common, ...e })));
