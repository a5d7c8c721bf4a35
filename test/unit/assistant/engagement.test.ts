// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { activityRecordSchema, type ActivityRecord } from '@/lib/records/schema';
import { isOwnHandle } from '@/lib/platforms/handles';
import {
  createVisitGuard,
  engagementSnapshotId,
  snapshotOnce,
  VISIT_GESTURE_MS,
  watchEngagement,
  type EngagementDeps,
} from '@/lib/assistant/engagement';
import { xAdapter } from '@/lib/sites/x';
import { loadSnapshot } from '../sites/snapshot';

const HOUR = 3_600_000;
const T = Date.UTC(2025, 2, 3, 10, 15);

/** The X status snapshot with the counts X prints on the focal post. */
function statusPageWithCounts(): Document {
  const doc = loadSnapshot('x-status');
  const focal = doc.querySelector('#focal article')!;
  focal.querySelector('[data-testid="reply"]')!.setAttribute('aria-label', '12 Replies. Reply');
  focal.querySelector('[data-testid="like"]')!.setAttribute('aria-label', '1,234 Likes. Like');
  return doc;
}

function deps(overrides: Partial<EngagementDeps> = {}): EngagementDeps & { stored: ActivityRecord[] } {
  const stored: ActivityRecord[] = [];
  return {
    adapter: xAdapter,
    document: statusPageWithCounts(),
    ownHandles: async () => ['OnBrand'],
    knownPost: async () => false,
    enqueue: async (record) => void stored.push(activityRecordSchema().parse(record)),
    now: () => T,
    userVisit: () => true,
    stored,
    ...overrides,
  };
}

describe('engagement snapshot ids', () => {
  it('are the same within an hour and differ across hours, posts and platforms', () => {
    const id = engagementSnapshotId('x', '1', T);
    expect(id).toBe(`eng:x:1:${Math.floor(T / HOUR)}`);
    expect(engagementSnapshotId('x', '1', Math.floor(T / HOUR) * HOUR)).toBe(id);
    expect(engagementSnapshotId('x', '1', Math.floor(T / HOUR) * HOUR + HOUR - 1)).toBe(id);
    expect(engagementSnapshotId('x', '1', Math.floor(T / HOUR) * HOUR + HOUR)).not.toBe(id);
    expect(engagementSnapshotId('x', '2', T)).not.toBe(id);
    expect(engagementSnapshotId('youtube', '1', T)).not.toBe(id);
  });

  it('stay within the schema limit for very long post ids, still per post', () => {
    const long = 'urn:li:activity:' + '7'.repeat(200);
    const id = engagementSnapshotId('linkedin', long, T);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(engagementSnapshotId('linkedin', long, T + 60_000)).toBe(id);
    expect(engagementSnapshotId('linkedin', long + '8', T)).not.toBe(id);
  });
});

describe('own handles', () => {
  it('ignore @ and case; an unknown author is never own', () => {
    expect(isOwnHandle('@onbrand', ['OnBrand'])).toBe(true);
    expect(isOwnHandle('onbrand ', ['@onbrand'])).toBe(true);
    expect(isOwnHandle('Onbrand官方', ['onbrand官方'])).toBe(true);
    expect(isOwnHandle('@alice', ['onbrand'])).toBe(false);
    expect(isOwnHandle(null, ['onbrand'])).toBe(false);
    expect(isOwnHandle('@', ['@'])).toBe(false);
  });
});

