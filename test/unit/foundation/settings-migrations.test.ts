import { describe, expect, it } from 'vitest';
import { migrateSettingsValue, runStorageMigrations, type KeyValueArea } from '@/lib/storage/migrations';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION, parseSettings } from '@/lib/storage/settings';

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('settings storage', () => {
  it('writes defaults on first run', async () => {
    const area = memoryArea();
    await runStorageMigrations(area);
    expect(area.data[SETTINGS_KEY]).toEqual({ version: SETTINGS_VERSION, value: DEFAULT_SETTINGS });
  });

  it('migrates v1 (language) to the current version and keeps the other fields', async () => {
    const area = memoryArea({
      [SETTINGS_KEY]: { version: 1, value: { language: 'zh', myName: 'Mia', pausedHosts: ['x.com'] } },
    });
    await runStorageMigrations(area);
    const settings = parseSettings(area.data[SETTINGS_KEY] as never);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, locale: 'zh-CN', myName: 'Mia', pausedHosts: ['x.com'] });
  });

  it('migrates v2 to v3: adds an empty ownAccounts and keeps every v2 field', async () => {
    const v2 = {
      locale: 'en',
      myName: 'Mia',
      pausedHosts: ['weibo.com'],
      extraOrigins: ['https://forum.example.org/*'],
    };
    const area = memoryArea({ [SETTINGS_KEY]: { version: 2, value: v2 } });
    await runStorageMigrations(area);
    expect(area.data[SETTINGS_KEY]).toEqual({ version: 3, value: { ...v2, ownAccounts: {} } });
    expect(parseSettings(area.data[SETTINGS_KEY] as never)).toEqual({ ...v2, ownAccounts: {} });
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

  it('leaves current settings untouched', async () => {
    const current = { version: SETTINGS_VERSION, value: { ...DEFAULT_SETTINGS, myName: 'Kai' } };
    const area = memoryArea({ [SETTINGS_KEY]: current });
    await runStorageMigrations(area);
    expect(area.data[SETTINGS_KEY]).toBe(current);
  });

  it('falls back to defaults for unreadable values instead of throwing', () => {
    expect(parseSettings({ version: SETTINGS_VERSION, value: { locale: 'klingon' } })).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettingsValue({ version: 1, value: null }).value).toMatchObject({ locale: 'auto' });
  });
});
