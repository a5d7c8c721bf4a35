import { existsSync } from 'node:fs';
import { FIXTURES_DIST } from '../e2e/support/paths';
import { serveFixtures } from '../e2e/support/fixture-server';
import { launchExtensionOn, type BenchBrowser } from './page/browsers';
import { runFirstFocus, type FirstFocusRun } from './page/first-focus';
import { median } from './page/metrics';
import { loadAverage, option } from './page/cli';
import { completeFirstRunSetup } from './page/first-run-setup';

// npx tsx test/bench/focus-compare.ts --a DIR --b DIR [--rounds N] [--library setup] — two builds' first focus
// (page/first-focus.ts, as page.bench.ts runs it: a fresh page, the starter kit; with `--library setup`, the library
// the dashboard saves at the end of the first-run setup) interleaved in one process, A then B on each site, then
// B then A, so machine load falls on both alike. Each browser's first focus (the kit compiled and stored) is not
// counted. Prints every focus and the medians of pointerdown → badge and of the main-thread CPU from the click.

const A = option('a');
const B = option('b');
const ROUNDS = Number(option('rounds') ?? 5);
const LIBRARY = option('library');
if (LIBRARY !== undefined && LIBRARY !== 'setup')
  throw new Error(`--library ${LIBRARY}: only "setup" is known`);
const SITES = [
  { name: 'x.com', url: 'https://x.com/home', editor: 'compose' },
  { name: 'weibo', url: 'https://weibo.com/', editor: 'compose' },
];

async function main() {
  for (const dir of [A, B, FIXTURES_DIST])
    if (!dir || !existsSync(dir)) throw new Error(`missing ${dir ?? '--a / --b'}`);
  console.log(
    `load average ${loadAverage()}; ${ROUNDS} rounds; ${LIBRARY ? 'the first-run setup done' : 'the starter kit'}; A=${A} B=${B}`,
  );
  const server = await serveFixtures([FIXTURES_DIST]);
  const browsers: [string, BenchBrowser][] = [
    ['A', await launchExtensionOn(A)],
    ['B', await launchExtensionOn(B)],
  ];
  const runs = new Map<string, FirstFocusRun[]>();
  try {
    if (LIBRARY) for (const [, browser] of browsers) await completeFirstRunSetup(browser);
    for (const [, browser] of browsers) await runFirstFocus(browser, SITES[0]);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? browsers : [...browsers].reverse();
      for (const site of SITES)
        for (const [name, browser] of order) {
          const run = await runFirstFocus(browser, site);
          const key = `${name} ${site.name}`;
          runs.set(key, [...(runs.get(key) ?? []), run]);
          console.log(
            `round ${round + 1} ${key}: ${run.focusToBadgeMs.toFixed(0)} ms, CPU ${run.focusTaskMs.toFixed(0)} ms (load ${loadAverage()})`,
          );
        }
    }
  } finally {
    for (const [, browser] of browsers) await browser.close();
    await server.close();
  }
  for (const [key, list] of runs)
    console.log(
      `${key}: median ${median(list.map((r) => r.focusToBadgeMs)).toFixed(0)} ms, CPU ${median(list.map((r) => r.focusTaskMs)).toFixed(0)} ms, first key in its frame ${list.filter((r) => r.firstKeyInItsFrame).length}/${list.length}`,
    );
  console.log(`load average ${loadAverage()}`);
}

void main();
