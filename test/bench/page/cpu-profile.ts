import { existsSync, readFileSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

// Where a profiled page's JS time goes, per function, for the profile tools (typing-profile.ts, feed-profile.ts):
// self time of every sampled function and inclusive time of the extension's, named from the build's source maps
// when it has them (`ONBRAND_SOURCEMAP=1 ONBRAND_OUT_DIR=/tmp/x npx wxt build`).

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface FunctionTimes {
  /** JS sampled (idle, program and GC left out). */
  jsMs: number;
  /** Samples with an extension frame on their stack. */
  extensionMs: number;
  /** Self time per function, the page's and the extension's. */
  self: Map<string, number>;
  /** Inclusive time per extension function. */
  inclusive: Map<string, number>;
  /** Per extension function, the samples in it or in what it called outside the extension (DOM, layout). */
  extensionSelf: Map<string, number>;
  /** With ONBRAND_CALLERS=text: per chain of callers (innermost first) of a frame whose name holds text, ms. */
  callers: Map<string, number>;
}

/** Starts V8's sampler on `session` every `intervalUs`; the returned function stops it and tabulates. */
export async function startCpuProfile(
  session: CDPSession,
  buildDir: string,
  intervalUs: number,
): Promise<() => Promise<FunctionTimes>> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = await session.send('Profiler.stop');
    return tabulate(
      profile.nodes as ProfileNode[],
      profile.samples ?? [],
      profile.timeDeltas ?? [],
      buildDir,
      4 * intervalUs,
    );
  };
}

function tabulate(
  list: ProfileNode[],
  ids: number[],
  deltas: number[],
  buildDir: string,
  capUs: number,
): FunctionTimes {
  const maps = new Map<string, TraceMap | null>();
  /** "name source:line" of a frame, from the build's source map when there is one. */
  const frameName = ({ functionName, url, lineNumber, columnNumber }: ProfileNode['callFrame']): string => {
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
  };
  const nodes = new Map<number, ProfileNode>(list.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of list) for (const child of node.children ?? []) parent.set(child, node.id);
  const times: FunctionTimes = {
    jsMs: 0,
    extensionMs: 0,
    self: new Map(),
    inclusive: new Map(),
    extensionSelf: new Map(),
    callers: new Map(),
  };
  const callersOf = process.env.ONBRAND_CALLERS;
  const add = (table: Map<string, number>, key: string, ms: number) =>
    table.set(key, (table.get(key) ?? 0) + ms);
  for (let i = 0; i < ids.length; i++) {
    // A sample stands for the time since the previous one; a stalled sampler must not inflate one stack.
    const ms = Math.min(deltas[i] ?? 0, capUs) / 1000;
    const leaf = nodes.get(ids[i])!;
    if (['(idle)', '(program)', '(garbage collector)'].includes(leaf.callFrame.functionName)) continue;
    times.jsMs += ms;
    add(times.self, frameName(leaf.callFrame), ms);
    const seen = new Set<string>();
    for (let id: number | undefined = ids[i]; id !== undefined; id = parent.get(id)) {
      const { callFrame } = nodes.get(id)!;
      if (!callFrame.url.startsWith('chrome-extension://')) continue;
      const name = frameName(callFrame);
      if (!seen.size) add(times.extensionSelf, name, ms);
      if (!seen.has(name)) add(times.inclusive, name, ms);
      seen.add(name);
    }
    if (seen.size) times.extensionMs += ms;
    if (callersOf) {
      const chain: string[] = [];
      for (let id: number | undefined = ids[i]; id !== undefined && chain.length < 10; id = parent.get(id)) {
        const name = frameName(nodes.get(id)!.callFrame);
        if (chain.length || name.includes(callersOf)) chain.push(name);
      }
      // The leaf first (what the time was spent in), then the matching frame and its callers.
      const leafName = frameName(leaf.callFrame);
      if (chain.length)
        add(times.callers, `${leafName === chain[0] ? '' : `${leafName} ⇐ `}${chain.join(' ← ')}`, ms);
    }
  }
  return times;
}

/** The `n` largest entries of a table, one "ms  name" line each. */
export function topOf(table: Map<string, number>, n: number): string {
  return [...table]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => `${ms.toFixed(1).padStart(7)}  ${name}`)
    .join('\n');
}
