import { defineConfig } from '@playwright/test';

// Real Chromium, the built extension, fixtures under the real hostnames on loopback. See test/README.md.
export default defineConfig({
  testDir: './specs',
  testMatch: '**/*.e2e.ts',
  globalSetup: './support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  // At most one retry in CI, and every test that needed it is listed at the end (support/retry-summary.ts).
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list'], ['./support/retry-summary.ts']] : [['list']],
  use: { trace: 'off' },
});
