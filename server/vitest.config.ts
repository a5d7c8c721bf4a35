import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The team server's tests run against the real PostgreSQL cluster and redis-server of this machine
// (server/services.ts starts them), one file at a time since they share the test database.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('..', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['test/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
