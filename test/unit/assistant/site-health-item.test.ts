import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { missingParts, siteHealthItem } from '@/lib/assistant/site-health-item';
import { reportSitePart } from '@/lib/assistant/site-health';
import type { SiteAdapter } from '@/lib/sites/types';

const adapter = { id: 'weibo', selectors: {} } as unknown as SiteAdapter;
const stored = async () => (await fakeBrowser.storage.local.get('siteHealth')).siteHealth;

describe('site health storage item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads nothing stored as every site recognised', async () => {
    expect(await siteHealthItem.getValue()).toEqual({});
  });

  // Values stored before the item existed: no 'siteHealth$' meta (WXT v1), and the oldest said { missing: 'box' }.
  it('migrates a value stored before the item: old box-only entries become per-part, others stay', async () => {
    const perPart = { adapter: 'x', missing: { submit: ['submitButton'] }, at: 5 };
    await fakeBrowser.storage.local.set({
      siteHealth: { 'weibo.com': { adapter: 'weibo', missing: 'box', at: 1 }, 'x.com': perPart },
    });
    await siteHealthItem.migrate();
    const all = await siteHealthItem.getValue();
    expect(all).toEqual({ 'weibo.com': { adapter: 'weibo', missing: { box: [] }, at: 1 }, 'x.com': perPart });
    expect(missingParts(all['weibo.com'])).toEqual(['box']);
    expect(await siteHealthItem.getMeta()).toEqual({ v: 2 });
  });

  it("reportSitePart writes the item's key and clears a part that works again", async () => {
    await reportSitePart(adapter, 'weibo.com', 'submit', ['publisherSubmit']);
    expect(await stored()).toMatchObject({
      'weibo.com': { adapter: 'weibo', missing: { submit: ['publisherSubmit'] } },
    });
    await reportSitePart(adapter, 'weibo.com', 'submit', null);
    expect(await stored()).toEqual({});
  });
});