describe('snapshotOnce', () => {
  const href = 'https://x.com/onbrand/status/1';

  it('stores the counts of an own post once per hour', async () => {
    const d = deps();
    const taken = new Set<string>();
    expect(await snapshotOnce(d, href, taken)).toBe('stored');
    expect(d.stored).toEqual([
      {
        id: engagementSnapshotId('x', '1', T),
        at: T,
        platform: 'x',
        kind: 'engagement',
        postId: '1',
        url: href,
        counts: { replies: 12, likes: 1234 },
      },
    ]);
    expect(await snapshotOnce(d, href, taken)).toBe('already-taken');
    expect(d.stored).toHaveLength(1);
  });

  it('skips posts of other accounts unless the log knows the manager published them', async () => {
    const notOwn = deps({ ownHandles: async () => ['someone_else'] });
    expect(await snapshotOnce(notOwn, href, new Set())).toBe('not-own');
    expect(notOwn.stored).toEqual([]);
    const knownPost = vi.fn(async (postId: string) => postId === '1');
    const known = deps({ ownHandles: async () => [], knownPost });
    expect(await snapshotOnce(known, href, new Set())).toBe('stored');
    expect(knownPost).toHaveBeenCalledWith('1', href);
  });

  it('waits for the page to render counts, and ignores pages that are not posts', async () => {
    const empty = deps({ document: loadSnapshot('x-status') });
    expect(await snapshotOnce(empty, href, new Set())).toBe('not-ready');
    expect(await snapshotOnce(deps(), 'https://x.com/home', new Set())).toBe('not-a-post');
  });
});

describe('user visits', () => {
  const href = 'https://x.com/onbrand/status/1';

  it('a post nobody visited (a page script navigated there) stores nothing', async () => {
    const d = deps({ userVisit: () => false });
    expect(await snapshotOnce(d, href, new Set())).toBe('not-visited');
    expect(d.stored).toEqual([]);
  });

  it('the loaded page is a visit; a later URL only with a trusted press near its change; never in a frame or hidden tab', () => {
    let clock = 0;
    const win = window as Window;
    const controller = new AbortController();
    const guard = createVisitGuard(win, controller.signal, () => clock);
    const loaded = win.location.href;
    expect(guard(loaded)).toBe(true);
    expect(guard(`${loaded}#reply`)).toBe(true);
    // A script's pushState to another post: no press at all.
    clock = 10_000;
    expect(guard('https://x.com/onbrand/status/2')).toBe(false);
    // A script-made (untrusted) click does not count either.
    win.dispatchEvent(new MouseEvent('pointerdown'));
    expect(guard('https://x.com/onbrand/status/2')).toBe(false);
    controller.abort();
  });

  it('a trusted press shortly before the URL changed makes it a visit; one long before does not', () => {
    let clock = 0;
    const listeners: Array<(e: Event) => void> = [];
    const fake = {
      top: null as unknown,
      document: { visibilityState: 'visible' },
      location: { href: 'https://x.com/home' },
      performance: { getEntriesByType: () => [{ name: 'https://x.com/home' }] },
      addEventListener: (_type: string, listener: (e: Event) => void) => listeners.push(listener),
    };
    fake.top = fake;
    const guard = createVisitGuard(fake as unknown as Window, new AbortController().signal, () => clock);
    const press = () => listeners.forEach((l) => l({ isTrusted: true } as Event));
    press();
    clock = VISIT_GESTURE_MS + 1_000;
    expect(guard('https://x.com/onbrand/status/1')).toBe(false);
    clock += 1_000;
    press();
    clock += 500;
    expect(guard('https://x.com/onbrand/status/3')).toBe(true);
    // Hidden tab or a frame: never.
    fake.document.visibilityState = 'hidden';
    expect(guard('https://x.com/home')).toBe(false);
    fake.document.visibilityState = 'visible';
    fake.top = {};
    expect(guard('https://x.com/home')).toBe(false);
  });
});

describe('watchEngagement', () => {
  it('retries until the counts render, then stops for that URL', async () => {
    vi.useFakeTimers();
    try {
      const doc = loadSnapshot('x-status');
      Object.defineProperty(doc, 'location', { value: { href: 'https://x.com/onbrand/status/1' } });
      const d = deps({ document: doc });
      const controller = new AbortController();
      watchEngagement(d, controller.signal, { intervalMs: 100, attemptsPerUrl: 10 });
      await vi.advanceTimersByTimeAsync(350);
      expect(d.stored).toEqual([]);
      doc.querySelector('#focal [data-testid="like"]')!.setAttribute('aria-label', '7 Likes. Like');
      await vi.advanceTimersByTimeAsync(200);
      expect(d.stored.map((r) => r.kind === 'engagement' && r.counts)).toEqual([{ likes: 7 }]);
      await vi.advanceTimersByTimeAsync(2000);
      expect(d.stored).toHaveLength(1);
      controller.abort();
    } finally {
      vi.useRealTimers();
    }
  });
});
