import type { ViteUserConfig } from 'vitest/config';
import base from '../../vitest.config';
import { FailedImportAsFailedTest } from './failed-import-reporter';

// The unit-test config for a mutation run: only the tests of the module under mutation (mutation.ts sets
// ONBRAND_MUTATION_TESTS), so each mutant costs seconds, not the whole suite. Spread, not mergeConfig: that
// would append to `include` instead of replacing it.
// The reporter turns a test file that cannot import into a failed test (failed-import-reporter.ts says why).
const include = process.env.ONBRAND_MUTATION_TESTS?.split(',').filter(Boolean);
const test = { ...base.test, reporters: ['default', new FailedImportAsFailedTest()] };

export default { ...base, test: include?.length ? { ...test, include } : test } satisfies ViteUserConfig;
