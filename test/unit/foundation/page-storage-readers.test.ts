import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings, onSettingsChanged } from '@/lib/storage/page-settings';
import { settingsItem } from '@/lib/storage/settings-item';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION, parseSettings } from '@/lib/storage/settings';
import { SITE_HEALTH_KEY, siteHealthItem } from '@/lib/assistant/site-health-item';
import { reportSitePart } from '@/lib/assistant/site-health';
import type { SiteAdapter } from '@/lib/sites/types';

// The in-page assistant reads settings and writes site health by key, without WXT's storage module: it must see
// what the extension's own pages see through the items, old envelopes included.
const current = { locale: 'zh-CN', myName: 'Li', pausedHosts: ['x.com'], extraOrigins: [], ownAccounts: {} };
const storedSettings: Array<[string, unknown]> = [
  ['nothing stored', undefined],
  ['the current envelope', { version: SETTINGS_VERSION, value: current }],
  ['a v1 envelope (language, no ownAccounts)', { version: 1, value: { language: 'zh', myName: 'Li' } }],
  ['a v2 envelope (no ownAccounts)', { version: 2, value: { locale: 'en', pausedHosts: ['weibo.com'] } }],
  ['an unreadable value', { version: SETTINGS_VERSION, value: { locale: 'fr' } }],
  ['not an envelope', 'settings'],
];

describe('page-side storage readers agree with the items', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each(storedSettings)('settings: %s', async (_name, stored) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: stored });
    // The page may read before the background has migrated: it must already see the migrated settings.
    const page = await loadSettings();
    await settingsItem.migrate();
    expect(page).toEqual(parseSettings(await settingsItem.getValue()));
    // Reading never writes.
    if (stored !== undefined)
      expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toBeTruthy();
  });

  it('settings: an old envelope reads as its migration (v1 zh → zh-CN)', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, value: { language: 'zh' } } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, locale: 'zh-CN' });
  });

  it('settings: a change written through the item reaches the page watcher', async () => {
    const seen: string[] = [];
    const stop = onSettingsChanged((settings) => seen.push(settings.locale));
    await settingsItem.setValue({ version: SETTINGS_VERSION, value: { ...DEFAULT_SETTINGS, locale: 'en' } });
    await settingsItem.removeValue();
    stop();
    expect(seen).toEqual(['en', 'auto']);
  });

  it('site health: the page writes over an old box-only entry as the item migrates it', async () => {
    await fakeBrowser.storage.local.set({
      [SITE_HEALTH_KEY]: { 'weibo.com': { adapter: 'weibo', missing: 'box', at: 1 } },
    });
    const adapter = { id: 'x', selectors: {} } as unknown as SiteAdapter;
    await reportSitePart(adapter, 'x.com', 'submit', ['submitButton']);
    await siteHealthItem.migrate();
    expect(await siteHealthItem.getValue()).toMatchObject({
      'weibo.com': { adapter: 'weibo', missing: { box: [] }, at: 1 },
      'x.com': { adapter: 'x', missing: { submit: ['submitButton'] } },
    });
  });
});
