import type { ViteUserConfig } from 'vitest/config';
import base from '../../vitest.config';

// The unit-test config for a mutation run: only the tests of the module under mutation (mutation.ts sets
// ONBRAND_MUTATION_TESTS), so each mutant costs seconds, not the whole suite. Spread, not mergeConfig: that
// would append to `include` instead of replacing it.
const include = process.env.ONBRAND_MUTATION_TESTS?.split(',').filter(Boolean);
const config: ViteUserConfig = base;

export default include?.length ? { ...config, test: { ...config.test, include } } : config;
