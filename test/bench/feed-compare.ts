import { existsSync } from 'node:fs';
import { FIXTURES_DIST } from '../e2e/support/paths';
import { serveFixtures } from '../e2e/support/fixture-server';
import { launchExtensionOn, launchWithoutExtension, type BenchBrowser } from './page/browsers';
import { BENCH_SITE_ROOT, runFeed, type FeedRun, type FeedVariant } from './page/feed';
import { median } from './page/metrics';
import { loadAverage, option } from './page/cli';

// npx tsx test/bench/feed-compare.ts --a DIR --b DIR [--rounds N] [--variant composing|reading]
// Two builds of the extension against the same OFF browser on the bench feed (page/feed.ts), their runs interleaved
// in one process (OFF, A, B; then B, A, OFF; …) so that machine load falls on all three alike: how a change moves
// "Feed … ≤ +5% script time" without the rest of page.bench.ts. Prints each run and the medians.

const A = option('a');
const B = option('b');
const ROUNDS = Number(option('rounds') ?? 5);
const VARIANT = (option('variant') ?? 'composing') as FeedVariant;
/** As page.bench.ts scrolls the feed. */
const FEED_STEP_PX = 2500;

async function main() {
  for (const dir of [A, B, FIXTURES_DIST])
    if (!dir || !existsSync(dir)) throw new Error(`missing ${dir ?? '--a / --b'}`);
  console.log(`load average ${loadAverage()}; ${ROUNDS} rounds of the ${VARIANT} feed; A=${A} B=${B}`);
  const server = await serveFixtures([FIXTURES_DIST, BENCH_SITE_ROOT]);
  const browsers: [string, BenchBrowser][] = [
    ['OFF', await launchWithoutExtension()],
    ['A', await launchExtensionOn(A)],
    ['B', await launchExtensionOn(B)],
  ];
  const runs = new Map<string, FeedRun[]>(browsers.map(([name]) => [name, []]));
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [name, browser] of round % 2 ? browsers : [...browsers].reverse()) {
        const run = await runFeed(browser, VARIANT, FEED_STEP_PX);
        if (run.posts !== 5000) throw new Error(`feed appended ${run.posts} posts, expected 5,000`);
        runs.get(name)!.push(run);
        console.log(
          `round ${round} ${name}: script ${run.total.scriptMs.toFixed(1)} ms, task ${run.total.taskMs.toFixed(1)} ms, ` +
            `layout ${run.total.layoutMs.toFixed(1)} ms, ${run.frames} frames; assistant ${run.assistantLoaded ? 'loaded' : 'not loaded'}; load ${loadAverage()}`,
        );
      }
    }
    const script = (name: string) => median(runs.get(name)!.map((r) => r.total.scriptMs));
    const off = script('OFF');
    for (const name of ['OFF', 'A', 'B'])
      console.log(
        `${name}: median script ${script(name).toFixed(1)} ms` +
          (name === 'OFF' ? '' : ` (${((script(name) / off - 1) * 100).toFixed(1)}% vs OFF)`) +
          `; runs ${runs
            .get(name)!
            .map((r) => r.total.scriptMs.toFixed(0))
            .join(', ')}`,
      );
    // Per round, each build against the OFF run of its own round: the spread of the ratio the target reads.
    for (const name of ['A', 'B'])
      console.log(
        `${name} − OFF per round: ${runs
          .get(name)!
          .map((r, i) => `${((r.total.scriptMs / runs.get('OFF')![i].total.scriptMs - 1) * 100).toFixed(1)}%`)
          .join(', ')}`,
      );
  } finally {
    for (const [, browser] of browsers) await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
