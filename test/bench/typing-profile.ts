import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launchExtensionOn } from './page/browsers';
import { BENCH_SITE_ROOT } from './page/feed';
import { CHINESE_DRAFT, ENGLISH_DRAFT, TYPED } from './page/drafts';
import { serveFixtures } from '../e2e/support/fixture-server';
import { FIXTURES_DIST } from '../e2e/support/paths';
import { overlay } from '../e2e/support/overlay';

// npx tsx test/bench/typing-profile.ts BUILD_DIR [x.com|weibo] — where the extension's time goes while typing: the
// bench:page typing run (2,000-character draft, 30 keys every 200 ms) under V8's CPU profiler at 100 µs, with
// self and inclusive time per function, mapped to the sources when BUILD_DIR has source maps
// (`ONBRAND_SOURCEMAP=1 ONBRAND_OUT_DIR=/tmp/x npx wxt build`). Sampling at this rate slows the page: read the
// shares, not the totals (bench:page's unprofiled runs give those). Typing starts 4 s after the draft is in: a
// fresh browser is still finishing its install for the first seconds (the stored kit recompiled once).

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const buildDir = process.argv[2];
const onWeibo = process.argv[3] === 'weibo';
const maps = new Map<string, TraceMap | null>();

/** "name source:line" of a frame, from the build's source map when there is one. */
function frameName({ functionName, url, lineNumber, columnNumber }: ProfileNode['callFrame']): string {
  const file = url.match(/^chrome-extension:\/\/[^/]+\/(.*)$/)?.[1];
  if (file) {
    const mapFile = `${buildDir}/${file}.map`;
    if (!maps.has(mapFile))
      maps.set(mapFile, existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8')) : null);
    const map = maps.get(mapFile);
    if (map) {
      const at = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
      if (at.source) return `${at.name ?? functionName} ${at.source.replace(/^(\.\.\/)+/, '')}:${at.line}`;
    }
  }
  return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
}

async function main() {
  if (!buildDir) throw new Error('usage: typing-profile.ts BUILD_DIR [x.com|weibo]');
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const server = await serveFixtures([FIXTURES_DIST, BENCH_SITE_ROOT]);
  const browser = await launchExtensionOn(buildDir);
  try {
    const page = await browser.context.newPage();
    await page.goto(onWeibo ? 'https://weibo.com/' : 'https://x.com/home');
    await page.waitForFunction(() => 'fixture' in window);
    await page.locator('[data-fixture-editor="compose"]').click();
    await overlay(page).getByTestId('onbrand-badge').waitFor('visible', 15_000);
    // As bench:page puts the draft in (typing.ts): a paste for Draft.js, insertText for the textarea.
    await page.evaluate(
      ({ text, weibo }) => {
        if (weibo) return void document.execCommand('insertText', false, text);
        const data = new DataTransfer();
        data.setData('text/plain', text);
        document.activeElement?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      },
      { text: onWeibo ? CHINESE_DRAFT.slice(0, 2000 - 30) : ENGLISH_DRAFT, weibo: onWeibo },
    );
    await page.waitForTimeout(4000);
    const session = await browser.context.newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
    for (const key of TYPED.slice(0, 30)) {
      await page.keyboard.type(key);
      await page.waitForTimeout(200);
    }
    const { profile } = await session.send('Profiler.stop');
    const nodes = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node as ProfileNode]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    const add = (table: Map<string, number>, key: string, ms: number) =>
      table.set(key, (table.get(key) ?? 0) + ms);
    let jsMs = 0;
    let extensionMs = 0;
    const ids = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      const ms = Math.min(deltas[i] ?? 0, 400) / 1000;
      const leaf = nodes.get(ids[i])!;
      if (['(idle)', '(program)', '(garbage collector)'].includes(leaf.callFrame.functionName)) continue;
      jsMs += ms;
      add(self, frameName(leaf.callFrame), ms);
      const seen = new Set<string>();
      for (let id: number | undefined = ids[i]; id !== undefined; id = parent.get(id)) {
        const { callFrame } = nodes.get(id)!;
        if (!callFrame.url.startsWith('chrome-extension://')) continue;
        const name = frameName(callFrame);
        if (!seen.has(name)) add(inclusive, name, ms);
        seen.add(name);
      }
      if (seen.size) extensionMs += ms;
    }
    const top = (table: Map<string, number>, n: number) =>
      [...table]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([name, ms]) => `${ms.toFixed(1).padStart(7)}  ${name}`)
        .join('\n');
    console.log(
      `JS sampled over 30 keystrokes: ${jsMs.toFixed(1)} ms, of which the extension's ${extensionMs.toFixed(1)} ms`,
    );
    console.log(`\nSelf time, ms (page and extension)\n${top(self, 40)}`);
    console.log(`\nThe extension's functions, inclusive, ms\n${top(inclusive, 60)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
