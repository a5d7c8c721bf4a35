import { SETTINGS_VERSION, type Settings } from './settings';
import { settingsItem } from './settings-item';
import { loadSettings } from './page-settings';

// Every context reads and watches settings with page-settings.ts (the same key and envelope, without WXT's
// storage module, so the in-page assistant can too); writes go through the one item (settings-item.ts).
export { loadSettings, onSettingsChanged } from './page-settings';

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await settingsItem.setValue({ version: SETTINGS_VERSION, value: next });
  return next;
}
