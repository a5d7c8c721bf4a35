import { serveFixtures } from '../../e2e/support/fixture-server';
import { FIXTURES_DIST } from '../../e2e/support/paths';
import { launchExtensionOn, type BenchBrowser } from './browsers';
import { loadAverage } from './cli';
import { BENCH_SITE_ROOT } from './feed';

/**
 * The frame of a profile tool (typing-profile.ts, feed-profile.ts): prints the load average, serves the fixtures and
 * the bench site, runs `body` in Chromium with the build at `buildDir`, and closes both whatever happens.
 */
export async function profileRun(
  buildDir: string | undefined,
  usage: string,
  body: (browser: BenchBrowser, buildDir: string) => Promise<void>,
): Promise<void> {
  if (!buildDir) throw new Error(`usage: ${usage}`);
  console.log(`load average ${loadAverage()}`);
  const server = await serveFixtures([FIXTURES_DIST, BENCH_SITE_ROOT]);
  const browser = await launchExtensionOn(buildDir);
  try {
    await body(browser, buildDir);
  } finally {
    await browser.close();
    await server.close();
  }
}
