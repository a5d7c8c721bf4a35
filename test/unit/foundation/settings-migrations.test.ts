import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { migrateSettingsValue } from '@/lib/storage/migrations';
import { runStorageMigrations, settingsItem } from '@/lib/storage/settings-item';
import { loadSettings, onSettingsChanged, saveSettings } from '@/lib/storage/settings-store';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION, parseSettings } from '@/lib/storage/settings';

const stored = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
const seed = (value: unknown) => fakeBrowser.storage.local.set({ [SETTINGS_KEY]: value });

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('writes defaults on first run', async () => {
    await runStorageMigrations();
    expect(await stored()).toEqual({ version: SETTINGS_VERSION, value: DEFAULT_SETTINGS });
    expect(await settingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
  });

  it('migrates v1 (language) to the current version and keeps the other fields', async () => {
    await seed({ version: 1, value: { language: 'zh', myName: 'Mia', pausedHosts: ['x.com'] } });
    await runStorageMigrations();
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      locale: 'zh-CN',
      myName: 'Mia',
      pausedHosts: ['x.com'],
    });
  });

  it('migrates v2 to v3: adds an empty ownAccounts and keeps every v2 field', async () => {
    const v2 = {
      locale: 'en',
      myName: 'Mia',
      pausedHosts: ['weibo.com'],
      extraOrigins: ['https://forum.example.org/*'],
    };
    await seed({ version: 2, value: v2 });
    await runStorageMigrations();
    expect(await stored()).toEqual({ version: 3, value: { ...v2, ownAccounts: {} } });
    expect(await loadSettings()).toEqual({ ...v2, ownAccounts: {} });
  });

  // Users of the builds before the storage item have the envelope and no 'settings$' meta key (WXT: v1).
  it('reads a value stored before the storage item existed, unchanged, and marks it current', async () => {
    const old = {
      version: SETTINGS_VERSION,
      value: { ...DEFAULT_SETTINGS, myName: 'Kai', pausedHosts: ['x.com'], ownAccounts: { x: ['onbrand'] } },
    };
    await seed(old);
    expect(await loadSettings()).toEqual(old.value);
    await runStorageMigrations();
    expect(await stored()).toEqual(old);
    expect(await settingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
    expect(await loadSettings()).toEqual(old.value);
  });

  it('saves in the same envelope and tells watchers', async () => {
    const seen: string[] = [];
    const stop = onSettingsChanged((s) => seen.push(s.myName));
    await saveSettings({ myName: 'Lin' });
    expect(await stored()).toEqual({
      version: SETTINGS_VERSION,
      value: { ...DEFAULT_SETTINGS, myName: 'Lin' },
    });
    stop();
    await saveSettings({ myName: 'Mo' });
    expect(seen).toEqual(['Lin']);
  });

  it('reads own accounts per platform and rejects unknown platforms', () => {
    const value = { ...DEFAULT_SETTINGS, ownAccounts: { x: ['onbrand'], weibo: ['Onbrand官方'] } };
    expect(parseSettings({ version: SETTINGS_VERSION, value }).ownAccounts).toEqual({
      x: ['onbrand'],
      weibo: ['Onbrand官方'],
    });
    expect(
      parseSettings({ version: SETTINGS_VERSION, value: { ...value, ownAccounts: { myspace: ['a'] } } }),
    ).toEqual(DEFAULT_SETTINGS);
  });

  it('leaves current settings untouched', () => {
    const current = { version: SETTINGS_VERSION, value: { ...DEFAULT_SETTINGS, myName: 'Kai' } };
    expect(migrateSettingsValue(current)).toBe(current);
  });

  it('falls back to defaults for unreadable values instead of throwing', async () => {
    expect(parseSettings({ version: SETTINGS_VERSION, value: { locale: 'klingon' } })).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettingsValue({ version: 1, value: null }).value).toMatchObject({ locale: 'auto' });
    await seed('settings');
    await runStorageMigrations();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
