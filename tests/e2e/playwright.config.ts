import { defineConfig } from '@playwright/test';
import { describeTarget } from './target';

// Say once, plainly, which target these specs drive (see README: "How the e2e target is chosen").
process.stdout.write(`e2e target: ${describeTarget()}\n`);

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results',
  use: { trace: 'off', screenshot: 'only-on-failure' },
});
