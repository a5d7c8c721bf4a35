import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION, type StoredSettings } from './settings';
import { migrateSettingsValue } from './migrations';

// The one storage item for settings: storage.local 'settings', still the { version, value } envelope existing
// users have (the page-load script reads that shape by hand, see paused-hosts.ts). The envelope's own version
// picks the steps (migrations.ts); WXT's version (meta key 'settings$') only says whether they still have to run,
// so a value stored before the item existed (no meta: WXT calls it v1) is brought up to date like any other.
export const settingsItem = storage.defineItem<StoredSettings>(`local:${SETTINGS_KEY}`, {
  fallback: { version: SETTINGS_VERSION, value: DEFAULT_SETTINGS },
  version: SETTINGS_VERSION,
  migrations: { [SETTINGS_VERSION]: (stored: StoredSettings) => migrateSettingsValue(stored) },
});

/** Run by the background on install, update and start-up: migrates, and writes the defaults on first run. */
export async function runStorageMigrations(): Promise<void> {
  await settingsItem.migrate();
  if ((await storage.getItem(settingsItem.key)) === null) await settingsItem.setValue(settingsItem.fallback);
}
