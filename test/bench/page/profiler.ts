import type { CDPSession, Page } from '@playwright/test';

/** One V8 CPU-profile sample on the page's main thread, on the page's performance.now() clock. */
interface Sample {
  atMs: number;
  /** Time this sample stands for (since the previous one). */
  weightMs: number;
  /** The sampled stack runs code of an extension (content scripts have chrome-extension:// URLs). */
  extension: boolean;
}

export interface ExtensionJsProfile {
  /** Sampled JS time in extension code over the whole recording. */
  extensionJsMs: number;
  /** Sampled extension JS time inside [startMs, startMs + durationMs) of the page clock. */
  extensionJsIn(startMs: number, durationMs: number): number;
}

const SAMPLING_INTERVAL_US = 500;

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/**
 * Attribution of main-thread JS to the extension. Long-animation-frame entries do not list extension
 * (isolated-world) scripts, so the bench samples the page with V8's CPU profiler — in both browsers, so the
 * small sampling overhead is the same OFF and ON.
 */
export class ExtensionJsProfiler {
  /**
   * For timed runs: no sampling. V8's sampler slows the page down in proportion to the JS it runs (and the
   * code it compiles), so it would charge the extension for part of its own cost: OFF/ON times come from
   * unprofiled runs and a separate profiled run attributes JS and long tasks.
   */
  static readonly none = { stop: async (): Promise<ExtensionJsProfile | null> => null };

  private constructor(
    private readonly session: CDPSession,
    private readonly pageStartMs: number,
  ) {}

  static async start(page: Page): Promise<ExtensionJsProfiler> {
    const session = await page.context().newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    const pageStartMs = await page.evaluate(() => performance.now());
    await session.send('Profiler.start');
    return new ExtensionJsProfiler(session, pageStartMs);
  }

  async stop(): Promise<ExtensionJsProfile> {
    const { profile } = await this.session.send('Profiler.stop');
    await this.session.detach();
    const nodes = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const inExtension = new Map<number, boolean>();
    const isExtension = (id: number): boolean => {
      const known = inExtension.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      const up = parent.get(id);
      const result =
        Boolean(node?.callFrame.url.startsWith('chrome-extension://')) ||
        (up !== undefined && isExtension(up));
      inExtension.set(id, result);
      return result;
    };
    // Profile times are µs on the browser's monotonic clock; the profile starts right after pageStartMs was read.
    const samples: Sample[] = [];
    let at = profile.startTime;
    const ids = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      const delta = deltas[i] ?? 0;
      at += delta;
      // A sample stands for the time since the previous one; a stalled sampler must not inflate one stack.
      const weightMs = Math.min(delta, 4 * SAMPLING_INTERVAL_US) / 1000;
      samples.push({
        atMs: this.pageStartMs + (at - profile.startTime) / 1000,
        weightMs,
        extension: isExtension(ids[i]),
      });
    }
    const sum = (list: Sample[]) => list.reduce((total, s) => total + s.weightMs, 0);
    const extension = samples.filter((s) => s.extension);
    return {
      extensionJsMs: sum(extension),
      extensionJsIn: (startMs, durationMs) =>
        sum(extension.filter((s) => s.atMs >= startMs && s.atMs < startMs + durationMs)),
    };
  }
}
