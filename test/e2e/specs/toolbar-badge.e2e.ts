import { test, expect } from '../support/test';
import { inWorker } from '../support/calendar';
import { sendRuntimeMessage } from '../support/messages';
import type { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION } from '@/lib/storage/settings';

// Evaluated inside the worker, where `chrome` is the extension API.
declare const chrome: typeof browser;

// The toolbar icon's one number in real Chromium: comments seen on the brand's X post (1 h target) at 70 and
// 50 minutes old count as past and near their target; dismissing one recounts; the title lists each source.

const MIN = 60_000;

test('the toolbar badge sums replies past and near their target and names each in its title', async ({
  ext,
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  const now = Date.now();
  const comment = (key: string, ageMin: number) => ({
    key,
    author: `fan_${key}`,
    postedAt: now - ageMin * MIN,
    url: `https://x.com/fan_${key}/status/19${key}`,
  });
  const seen = await sendRuntimeMessage(page, {
    onbrand: 1,
    type: 'community.thread',
    payload: {
      platform: 'x',
      postUrl: 'https://x.com/brand/status/1900000000000000001',
      comments: [comment('0070', 70), comment('0050', 50), comment('0010', 10)],
    },
  });
  expect(seen.ok, seen.error).toBe(true);
  const badge = () =>
    inWorker(ext.context, async () => [
      await chrome.action.getBadgeText({}),
      await chrome.action.getTitle({}),
    ]);
  await expect.poll(badge).toEqual(['2', '1 reply waiting past its target\n1 reply waiting near its target']);

  const dismissed = await sendRuntimeMessage(page, {
    onbrand: 1,
    type: 'community.dismiss',
    payload: { key: '0070', reason: 'spam' },
  });
  expect(dismissed.ok, dismissed.error).toBe(true);
  await expect.poll(badge).toHaveProperty('0', '1');

  // In Chinese: background.js carries only the strings the worker shows (lib/i18n/worker-messages.ts), in both
  // languages; the next recount titles the badge with the Chinese one.
  await page.evaluate(([key, version, value]) => chrome.storage.local.set({ [key]: { version, value } }), [
    SETTINGS_KEY,
    SETTINGS_VERSION,
    { ...DEFAULT_SETTINGS, locale: 'zh-CN' },
  ] as const);
  const again = await sendRuntimeMessage(page, {
    onbrand: 1,
    type: 'community.thread',
    payload: {
      platform: 'x',
      postUrl: 'https://x.com/brand/status/1900000000000000001',
      comments: [comment('0055', 55)],
    },
  });
  expect(again.ok, again.error).toBe(true);
  await expect.poll(badge).toEqual(['2', '2 条评论等待回复接近目标时间']);
});
